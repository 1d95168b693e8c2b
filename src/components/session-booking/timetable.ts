/**
 * The timetable's arithmetic: which London week to ask for, how sessions group into days, and the
 * family's own filters (venue and child's age), applied to the week already loaded.
 */
import { sessionSuitsAgeFilter, type AgeFilter } from '../../core/booking-rules.js';
import type { Session, SessionQuery } from '../../core/model.js';
import { addDaysToKey, daysBetweenKeys, londonDateKey, londonInstant, mondayOfKey, toLondonIso } from '../../core/time.js';

export interface WeekWindow {
  /** The first day shown (today, in the current week), `YYYY-MM-DD`. */
  firstDay: string;
  /** The last day shown (a Sunday). */
  lastDay: string;
  /** What to ask the adapter for: London midnight to the next Monday's London midnight. */
  from: Date;
  to: Date;
}

const dateOfKey = (key: string) => key.split('-').map(Number) as [number, number, number];

/**
 * Week `offset` from the one containing `now` (Monday to Sunday in London). The current week starts
 * today, so past days are not offered; a week with a clock change is 167 or 169 hours long.
 */
export function weekWindow(now: Date, offset: number): WeekWindow {
  const today = londonDateKey(now);
  const monday = addDaysToKey(mondayOfKey(today), offset * 7);
  const firstDay = offset === 0 ? today : monday;
  const nextMonday = addDaysToKey(monday, 7);
  return {
    firstDay,
    lastDay: addDaysToKey(monday, 6),
    from: londonInstant(...dateOfKey(firstDay)),
    to: londonInstant(...dateOfKey(nextMonday)),
  };
}

/** The page's own choice of sessions (`service-id`, `location-id`, `category`), in one week. */
export function weekQuery(scope: { serviceId?: string; locationId?: string; category?: string }, week: WeekWindow): SessionQuery {
  return {
    ...(scope.serviceId ? { serviceId: scope.serviceId } : {}),
    ...(scope.locationId ? { locationId: scope.locationId } : {}),
    ...(scope.category ? { categoryId: scope.category } : {}),
    from: toLondonIso(week.from),
    to: toLondonIso(week.to),
  };
}

/** The weeks after week `offset`, to the end of week `lastWeek`: where to look for the next sessions. */
export function laterWeeks(now: Date, offset: number, lastWeek: number): WeekWindow {
  const first = weekWindow(now, offset + 1);
  const last = weekWindow(now, lastWeek);
  return { firstDay: first.firstDay, lastDay: last.lastDay, from: first.from, to: last.to };
}

/** A week with sessions in it: its offset from this week, and its Monday (`YYYY-MM-DD`). */
export interface WeekWithSessions {
  offset: number;
  monday: string;
}

/** The week of the earliest session not yet over, or null when there is none. */
export function firstWeekWithSessions(sessions: readonly Session[], now: Date): WeekWithSessions | null {
  const upcoming = sessions.filter((session) => Date.parse(session.end) > now.getTime()).map((session) => Date.parse(session.start));
  if (!upcoming.length) return null;
  const monday = mondayOfKey(londonDateKey(Math.min(...upcoming)));
  return { offset: daysBetweenKeys(mondayOfKey(londonDateKey(now)), monday) / 7, monday };
}

/** The last week offset a family can reach: `weeks-ahead` counts this week (default 8). */
export function lastWeekOffset(weeksAhead: number): number {
  const weeks = Number.isFinite(weeksAhead) && weeksAhead >= 1 ? Math.floor(weeksAhead) : 8;
  return weeks - 1;
}

/** Midday in London on a date: a safe instant to format a date key with. */
export function middayOf(key: string): Date {
  return londonInstant(...dateOfKey(key), 12, 0);
}

export interface DayGroup {
  /** `YYYY-MM-DD` in London. */
  key: string;
  sessions: Session[];
}

/** Sessions by London calendar day, in time order. Sessions that have already finished are left out. */
export function groupByDay(sessions: readonly Session[], now: Date): DayGroup[] {
  const days = new Map<string, Session[]>();
  const upcoming = sessions
    .filter((session) => Date.parse(session.end) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title));
  for (const session of upcoming) {
    const key = londonDateKey(session.start);
    const day = days.get(key);
    if (day) day.push(session);
    else days.set(key, [session]);
  }
  return [...days].map(([key, list]) => ({ key, sessions: list }));
}

/** The venue filter's value for online sessions. */
export const ONLINE = 'online';

export interface Venue {
  id: string;
  name: string;
}

/** Venues to choose from: every venue seen so far, by name. */
export function venuesOf(sessions: readonly Session[], known: ReadonlyMap<string, string> = new Map()): Venue[] {
  const venues = new Map(known);
  for (const session of sessions) if (session.location) venues.set(session.location.id, session.location.name);
  return [...venues].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export interface Filters {
  /** A location id, `online`, or '' for any. */
  venue: string;
  /** An age band, or '' for any age. */
  age: AgeFilter | '';
}

export function applyFilters(sessions: readonly Session[], filters: Filters): Session[] {
  return sessions.filter((session) => {
    if (filters.venue === ONLINE && !session.online) return false;
    if (filters.venue && filters.venue !== ONLINE && session.location?.id !== filters.venue) return false;
    if (filters.age && !sessionSuitsAgeFilter(session, filters.age)) return false;
    return true;
  });
}
