/**
 * Time in Europe/London. Session times travel as instants with offsets; everything a family reads, and
 * every "which day is this?" question, is answered in London time, across the clock changes.
 */
import type { Weekday } from './model.js';
import { ENGLISH, isEnglish, localeOf, type Translate } from '../i18n/messages.js';
import { formatClock, formatLongDate, formatTime } from '../i18n/format.js';

export const LONDON = 'Europe/London';

const WEEKDAY_BY_INDEX: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export interface LocalParts {
  year: number;
  /** 1 to 12 */
  month: number;
  day: number;
  hours: number;
  minutes: number;
  weekday: Weekday;
}

let londonFormat: Intl.DateTimeFormat | undefined;
const offsetByUtcHour = new Map<number, number>();
const HOUR = 3_600_000;

/**
 * Minutes London is ahead of UTC at an instant: 0 in winter (GMT), 60 in summer time (BST). London's
 * clocks only ever change on a UTC hour, so the answer is worked out once per hour from the browser's
 * own time zone data and remembered.
 */
export function londonOffsetMinutes(epochMs: number): number {
  const hourStart = Math.floor(epochMs / HOUR) * HOUR;
  let offset = offsetByUtcHour.get(hourStart);
  if (offset === undefined) {
    londonFormat ??= new Intl.DateTimeFormat('en-GB', {
      timeZone: LONDON,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    const part = (type: string, parts: Intl.DateTimeFormatPart[]) => Number(parts.find((p) => p.type === type)?.value);
    const parts = londonFormat.formatToParts(hourStart);
    const wall = Date.UTC(part('year', parts), part('month', parts) - 1, part('day', parts), part('hour', parts), part('minute', parts));
    offset = Math.round((wall - hourStart) / 60_000);
    if (offsetByUtcHour.size > 10_000) offsetByUtcHour.clear();
    offsetByUtcHour.set(hourStart, offset);
  }
  return offset;
}

/** A Date whose UTC fields read as London's wall clock at the instant (for reading fields only). */
function londonWall(instant: Date | string | number): Date {
  const epochMs = new Date(instant).getTime();
  return new Date(epochMs + londonOffsetMinutes(epochMs) * 60_000);
}

/** The London wall-clock parts of an instant. */
export function londonParts(instant: Date | string | number): LocalParts {
  const wall = londonWall(instant);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hours: wall.getUTCHours(),
    minutes: wall.getUTCMinutes(),
    weekday: WEEKDAY_BY_INDEX[wall.getUTCDay()]!,
  };
}

/**
 * The instant at a London wall-clock time. Correct on both sides of each clock change; a time the
 * clocks skip in March (1:30am) means the same time an hour on (2:30am BST), and a time that happens
 * twice in October means the second one, in GMT.
 */
export function londonInstant(year: number, month: number, day: number, hours = 0, minutes = 0): Date {
  const asIfUtc = Date.UTC(year, month - 1, day, hours, minutes);
  const firstGuess = asIfUtc - londonOffsetMinutes(asIfUtc) * 60_000;
  const offset = londonOffsetMinutes(firstGuess);
  return new Date(offset === londonOffsetMinutes(asIfUtc) ? firstGuess : asIfUtc - offset * 60_000);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function dateKeyOf(wall: Date): string {
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/** ISO 8601 with London's offset at that instant: `2026-03-31T10:00:00+01:00`. */
export function toLondonIso(instant: Date | string | number): string {
  const epochMs = new Date(instant).getTime();
  const ahead = londonOffsetMinutes(epochMs);
  const wall = new Date(epochMs + ahead * 60_000);
  const offset = `${ahead >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(ahead) / 60))}:${pad(Math.abs(ahead) % 60)}`;
  return `${dateKeyOf(wall)}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${offset}`;
}

/** `2026-03-31`, the London calendar date of an instant. */
export function londonDateKey(instant: Date | string | number): string {
  return dateKeyOf(londonWall(instant));
}

export function weekdayOf(instant: Date | string | number): Weekday {
  return londonParts(instant).weekday;
}

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

const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DateWordsOptions {
  now?: Date;
  withYear?: boolean;
  /** The language (English when omitted). */
  t?: Translate;
}

/** "Tuesday 3 March 2026" (the year only when it differs from `now`'s, unless asked); Welsh "Dydd Mawrth, 3 Mawrth". */
export function dateInWords(instant: Date | string | number, options: DateWordsOptions = {}): string {
  const local = londonParts(instant);
  const sameYear = options.now ? londonParts(options.now).year === local.year : false;
  const withYear = options.withYear ?? !sameYear;
  const locale = localeOf(options.t);
  if (!isEnglish(locale)) return formatLongDate(locale, new Date(instant), withYear);
  const words = `${ENGLISH_WEEKDAYS[WEEKDAY_BY_INDEX.indexOf(local.weekday)]} ${local.day} ${ENGLISH_MONTHS[local.month - 1]}`;
  return withYear ? `${words} ${local.year}` : words;
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

/** Adds whole London calendar days to a `YYYY-MM-DD` key (calendar arithmetic, no time zone involved). */
export function addDaysToKey(dateKey: string, days: number): string {
  const [y, m, d] = dateKey.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** Weekday of a `YYYY-MM-DD` calendar date. */
export function weekdayOfKey(dateKey: string): Weekday {
  const [y, m, d] = dateKey.split('-').map(Number) as [number, number, number];
  return WEEKDAY_BY_INDEX[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** The Monday on or before a calendar date. */
export function mondayOfKey(dateKey: string): string {
  const [y, m, d] = dateKey.split('-').map(Number) as [number, number, number];
  const dayIndex = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return addDaysToKey(dateKey, -dayIndex);
}

/** Whole days from one calendar date to another. */
export function daysBetweenKeys(from: string, to: string): number {
  const toUtc = (key: string) => {
    const [y, m, d] = key.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}
