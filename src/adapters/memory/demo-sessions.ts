/**
 * Dated sessions for the demo: the schedules of bookable and drop-in services expanded over the next
 * weeks. Deterministic for a given `now`: ids come from dates, and places already taken come from a PRNG
 * seeded by each session's id.
 */
import type { Location, Schedule, Service, Session } from '../../core/model.js';
import { expandSchedule } from '../../core/schedule.js';
import { addDaysToKey, londonDateKey, londonInstant, toLondonIso } from '../../core/time.js';
import { hashString, seededRandom } from './random.js';
import type { DemoEntry, SessionPlan } from './service-builder.js';

export const DEMO_SESSION_WEEKS = 8;
const DAY_MS = 86_400_000;
/** A course starts on the first date at least this many days after `now`, so it can still be booked. */
const COURSE_LEAD_DAYS = 7;

/** Every session of every planned service that starts in [now, now + weeks), sorted by start. */
export function sessionsFromPlans(entries: readonly DemoEntry[], now: Date, weeks = DEMO_SESSION_WEEKS): Session[] {
  const to = new Date(now.getTime() + weeks * 7 * DAY_MS);
  const sessions: Session[] = [];
  for (const { service, sessions: plan } of entries) {
    if (!plan) continue;
    service.schedules.forEach((schedule, scheduleIndex) => {
      const suffix = service.schedules.length > 1 ? `-${scheduleIndex + 1}` : '';
      sessions.push(...sessionsForSchedule(service, plan, schedule, suffix, now, to));
    });
  }
  return sessions.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

function sessionsForSchedule(service: Service, plan: SessionPlan, schedule: Schedule, suffix: string, now: Date, to: Date): Session[] {
  const rule = plan.course ? { ...schedule, validFrom: addDaysToKey(londonDateKey(now), COURSE_LEAD_DAYS) } : schedule;
  const occurrences = expandSchedule(rule, now, to);
  if (plan.course && occurrences.length < 2) return [];
  const location = plan.online ? null : venueFor(service, schedule);
  const courseId = plan.course ? `${service.id}--course-${londonDateKey(occurrences[0]!.start)}${suffix}` : undefined;
  return occurrences.map((occurrence, position) => {
    const start = toLondonIso(occurrence.start);
    const id = `${service.id}--${stamp(start)}${suffix}`;
    const session: Session = {
      id,
      serviceId: service.id,
      title: plan.title ?? service.name,
      location,
      online: plan.online ?? false,
      start,
      end: toLondonIso(occurrence.end),
      mode: plan.mode,
      capacity: null,
      placesLeft: null,
      waitingList: plan.waitingList ?? false,
      rules: { maxAdults: 2, maxChildren: 3, adultsOnly: false, ...plan.rules },
      ageRange: { ...service.ageRange },
      cost: structuredClone(service.cost),
    };
    if (schedule.description) session.description = schedule.description;
    if (service.audience) session.audience = service.audience;
    if (plan.opensDaysBefore) session.bookingOpensAt = toLondonIso(sameTimeDaysBefore(start, plan.opensDaysBefore));
    if (courseId) session.course = { id: courseId, sessionCount: occurrences.length, sessionNumber: occurrence.index };
    if (plan.mode === 'bookable' && plan.capacity !== undefined) {
      session.capacity = plan.capacity;
      const notOpenYet = session.bookingOpensAt !== undefined && Date.parse(session.bookingOpensAt) > now.getTime();
      // A course is booked as a whole, so all its sessions share one count of places taken.
      const taken = notOpenYet ? 0 : placesTaken(plan, plan.capacity, courseId ?? id, courseId ? 0 : position);
      session.placesLeft = plan.capacity - taken;
    }
    return session;
  });
}

function placesTaken(plan: SessionPlan, capacity: number, key: string, position: number): number {
  if (plan.fullOccurrences?.includes(position)) return capacity;
  const random = seededRandom(hashString(key));
  return Math.floor(random() * (plan.maxTakenShare ?? 0.5) * capacity);
}

function venueFor(service: Service, schedule: Schedule): Location | null {
  const venue = service.locations.find((l) => l.id === schedule.locationId) ?? service.locations[0];
  return venue ? structuredClone(venue) : null;
}

// Both helpers read the London wall-clock date and time straight from an ISO string with London's
// offset (`2026-03-04T10:30:00+00:00`), which is much cheaper than converting the instant again.

/** `2026-03-04-1030`: a session's London date and time, for stable ids. */
function stamp(londonIso: string): string {
  return `${londonIso.slice(0, 10)}-${londonIso.slice(11, 13)}${londonIso.slice(14, 16)}`;
}

/** The same London wall-clock time a number of calendar days earlier (correct across clock changes). */
function sameTimeDaysBefore(londonIso: string, days: number): Date {
  const [y, m, d] = addDaysToKey(londonIso.slice(0, 10), -days).split('-').map(Number) as [number, number, number];
  return londonInstant(y, m, d, Number(londonIso.slice(11, 13)), Number(londonIso.slice(14, 16)));
}
