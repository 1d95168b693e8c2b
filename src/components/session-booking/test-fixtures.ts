/**
 * Shared test set-up for <hub-session-booking>: a fixed clock three days before the March 2026 clock
 * change, hand-made sessions in every availability state, and small helpers that act as a family would.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../adapters/memory/index.js';
import type { HubAdapter } from '../../core/adapter.js';
import type { Location, Session } from '../../core/model.js';
import '../../define/hub-session-booking.js';
import type { HubSessionBooking } from './session-booking.js';

/** Thursday 26 March 2026, 10am GMT. The clocks go forward on Sunday 29 March. */
export const FIXED_NOW = new Date('2026-03-26T10:00:00Z');
export const HUB_PHONE = '01632 960 001';
export const PRIVACY_VERSION = '2026-03';

const venue = (id: string, name: string, postcode: string): Location => ({
  id,
  name,
  address: { line1: `1 ${name} Road`, town: 'Brackenford', postcode },
  accessibility: ['Step-free access'],
  isFamilyHub: true,
});
export const CENTRAL = venue('loc-central-hub', 'Central Family Hub', 'BK2 1TY');
export const NORTH = venue('loc-north-hub', 'North Family Hub', 'BK1 4HF');

const under5 = { pregnancy: false, minMonths: 0, maxMonths: 59, sendTo25: false };
const babies = { pregnancy: false, minMonths: 0, maxMonths: 11, sendTo25: false };

function session(overrides: Partial<Session> & Pick<Session, 'id' | 'title' | 'start' | 'end'>): Session {
  return {
    serviceId: 'stay-and-play',
    location: CENTRAL,
    online: false,
    mode: 'bookable',
    capacity: 20,
    placesLeft: 12,
    waitingList: false,
    rules: { maxAdults: 2, maxChildren: 3, adultsOnly: false },
    ageRange: under5,
    ...overrides,
  };
}

/** Week 1 (Thursday 26 to Sunday 29 March, GMT then BST) and week 2 (from Monday 30 March, BST). */
export function testSessions(): Session[] {
  return [
    session({ id: 'stay-thu', title: 'Stay and play', start: '2026-03-26T14:00:00+00:00', end: '2026-03-26T15:30:00+00:00', cost: { free: true, options: [] } }),
    session({
      id: 'online-thu',
      serviceId: 'arguing-less',
      title: 'Parenting together (online)',
      location: null,
      online: true,
      start: '2026-03-26T19:00:00+00:00',
      end: '2026-03-26T20:30:00+00:00',
      rules: { maxAdults: 2, maxChildren: 0, adultsOnly: true },
      ageRange: { pregnancy: true, minMonths: 0, maxMonths: 227, sendTo25: false },
    }),
    session({
      id: 'massage-fri',
      serviceId: 'baby-massage',
      title: 'Baby massage',
      location: NORTH,
      start: '2026-03-27T10:00:00+00:00',
      end: '2026-03-27T11:00:00+00:00',
      capacity: 8,
      placesLeft: 3,
      waitingList: true,
      rules: { maxAdults: 1, maxChildren: 1, adultsOnly: false, childAgeRange: babies },
      ageRange: babies,
    }),
    session({
      id: 'feeding-fri',
      serviceId: 'infant-feeding',
      title: 'Infant feeding drop-in',
      start: '2026-03-27T13:00:00+00:00',
      end: '2026-03-27T15:00:00+00:00',
      mode: 'drop_in',
      capacity: null,
      placesLeft: null,
      ageRange: babies,
    }),
    session({
      id: 'dads-sat',
      serviceId: 'dads-saturday-play',
      title: 'Dads and little ones',
      audience: 'Dads and male carers',
      start: '2026-03-28T10:00:00+00:00',
      end: '2026-03-28T11:30:00+00:00',
      capacity: 10,
      placesLeft: 0,
      waitingList: true,
    }),
    session({
      id: 'messy-sat',
      serviceId: 'messy-play',
      title: 'Messy play',
      location: NORTH,
      start: '2026-03-28T13:00:00+00:00',
      end: '2026-03-28T14:00:00+00:00',
      capacity: 10,
      placesLeft: 0,
      waitingList: false,
    }),
    session({
      id: 'music-sun',
      serviceId: 'music-and-movement',
      title: 'Music and movement',
      // 11am BST on the Sunday the clocks go forward; places are released on Friday 27 March.
      start: '2026-03-29T10:00:00+00:00',
      end: '2026-03-29T11:00:00+00:00',
      bookingOpensAt: '2026-03-27T00:00:00+00:00',
      placesLeft: 20,
    }),
    // The day after the clocks go forward: 10am BST is 09:00 UTC.
    session({
      id: 'massage-mon',
      serviceId: 'baby-massage',
      title: 'Baby massage',
      location: NORTH,
      start: '2026-03-30T10:00:00+01:00',
      end: '2026-03-30T11:00:00+01:00',
      capacity: 8,
      placesLeft: 6,
      waitingList: true,
      rules: { maxAdults: 1, maxChildren: 1, adultsOnly: false, childAgeRange: babies },
      ageRange: babies,
    }),
    session({
      id: 'stay-tue',
      title: 'Stay and play',
      start: '2026-03-31T13:30:00+01:00',
      end: '2026-03-31T15:00:00+01:00',
      placesLeft: 2,
      capacity: 10,
      waitingList: true,
    }),
    session({ id: 'stay-thu-2', title: 'Stay and play', start: '2026-04-02T14:00:00+01:00', end: '2026-04-02T15:30:00+01:00' }),
  ];
}

export function testAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter({ now: () => FIXED_NOW, latencyMs: 0, sessions: testSessions(), ...options });
}

/** Records what the widget asked the adapter, without changing any answer. */
export function spyingAdapter(inner: HubAdapter) {
  const calls: { method: string; args: unknown[] }[] = [];
  const spy: HubAdapter = {
    capabilities: inner.capabilities,
    searchServices: (...a) => (calls.push({ method: 'searchServices', args: a }), inner.searchServices(...a)),
    getService: (...a) => (calls.push({ method: 'getService', args: a }), inner.getService(...a)),
    listCategories: (...a) => (calls.push({ method: 'listCategories', args: a }), inner.listCategories(...a)),
    listSessions: (...a) => (calls.push({ method: 'listSessions', args: a }), inner.listSessions(...a)),
    book: (...a) => (calls.push({ method: 'book', args: a }), inner.book(...a)),
    cancelBooking: (...a) => (calls.push({ method: 'cancelBooking', args: a }), inner.cancelBooking(...a)),
    submitSelfReferral: (...a) => inner.submitSelfReferral(...a),
    submitPanelApplication: (...a) => inner.submitPanelApplication(...a),
  };
  return { adapter: spy, calls };
}

export async function mount(adapter: HubAdapter | undefined, attributes: Record<string, string> = {}): Promise<HubSessionBooking> {
  const el = await fixture<HubSessionBooking>(html`<hub-session-booking
    hub-name="Brackenford Family Hubs"
    hub-phone=${HUB_PHONE}
    privacy-url="https://brackenford.example.org/privacy"
    privacy-version=${PRIVACY_VERSION}
    .now=${() => FIXED_NOW}
    .adapter=${adapter}
  ></hub-session-booking>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  if (adapter) await settled(el);
  return el;
}

/** Waits until the widget is not loading. */
export async function settled(el: HubSessionBooking): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !textOf(el).includes('Loading sessions'), 'sessions did not load', { timeout: 3000 });
  await el.updateComplete;
}

export function root(el: HubSessionBooking): ShadowRoot {
  return el.shadowRoot!;
}

/** The widget's visible text with spaces collapsed. */
export function textOf(el: HubSessionBooking | Element): string {
  const node = el instanceof Element && el.shadowRoot ? el.shadowRoot : el;
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function active(el: HubSessionBooking): Element | null {
  return root(el).activeElement;
}

/** The session card (an <li>) with this title on this London day, e.g. ('Baby massage', 'Friday 27 March'). */
export function card(el: HubSessionBooking, title: string, nth = 0): HTMLElement {
  const cards = [...root(el).querySelectorAll<HTMLElement>('.hub-session')].filter((c) => c.querySelector('h4')?.textContent?.trim() === title);
  expect(cards[nth], `a session card "${title}"`).to.exist;
  return cards[nth]!;
}

export function buttonByText(scope: ParentNode, text: string | RegExp): HTMLButtonElement {
  const buttons = [...scope.querySelectorAll<HTMLButtonElement>('button')];
  const found = buttons.find((b) => {
    const content = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    return typeof text === 'string' ? content === text || content.startsWith(`${text}:`) : text.test(content);
  });
  expect(found, `a button "${String(text)}" (have: ${buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim()).join(' | ')})`).to.exist;
  return found!;
}

export async function click(el: HubSessionBooking, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

export async function type(el: HubSessionBooking, id: string, value: string): Promise<void> {
  const input = root(el).getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
  expect(input, `field #${id}`).to.exist;
  input!.value = value;
  input!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function choose(el: HubSessionBooking, id: string): Promise<void> {
  const input = root(el).getElementById(id) as HTMLInputElement | null;
  expect(input, `choice #${id}`).to.exist;
  input!.click();
  await el.updateComplete;
}

/** Presses the page's Continue (or confirm) button, i.e. submits its form. */
export async function submit(el: HubSessionBooking): Promise<void> {
  const form = root(el).querySelector('form');
  expect(form, 'a form on this page').to.exist;
  form!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

export function heading(el: HubSessionBooking): string {
  return (root(el).querySelector('[data-step-heading]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function errorLinks(el: HubSessionBooking): string[] {
  return [...root(el).querySelectorAll('.hub-error-summary a')].map((a) => (a.textContent ?? '').trim());
}

export interface FamilyAnswers {
  adults?: string;
  children?: string;
  ages?: { years?: string; months?: string }[];
  name?: string;
  email?: string;
  phone?: string;
  reminder?: 'reminder' | 'reminder-2' | 'reminder-3';
  needs?: string;
}

export const FAMILY = {
  name: 'Sam Example-Family',
  email: 'sam.family@example.com',
  phone: '07700 900 982',
};

/** Answers every question page from "Who is coming?" to "Check your answers". */
export async function answerQuestions(el: HubSessionBooking, answers: FamilyAnswers = {}): Promise<void> {
  expect(heading(el)).to.equal('Who is coming?');
  if (root(el).getElementById('adults')) await type(el, 'adults', answers.adults ?? '1');
  if (root(el).getElementById('children')) await type(el, 'children', answers.children ?? '1');
  await submit(el);
  if (heading(el).startsWith('How old')) {
    const ages = answers.ages ?? [{ months: '6' }];
    for (const [index, age] of ages.entries()) {
      await type(el, `child-${index + 1}-years`, age.years ?? '');
      await type(el, `child-${index + 1}-months`, age.months ?? '');
    }
    await submit(el);
  }
  expect(heading(el)).to.equal('Your contact details');
  await type(el, 'name', answers.name ?? FAMILY.name);
  await type(el, 'email', answers.email ?? FAMILY.email);
  await type(el, 'phone', answers.phone ?? '');
  await submit(el);
  expect(heading(el)).to.equal('How would you like to be reminded about the session?');
  await choose(el, answers.reminder ?? 'reminder');
  await submit(el);
  expect(heading(el)).to.equal('Do you have any access or other needs? (optional)');
  await type(el, 'needs', answers.needs ?? '');
  await submit(el);
  expect(heading(el)).to.match(/^Check your answers/);
}

/** Waits for the receipt (or any page whose heading matches). */
export async function waitForHeading(el: HubSessionBooking, pattern: RegExp): Promise<void> {
  await waitUntil(() => pattern.test(heading(el)), `heading to match ${pattern} (is "${heading(el)}")`, { timeout: 3000 });
  await el.updateComplete;
}

export function referenceOnPage(el: HubSessionBooking): string {
  return (root(el).querySelector('.hub-reference')?.textContent ?? '').trim();
}

/** Words that would identify the family: none may appear in events, storage, URLs or the console. */
export const PERSONAL = [FAMILY.name, FAMILY.email, '07700', '900 982', '7700900982', 'Sam'];

export function expectNoPersonalData(value: unknown, where: string): void {
  const text = JSON.stringify(value) ?? '';
  for (const word of PERSONAL) expect(text, `${where} has no personal data`).not.to.contain(word);
}
