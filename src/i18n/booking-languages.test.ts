import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HubAdapter } from '../core/adapter.js';
import { AdapterError } from '../core/errors.js';
import { FIXED_NOW, HUB_PHONE, PRIVACY_VERSION, testAdapter } from '../components/session-booking/test-fixtures.js';
import type { HubSessionBooking } from '../components/session-booking/session-booking.js';
import { expectAccessible } from '../test-support/a11y.js';
import { checkPage, mark, markedAdapter, useAccessibilityCheck } from './test-helpers.js';

const TYPED = ['Zyx Qwerty', 'Quiet room please'];

async function mount(adapter: HubAdapter | undefined): Promise<HubSessionBooking> {
  const el = await fixture<HubSessionBooking>(html`<hub-session-booking
    hub-name=${mark('Brackenford Family Hubs')}
    hub-phone=${HUB_PHONE}
    hub-phone-hours=${mark('Monday to Friday, 9am to 5pm')}
    privacy-url="https://brackenford.example.org/privacy"
    privacy-version=${PRIVACY_VERSION}
    .now=${() => FIXED_NOW}
    .adapter=${adapter}
  ></hub-session-booking>`);
  if (adapter) await loaded(el);
  return el;
}

const root = (el: HubSessionBooking) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: HubSessionBooking, selector: string) => {
  const found = root(el).querySelector<T>(selector);
  expect(found, selector).to.exist;
  return found!;
};

async function loaded(el: HubSessionBooking): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => root(el).querySelector('.hub-sessions, .hub-no-sessions, .hub-problem'), 'the week loaded', { timeout: 3000 });
  await el.updateComplete;
}

async function click(el: HubSessionBooking, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
  await el.updateComplete;
}

async function type(el: HubSessionBooking, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function submit(el: HubSessionBooking): Promise<void> {
  await click(el, 'form button[type="submit"]');
}

/** Presses Continue on a page with wrong answers and waits for the error summary (a change of language then re-words it in place). */
const showErrors = async (el: HubSessionBooking) => {
  await submit(el);
  await waitUntil(() => root(el).querySelector('[data-error-summary]'), 'the error summary');
};

async function until(el: HubSessionBooking, selector: string): Promise<void> {
  await waitUntil(() => root(el).querySelector(selector), `${selector} shown`, { timeout: 3000 });
  await el.updateComplete;
}

async function answerUpToCheck(el: HubSessionBooking, options: { children?: boolean } = {}): Promise<void> {
  await type(el, 'adults', '1');
  if (options.children !== false && root(el).getElementById('children')) await type(el, 'children', '1');
  await submit(el);
  if (root(el).getElementById('child-1-months')) {
    await type(el, 'child-1-months', '6');
    await submit(el);
  }
  await type(el, 'name', TYPED[0]!);
  await type(el, 'email', 'zyx@example.com');
  await submit(el);
  await click(el, '#reminder');
  await submit(el);
  await type(el, 'needs', TYPED[1]!);
  await submit(el);
}

useAccessibilityCheck(expectAccessible);

describe('<hub-session-booking> in Welsh and Arabic', () => {
  it('the timetable: this week (every kind of availability), the next week, and no sessions for a filter', async () => {
    const el = await mount(markedAdapter(testAdapter()));
    await checkPage(el, 'timetable, this week');
    await click(el, '#next-week');
    await loaded(el);
    await checkPage(el, 'timetable, next week');
    const age = $<HTMLSelectElement>(el, '#filter-age');
    age.value = '12-19';
    age.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await until(el, '.hub-no-sessions');
    await checkPage(el, 'no sessions for the filter');
  });

  it('every question page, with and without errors, to the receipt, then cancelling', async () => {
    const memory = testAdapter();
    const el = await mount(markedAdapter(memory));
    await click(el, '[data-session-id="massage-fri"]');
    await checkPage(el, 'who is coming');
    await showErrors(el);
    await checkPage(el, 'who is coming (errors)');

    await type(el, 'adults', '1');
    await type(el, 'children', '1');
    await submit(el);
    await checkPage(el, 'ages');
    await type(el, 'child-1-years', '3');
    await showErrors(el);
    await checkPage(el, 'ages (outside the session’s age band)');
    await type(el, 'child-1-years', '');
    await type(el, 'child-1-months', '6');
    await submit(el);

    await checkPage(el, 'contact details');
    await type(el, 'email', 'not an email');
    await showErrors(el);
    await checkPage(el, 'contact details (errors)', { typed: ['not an email'] });
    await type(el, 'name', TYPED[0]!);
    await type(el, 'email', 'zyx@example.com');
    await type(el, 'phone', '07700 900 982');
    await submit(el);

    await checkPage(el, 'reminder', { typed: TYPED });
    await showErrors(el);
    await checkPage(el, 'reminder (errors)', { typed: TYPED });
    await click(el, '#reminder-2');
    await submit(el);
    await checkPage(el, 'access needs');
    await type(el, 'needs', TYPED[1]!);
    await submit(el);
    await checkPage(el, 'check your answers', { typed: TYPED });

    await submit(el);
    await until(el, '.hub-receipt');
    await checkPage(el, 'receipt', { typed: TYPED });

    await click(el, '.hub-receipt .hub-button--secondary');
    await checkPage(el, 'cancel a booking');
    await type(el, 'cancel-contact', 'someone.else@example.com');
    // The backend's "no booking found", shown once, then re-worded by each change of language.
    await submit(el);
    await until(el, '[data-error-summary]');
    await checkPage(el, 'cancel (no such booking)');
    await type(el, 'cancel-contact', 'zyx@example.com');
    await submit(el);
    await waitUntil(() => root(el).querySelector('.hub-panel') && memory.counts().bookings >= 0, 'cancelled');
    await until(el, '.hub-panel');
    await checkPage(el, 'booking cancelled');
  });

  it('joining the waiting list, and the waiting-list receipt', async () => {
    const el = await mount(markedAdapter(testAdapter()));
    await click(el, '[data-session-id="dads-sat"]');
    await checkPage(el, 'who is coming (waiting list)');
    await answerUpToCheck(el);
    await checkPage(el, 'check your answers (waiting list)', { typed: TYPED });
    await submit(el);
    await until(el, '.hub-receipt');
    await checkPage(el, 'receipt (waiting list)', { typed: TYPED });
  });

  it('a session that filled up, a network problem while confirming, and a session that cannot be booked', async () => {
    const memory = testAdapter();
    let refuse: AdapterError | null = null;
    const adapter = new Proxy(markedAdapter(memory), {
      get(target, property) {
        if (property === 'book' && refuse) {
          const error = refuse;
          return () => Promise.reject(error);
        }
        return Reflect.get(target, property, target) as unknown;
      },
    });
    const el = await mount(adapter);
    await click(el, '#next-week');
    await loaded(el);
    await click(el, '[data-session-id="stay-tue"]');
    await answerUpToCheck(el);

    memory.setFailures({ network: ['book'] });
    await submit(el);
    await until(el, '[data-submit-problem]');
    await checkPage(el, 'check your answers with a problem', { typed: TYPED });

    memory.setFailures({ conflict: ['book'] });
    await submit(el);
    await until(el, '.hub-full');
    memory.setFailures({});
    await checkPage(el, 'session now full, with other dates', { typed: TYPED });

    await click(el, '.hub-full .hub-list button');
    refuse = new AdapterError('conflict', 'not open', { reason: 'booking-not-open' });
    await submit(el);
    await until(el, '.hub-back-link');
    await waitUntil(() => !root(el).querySelector('form'), 'the closed page');
    await checkPage(el, 'booking not open');
  });

  it('a problem loading sessions, and the configuration state', async () => {
    const el = await mount(markedAdapter(testAdapter({ fail: { network: true } })));
    await until(el, '[data-problem-heading]');
    await checkPage(el, 'problem loading sessions');
    const unset = await mount(undefined);
    await checkPage(unset, 'configuration');
  });
});
