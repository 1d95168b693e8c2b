/**
 * Search filters applied in the browser, for backends that cannot apply them (as their
 * `capabilities.searchFilters` say). Each is a plain function of a service, with the same meaning the
 * reference backends give it, so a family gets the same answers whichever backend the council uses.
 */
import { ageMatchesAny } from '../../core/age.js';
import { nearestVenue, type NearestVenue } from '../../core/geo.js';
import type { ChildAge, DeliveryMode, SearchFilter, Service, ServiceQuery, ServiceSummary, Weekday } from '../../core/model.js';
import { scheduleRunsOn } from '../../core/schedule.js';

/** Lower case, accents and apostrophes removed, punctuation as spaces: "Dad's Café" → "dads cafe". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every word typed appears in the service's name, description, organisation, audience, eligibility or category names. */
export function matchesText(service: Service, text: string): boolean {
  const words = foldText(text).split(' ').filter(Boolean);
  if (!words.length) return true;
  const haystack = foldText(
    [service.name, service.description, service.organisation?.name, service.audience, service.eligibility, ...service.categories.map((c) => c.name)]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

/**
 * The service is in one of the categories, directly or through a parent: ticking "Health" finds a
 * service filed under "Health › Oral health". `parentOf` fills in parents the service's own data omits.
 */
export function matchesCategories(service: Service, categoryIds: readonly string[], parentOf: ReadonlyMap<string, string | null> = new Map()): boolean {
  if (!categoryIds.length) return true;
  const wanted = new Set(categoryIds);
  return service.categories.some((category) => {
    if (wanted.has(category.id)) return true;
    const parentId = category.parentId ?? parentOf.get(category.id) ?? null;
    return parentId !== null && wanted.has(parentId);
  });
}

/** A child's age as a query may carry it (`send` optional). */
export type QueryChildAge = { kind: 'pregnancy' } | { kind: 'age'; months: number; send?: boolean };

/** The service suits at least one of the children (or the pregnancy). */
export function matchesAges(service: Service, ages: readonly QueryChildAge[]): boolean {
  const children: ChildAge[] = ages.map((age) => (age.kind === 'age' ? { kind: 'age', months: age.months, send: age.send ?? false } : age));
  return ageMatchesAny(service.ageRange, children);
}

/** The service has a regular time on at least one of the days. Services with no times stated do not match. */
export function runsOnAnyDay(service: Service, days: readonly Weekday[]): boolean {
  if (!days.length) return true;
  return service.schedules.some((schedule) => days.some((day) => scheduleRunsOn(schedule, day)));
}

export function isFree(service: Service): boolean {
  return service.cost.free;
}

export function deliveredAnyOf(service: Service, modes: readonly DeliveryMode[]): boolean {
  return !modes.length || modes.some((mode) => service.deliveryModes.includes(mode));
}

const englishNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

/** A language's English name from its code ("pl" → "polish"), folded; null when it is not a code. */
function englishNameOf(code: string): string | null {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(code)) return null;
  try {
    const name = englishNames?.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Offered in one of the languages, by code or name. A service listing no languages is taken to be in English. */
export function offeredInAnyLanguage(service: Service, languages: readonly string[]): boolean {
  if (!languages.length) return true;
  const wanted = new Set<string>();
  for (const language of languages) {
    const key = language.trim().toLowerCase();
    wanted.add(key);
    const name = englishNameOf(key);
    if (name) wanted.add(name);
  }
  const offered = service.languages.length ? service.languages : [{ name: 'English', code: 'en' }];
  return offered.some((l) => wanted.has(l.name.trim().toLowerCase()) || (l.code !== undefined && wanted.has(l.code.trim().toLowerCase())));
}

/** At least one of its places is a Family Hub building. */
export function atFamilyHub(service: Service): boolean {
  return service.locations.some((location) => location.isFamilyHub);
}

export { nearestVenue, type NearestVenue };

/** Nearest first; services with no place after every located one; then by name. */
export function byDistance(a: ServiceSummary, b: ServiceSummary): number {
  const da = a.distanceMiles ?? Number.POSITIVE_INFINITY;
  const db = b.distanceMiles ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  return a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id);
}

/**
 * Applies the filters named in `which` to a whole result set, in the backend's order; with `near`, adds
 * each service's distance and nearest place, drops places beyond `radiusMiles` (services with no place
 * stay: a family can use them from anywhere) and sorts nearest first.
 */
export function applyClientFilters(
  items: readonly ServiceSummary[],
  query: ServiceQuery,
  which: ReadonlySet<SearchFilter>,
  parentOf: ReadonlyMap<string, string | null> = new Map(),
): ServiceSummary[] {
  const result: ServiceSummary[] = [];
  for (const item of items) {
    if (which.has('text') && query.text && !matchesText(item, query.text)) continue;
    if (which.has('categoryIds') && query.categoryIds && !matchesCategories(item, query.categoryIds, parentOf)) continue;
    if (which.has('ages') && query.ages && !matchesAges(item, query.ages)) continue;
    if (which.has('days') && query.days && !runsOnAnyDay(item, query.days)) continue;
    if (which.has('freeOnly') && query.freeOnly && !isFree(item)) continue;
    if (which.has('deliveryModes') && query.deliveryModes && !deliveredAnyOf(item, query.deliveryModes)) continue;
    if (which.has('languages') && query.languages && !offeredInAnyLanguage(item, query.languages)) continue;
    if (which.has('atFamilyHub') && query.atFamilyHub && !atFamilyHub(item)) continue;
    if (which.has('near') && query.near) {
      const nearest = nearestVenue(item, query.near);
      if (nearest && query.radiusMiles !== undefined && nearest.distanceMiles > query.radiusMiles) continue;
      const located: ServiceSummary = { ...item };
      delete located.distanceMiles;
      delete located.nearestLocationId;
      if (nearest) {
        located.distanceMiles = Math.round(nearest.distanceMiles * 100) / 100;
        located.nearestLocationId = nearest.locationId;
      }
      result.push(located);
      continue;
    }
    result.push(item);
  }
  if (which.has('near') && query.near) result.sort(byDistance);
  return result;
}
