/**
 * The demo directory for the fictional borough of Brackenford: categories, venues, postcodes, services
 * and dated sessions. Every accessor returns a fresh copy, so callers may change what they get.
 */
import type { Service, Session } from '../../core/model.js';
import { sessionsFromPlans } from './demo-sessions.js';
import { buildService, type DemoEntry } from './service-builder.js';
import { FAMILY_SERVICES } from './services-families.js';
import { HEALTH_AND_SEND_SERVICES } from './services-health-and-send.js';
import { START_FOR_LIFE_SERVICES } from './services-start-for-life.js';

export { BOROUGH_NAME, LOCALITIES, demoLocations, demoPostcodes } from './borough.js';
export { START_FOR_LIFE_ID, STRANDS, demoCategories } from './categories.js';
export { DEMO_SESSION_WEEKS } from './demo-sessions.js';

let entries: readonly DemoEntry[] | undefined;

function demoEntries(): readonly DemoEntry[] {
  entries ??= [...START_FOR_LIFE_SERVICES, ...FAMILY_SERVICES, ...HEALTH_AND_SEND_SERVICES].map(buildService);
  return entries;
}

/** Every demo service (over 60), in a stable order. */
export function demoServices(): Service[] {
  return demoEntries().map((entry) => structuredClone(entry.service));
}

/**
 * Sessions for the next eight weeks from `now`, from the schedules of the bookable and drop-in services.
 * The same `now` always gives the same sessions, ids and places left.
 */
export function demoSessions(now: Date): Session[] {
  // Expanding the schedules takes tens of milliseconds; tests build many adapters with one fixed `now`.
  if (lastSessions?.at !== now.getTime()) lastSessions = { at: now.getTime(), sessions: sessionsFromPlans(demoEntries(), now) };
  return structuredClone(lastSessions.sessions);
}

let lastSessions: { at: number; sessions: Session[] } | undefined;
