/**
 * The family's answers while they book, and the checks on each question page. Answers live in memory
 * only (never in storage, the URL or the console) and are cleared once the booking is made.
 *
 * The checks return what is wrong (catalogue keys and their numbers), not words: the widget words each
 * error when it shows it, so errors on the page follow a change of language.
 */
import { isEmailAddress } from '../../core/formats.js';
import { checkParty, partyProblemInWords, type Party, type PartyProblem } from '../../core/booking-rules.js';
import type { FieldProblem } from '../../core/errors.js';
import { isUkMobile, normaliseUkPhone } from '../../core/phone.js';
import {
  CancelledBookingSchema,
  MAX_AGE_MONTHS,
  type BookingReceipt,
  type BookingRequest,
  type CancelledBooking,
  type ChildAge,
  type HouseholdRules,
  type Session,
} from '../../core/model.js';
import type { Translate } from '../../i18n/messages.js';
import type { ErrorItem } from '../../partials/error-summary.js';

export interface ChildAnswer {
  years: string;
  months: string;
  /** Special educational needs or a disability: asked only where a session runs to 25 with SEND. */
  send: boolean;
}

export type Reminder = 'email' | 'text' | 'none';

export interface Answers {
  adults: string;
  children: string;
  ages: ChildAnswer[];
  name: string;
  email: string;
  phone: string;
  reminder: Reminder | undefined;
  needs: string;
}

export const NEEDS_LIMIT = 500;
export const NAME_LIMIT = 120;
/** Most people a family can say are coming, whatever a session allows (a typo guard). */
const MOST_PEOPLE = 20;

export function emptyAnswers(): Answers {
  return { adults: '', children: '', ages: [], name: '', email: '', phone: '', reminder: undefined, needs: '' };
}

/** Ids of the controls, so error summary links and inline messages agree. */
export const FIELD = {
  adults: 'adults',
  children: 'children',
  childYears: (index: number) => `child-${index + 1}-years`,
  childMonths: (index: number) => `child-${index + 1}-months`,
  child: (index: number) => `child-${index + 1}`,
  name: 'name',
  email: 'email',
  phone: 'phone',
  reminder: 'reminder',
  needs: 'needs',
  cancelReference: 'cancel-reference',
  cancelContact: 'cancel-contact',
} as const;

/** A count as typed: blank is undefined, anything but a whole number is NaN. */
export function parseCount(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Keeps one age entry per child, preserving what was already typed. */
export function resizeAges(ages: readonly ChildAnswer[], count: number): ChildAnswer[] {
  const next = ages.slice(0, count);
  while (next.length < count) next.push({ years: '', months: '', send: false });
  return next;
}

/** The number of children, when the answer is a usable number. */
export function childCount(answers: Answers, rules: HouseholdRules): number {
  if (rules.maxChildren === 0) return 0;
  const count = parseCount(answers.children);
  return count === undefined || Number.isNaN(count) ? 0 : count;
}

/** A child's age in months, or an error code. Years and months are both optional, but one is needed. */
export function childAgeMonths(child: ChildAnswer): number | 'missing' | 'not-number' | 'months-over' | 'too-old' {
  const years = parseCount(child.years);
  const months = parseCount(child.months);
  if (years === undefined && months === undefined) return 'missing';
  if (Number.isNaN(years) || Number.isNaN(months)) return 'not-number';
  // "1 year and 14 months" is a slip; "18 months" on its own is how parents talk about toddlers.
  if (years !== undefined && years > 0 && months !== undefined && months > 11) return 'months-over';
  const total = (years ?? 0) * 12 + (months ?? 0);
  return total > MAX_AGE_MONTHS ? 'too-old' : total;
}

export function childAges(answers: Answers, rules: HouseholdRules): ChildAge[] {
  return resizeAges(answers.ages, childCount(answers, rules)).map((child) => {
    const months = childAgeMonths(child);
    return { kind: 'age', months: typeof months === 'number' ? months : 0, send: child.send };
  });
}

function problemFieldId(problem: PartyProblem): string {
  if (problem.field === 'child') return FIELD.childYears(problem.childIndex ?? 0);
  return problem.field === 'adults' ? FIELD.adults : FIELD.children;
}

/** "Who is coming": the two numbers, then the session's household rules (ages are the next page). */
export function validateParty(answers: Answers, rules: HouseholdRules): ErrorItem[] {
  const errors: ErrorItem[] = [];
  const adults = parseCount(answers.adults);
  const children = rules.maxChildren === 0 ? 0 : parseCount(answers.children);
  if (adults === undefined) errors.push({ fieldId: FIELD.adults, key: 'booking.party.adults.error.missing' });
  else if (Number.isNaN(adults) || adults > MOST_PEOPLE) errors.push({ fieldId: FIELD.adults, key: 'booking.party.adults.error.number' });
  if (children === undefined) {
    // Blank means none where children may stay at home; elsewhere it is a missing answer.
    if (!rules.adultsOnly) errors.push({ fieldId: FIELD.children, key: 'booking.party.children.error.missing' });
  } else if (Number.isNaN(children) || children > MOST_PEOPLE) {
    errors.push({ fieldId: FIELD.children, key: 'booking.party.children.error.number' });
  }
  if (errors.length) return errors;
  const party: Party = { adults: adults!, children: Array.from({ length: children ?? 0 }, () => ({ kind: 'age', months: 0, send: false })) };
  return checkParty({ ...rules, childAgeRange: undefined }, party).map((problem) => ({
    fieldId: problemFieldId(problem),
    message: (t: Translate) => partyProblemInWords(problem, t),
  }));
}

/** "How old are the children": each age, then the session's age band. */
export function validateAges(answers: Answers, rules: HouseholdRules): ErrorItem[] {
  const ages = resizeAges(answers.ages, childCount(answers, rules));
  const errors: ErrorItem[] = [];
  ages.forEach((child, index) => {
    const result = childAgeMonths(child);
    if (typeof result === 'number') return;
    const number = index + 1;
    const fieldId = result === 'months-over' ? FIELD.childMonths(index) : FIELD.childYears(index);
    const key = {
      missing: 'booking.ages.error.missing',
      'not-number': 'booking.ages.error.notNumber',
      'months-over': 'booking.ages.error.monthsOver',
      'too-old': 'booking.ages.error.tooOld',
    } as const;
    errors.push({ fieldId, key: key[result], params: { number } });
  });
  if (errors.length) return errors;
  const party: Party = { adults: parseCount(answers.adults) ?? 0, children: childAges(answers, rules) };
  return checkParty(rules, party)
    .filter((problem) => problem.field === 'child')
    .map((problem) => ({ fieldId: problemFieldId(problem), message: (t: Translate) => partyProblemInWords(problem, t) }));
}

/** Whether the answers already suit a session's rules (another date of the same service): no question to ask again. */
export function answersFit(answers: Answers, rules: HouseholdRules): boolean {
  return (
    validateParty(answers, rules).length === 0 &&
    validateAges(answers, rules).length === 0 &&
    checkParty(rules, { adults: parseCount(answers.adults) ?? 0, children: childAges(answers, rules) }).length === 0
  );
}

/** A UK mobile number in one plain format (`07700900982`), from the ways people write it, or null. */
export function normaliseMobile(value: string): string | null {
  const phone = normaliseUkPhone(value);
  return phone && isUkMobile(phone) ? phone : null;
}

export function validateContact(answers: Answers): ErrorItem[] {
  const errors: ErrorItem[] = [];
  const name = answers.name.trim();
  if (!name) errors.push({ fieldId: FIELD.name, key: 'booking.contact.name.error.missing' });
  else if (name.length > NAME_LIMIT) errors.push({ fieldId: FIELD.name, key: 'booking.contact.name.error.tooLong', params: { count: NAME_LIMIT } });
  const email = answers.email.trim();
  const phone = answers.phone.trim();
  if (!email && !phone) {
    errors.push({ fieldId: FIELD.email, key: 'booking.contact.error.none' });
    return errors;
  }
  if (email && !isEmailAddress(email)) errors.push({ fieldId: FIELD.email, key: 'booking.contact.email.error.format' });
  if (phone && !normaliseMobile(phone)) errors.push({ fieldId: FIELD.phone, key: 'booking.contact.phone.error.format' });
  return errors;
}

/** Reminder channels the family gave details for. */
export function reminderChoices(answers: Answers): Reminder[] {
  const choices: Reminder[] = [];
  if (answers.email.trim()) choices.push('email');
  if (answers.phone.trim()) choices.push('text');
  choices.push('none');
  return choices;
}

export function validateReminder(answers: Answers): ErrorItem[] {
  return answers.reminder && reminderChoices(answers).includes(answers.reminder)
    ? []
    : [{ fieldId: FIELD.reminder, key: 'booking.reminder.error.missing' }];
}

export function validateNeeds(answers: Answers): ErrorItem[] {
  return answers.needs.trim().length > NEEDS_LIMIT
    ? [{ fieldId: FIELD.needs, key: 'booking.needs.error.tooLong', params: { count: NEEDS_LIMIT } }]
    : [];
}

/** The request the adapter receives. Only what the booking needs; the reminder only on a channel given. */
export function toBookingRequest(
  answers: Answers,
  sessionId: string,
  rules: HouseholdRules,
  options: { joinWaitingList: boolean; privacyNoticeVersion: string },
): BookingRequest {
  const email = answers.email.trim();
  const phone = answers.phone.trim() ? (normaliseMobile(answers.phone) ?? answers.phone.trim()) : '';
  const needs = answers.needs.trim();
  const contact: BookingRequest['contact'] = { name: answers.name.trim(), reminder: answers.reminder ?? 'none' };
  if (email) contact.email = email;
  if (phone) contact.phone = phone;
  const request: BookingRequest = {
    sessionId,
    adults: parseCount(answers.adults) ?? 0,
    children: childAges(answers, rules),
    contact,
    joinWaitingList: options.joinWaitingList,
    privacyNoticeVersion: options.privacyNoticeVersion,
  };
  if (needs) request.needs = needs;
  return request;
}

export type AnswerStep = 'party' | 'ages' | 'contact' | 'reminder' | 'needs';

/**
 * Where a field the backend refused is asked, with our own words for it (a backend's wording is never
 * shown). Unknown paths give null: the widget then shows its general problem message.
 */
export function stepForProblem(problem: FieldProblem): { step: AnswerStep; error: ErrorItem } | null {
  const path = problem.path;
  const child = /^children\.(\d+)/.exec(path);
  if (child) {
    const index = Number(child[1]);
    return { step: 'ages', error: { fieldId: FIELD.childYears(index), key: 'booking.server.child', params: { number: index + 1 } } };
  }
  if (path === 'adults') return { step: 'party', error: { fieldId: FIELD.adults, key: 'booking.server.adults' } };
  if (path === 'children') return { step: 'party', error: { fieldId: FIELD.children, key: 'booking.server.children' } };
  if (path === 'contact.name') return { step: 'contact', error: { fieldId: FIELD.name, key: 'booking.contact.name.error.missing' } };
  if (path === 'contact.email' || path === 'contact') {
    return { step: 'contact', error: { fieldId: FIELD.email, key: 'booking.server.email' } };
  }
  if (path === 'contact.phone') return { step: 'contact', error: { fieldId: FIELD.phone, key: 'booking.contact.phone.error.format' } };
  if (path === 'contact.reminder') return { step: 'reminder', error: { fieldId: FIELD.reminder, key: 'booking.reminder.error.missing' } };
  if (path === 'needs') return { step: 'needs', error: { fieldId: FIELD.needs, key: 'booking.needs.error.tooLong', params: { count: NEEDS_LIMIT } } };
  return null;
}

/** Cancellation answers: kept only until the cancellation is done. */
export interface CancelAnswers {
  reference: string;
  contact: string;
}

export function validateCancel(answers: CancelAnswers): ErrorItem[] {
  const errors: ErrorItem[] = [];
  const reference = answers.reference.trim();
  if (!reference) errors.push({ fieldId: FIELD.cancelReference, key: 'booking.cancel.reference.error.missing' });
  else if (reference.replace(/[^a-z0-9]/gi, '').length < 4 || reference.length > 40) {
    errors.push({ fieldId: FIELD.cancelReference, key: 'booking.cancel.reference.error.format' });
  }
  const contact = answers.contact.trim();
  if (!contact) errors.push({ fieldId: FIELD.cancelContact, key: 'booking.cancel.contact.error.missing' });
  else if (contact.includes('@') ? !isEmailAddress(contact) : contact.replace(/\D/g, '').length < 10) {
    errors.push({ fieldId: FIELD.cancelContact, key: 'booking.cancel.contact.error.format' });
  }
  return errors;
}

/**
 * The cancelled booking's details, or null when the answer has none. A backend or adapter on the first
 * contract answers nothing, and an older copy of the library on the same page may hand over its answer
 * unchecked: by then the booking is cancelled, so an answer that is missing or not whole means "no
 * details", never an error.
 */
export function cancelledDetails(answer: unknown): CancelledBooking | null {
  try {
    const parsed = CancelledBookingSchema.safeParse(answer);
    return parsed.success ? parsed.data : null;
  } catch {
    // An object whose getters throw: still no details.
    return null;
  }
}

/**
 * What was cancelled: the reference to show, and the booking's session when the backend said which
 * (`details` is null for a backend or adapter on the first contract, which answers nothing).
 */
export interface Cancelled {
  reference: string;
  details: CancelledBooking | null;
}

/**
 * The "Booking cancelled" page's state: the stored reference when the backend gave one, else the one typed.
 * When the backend names no session but the family cancelled the booking this widget has just made (from
 * its receipt), that booking's session is the one cancelled.
 */
export function cancelledFrom(answer: unknown, typedReference: string, booked?: { receipt: BookingReceipt; session: Session } | null): Cancelled {
  const details = cancelledDetails(answer);
  const reference = details?.reference ?? referenceAsShown(typedReference);
  if (details || !booked || referenceAsShown(booked.receipt.reference) !== reference) return { reference, details };
  const { session } = booked;
  return {
    reference: booked.receipt.reference,
    details: { reference: booked.receipt.reference, status: 'cancelled', sessionId: session.id, title: session.title, start: session.start, end: session.end },
  };
}

/** A booking reference as receipts show it: the shape `BK-7KQ4XM`, however it was typed. */
const BOOKING_REFERENCE = /^[A-Z]{2}[2-9A-HJ-NP-Z]{6}$/;

/**
 * The reference a family typed, written the way the widget shows references (`bk 7kq4xm` → `BK-7KQ4XM`),
 * for a cancelled page whose backend did not give the stored one. A reference in another shape (a council's
 * own system) is only upper-cased, with its spacing tidied.
 */
export function referenceAsShown(typed: string): string {
  const compact = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (BOOKING_REFERENCE.test(compact)) return `${compact.slice(0, 2)}-${compact.slice(2)}`;
  return typed.trim().replace(/\s+/g, ' ').toUpperCase();
}
