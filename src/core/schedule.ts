/**
 * Regular schedules (RRULE-style, as HSDS 3 `schedule`): plain-English wording and occurrence expansion,
 * both in Europe/London wall-clock time.
 */
import type { Schedule, Weekday } from './model.js';
import { WEEKDAYS } from './model.js';
import {
  addDaysToKey,
  daysBetweenKeys,
  londonDateKey,
  londonInstant,
  localTimeInWords,
  mondayOfKey,
  weekdayOfKey,
} from './time.js';

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

const ORDINAL_WORDS: Record<string, string> = {
  '1': 'First',
  '2': 'Second',
  '3': 'Third',
  '4': 'Fourth',
  '5': 'Fifth',
  '-1': 'Last',
  '-2': 'Second to last',
};

interface ByDay {
  ordinal: number | null;
  weekday: Weekday;
}

export function parseByDay(entry: string): ByDay {
  const match = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(entry);
  if (!match) throw new RangeError(`Not a BYDAY entry: ${entry}`);
  return { ordinal: match[1] ? Number(match[1]) : null, weekday: match[2] as Weekday };
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/** "Monday to Friday" when the days run on without a gap (three or more), else "Monday and Thursday". */
function weekdaysInWords(days: Weekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  if (sorted.length === 7) return 'day';
  const indexes = sorted.map((d) => WEEKDAYS.indexOf(d));
  const consecutive = indexes.every((value, i) => i === 0 || value === indexes[i - 1]! + 1);
  if (sorted.length >= 3 && consecutive) return `${WEEKDAY_NAMES[sorted[0]!]} to ${WEEKDAY_NAMES[sorted[sorted.length - 1]!]}`;
  return joinWords(sorted.map((d) => WEEKDAY_NAMES[d]));
}

function daysPart(schedule: Schedule): string {
  const { freq, interval } = schedule;
  if (freq === 'DAILY') return interval === 1 ? 'Every day' : `Every ${interval} days`;
  if (freq === 'WEEKLY') {
    const days = schedule.byday.map((entry) => parseByDay(entry).weekday);
    const daysWords = days.length ? weekdaysInWords(days) : 'week';
    if (daysWords === 'day') return interval === 1 ? 'Every day' : `Every day, every ${interval} weeks`;
    if (interval === 1) return daysWords.includes(' to ') ? daysWords : `Every ${daysWords}`;
    if (interval === 2) return `Every other ${daysWords}`;
    return `Every ${interval} weeks on ${daysWords}`;
  }
  // MONTHLY
  const everyMonth = interval === 1 ? 'of the month' : interval === 2 ? 'of every other month' : `of every ${interval} months`;
  const ordinalDays = schedule.byday.map(parseByDay).filter((d) => d.ordinal !== null);
  if (ordinalDays.length) {
    const first = ordinalDays.map((d, i) => {
      const ordinal = ORDINAL_WORDS[String(d.ordinal)] ?? `${ordinalSuffix(d.ordinal!)}`;
      return `${i === 0 ? ordinal : ordinal.toLowerCase()} ${WEEKDAY_NAMES[d.weekday]}`;
    });
    return `${joinWords(first)} ${everyMonth}`;
  }
  if (schedule.bymonthday.length) {
    const dayWords = schedule.bymonthday.map((d) => (d === -1 ? 'last day' : d < 0 ? `${ordinalSuffix(-d)} to last day` : ordinalSuffix(d)));
    return `The ${joinWords(dayWords)} ${everyMonth}`;
  }
  return interval === 1 ? 'Every month' : `Every ${interval} months`;
}

/**
 * A schedule in plain English: "Every Tuesday, 10am to 11:30am", "First Saturday of the month, 10am to midday",
 * "Every Wednesday for 6 weeks, 1pm to 3pm", "Monday to Friday, 9am to 5pm".
 */
export function scheduleInWords(schedule: Schedule): string {
  let words = daysPart(schedule);
  if (schedule.count && schedule.freq === 'WEEKLY' && schedule.byday.length <= 1) {
    words += ` for ${schedule.count} weeks`;
  } else if (schedule.count) {
    words += ` (${schedule.count} sessions)`;
  }
  if (schedule.opensAt && schedule.closesAt) {
    words += `, ${localTimeInWords(schedule.opensAt)} to ${localTimeInWords(schedule.closesAt)}`;
  } else if (schedule.opensAt) {
    words += `, from ${localTimeInWords(schedule.opensAt)}`;
  }
  return words;
}

/** Whether the schedule can fall on a weekday (for the finder's "days" filter). */
export function scheduleRunsOn(schedule: Schedule, weekday: Weekday): boolean {
  if (schedule.freq === 'DAILY') return true;
  if (schedule.byday.length) return schedule.byday.some((entry) => parseByDay(entry).weekday === weekday);
  if (schedule.freq === 'WEEKLY' && schedule.validFrom) return weekdayOfKey(schedule.validFrom) === weekday;
  // A monthly "15th of the month" rule can fall on any day.
  return schedule.freq === 'MONTHLY';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthsBetween(fromKey: string, toKey: string): number {
  const [fy, fm] = fromKey.split('-').map(Number) as [number, number];
  const [ty, tm] = toKey.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

function fallsOn(schedule: Schedule, dateKey: string, anchorKey: string): boolean {
  const weekday = weekdayOfKey(dateKey);
  const { freq, interval } = schedule;
  if (freq === 'DAILY') return daysBetweenKeys(anchorKey, dateKey) % interval === 0;
  if (freq === 'WEEKLY') {
    const weeks = daysBetweenKeys(mondayOfKey(anchorKey), mondayOfKey(dateKey)) / 7;
    if (weeks % interval !== 0) return false;
    const days = schedule.byday.length ? schedule.byday.map((e) => parseByDay(e).weekday) : [weekdayOfKey(anchorKey)];
    return days.includes(weekday);
  }
  // MONTHLY
  if (monthsBetween(anchorKey, dateKey) % interval !== 0) return false;
  const [year, month, day] = dateKey.split('-').map(Number) as [number, number, number];
  const monthLength = daysInMonth(year, month);
  if (schedule.bymonthday.length) {
    return schedule.bymonthday.some((d) => (d > 0 ? d === day : monthLength + d + 1 === day));
  }
  if (schedule.byday.length) {
    return schedule.byday.map(parseByDay).some(({ ordinal, weekday: w }) => {
      if (w !== weekday) return false;
      if (ordinal === null) return true;
      if (ordinal > 0) return Math.ceil(day / 7) === ordinal;
      return Math.ceil((monthLength - day + 1) / 7) === -ordinal;
    });
  }
  return day === Number(anchorKey.slice(8, 10));
}

export interface Occurrence {
  start: Date;
  end: Date;
  /** 1-based position in the series, counted from `validFrom` (or from the start of the window). */
  index: number;
}

const MAX_OCCURRENCES = 1000;

/**
 * The occurrences of a schedule that start within [from, to). Local times are kept: a weekly 10:00
 * session is at 10:00 in London in both GMT and BST, so its UTC instant moves by an hour at each change.
 */
export function expandSchedule(schedule: Schedule, from: Date, to: Date): Occurrence[] {
  const occurrences: Occurrence[] = [];
  const windowStartKey = londonDateKey(from);
  const windowEndKey = londonDateKey(to);
  // Counting occurrences (for `count` and "every other week") starts at validFrom when known.
  const anchorKey = schedule.validFrom ?? windowStartKey;
  let dateKey = schedule.validFrom && schedule.validFrom < windowStartKey && schedule.count ? schedule.validFrom : maxKey(anchorKey, windowStartKey);
  const [openH, openM] = (schedule.opensAt ?? '00:00').split(':').map(Number) as [number, number];
  const [closeH, closeM] = (schedule.closesAt ?? '23:59').split(':').map(Number) as [number, number];
  let index = 0;
  for (let guard = 0; dateKey <= windowEndKey && guard < 3700; guard++, dateKey = addDaysToKey(dateKey, 1)) {
    if (schedule.validTo && dateKey > schedule.validTo) break;
    if (!fallsOn(schedule, dateKey, anchorKey)) continue;
    index++;
    if (schedule.count && index > schedule.count) break;
    const [y, m, d] = dateKey.split('-').map(Number) as [number, number, number];
    const start = londonInstant(y, m, d, openH, openM);
    const end = londonInstant(y, m, d, closeH, closeM);
    if (start >= from && start < to) occurrences.push({ start, end, index });
    if (occurrences.length >= MAX_OCCURRENCES) break;
  }
  return occurrences;
}

function maxKey(a: string, b: string): string {
  return a > b ? a : b;
}
