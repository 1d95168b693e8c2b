/**
 * Age matching. Ages are held in completed months so that babies are never rounded into years
 * (the "baby blind spot"): a 7-month-old matches a "0 to 1" and a "0 to 2" service.
 */
import type { AgeRange, ChildAge } from './model.js';
import { ENGLISH, formatNumber, localeOf, type Translate } from '../i18n/messages.js';

export const SEND_LIMIT_MONTHS = 25 * 12 + 11;
export const STANDARD_LIMIT_MONTHS = 19 * 12 + 11;

/** An age range stated in whole years, as feeds state them ("0 to 5" includes a child of 5½). */
export function ageRangeFromYears(minYears: number | null, maxYears: number | null, extra: Partial<AgeRange> = {}): AgeRange {
  return {
    pregnancy: false,
    sendTo25: false,
    ...extra,
    minMonths: minYears === null ? 0 : Math.round(minYears * 12),
    maxMonths: maxYears === null ? null : Math.round(maxYears * 12) + 11,
  };
}

/** Whether a service's age range suits one child (or a pregnancy). */
export function ageMatches(range: AgeRange, child: ChildAge): boolean {
  if (child.kind === 'pregnancy') return range.pregnancy;
  if (range.minMonths === null) return false; // pregnancy-only service
  if (child.months < range.minMonths) return false;
  const upper = range.maxMonths ?? STANDARD_LIMIT_MONTHS;
  if (child.months <= upper) return true;
  // SEND: eligibility runs on to 25 where the service says so and the service runs to the usual limit.
  return child.send && range.sendTo25 && child.months <= SEND_LIMIT_MONTHS;
}

/** Whether a service suits at least one of the family's children; an empty list matches everything. */
export function ageMatchesAny(range: AgeRange, children: readonly ChildAge[]): boolean {
  return children.length === 0 || children.some((child) => ageMatches(range, child));
}

export interface AgeWords {
  /** e.g. "During pregnancy and 0 to 12 months", "2 to 5 years", "All ages". */
  text: string;
}

/** Months as families say them: "6 months", "1 year", "18 months", "2 years" (in `t`'s language). */
export function monthsInWords(months: number, t: Translate = ENGLISH): string {
  if (months < 24) {
    if (months % 12 === 0 && months > 0) return t('common.age.years', { count: months / 12 });
    return t('common.age.months', { count: months });
  }
  return t('common.age.years', { count: Math.floor(months / 12) });
}

/**
 * A range in words for cards and details: "During pregnancy to 12 months", "0 to 5 years",
 * "0 to 19 years (up to 25 with SEND)". English unless `t` speaks another language.
 */
export function ageRangeInWords(range: AgeRange, t: Translate = ENGLISH): string {
  const { minMonths, maxMonths, pregnancy } = range;
  const send = (ages: string) => (range.sendTo25 ? t('common.age.send', { ages }) : ages);
  if (minMonths === null) return pregnancy ? t('common.age.pregnancy') : t('common.age.all');
  if (maxMonths === null) {
    if (pregnancy && minMonths === 0) return send(t('common.age.pregnancyAndAll'));
    return send(minMonths === 0 ? t('common.age.all') : t('common.age.andOver', { age: monthsInWords(minMonths, t) }));
  }
  const to = upperInWords(maxMonths, t);
  if (pregnancy && minMonths === 0) return send(t('common.age.pregnancyTo', { to }));
  return send(t('common.age.range', { from: lowerInWords(minMonths, maxMonths, t), to }));
}

// Upper bounds are stored inclusive of the last month (a "0 to 1 year" range ends at 23 months).
function upperInWords(maxMonths: number, t: Translate): string {
  if (maxMonths >= 23 && (maxMonths + 1) % 12 === 0) return t('common.age.years', { count: (maxMonths + 1) / 12 - 1 });
  return monthsInWords(maxMonths, t);
}

/** The lower end: a bare number when the upper end gives the unit ("0 to 5 years"), else with its unit. */
function lowerInWords(minMonths: number, maxMonths: number, t: Translate): string {
  const locale = localeOf(t);
  if (minMonths === 0) return formatNumber(locale, 0);
  if (minMonths % 12 === 0 && maxMonths >= 23) return formatNumber(locale, minMonths / 12);
  return monthsInWords(minMonths, t);
}
