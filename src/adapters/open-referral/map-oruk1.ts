/**
 * Open Referral UK v1 (HSDS 1.1 with the UK extensions: Porism/OpenPlace, LocalGov Drupal, Outpost
 * "partial") → the domain model. Field-by-field table: docs/open-referral.md.
 */
import type { Closure, Location, Schedule, Service } from '../../core/model.js';
import { londonDateKey } from '../../core/london-time.js';
import { calendarDate, firstText, id, instantOrDate, record, records, text, type Json } from './clean.js';
import {
  accessRoutesFrom,
  addCategory,
  addLanguages,
  addLocation,
  addSchedules,
  ageRangeFromFeed,
  deliveryModesFrom,
  finishService,
  mapContacts,
  mapCost,
  mapLocation,
  mapOrganisation,
  mapStatus,
  mentionsPregnancy,
  type MapContext,
  type MappedService,
} from './map-shared.js';

/**
 * Ages from `eligibilitys[]`: the youngest `minimum_age` and the oldest `maximum_age` across entries,
 * open-ended when any entry has no maximum.
 */
function ageRange(entries: Json[]): Service['ageRange'] | undefined {
  const withAges = entries.filter((e) => e.minimum_age !== undefined || e.maximum_age !== undefined);
  const words = entries.map((e) => text(e.eligibility, 200, { key: 'eligibility' }));
  const pregnancy = mentionsPregnancy(...words);
  if (!withAges.length) return ageRangeFromFeed(undefined, undefined, pregnancy);
  const ranges = withAges
    .map((e) => ageRangeFromFeed(e.minimum_age, e.maximum_age, pregnancy))
    .filter((r) => r !== undefined && r.minMonths !== null) as Service['ageRange'][];
  if (!ranges.length) return ageRangeFromFeed(undefined, undefined, pregnancy);
  return {
    pregnancy,
    sendTo25: false,
    minMonths: Math.min(...ranges.map((r) => r.minMonths ?? 0)),
    maxMonths: ranges.some((r) => r.maxMonths === null) ? null : Math.max(...ranges.map((r) => r.maxMonths ?? 0)),
  };
}

/** As many closures as the finder shows (the model's `MAX_CLOSURES`), repeated so the reader needs no more of the model at run time (see schemas.ts). */
const CLOSURES_KEPT = 3;

/**
 * Closures from `holiday_schedules` (`closed: true`) that have not ended by London's today: soonest first,
 * each once, at most `CLOSURES_KEPT`. No `end_date` means one day. A start or end that cannot be read, or an
 * end before the start, drops that closure: a guessed length could tell a family the wrong days.
 * Words are the widget's job (in the family's language), so none are made here.
 */
function closuresFrom(raws: Json[], now: Date): Closure[] | undefined {
  const today = londonDateKey(now);
  const seen = new Set<string>();
  const closures: Closure[] = [];
  for (const raw of raws) {
    if (!(raw.closed === true || raw.closed === 'true' || raw.closed === 1)) continue;
    const from = calendarDate(raw.start_date);
    const hasEnd = raw.end_date !== undefined && raw.end_date !== null && String(raw.end_date).trim() !== '';
    const to = hasEnd ? calendarDate(raw.end_date) : from;
    if (!from || !to || to < from || to < today || seen.has(`${from}/${to}`)) continue;
    seen.add(`${from}/${to}`);
    closures.push({ from, to });
  }
  closures.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return closures.length ? closures.slice(0, CLOSURES_KEPT) : undefined;
}

/** One ORUK v1 service record; undefined when it has no usable id or name. */
export function mapOruk1Service(input: unknown, context: MapContext): MappedService | undefined {
  const raw = record(input);
  if (!raw) return undefined;
  const serviceId = id(raw.id);
  if (!serviceId) return undefined;

  const vocabularies = new Map<string, string>();
  const categories: Service['categories'] = [];
  for (const link of records(raw.service_taxonomys)) addCategory(categories, vocabularies, record(link.taxonomy));

  const locations: Location[] = [];
  const schedules: Schedule[] = [];
  const seenSchedules = new Set<string>();
  const salToLocation = new Map<string, string>();
  const holidays: Json[] = [...records(raw.holiday_schedules)];
  const venuePhones: Json[] = [];
  records(raw.service_at_locations).forEach((sal, index) => {
    const rawLocation = record(sal.location) ?? {};
    const location = mapLocation({
      raw: rawLocation,
      fallbackId: `${serviceId}-location-${index + 1}`,
      addresses: [...records(rawLocation.physical_addresses), ...records(rawLocation.postal_addresses)],
      accessibility: records(rawLocation.accessibility_for_disabilities),
    });
    addLocation(locations, location);
    const salId = id(sal.id);
    if (salId && location) salToLocation.set(salId, location.id);
    addSchedules(schedules, seenSchedules, records(sal.regular_schedules), location?.id);
    holidays.push(...records(sal.holiday_schedules));
    venuePhones.push(...records(rawLocation.phones), ...records(sal.phones));
  });
  // Service-level schedules may still name their venue.
  for (const rawSchedule of records(raw.regular_schedules)) {
    const salId = id(rawSchedule.service_at_location_id);
    const locationId = (salId && salToLocation.get(salId)) ?? id(rawSchedule.location_id);
    addSchedules(schedules, seenSchedules, [rawSchedule], locationId && locations.some((l) => l.id === locationId) ? locationId : undefined);
  }

  const contacts = records(raw.contacts);
  const languages: Service['languages'] = [];
  addLanguages(languages, records(raw.languages));
  const organisation = record(raw.organization);

  const service = finishService({
    id: serviceId,
    name: text(raw.name, 300, { key: 'name' }),
    description: text(raw.description, 5000, { key: 'description', multiline: true }),
    status: mapStatus(raw.status),
    organisation: mapOrganisation(organisation),
    categories,
    ageRange: ageRange(records(raw.eligibilitys)),
    cost: mapCost(records(raw.cost_options), firstText(raw, ['fees'], 300)),
    languages,
    deliveryModes: deliveryModesFrom(raw.attending_type),
    access: accessRoutesFrom(raw.attending_access),
    locations,
    schedules,
    contacts: mapContacts({
      phones: [...records(raw.phones), ...contacts.flatMap((c) => records(c.phones)), ...venuePhones],
      emails: [raw.email, ...contacts.map((c) => c.email), organisation?.email],
      websites: [raw.url, organisation?.url, organisation?.website],
    }),
    closures: closuresFrom(holidays, context.now),
    lastUpdated: instantOrDate(raw.last_modified),
  });
  return service ? { service, vocabularies } : undefined;
}
