import { expect, waitUntil } from '@open-wc/testing';
import { registerAdapter } from '../../adapters/registry.js';
import type { HubAdapter, WriteOptions } from '../../core/adapter.js';
import { expectAccessible } from '../../test-support/a11y.js';
import {
  FAMILY,
  active,
  answerQuestions,
  buttonByText,
  card,
  click,
  errorLinks,
  expectNoPersonalData,
  heading,
  mount,
  referenceOnPage,
  root,
  settled,
  spyingAdapter,
  submit,
  testAdapter,
  textOf,
  type,
  waitForHeading,
} from './test-fixtures.js';

async function bookDirectly(memory: ReturnType<typeof testAdapter>, sessionId = 'stay-thu') {
  return memory.book(
    { sessionId, adults: 1, children: [{ kind: 'age', months: 14 }], contact: { name: FAMILY.name, email: FAMILY.email, phone: '07700900982' }, privacyNoticeVersion: '1' },
    { idempotencyKey: `direct-${sessionId}` },
  );
}

/** A council's adapter written for the first contract: it cancels, and its cancelBooking resolves nothing. */
function firstContractAdapter(memory: ReturnType<typeof testAdapter>): HubAdapter {
  const { adapter } = spyingAdapter(memory);
  return {
    ...adapter,
    cancelBooking: async (request, options) => {
      await memory.cancelBooking(request, options);
    },
  };
}

/**
 * What an older copy of the library on the same page leaves in the shared adapter registry: its own
 * wrapper (which this copy uses as it is), whose cancelBooking checks nothing and resolves undefined.
 */
function shareOlderCopysAdapter(name: string, memory: ReturnType<typeof testAdapter>): () => void {
  const olderWrapper = firstContractAdapter(memory);
  registerAdapter(name, () => olderWrapper);
  const shared = (globalThis as unknown as Record<symbol, { factories: Map<string, unknown>; instances: Map<string, HubAdapter> }>)[
    Symbol.for('family-hub-widgets/adapter-registry@1')
  ]!;
  shared.instances.set(`${name}|`, olderWrapper);
  return () => {
    shared.instances.delete(`${name}|`);
    shared.factories.delete(name);
  };
}

function recordCancelled() {
  const details: unknown[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent).detail);
  document.addEventListener('hub-booking-cancelled', listener);
  return { details, stop: () => document.removeEventListener('hub-booking-cancelled', listener) };
}

describe('<hub-session-booking> cancel a booking', () => {
  it('cancels with the reference and the email or mobile used, accessible with and without errors', async () => {
    const memory = testAdapter();
    const booking = await bookDirectly(memory);
    const cancelled = recordCancelled();
    try {
      const el = await mount(memory);
      await click(el, buttonByText(root(el), 'Cancel a booking'));
      expect(heading(el)).to.equal('Cancel a booking');
      await waitUntil(() => active(el)?.hasAttribute('data-step-heading'), 'focus on the heading');
      await expectAccessible(el, 'cancel (no errors)');

      await submit(el);
      expect(errorLinks(el)).to.deep.equal(['Enter your booking reference', 'Enter the email address or mobile phone number you booked with']);
      await expectAccessible(el, 'cancel (missing answers)');

      await type(el, 'cancel-reference', booking.reference);
      await type(el, 'cancel-contact', 'not an address');
      await submit(el);
      expect(errorLinks(el)).to.deep.equal(['Enter an email address like name@example.com, or a mobile phone number like 07700 900 982']);

      // Someone else's mobile: the same answer as a wrong reference, so neither can be guessed.
      await type(el, 'cancel-contact', '07700 900 111');
      await submit(el);
      await waitUntil(() => errorLinks(el).length === 1 && errorLinks(el)[0]!.startsWith('We could not find a booking'), 'not found');
      await waitUntil(() => active(el)?.hasAttribute('data-error-summary'), 'focus on the error summary');
      await expectAccessible(el, 'cancel (not found)');
      expect(memory.bookingStatus(booking.reference)!.status).to.equal('confirmed');

      // The reference in lower case with a space, and the mobile they booked with, typed another way.
      await type(el, 'cancel-reference', booking.reference.toLowerCase().replace('-', ' '));
      await type(el, 'cancel-contact', '+44 7700 900982');
      await submit(el);
      await waitForHeading(el, /^Booking cancelled$/);
      // The reference as the hub wrote it, and the session the booking was for, in words.
      expect(textOf(el)).to.contain(`Reference ${booking.reference}`);
      expect(textOf(el)).to.contain('The booking you cancelled').and.contain('Stay and play').and.contain('Thursday 26 March, 2pm to 3:30pm');
      expect(textOf(el)).to.contain('If there is a waiting list, your place goes to the next family on it.');
      await expectAccessible(el, 'cancelled');
      expect(memory.bookingStatus(booking.reference)!.status).to.equal('cancelled');
      // Cancelled by reference alone, the widget still says which session it was.
      expect(cancelled.details).to.deep.equal([{ sessionId: 'stay-thu', status: 'cancelled', start: '2026-03-26T14:00:00+00:00' }]);
      expectNoPersonalData(cancelled.details, 'the cancelled event');

      await click(el, buttonByText(root(el), 'Back to sessions'));
      await settled(el);
      expect(heading(el)).to.equal('Book a place at a session');
      // The freed places show again.
      expect(textOf(card(el, 'Stay and play'))).to.contain('Places available');
    } finally {
      cancelled.stop();
    }
  });

  it('cancels from the receipt with the reference filled in, and says which session in the event', async () => {
    const memory = testAdapter();
    const cancelled = recordCancelled();
    try {
      const el = await mount(memory);
      await click(el, card(el, 'Stay and play').querySelector('button')!);
      await answerQuestions(el);
      await submit(el);
      await waitForHeading(el, /^Place booked$/);
      const reference = referenceOnPage(el);
      const calendar = root(el).querySelector<HTMLAnchorElement>('a[download]')!.href;

      await click(el, buttonByText(root(el), 'Cancel this booking'));
      expect((root(el).getElementById('cancel-reference') as HTMLInputElement).value).to.equal(reference);
      expect((root(el).getElementById('cancel-contact') as HTMLInputElement).value, 'the contact is asked again').to.equal('');
      // Back returns to the receipt.
      await click(el, buttonByText(root(el), 'Back'));
      expect(heading(el)).to.equal('Place booked');
      await click(el, buttonByText(root(el), 'Cancel this booking'));

      await type(el, 'cancel-contact', FAMILY.email.toUpperCase());
      await submit(el);
      await waitForHeading(el, /^Booking cancelled$/);
      expect(memory.bookingStatus(reference)!.status).to.equal('cancelled');
      expect(cancelled.details).to.deep.equal([{ sessionId: 'stay-thu', status: 'cancelled', start: '2026-03-26T14:00:00+00:00' }]);
      // The calendar file of a cancelled booking is withdrawn.
      let stillThere = true;
      try {
        await fetch(calendar);
      } catch {
        stillThere = false;
      }
      expect(stillThere, 'the calendar file is revoked').to.equal(false);
    } finally {
      cancelled.stop();
    }
  });

  it('names a session the timetable is not showing, cancelled by reference alone, after the clocks go forward', async () => {
    const memory = testAdapter();
    const booking = await bookDirectly(memory, 'stay-tue');
    const cancelled = recordCancelled();
    try {
      const el = await mount(memory);
      expect(textOf(el), 'the timetable shows the first week only').not.to.contain('Tuesday 31 March');
      await click(el, buttonByText(root(el), 'Cancel a booking'));
      await type(el, 'cancel-reference', booking.reference);
      await type(el, 'cancel-contact', FAMILY.email);
      await submit(el);
      await waitForHeading(el, /^Booking cancelled$/);
      expect(textOf(el)).to.contain('Stay and play').and.contain('Tuesday 31 March, 1:30pm to 3pm');
      expect(cancelled.details).to.deep.equal([{ sessionId: 'stay-tue', status: 'cancelled', start: '2026-03-31T13:30:00+01:00' }]);
      expectNoPersonalData(cancelled.details, 'the cancelled event');
    } finally {
      cancelled.stop();
    }
  });

  it('completes the cancellation with an adapter written for the first contract, which answers nothing', async () => {
    const memory = testAdapter();
    const booking = await bookDirectly(memory);
    const cancelled = recordCancelled();
    try {
      const el = await mount(firstContractAdapter(memory));
      await click(el, buttonByText(root(el), 'Cancel a booking'));
      // Typed in lower case with a space: the page shows it as receipts do.
      await type(el, 'cancel-reference', ` ${booking.reference.toLowerCase().replace('-', ' ')} `);
      await type(el, 'cancel-contact', FAMILY.email);
      await submit(el);
      await waitForHeading(el, /^Booking cancelled$/);
      expect(memory.bookingStatus(booking.reference)!.status).to.equal('cancelled');
      expect(referenceOnPage(el)).to.equal(booking.reference);
      expect(textOf(el)).to.contain(`Reference ${booking.reference}`);
      expect(textOf(el)).to.contain('If there is a waiting list, your place goes to the next family on it.');
      // No session to name, and no problem reported: the booking was cancelled.
      expect(textOf(el)).not.to.contain('The booking you cancelled');
      expect(textOf(el)).not.to.contain('Stay and play');
      expect(textOf(el)).not.to.contain('problem');
      await expectAccessible(el, 'cancelled (no details)');
      expect(cancelled.details).to.deep.equal([{ sessionId: '', status: 'cancelled', start: '' }]);
      expectNoPersonalData(cancelled.details, 'the cancelled event');
    } finally {
      cancelled.stop();
    }
  });

  it('completes the cancellation with an adapter an older copy of the library shares on the page', async () => {
    const memory = testAdapter();
    const cancelled = recordCancelled();
    const unshare = shareOlderCopysAdapter('older-copy-booking', memory);
    try {
      const el = await mount(undefined, { adapter: 'older-copy-booking' });
      await settled(el);
      // Booked through the widget, then cancelled from the receipt.
      await click(el, card(el, 'Stay and play').querySelector('button')!);
      await answerQuestions(el);
      await submit(el);
      await waitForHeading(el, /^Place booked$/);
      const reference = referenceOnPage(el);
      await click(el, buttonByText(root(el), 'Cancel this booking'));
      await type(el, 'cancel-contact', FAMILY.email);
      await submit(el);
      await waitForHeading(el, /^Booking cancelled$/);
      expect(memory.bookingStatus(reference)!.status).to.equal('cancelled');
      expect(referenceOnPage(el)).to.equal(reference);
      // The form was not left empty on screen: the confirmation is shown, and no cancel form.
      expect(root(el).getElementById('cancel-reference')).to.equal(null);
      // The older copy's adapter names no session, but the widget knows the booking it has just made.
      const booked = memory.bookingStatus(reference)!;
      expect(textOf(el)).to.contain('The booking you cancelled').and.contain('Stay and play');
      expect(cancelled.details).to.have.length(1);
      expect(cancelled.details[0]).to.include({ sessionId: booked.sessionId, status: 'cancelled' });
      expect(Number.isNaN(Date.parse((cancelled.details[0] as { start: string }).start))).to.equal(false);
      expectNoPersonalData(cancelled.details, 'the cancelled event');
    } finally {
      unshare();
      cancelled.stop();
    }
  });

  it('keeps the answers after a network error and retries with the same idempotency key', async () => {
    const memory = testAdapter();
    const booking = await bookDirectly(memory);
    const { adapter, calls } = spyingAdapter(memory);
    const el = await mount(adapter);
    await click(el, buttonByText(root(el), 'Cancel a booking'));
    await type(el, 'cancel-reference', booking.reference);
    await type(el, 'cancel-contact', FAMILY.email);
    memory.setFailures({ network: ['cancelBooking'] });
    await submit(el);
    await waitUntil(() => textOf(el).includes('We could not cancel your booking'), 'problem shown');
    expect(textOf(el)).to.contain('it is safe to try more than once').and.contain('01632 960 001');
    await expectAccessible(el, 'cancel failed');
    expect((root(el).getElementById('cancel-reference') as HTMLInputElement).value).to.equal(booking.reference);
    memory.setFailures({});
    await submit(el);
    await waitForHeading(el, /^Booking cancelled$/);
    const keys = calls.filter((c) => c.method === 'cancelBooking').map((c) => (c.args[1] as WriteOptions).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });
});
