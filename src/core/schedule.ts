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
import { ENGLISH, formatNumber, isEnglish, localeOf, type MessageKey, type Translate } from '../i18n/messages.js';
import { capitalise, formatList } from '../i18n/format.js';

interface ByDay {
  ordinal: number | null;
  weekday: Weekday;
}

export function parseByDay(entry: string): ByDay {
  const match = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(entry);
  if (!match) throw new RangeError(`Not a BYDAY entry: ${entry}`);
  return { ordinal: match[1] ? Number(match[1]) : null, weekday: match[2] as Weekday };
}

/** "1st", "2nd", "15th", "22nd". */
function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/** A day of the month as an ordinal: English "15th"; other languages the number, placed by the catalogue. */
function ordinal(n: number, t: Translate): string {
  const locale = localeOf(t);
  return isEnglish(locale) ? ordinalSuffix(n) : formatNumber(locale, n);
}

const dayName = (t: Translate, day: Weekday) => t(`common.schedule.day.${day}` as MessageKey);
const linkedDayName = (t: Translate, day: Weekday) => t(`common.schedule.dayLinked.${day}` as MessageKey);

/** "Monday to Friday" when the days run on without a gap (three or more), else "Monday and Thursday". */
function weekdaysInWords(days: Weekday[], t: Translate): { words: string; range: boolean } | 'every-day' {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  if (sorted.length === 7) return 'every-day';
  const indexes = sorted.map((d) => WEEKDAYS.indexOf(d));
  const consecutive = indexes.every((value, i) => i === 0 || value === indexes[i - 1]! + 1);
  if (sorted.length >= 3 && consecutive) {
    return { words: t('common.schedule.dayRange', { from: dayName(t, sorted[0]!), to: linkedDayName(t, sorted[sorted.length - 1]!) }), range: true };
  }
  return { words: formatList(localeOf(t), sorted.map((d) => dayName(t, d)), 'conjunction'), range: false };
}

function daysPart(schedule: Schedule, t: Translate): string {
  const { freq, interval } = schedule;
  const locale = localeOf(t);
  if (freq === 'DAILY') return interval === 1 ? t('common.schedule.everyDay') : t('common.schedule.everyNDays', { count: interval });
  if (freq === 'WEEKLY') {
    const days = schedule.byday.map((entry) => parseByDay(entry).weekday);
    if (!days.length) {
      if (interval === 1) return t('common.schedule.everyWeek');
      return interval === 2 ? t('common.schedule.everyOtherWeek') : t('common.schedule.everyNWeeks', { count: interval });
    }
    const found = weekdaysInWords(days, t);
    if (found === 'every-day') return interval === 1 ? t('common.schedule.everyDay') : t('common.schedule.everyDayEveryNWeeks', { count: interval });
    if (interval === 1) return found.range ? found.words : t('common.schedule.weekly', { days: found.words });
    if (interval === 2) return t('common.schedule.everyOther', { days: found.words });
    return t('common.schedule.everyNWeeksOn', { count: interval, days: found.words });
  }
  // MONTHLY
  const period =
    interval === 1
      ? t('common.schedule.ofMonth')
      : interval === 2
        ? t('common.schedule.ofEveryOtherMonth')
        : t('common.schedule.ofEveryNMonths', { count: interval });
  const ordinalDays = schedule.byday.map(parseByDay).filter((d) => d.ordinal !== null);
  if (ordinalDays.length) {
    const days = ordinalDays.map((d) =>
      t(`common.schedule.nthDay.${d.ordinal}` as MessageKey, { day: dayName(t, d.weekday), dayLinked: linkedDayName(t, d.weekday) }),
    );
    return t('common.schedule.onDays', { days: formatList(locale, days, 'conjunction'), period });
  }
  if (schedule.bymonthday.length) {
    const days = schedule.bymonthday.map((d) =>
      d === -1
        ? t('common.schedule.monthDayLast')
        : d < 0
          ? t('common.schedule.monthDayFromEnd', { ordinal: ordinal(-d, t), count: -d - 1 })
          : t('common.schedule.monthDay', { ordinal: ordinal(d, t) }),
    );
    return t('common.schedule.onMonthDays', { days: formatList(locale, days, 'conjunction'), period });
  }
  return interval === 1 ? t('common.schedule.everyMonth') : t('common.schedule.everyNMonths', { count: interval });
}

/**
 * A schedule in words: "Every Tuesday, 10am to 11:30am", "First Saturday of the month, 10am to midday",
 * "Every Wednesday for 6 weeks, 1pm to 3pm", "Monday to Friday, 9am to 5pm". English unless `t` speaks
 * another language (Welsh: "Bob dydd Mawrth, 10:00 i 11:30").
 */
export function scheduleInWords(schedule: Schedule, t: Translate = ENGLISH): string {
  let words = daysPart(schedule, t);
  if (schedule.count && schedule.freq === 'WEEKLY' && schedule.byday.length <= 1) {
    words = t('common.schedule.forWeeks', { schedule: words, count: schedule.count });
  } else if (schedule.count) {
    words = t('common.schedule.sessions', { schedule: words, count: schedule.count });
  }
  if (schedule.opensAt && schedule.closesAt) {
    const times = t('common.time.range', { from: localTimeInWords(schedule.opensAt, t), to: localTimeInWords(schedule.closesAt, t) });
    words = t('common.schedule.times', { schedule: words, times });
  } else if (schedule.opensAt) {
    words = t('common.schedule.from', { schedule: words, time: localTimeInWords(schedule.opensAt, t) });
  }
  return capitalise(words, localeOf(t));
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
