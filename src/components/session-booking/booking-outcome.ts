/**
 * What follows a booking the backend refused: the "session is full" page, a closed page and why, the
 * question page to correct (in the widget's own words, never the backend's), or the problem message where
 * the family pressed the button. And, for a full session, what the page knows after asking again: places
 * left now and other dates of the same service.
 */
import { availabilityOf } from '../../core/booking-rules.js';
import type { AdapterError } from '../../core/errors.js';
import type { Session, SessionQuery } from '../../core/model.js';
import { toLondonIso } from '../../core/time.js';
import type { ErrorItem } from '../../partials/error-summary.js';
import { stepForProblem, type AnswerStep } from './answers.js';

/** Why a session could not be booked when the family confirmed (other than being full). */
export type ClosedReason = 'booking-not-open' | 'session-started' | 'no-booking-needed' | 'not-found';

/** What the "session is full" page knows after asking again. */
export interface FullState {
  session: Session;
  /** Places left now: 0 when full, more when there are not enough for everyone. */
  placesLeft: number | null;
  /** Other upcoming sessions of the same service that can be booked. */
  alternatives: Session[];
}

export type Refusal =
  | { page: 'full' }
  | { page: 'closed'; reason: ClosedReason }
  /** Answers to correct, all on one question page; Continue then returns to the check page. */
  | { page: AnswerStep; errors: ErrorItem[] }
  | { page: 'problem' };

/** Where a refused booking leaves the family. */
export function refusalOf(error: AdapterError): Refusal {
  if (error.code === 'conflict' && error.reason === 'session-full') return { page: 'full' };
  if (error.code === 'conflict' && (error.reason === 'booking-not-open' || error.reason === 'session-started' || error.reason === 'no-booking-needed')) {
    return { page: 'closed', reason: error.reason };
  }
  if (error.code === 'not-found') return { page: 'closed', reason: 'not-found' };
  if (error.code === 'validation') {
    const mapped = error.fields.map((problem) => stepForProblem(problem)).filter((m) => m !== null);
    const first = mapped[0];
    if (first) return { page: first.step, errors: mapped.filter((m) => m.step === first.step).map((m) => m.error) };
  }
  return { page: 'problem' };
}

/** How far ahead "Other dates" looks when a session fills up. */
const ALTERNATIVES_DAYS = 56;
const MAX_ALTERNATIVES = 3;

/** The same service's sessions from now until `ALTERNATIVES_DAYS` ahead: the full one again, and other dates. */
export function alternativesQuery(session: Session, now: Date): SessionQuery {
  return {
    serviceId: session.serviceId,
    from: toLondonIso(now),
    to: toLondonIso(new Date(now.getTime() + ALTERNATIVES_DAYS * 86_400_000)),
  };
}

/**
 * The full page's state from the sessions asked for again (none when that failed): the session as it is
 * now, and up to `MAX_ALTERNATIVES` other dates that can be booked (a course only from its first session).
 */
export function fullState(session: Session, upcoming: readonly Session[], now: Date): FullState {
  const fresh = upcoming.find((other) => other.id === session.id) ?? session;
  const alternatives = upcoming
    .filter((other) => other.id !== session.id && availabilityOf(other, now).canBook && (!other.course || other.course.sessionNumber === 1))
    .slice(0, MAX_ALTERNATIVES);
  return { session: fresh, placesLeft: fresh.capacity === null ? null : fresh.placesLeft, alternatives };
}
