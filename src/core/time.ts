/**
 * Time in Europe/London, in words: "10am", "Tuesday 3 March", "10am to 11:30am", in the family's language.
 * The arithmetic (parts, instants, offsets, date keys) is in london-time.ts and re-exported here.
 */
import { ENGLISH, isEnglish, localeOf, type Translate } from '../i18n/messages.js';
import { formatClock, formatLongDate, formatTime } from '../i18n/format.js';
import { englishDateInWords, londonParts } from './london-time.js';

export * from './london-time.js';

/**
 * "10am", "11:30am", "midday", "midnight", "6:30pm": the GOV.UK style for times in English. Other
 * languages (a `t` that speaks them) get their own style from Intl, e.g. Welsh "10:30", Arabic "10:30 ص".
 */
export function clockInWords(hours: number, minutes: number, t?: Translate): string {
  const locale = localeOf(t);
  if (!isEnglish(locale)) return formatClock(locale, hours, minutes);
  if (minutes === 0 && hours === 12) return 'midday';
  if (minutes === 0 && hours === 0) return 'midnight';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}

/** "09:30" → "9:30am". */
export function localTimeInWords(hhmm: string, t?: Translate): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return clockInWords(hours ?? 0, minutes ?? 0, t);
}

/** The London time of an instant in words: "10am". */
export function timeInWords(instant: Date | string | number, t?: Translate): string {
  const locale = localeOf(t);
  if (!isEnglish(locale)) return formatTime(locale, new Date(instant));
  const { hours, minutes } = londonParts(instant);
  return clockInWords(hours, minutes);
}

export interface DateWordsOptions {
  now?: Date;
  withYear?: boolean;
  /** The language (English when omitted). */
  t?: Translate;
}

/** "Tuesday 3 March 2026" (the year only when it differs from `now`'s, unless asked); Welsh "Dydd Mawrth, 3 Mawrth". */
export function dateInWords(instant: Date | string | number, options: DateWordsOptions = {}): string {
  const sameYear = options.now ? londonParts(options.now).year === londonParts(instant).year : false;
  const withYear = options.withYear ?? !sameYear;
  const locale = localeOf(options.t);
  if (!isEnglish(locale)) return formatLongDate(locale, new Date(instant), withYear);
  return englishDateInWords(instant, withYear);
}

/** "10am to 11:30am". */
export function timeRangeInWords(start: Date | string | number, end: Date | string | number, t: Translate = ENGLISH): string {
  return t('common.time.range', { from: timeInWords(start, t), to: timeInWords(end, t) });
}

/** "Tuesday 3 March, 10am to 11:30am". */
export function dateTimeRangeInWords(
  start: Date | string | number,
  end: Date | string | number,
  options: { now?: Date; t?: Translate } = {},
): string {
  const t = options.t ?? ENGLISH;
  return t('common.dateTime', { date: dateInWords(start, options), time: timeRangeInWords(start, end, t) });
}
