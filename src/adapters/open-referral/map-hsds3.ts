/**
 * HSDS 3.0 and the Open Referral UK profile 3.0 → the domain model. Field-by-field table:
 * docs/open-referral.md.
 */
import type { DeliveryMode, Location, Schedule, Service } from '../../core/model.js';
import { addOnce, firstText, id, instantOrDate, record, records, text, type Json } from './clean.js';
import {
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

/** One HSDS 3 service record (from `/services/{id}`, or a `full` list entry); undefined without id and name. */
export function mapHsds3Service(input: unknown, _context: MapContext): MappedService | undefined {
  const raw = record(input);
  if (!raw) return undefined;
  const serviceId = id(raw.id);
  if (!serviceId) return undefined;

  const vocabularies = new Map<string, string>();
  const categories: Service['categories'] = [];
  for (const attribute of records(raw.attributes)) addCategory(categories, vocabularies, record(attribute.taxonomy_term));

  const deliveryModes: DeliveryMode[] = [];
  const locations: Location[] = [];
  const schedules: Schedule[] = [];
  const seenSchedules = new Set<string>();
  const venuePhones: Json[] = [];
  const venueContacts: Json[] = [];
  const scheduleSources: Json[] = [...records(raw.schedules)];
  records(raw.service_at_locations).forEach((sal, index) => {
    const rawLocation = record(sal.location) ?? {};
    const location = mapLocation({
      raw: rawLocation,
      fallbackId: `${serviceId}-location-${index + 1}`,
      addresses: records(rawLocation.addresses),
      accessibility: records(rawLocation.accessibility),
    });
    addLocation(locations, location);
    const type = String(rawLocation.location_type ?? '').toLowerCase();
    if (type === 'physical' && location) addOnce(deliveryModes, 'in_person');
    if (type === 'virtual') addOnce(deliveryModes, 'online');
    const venueSchedules = [...records(sal.schedules), ...records(rawLocation.schedules)];
    addSchedules(schedules, seenSchedules, venueSchedules, location?.id);
    scheduleSources.push(...venueSchedules);
    venuePhones.push(...records(sal.phones), ...records(rawLocation.phones));
    venueContacts.push(...records(sal.contacts), ...records(rawLocation.contacts));
  });
  addSchedules(schedules, seenSchedules, records(raw.schedules));
  // HSDS 3 has no service-level attending type; its schedules say it in words.
  for (const schedule of scheduleSources) for (const mode of deliveryModesFrom(schedule.attending_type)) addOnce(deliveryModes, mode);

  const eligibility = text(raw.eligibility_description, 2000, { key: 'eligibility_description' });
  const languages: Service['languages'] = [];
  addLanguages(languages, records(raw.languages));
  const organisation = record(raw.organization);
  const contacts = [...records(raw.contacts), ...venueContacts];

  const service = finishService({
    id: serviceId,
    name: text(raw.name, 300, { key: 'name' }),
    description: text(raw.description, 5000, { key: 'description', multiline: true }),
    status: mapStatus(raw.status),
    organisation: mapOrganisation(organisation),
    categories,
    ageRange: ageRangeFromFeed(raw.minimum_age, raw.maximum_age, mentionsPregnancy(eligibility)),
    eligibility,
    cost: mapCost(records(raw.cost_options), firstText(raw, ['fees_description', 'fees'], 300)),
    languages,
    deliveryModes,
    locations,
    schedules,
    contacts: mapContacts({
      phones: [...records(raw.phones), ...contacts.flatMap((c) => records(c.phones)), ...venuePhones, ...records(organisation?.phones)],
      emails: [raw.email, ...contacts.map((c) => c.email), organisation?.email],
      websites: [raw.url, organisation?.website],
    }),
    alert: text(raw.alert, 1000, { key: 'alert' }),
    lastUpdated: instantOrDate(raw.last_modified),
  });
  return service ? { service, vocabularies } : undefined;
}

/**
 * A `/service_at_locations` list entry (`{ id, service, location, schedules, phones }`), read as a service
 * with that one venue, so that a postcode search answered per venue maps like any other.
 */
export function hsds3ServiceFromServiceAtLocation(input: unknown): Json | undefined {
  const row = record(input);
  const service = record(row?.service);
  if (!row || !service) return undefined;
  const serviceAtLocation: Json = { ...row };
  delete serviceAtLocation.service;
  return { ...service, service_at_locations: [...records(service.service_at_locations), serviceAtLocation] };
}
