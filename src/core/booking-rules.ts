/**
 * Booking rules as plain functions: how a session's availability is worded, whether a family's party fits
 * a session's household rules, how many places a party takes, and which sessions suit a child's age.
 *
 * Words come from the `booking.*` message keys, so the same rules read correctly in any language.
 * Nothing here shows who else has booked: only the session's own places left.
 */
import { ageMatches, ageRangeInWords, STANDARD_LIMIT_MONTHS } from './age.js';
import type { AgeRange, ChildAge, HouseholdRules, Session } from './model.js';
import { dateInWords, londonParts, timeInWords } from './time.js';
import { addLanguagePack, DEFAULT_LOCALE, type Translate } from '../i18n/messages.js';
import { bookingRules } from '../i18n/en-gb/booking-rules.js';

addLanguagePack(DEFAULT_LOCALE, bookingRules);

/** At or below this many places left, the number is shown ("3 places left"); above it, "Places available". */
export const FEW_PLACES_LEFT = 5;

// ---------------------------------------------------------------------------------------------------
// Availability

export type AvailabilityKind =
  /** Drop-in: just turn up. */
  | 'drop-in'
  /** Already started or finished: no longer bookable. */
  | 'closed'
  /** Places are released later (`opensAt`). */
  | 'not-open'
  | 'available'
  /** `placesLeft` is 5 or fewer. */
  | 'few-left'
  | 'full-waiting-list'
  | 'full';

export interface Availability {
  kind: AvailabilityKind;
  /** Only for `few-left`. */
  placesLeft?: number;
  /** Only for `not-open`. */
  opensAt?: string;
  /** A place can be booked now. */
  canBook: boolean;
  /** The family can join the waiting list now. */
  canJoinWaitingList: boolean;
}

/** What a family can do about a session right now. */
export function availabilityOf(session: Session, now: Date): Availability {
  const none = { canBook: false, canJoinWaitingList: false };
  if (session.mode === 'drop_in') return { kind: 'drop-in', ...none };
  if (Date.parse(session.start) <= now.getTime()) return { kind: 'closed', ...none };
  if (session.bookingOpensAt && Date.parse(session.bookingOpensAt) > now.getTime()) {
    return { kind: 'not-open', opensAt: session.bookingOpensAt, ...none };
  }
  const left = session.capacity === null ? null : session.placesLeft;
  if (left === null) return { kind: 'available', canBook: true, canJoinWaitingList: false };
  if (left <= 0) {
    return session.waitingList ? { kind: 'full-waiting-list', canBook: false, canJoinWaitingList: true } : { kind: 'full', ...none };
  }
  if (left <= FEW_PLACES_LEFT) return { kind: 'few-left', placesLeft: left, canBook: true, canJoinWaitingList: false };
  return { kind: 'available', canBook: true, canJoinWaitingList: false };
}

/**
 * "Places available", "3 places left", "Full — join the waiting list", "Full",
 * "Booking opens Monday 3 March" (with the time when it is not midnight), "Just turn up — no need to book".
 */
export function availabilityInWords(availability: Availability, t: Translate, now?: Date): string {
  switch (availability.kind) {
    case 'drop-in':
      return t('booking.availability.dropIn');
    case 'closed':
      return t('booking.availability.closed');
    case 'not-open': {
      const opensAt = availability.opensAt!;
      const date = dateInWords(opensAt, now ? { now, t } : { withYear: false, t });
      const { hours, minutes } = londonParts(opensAt);
      return hours === 0 && minutes === 0
        ? t('booking.availability.opens', { date })
        : t('booking.availability.opensAt', { date, time: timeInWords(opensAt, t) });
    }
    case 'few-left':
      return t('booking.availability.fewLeft', { count: availability.placesLeft ?? 0 });
    case 'full-waiting-list':
      return t('booking.availability.fullWaitingList');
    case 'full':
      return t('booking.availability.full');
    default:
      return t('booking.availability.available');
  }
}

// ---------------------------------------------------------------------------------------------------
// Party: who is coming

export interface Party {
  adults: number;
  children: ChildAge[];
}

/** People in the room: adults plus children already born (an expected baby takes no place). */
export function placesNeeded(party: Party): number {
  return party.adults + party.children.filter((child) => child.kind === 'age').length;
}

export type PartyProblemCode =
  | 'nobody'
  | 'adults-needed'
  | 'adults-too-many'
  | 'adults-not-allowed'
  | 'children-needed'
  | 'children-too-many'
  | 'children-not-allowed'
  | 'child-age';

export interface PartyProblem {
  /** Which answer to correct: the number of adults, the number of children, or one child's age. */
  field: 'adults' | 'children' | 'child';
  /** 0-based, for `child`. */
  childIndex?: number;
  code: PartyProblemCode;
  /** The limit broken, for the too-many codes. */
  limit?: number;
  /** The session's child age band, for `child-age`. */
  ageRange?: AgeRange;
}

/**
 * Checks a party against a session's household rules: most adults, most children, the child age band,
 * whether adults may come without children, and that children come with an adult. At most one problem
 * per answer, the most useful first.
 */
export function checkParty(rules: HouseholdRules, party: Party): PartyProblem[] {
  const problems: PartyProblem[] = [];
  const children = party.children.filter((child) => child.kind === 'age');
  const childrenWelcome = rules.maxChildren > 0;

  // Adults
  if (rules.maxAdults === 0 && party.adults > 0) {
    problems.push({ field: 'adults', code: 'adults-not-allowed' });
  } else if (party.adults > rules.maxAdults) {
    problems.push({ field: 'adults', code: 'adults-too-many', limit: rules.maxAdults });
  } else if (party.adults === 0 && rules.maxAdults > 0) {
    // Children come with a grown-up; an adults' session with nobody coming needs its first answer.
    const childrenExpected = children.length > 0 || (childrenWelcome && !rules.adultsOnly);
    problems.push({ field: 'adults', code: childrenExpected ? 'adults-needed' : 'nobody' });
  }

  // Children
  if (!childrenWelcome && children.length > 0) {
    problems.push({ field: 'children', code: 'children-not-allowed' });
  } else if (children.length > rules.maxChildren) {
    problems.push({ field: 'children', code: 'children-too-many', limit: rules.maxChildren });
  } else if (childrenWelcome && !rules.adultsOnly && children.length === 0) {
    problems.push({ field: 'children', code: 'children-needed' });
  }

  // Ages, only when the number of children is right (otherwise that is the thing to fix first).
  const band = rules.childAgeRange;
  if (band && !problems.some((p) => p.field === 'children')) {
    party.children.forEach((child, index) => {
      if (child.kind === 'age' && !ageMatches(band, child)) problems.push({ field: 'child', childIndex: index, code: 'child-age', ageRange: band });
    });
  }
  return problems;
}

/** Lower-cases the first letter of a phrase that goes mid-sentence ("During pregnancy" stays a phrase). */
function midSentence(words: string): string {
  return /^[A-Z][a-z]/.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

/** An error message that says what to do, for the party step. */
export function partyProblemInWords(problem: PartyProblem, t: Translate): string {
  switch (problem.code) {
    case 'nobody':
      return t('booking.party.error.nobody');
    case 'adults-needed':
      return t('booking.party.error.adultsNeeded');
    case 'adults-too-many':
      return t('booking.party.error.adultsTooMany', { count: problem.limit ?? 0 });
    case 'adults-not-allowed':
      return t('booking.party.error.adultsNotAllowed');
    case 'children-needed':
      return t('booking.party.error.childrenNeeded');
    case 'children-too-many':
      return t('booking.party.error.childrenTooMany', { count: problem.limit ?? 0 });
    case 'children-not-allowed':
      return t('booking.party.error.childrenNotAllowed');
    case 'child-age':
      return t('booking.party.error.childAge', {
        ages: midSentence(ageRangeInWords(problem.ageRange!, t)),
        number: (problem.childIndex ?? 0) + 1,
      });
  }
}

/** The age band a session states for display: its own, else its booking rule's. */
export function sessionAgeRange(session: Session): AgeRange | undefined {
  return session.ageRange ?? session.rules.childAgeRange;
}

// ---------------------------------------------------------------------------------------------------
// Timetable filter: a child's age

/** Age bands a family can pick to narrow the timetable. Months are inclusive. */
export const AGE_FILTERS = {
  pregnancy: { pregnancy: true, minMonths: null, maxMonths: null },
  'under-1': { pregnancy: false, minMonths: 0, maxMonths: 11 },
  '1': { pregnancy: false, minMonths: 12, maxMonths: 23 },
  '2': { pregnancy: false, minMonths: 24, maxMonths: 35 },
  '3-4': { pregnancy: false, minMonths: 36, maxMonths: 59 },
  '5-11': { pregnancy: false, minMonths: 60, maxMonths: 143 },
  '12-19': { pregnancy: false, minMonths: 144, maxMonths: 239 },
} as const;
export type AgeFilter = keyof typeof AGE_FILTERS;

export function isAgeFilter(value: string): value is AgeFilter {
  return Object.prototype.hasOwnProperty.call(AGE_FILTERS, value);
}

/**
 * Whether a session suits a child in an age band: its range overlaps the band (or, for "expecting",
 * it welcomes pregnancy). A session that states no ages suits everyone.
 */
export function sessionSuitsAgeFilter(session: Session, filter: AgeFilter): boolean {
  const range = sessionAgeRange(session);
  if (!range) return true;
  const band = AGE_FILTERS[filter];
  if (band.pregnancy) return range.pregnancy;
  if (range.minMonths === null) return false; // pregnancy only
  const upper = range.maxMonths ?? (range.sendTo25 ? 25 * 12 + 11 : STANDARD_LIMIT_MONTHS);
  return range.minMonths <= band.maxMonths && upper >= band.minMonths;
}
