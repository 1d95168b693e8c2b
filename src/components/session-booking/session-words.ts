/**
 * How the booking widget words a session and the family's answers: the venue and its address, the cost,
 * a child's age, the "what, when, where" rows of the check and receipt pages, and parts joined with the
 * language's own comma. Plain functions of the translator: they follow a change of language.
 */
import type { Cost, Session } from '../../core/model.js';
import { dateTimeRangeInWords } from '../../core/time.js';
import { formatMoney } from '../../i18n/format.js';
import type { Translate } from '../../i18n/messages.js';
import type { SummaryRow } from '../../partials/content.js';

/** "Baby massage, Tuesday 3 March": parts joined with the language's comma. */
export function joined(t: Translate, ...parts: string[]): string {
  return parts.join(t('common.separator'));
}

/** The venue's name, "Online", or "Venue to be confirmed". */
export function venueName(t: Translate, session: Session): string {
  if (session.location) return session.location.name;
  return session.online ? t('booking.session.online') : t('booking.session.venueTbc');
}

/** The venue's name and address, its lines joined with `separator`. */
export function venueAddress(t: Translate, session: Session, separator: string): string {
  const location = session.location;
  if (!location) return venueName(t, session);
  const address = location.address;
  return [location.name, address?.line1, address?.line2, address?.town, address?.postcode].filter(Boolean).join(separator);
}

/** "Free", or each price with what it is for, in the widget's language. */
export function costInWords(t: Translate, lang: string, cost: Cost): string {
  if (cost.free) return t('booking.session.free');
  const amounts = cost.options.map((option) =>
    option.amount !== undefined
      ? formatMoney(lang, option.amount, { decimals: 2 }) + (option.description ? ` ${option.description}` : '')
      : (option.description ?? ''),
  );
  return joined(t, ...amounts.filter(Boolean)) || t('booking.session.costAsk');
}

/** A child's age as parents say it: "8 months", "1 year 6 months", "3 years". */
export function ageWords(t: Translate, months: number): string {
  if (months < 12) return t('booking.age.months', { count: months });
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0 || years >= 2 ? t('booking.age.years', { count: years }) : t('booking.age.yearsMonths', { years, count: rest });
}

/** What, when and where, for check answers and the receipt. */
export function sessionRows(t: Translate, now: Date, session: Session): SummaryRow[] {
  return [
    { key: t('booking.session.what'), value: session.title },
    { key: t('booking.session.when'), value: dateTimeRangeInWords(session.start, session.end, { now, t }) },
    { key: t('booking.session.where'), value: venueAddress(t, session, '\n') },
    ...(session.course
      ? [{ key: t('booking.session.course'), value: t('booking.session.courseWhole', { count: session.course.sessionCount }) }]
      : []),
  ];
}
