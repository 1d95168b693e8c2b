/** Shared set-up for the memory adapter's tests (not shipped: nothing in index.ts imports it). */
import { validatingAdapter, type HubAdapter } from '../../core/adapter.js';
import { isAdapterError, type AdapterError } from '../../core/errors.js';
import type { BookingRequest, Session } from '../../core/model.js';
import { MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter.js';

/** Monday 2 March 2026, 9am in London (GMT): four weeks before the clocks go forward. */
export const NOW = new Date('2026-03-02T09:00:00Z');

/** A clock a test can move. */
export function testClock(start = NOW) {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

/** The adapter as widgets use it (through validatingAdapter), plus the raw one for its test helpers. */
export function makeAdapter(options: MemoryAdapterOptions = {}): { raw: MemoryAdapter; adapter: HubAdapter } {
  const raw = new MemoryAdapter({ now: () => NOW, ...options });
  return { raw, adapter: validatingAdapter(raw) };
}

/** The AdapterError a call fails with; fails the test if the call succeeds or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    if (isAdapterError(error)) return error;
    throw error;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

/** A bookable session a week after NOW, for adults, with a waiting list. */
export function testSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 'test-session',
    serviceId: 'understanding-your-baby',
    title: 'Test group',
    location: null,
    online: true,
    start: '2026-03-09T10:00:00+00:00',
    end: '2026-03-09T11:00:00+00:00',
    mode: 'bookable',
    capacity: 10,
    placesLeft: 10,
    waitingList: true,
    rules: { maxAdults: 4, maxChildren: 4, adultsOnly: true },
    ...overrides,
  };
}

let people = 0;

/** A valid booking request for one adult, with a contact unique to this request unless given. */
export function bookingRequest(sessionId: string, overrides: Partial<BookingRequest> = {}): BookingRequest {
  people++;
  return {
    sessionId,
    adults: 1,
    children: [],
    contact: { name: 'Sam Taylor', email: `parent${people}@example.org` },
    privacyNoticeVersion: '2026-01',
    ...overrides,
  };
}
