/**
 * Seeding: the directory (categories, services, postcodes) and the sessions a server starts with.
 *
 * Every start applies the seed again: categories, services and postcodes are brought up to date, and
 * sessions are only added (`ON CONFLICT DO NOTHING`), so a session that already has bookings is never
 * changed under them, and a demo left running for weeks gains the new weeks' sessions on restart.
 *
 * What the MemoryAdapter works out from the same data is worked out here the same way (its exported
 * helpers are reused), so a search or a session list gives the same answer from either adapter.
 */
import type * as z from 'zod/mini';
import { normalisePostcode } from '../src/core/geo.js';
import {
  CategorySchema,
  GeoPointSchema,
  ServiceSchema,
  SessionSchema,
  type Category,
  type GeoPoint,
  type Service,
  type Session,
} from '../src/core/model.js';
import { capacityKey } from '../src/adapters/memory/bookings.js';
import { demoCategories, demoPostcodes, demoServices, demoSessions } from '../src/adapters/memory/demo-data.js';
import { foldText } from '../src/adapters/memory/directory.js';
import type { Database } from './db/database.js';

/** What a seed provides: the same shape as the MemoryAdapter's demo data. */
export interface Seed {
  categories: () => z.input<typeof CategorySchema>[];
  services: () => z.input<typeof ServiceSchema>[];
  /**
   * Sessions around `now` (deterministic for a given `now`). A `placesLeft` below `capacity` means places
   * already taken (the demo's existing bookings); after seeding, the server counts.
   */
  sessions: (now: Date) => z.input<typeof SessionSchema>[];
  /** Normalised postcode ("BK1 4HF") to its centre. Venue postcodes are added from the services. */
  postcodes: () => Record<string, GeoPoint>;
}

export const EMPTY_SEED: Seed = { categories: () => [], services: () => [], sessions: () => [], postcodes: () => ({}) };

/** The MemoryAdapter's demo borough, so the demo shows the same services and sessions on either adapter. */
export const DEMO_SEED: Seed = {
  categories: demoCategories,
  services: demoServices,
  sessions: demoSessions,
  postcodes: demoPostcodes,
};

/** Services that list no languages are taken to be offered in English (as in the MemoryAdapter). */
const DEFAULT_LANGUAGES = ['english', 'en'];

const byName = (a: Service, b: Service) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id);

/** The row a service is stored as: the object plus the columns searches filter on. */
function serviceRows(services: Service[], parentOf: Map<string, string | null>) {
  const rank = new Map([...services].sort(byName).map((service, index) => [service.id, index]));
  return services.map((service) => {
    const languages = service.languages.flatMap((l) => [l.name.toLowerCase(), ...(l.code ? [l.code.toLowerCase()] : [])]);
    return {
      id: service.id,
      position: rank.get(service.id)!,
      status: service.status,
      search_text: foldText(
        [service.name, service.description, service.organisation?.name ?? '', ...service.categories.map((c) => c.name)].join(' '),
      ),
      is_free: service.cost.free,
      delivery_modes: service.deliveryModes,
      languages: languages.length ? [...new Set(languages)] : DEFAULT_LANGUAGES,
      at_family_hub: service.locations.some((l) => l.isFamilyHub),
      data: service,
      categories: service.categories.map((c) => ({ id: c.id, parent_id: c.parentId ?? parentOf.get(c.id) ?? null })),
    };
  });
}

/** The given categories plus any a service carries that the list lacks. */
function allCategories(categories: Category[], services: Service[]): Category[] {
  const merged = new Map(categories.map((c) => [c.id, c]));
  for (const service of services) for (const category of service.categories) if (!merged.has(category.id)) merged.set(category.id, category);
  return [...merged.values()];
}

/** Places taken before seeding, per capacity group: the first session of a group speaks for it. */
function seededTaken(sessions: Session[]): Map<string, number> {
  const taken = new Map<string, number>();
  for (const session of sessions) {
    const key = capacityKey(session);
    if (taken.has(key)) continue;
    const left = session.placesLeft ?? session.capacity;
    taken.set(key, session.capacity === null || left === null ? 0 : Math.max(0, session.capacity - left));
  }
  return taken;
}

function postcodeRows(postcodes: Record<string, GeoPoint>, services: Service[]) {
  const table = new Map(Object.entries(postcodes).map(([postcode, point]) => [postcode, GeoPointSchema.parse(point)]));
  for (const service of services) {
    for (const location of service.locations) {
      const postcode = location.address && normalisePostcode(location.address.postcode);
      if (postcode && location.point && !table.has(postcode)) table.set(postcode, location.point);
    }
  }
  return [...table].map(([postcode, point]) => ({ postcode, ...point }));
}

export interface SeedCounts {
  categories: number;
  services: number;
  sessionsAdded: number;
  postcodes: number;
}

/** Applies a seed in one transaction. Bad seed data fails loudly here rather than at a family's search. */
export async function applySeed(db: Database, seed: Seed, now: Date): Promise<SeedCounts> {
  const services = seed.services().map((s) => ServiceSchema.parse(s));
  const categories = allCategories(
    seed.categories().map((c) => CategorySchema.parse(c)),
    services,
  );
  const parentOf = new Map(categories.map((c) => [c.id, c.parentId]));
  const serviceIds = new Set(services.map((s) => s.id));
  // As in the MemoryAdapter: a session belongs to a service in the directory, or it is not offered.
  const sessions = seed
    .sessions(now)
    .map((s) => SessionSchema.parse(s))
    .filter((s) => serviceIds.has(s.serviceId));
  const taken = seededTaken(sessions);
  const rows = serviceRows(services, parentOf);
  const postcodes = postcodeRows(seed.postcodes(), services);

  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO categories (id, name, parent_id, position)
       SELECT id, name, parent_id, position FROM jsonb_to_recordset($1::jsonb)
         AS r(id text, name text, parent_id text, position integer)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id, position = excluded.position`,
      [JSON.stringify(categories.map((c, position) => ({ id: c.id, name: c.name, parent_id: c.parentId, position })))],
    );
    await tx.query(
      `INSERT INTO services (id, position, status, search_text, is_free, delivery_modes, languages, at_family_hub, data)
       SELECT id, position, status, search_text, is_free, delivery_modes, languages, at_family_hub, data
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, position integer, status text, search_text text, is_free boolean,
         delivery_modes text[], languages text[], at_family_hub boolean, data jsonb)
       ON CONFLICT (id) DO UPDATE SET position = excluded.position, status = excluded.status,
         search_text = excluded.search_text, is_free = excluded.is_free, delivery_modes = excluded.delivery_modes,
         languages = excluded.languages, at_family_hub = excluded.at_family_hub, data = excluded.data`,
      [JSON.stringify(rows.map(({ categories: _, ...row }) => row))],
    );
    await tx.query('DELETE FROM service_categories WHERE service_id = ANY($1::text[])', [[...serviceIds]]);
    await tx.query(
      `INSERT INTO service_categories (service_id, category_id, parent_id)
       SELECT DISTINCT ON (service_id, category_id) service_id, category_id, parent_id
       FROM jsonb_to_recordset($1::jsonb) AS r(service_id text, category_id text, parent_id text)`,
      [JSON.stringify(rows.flatMap((row) => row.categories.map((c) => ({ service_id: row.id, category_id: c.id, parent_id: c.parent_id }))))],
    );
    const added = await tx.query<{ id: string }>(
      `INSERT INTO sessions (id, service_id, location_id, start_at, end_at, mode, capacity, waiting_list, booking_opens_at,
         capacity_group, seeded_taken, data)
       SELECT s->>'id', s->>'serviceId', s->'location'->>'id', (s->>'start')::timestamptz, (s->>'end')::timestamptz,
         s->>'mode', (s->>'capacity')::integer, (s->>'waitingList')::boolean, (s->>'bookingOpensAt')::timestamptz,
         e.capacity_group, e.seeded_taken, s - 'placesLeft'
       FROM jsonb_to_recordset($1::jsonb) AS e(session jsonb, capacity_group text, seeded_taken integer),
         LATERAL (SELECT e.session AS s) AS x
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [JSON.stringify(sessions.map((session) => ({ session, capacity_group: capacityKey(session), seeded_taken: taken.get(capacityKey(session)) })))],
    );
    await tx.query(
      `INSERT INTO postcodes (postcode, latitude, longitude)
       SELECT postcode, latitude, longitude FROM jsonb_to_recordset($1::jsonb)
         AS r(postcode text, latitude double precision, longitude double precision)
       ON CONFLICT (postcode) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude`,
      [JSON.stringify(postcodes)],
    );
    return { categories: categories.length, services: services.length, sessionsAdded: added.length, postcodes: postcodes.length };
  });
}
