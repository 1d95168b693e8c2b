/**
 * Time in Europe/London, as numbers: wall-clock parts, instants, offsets and calendar-date keys, across the
 * clock changes. No words here (they are in time.ts), so code that only needs the arithmetic, such as the
 * Open Referral reader, carries no message catalogue.
 */
import type { Weekday } from './model.js';

export const LONDON = 'Europe/London';

export const WEEKDAY_BY_INDEX: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

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
  if (!Number.isFinite(epochMs)) return 0; // an unreadable date stays unreadable (NaN parts), it does not throw
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

const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tuesday 3 March", or "Tuesday 3 March 2026" with the year: the GOV.UK style, in London time. */
export function englishDateInWords(instant: Date | string | number, withYear: boolean): string {
  const local = londonParts(instant);
  const words = `${ENGLISH_WEEKDAYS[WEEKDAY_BY_INDEX.indexOf(local.weekday)]} ${local.day} ${ENGLISH_MONTHS[local.month - 1]}`;
  return withYear ? `${words} ${local.year}` : words;
}
