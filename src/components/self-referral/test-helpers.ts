/** Helpers for the <hub-self-referral> tests: a test subclass, an adapter spy, and answer-filling steps. */
import { fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../adapters/memory/index.js';
import type { HubAdapter, WriteOptions } from '../../core/adapter.js';
import type { SelfReferral } from '../../core/model.js';
import { HubSelfReferral } from './self-referral.js';

/** Wednesday 25 November 2026, 10:00 in London. */
export const FIXED_NOW = new Date('2026-11-25T10:00:00Z');

/** Stays on the test page when exiting (records where it would have gone), with a fixed clock. */
export class TestSelfReferral extends HubSelfReferral {
  navigations: string[] = [];
  protected override navigate(url: string): void {
    this.navigations.push(url);
  }
  protected override now(): Date {
    return FIXED_NOW;
  }
  /** Everything the widget holds of the family's answers, as text (to prove it was cleared). */
  get heldAnswers(): string {
    return JSON.stringify({ draft: this.draft, reference: this.reference, submitError: this.submitError });
  }
  /** What step the journey is on (what a family would see as the page heading). */
  get stepName(): string {
    return this.journey.step;
  }
}
if (!customElements.get('test-hub-self-referral')) customElements.define('test-hub-self-referral', TestSelfReferral);

export interface SubmitCall {
  key: string;
  request: SelfReferral;
}

/** A MemoryAdapter that records every submitSelfReferral call (idempotency key and request). */
export function spyAdapter(options: ConstructorParameters<typeof MemoryAdapter>[0] = {}) {
  const memory = new MemoryAdapter({ now: () => FIXED_NOW, latencyMs: 0, ...options });
  const calls: SubmitCall[] = [];
  const adapter = new Proxy(memory, {
    get(target, property, receiver) {
      if (property === 'submitSelfReferral') {
        return (request: SelfReferral, options: WriteOptions) => {
          calls.push({ key: options.idempotencyKey, request: structuredClone(request) });
          return target.submitSelfReferral(request, options);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as MemoryAdapter & HubAdapter;
  return { adapter, memory, calls };
}

export async function renderReferral(
  adapter: HubAdapter | undefined = spyAdapter().adapter,
  template = html`<test-hub-self-referral
    hub-name="Brackenford Family Hubs"
    hub-phone="01632 960 001"
    childrens-services-phone="01632 960 999"
    privacy-url="https://example.org/privacy"
    privacy-version="2026-09"
    response-days="5"
    exit-url="https://www.example.org/weather"
  ></test-hub-self-referral>`,
): Promise<TestSelfReferral> {
  const el = await fixture<TestSelfReferral>(template);
  if (adapter) el.adapter = adapter;
  await settle(el);
  return el;
}

export const root = (el: Element) => el.shadowRoot!;
export const byId = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => root(el).getElementById(id) as T | null;
export const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');

/** Lets the widget render, run its tasks and move focus. */
export async function settle(el: HubSelfReferral): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // Long enough for the base class's announcement timer (50 ms) to fill the live region.
  await new Promise((resolve) => setTimeout(resolve, 60));
  await el.updateComplete;
}

export async function fill(el: HubSelfReferral, id: string, value: string): Promise<void> {
  const input = byId<HTMLInputElement | HTMLTextAreaElement>(el, id);
  if (!input) throw new Error(`No field #${id} on step ${(el as TestSelfReferral).stepName}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks a radio or checkbox (by id) the way a family would. */
export async function choose(el: HubSelfReferral, id: string): Promise<void> {
  const input = byId(el, id);
  if (!input) throw new Error(`No control #${id} on step ${(el as TestSelfReferral).stepName}`);
  input.click();
  await el.updateComplete;
}

/** The radio or checkbox whose value is `value` in a group named `name`. */
export async function chooseValue(el: HubSelfReferral, name: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  if (!input) throw new Error(`No ${name}=${value} on step ${(el as TestSelfReferral).stepName}`);
  input.click();
  await el.updateComplete;
}

/** Presses the step's submit button (Continue, Start now or Send request). */
export async function submit(el: HubSelfReferral): Promise<void> {
  const button = root(el).querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!button) throw new Error(`No submit button on step ${(el as TestSelfReferral).stepName}`);
  button.click();
  await settle(el);
}

export function errorSummaryTexts(el: Element): string[] {
  return [...root(el).querySelectorAll('[data-error-summary] li')].map((li) => li.textContent!.trim());
}

export function heading(el: Element): string {
  return root(el).querySelector('[data-step-heading]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export interface Answers {
  name?: string;
  story?: string;
  phone?: string;
  email?: string;
  language?: string;
  /** The first child's due month and year, as typed (the child is then not born yet). */
  due?: { month: string; year: string };
}

/** Fills every step with good answers and stops on Check your answers. */
export async function answerEverything(el: TestSelfReferral, answers: Answers = {}): Promise<void> {
  if (el.stepName === 'start') await submit(el);
  await fill(el, 'name', answers.name ?? 'Siân Jones');
  await chooseValue(el, 'relationship', 'kinship-carer');
  await fill(el, 'postcode', 'bk2 1ty');
  await submit(el);

  const firstChild = root(el).querySelector<HTMLInputElement>('.hub-child input[type="text"]')!.id.replace(/-name$/, '');
  await fill(el, `${firstChild}-name`, 'A');
  if (answers.due) {
    await chooseValue(el, `${firstChild}-born`, 'no');
    await fill(el, `${firstChild}-due-month`, answers.due.month);
    await fill(el, `${firstChild}-due-year`, answers.due.year);
  } else {
    await chooseValue(el, `${firstChild}-born`, 'yes');
    await fill(el, `${firstChild}-years`, '1');
    await fill(el, `${firstChild}-months`, '6');
  }
  await submit(el);

  await fill(el, 'story', answers.story ?? 'We would like help with sleep and a parenting group.');
  await submit(el);

  if (answers.language) await fill(el, 'language', answers.language);
  await submit(el);

  await chooseValue(el, 'methods', 'phone');
  await chooseValue(el, 'methods', 'email');
  await fill(el, 'phone', answers.phone ?? '07700 900982');
  await fill(el, 'email', answers.email ?? 'sian.jones@example.com');
  await chooseValue(el, 'may-leave-message', 'no');
  await chooseValue(el, 'others-may-see', 'not-sure');
  await submit(el);

  await choose(el, 'consent-contact');
  await choose(el, 'consent-share');
  await submit(el);
}
