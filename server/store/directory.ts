/**
 * The directory: categories, services and postcodes.
 *
 * Search filters that are plain facts about a row (text, categories, cost, delivery mode, language, family
 * hub building, status) run in SQL. Those that need the domain's own rules (child ages, schedule days,
 * distance) run through the same functions the widgets and the MemoryAdapter use, so the two cannot drift
 * apart on what "suits a 7-month-old" or "nearest venue" means.
 */
import { ageMatchesAny } from '../../src/core/age.js';
import { AdapterError } from '../../src/core/errors.js';
import { normalisePostcode } from '../../src/core/geo.js';
import { nearestVenue } from '../../src/core/geo.js';
import { foldText } from '../../src/adapters/memory/directory.js';
import type { Category, GeoPoint, Page, Service, ServiceQuerySchema, ServiceSummary } from '../../src/core/model.js';
import { scheduleRunsOn } from '../../src/core/schedule.js';
import type * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';

type ParsedServiceQuery = z.output<typeof ServiceQuerySchema>;

/** Services in these states are not offered to families in a search (a direct link still works). */
const HIDDEN_STATUSES = ['inactive', 'defunct'];

export async function listCategories(db: Queryable): Promise<Category[]> {
  const rows = await db.query<{ id: string; name: string; parent_id: string | null }>(
    'SELECT id, name, parent_id FROM categories ORDER BY position, id',
  );
  return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id }));
}

export async function getService(db: Queryable, id: string): Promise<Service> {
  const [row] = await db.query<{ data: Service }>('SELECT data FROM services WHERE id = $1', [id]);
  if (!row) throw new AdapterError('not-found', 'That service could not be found');
  return row.data;
}

export async function lookupPostcode(db: Queryable, input: string): Promise<GeoPoint> {
  const postcode = normalisePostcode(input);
  if (!postcode) {
    throw new AdapterError('validation', 'Some answers need correcting', {
      fields: [{ path: 'postcode', message: 'Enter a full UK postcode, like BK2 1TY' }],
    });
  }
  const [row] = await db.query<GeoPoint>('SELECT latitude, longitude FROM postcodes WHERE postcode = $1', [postcode]);
  if (!row) throw new AdapterError('not-found', 'That postcode could not be found');
  return { latitude: Number(row.latitude), longitude: Number(row.longitude) };
}

/** `%`, `_` and `\` typed by a family are letters, not patterns. */
function likeLiteral(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function sqlFilters(query: ParsedServiceQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [HIDDEN_STATUSES];
  const clauses = ['NOT (s.status = ANY($1::text[]))'];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const word of foldText(query.text ?? '').split(' ').filter(Boolean)) {
    clauses.push(`s.search_text LIKE ${param(likeLiteral(word))}`);
  }
  if (query.categoryIds?.length) {
    const ids = param(query.categoryIds);
    clauses.push(
      `EXISTS (SELECT 1 FROM service_categories sc WHERE sc.service_id = s.id
         AND (sc.category_id = ANY(${ids}::text[]) OR sc.parent_id = ANY(${ids}::text[])))`,
    );
  }
  if (query.freeOnly) clauses.push('s.is_free');
  if (query.deliveryModes?.length) clauses.push(`s.delivery_modes && ${param(query.deliveryModes)}::text[]`);
  if (query.languages?.length) clauses.push(`s.languages && ${param(query.languages.map((l) => l.toLowerCase()))}::text[]`);
  if (query.atFamilyHub) clauses.push('s.at_family_hub');
  return { where: clauses.join(' AND '), params };
}

function pageOf<T>(items: T[], totalItems: number, page: number, perPage: number): Page<T> {
  return { items, page, perPage, totalItems, totalPages: Math.ceil(totalItems / perPage) };
}

/**
 * Search. Results come by name (the `position` rank); with `near`, nearest first and services with no venue
 * (online, telephone) after every located one. With `radiusMiles`, located services further away are left
 * out; services with no venue stay, because distance does not stop a family using them.
 */
export async function searchServices(db: Queryable, query: ParsedServiceQuery): Promise<Page<ServiceSummary>> {
  const { where, params } = sqlFilters(query);
  const { page, perPage } = query;
  const needsDomainRules = Boolean(query.ages?.length || query.days?.length || query.near);

  if (!needsDomainRules) {
    const rows = await db.query<{ data: Service; total: number }>(
      `SELECT s.data, count(*) OVER ()::int AS total FROM services s WHERE ${where}
       ORDER BY s.position, s.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, perPage, (page - 1) * perPage],
    );
    const total = rows[0]?.total ?? (page > 1 ? await countServices(db, where, params) : 0);
    return pageOf(rows.map((r) => r.data), Number(total), page, perPage);
  }

  const rows = await db.query<{ data: Service }>(`SELECT s.data FROM services s WHERE ${where} ORDER BY s.position, s.id`, params);
  let matches: ServiceSummary[] = rows.map((r) => r.data);
  if (query.ages?.length) matches = matches.filter((s) => ageMatchesAny(s.ageRange, query.ages!));
  if (query.days?.length) matches = matches.filter((s) => s.schedules.some((schedule) => query.days!.some((day) => scheduleRunsOn(schedule, day))));
  if (query.near) {
    const from = query.near;
    const located = matches.map((service, order) => ({ service, order, near: nearestVenue(service, from) }));
    const kept = located.filter(({ near }) => query.radiusMiles === undefined || near === null || near.distanceMiles <= query.radiusMiles);
    kept.sort((a, b) => (a.near?.distanceMiles ?? Infinity) - (b.near?.distanceMiles ?? Infinity) || a.order - b.order);
    matches = kept.map(({ service, near }) =>
      near ? { ...service, distanceMiles: Math.round(near.distanceMiles * 100) / 100, nearestLocationId: near.locationId } : service,
    );
  }
  return pageOf(matches.slice((page - 1) * perPage, page * perPage), matches.length, page, perPage);
}

async function countServices(db: Queryable, where: string, params: unknown[]): Promise<number> {
  const [row] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM services s WHERE ${where}`, params);
  return Number(row?.total ?? 0);
}
