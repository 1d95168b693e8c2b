/**
 * The searchable service directory behind MemoryAdapter: every ServiceQuery filter, distance to the
 * nearest venue, sorting and paging. Plain data in, plain data out; no I/O.
 */
import type * as z from 'zod/mini';
import { ageMatchesAny } from '../../core/age.js';
import { nearestVenue, type NearestVenue } from '../../core/geo.js';
import type { Category, Page, Service, ServiceQuerySchema, ServiceSummary, Weekday } from '../../core/model.js';
import { scheduleRunsOn } from '../../core/schedule.js';

export type ParsedServiceQuery = z.output<typeof ServiceQuerySchema>;

/** Services that are no longer running are kept for getService but left out of search results. */
const HIDDEN_FROM_SEARCH = new Set<Service['status']>(['inactive', 'defunct']);

/** Services that list no languages are taken to be offered in English. */
const DEFAULT_LANGUAGES = [{ name: 'English', code: 'en' }];

interface Entry {
  service: Service;
  /** Name, description, organisation, audience, eligibility and category names, folded for matching. */
  text: string;
  /** The service's category ids and their parents' ids, so a parent id matches its children. */
  categoryIds: Set<string>;
  /** Position in name order: sorted once when the directory is built, not on every search. */
  rank: number;
}

type Nearest = NearestVenue;

/** Lower case, accents and punctuation removed, so "Café" matches "cafe" and "dad's" matches "dads". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export class ServiceDirectory {
  private readonly entries: Entry[];
  private readonly byId: Map<string, Entry>;
  private readonly categoryList: Category[];

  constructor(services: readonly Service[], categories: readonly Category[]) {
    this.categoryList = mergeCategories(categories, services);
    const parentOf = new Map(this.categoryList.map((c) => [c.id, c.parentId]));
    this.entries = services
      .map((service) => indexService(service, parentOf))
      .sort((a, b) => a.service.name.localeCompare(b.service.name, 'en-GB') || a.service.id.localeCompare(b.service.id));
    this.entries.forEach((entry, index) => (entry.rank = index));
    this.byId = new Map(this.entries.map((entry) => [entry.service.id, entry]));
  }

  get size(): number {
    return this.entries.length;
  }

  get(id: string): Service | undefined {
    return this.byId.get(id)?.service;
  }

  services(): readonly Service[] {
    return this.entries.map((entry) => entry.service);
  }

  categories(): readonly Category[] {
    return this.categoryList;
  }

  /** Whether a service is in a category, directly or through the category's parent. */
  inCategory(serviceId: string, categoryId: string): boolean {
    return this.byId.get(serviceId)?.categoryIds.has(categoryId) ?? false;
  }

  search(query: ParsedServiceQuery): Page<ServiceSummary> {
    const words = query.text ? foldText(query.text).split(' ').filter(Boolean) : [];
    // Entries are already in name order, so only a search near a place needs sorting.
    const results: Ranked[] = [];
    for (const entry of this.entries) {
      if (HIDDEN_FROM_SEARCH.has(entry.service.status)) continue;
      if (!matchesFilters(entry, query, words)) continue;
      const nearest = query.near ? nearestVenue(entry.service, query.near) : null;
      // Within a radius: venues further away drop out; services with no venue (online, phone) stay,
      // because a family can use them from anywhere.
      if (query.near && query.radiusMiles !== undefined && nearest && nearest.distanceMiles > query.radiusMiles) continue;
      results.push({ service: entry.service, nearest, rank: entry.rank });
    }
    if (query.near) results.sort(byDistanceThenName);
    const start = (query.page - 1) * query.perPage;
    const items = results.slice(start, start + query.perPage).map(({ service, nearest }) => summary(service, nearest));
    return {
      items,
      page: query.page,
      perPage: query.perPage,
      totalItems: results.length,
      totalPages: Math.ceil(results.length / query.perPage),
    };
  }
}

function indexService(service: Service, parentOf: Map<string, string | null>): Entry {
  const categoryIds = new Set<string>();
  for (const category of service.categories) {
    categoryIds.add(category.id);
    const parentId = category.parentId ?? parentOf.get(category.id);
    if (parentId) categoryIds.add(parentId);
  }
  const text = foldText(
    [service.name, service.description, service.organisation?.name, service.audience, service.eligibility, ...service.categories.map((c) => c.name)]
      .filter(Boolean)
      .join(' '),
  );
  return { service, text, categoryIds, rank: 0 };
}

function matchesFilters(entry: Entry, query: ParsedServiceQuery, words: string[]): boolean {
  const { service } = entry;
  if (words.length && !words.every((word) => entry.text.includes(word))) return false;
  if (query.categoryIds?.length && !query.categoryIds.some((id) => entry.categoryIds.has(id))) return false;
  if (query.ages?.length && !ageMatchesAny(service.ageRange, query.ages)) return false;
  if (query.days?.length && !runsOnAny(service, query.days)) return false;
  if (query.freeOnly && !service.cost.free) return false;
  if (query.deliveryModes?.length && !query.deliveryModes.some((mode) => service.deliveryModes.includes(mode))) return false;
  if (query.languages?.length && !offeredInAny(service, query.languages)) return false;
  if (query.atFamilyHub && !service.locations.some((l) => l.isFamilyHub)) return false;
  return true;
}

function runsOnAny(service: Service, days: readonly Weekday[]): boolean {
  return service.schedules.some((schedule) => days.some((day) => scheduleRunsOn(schedule, day)));
}

function offeredInAny(service: Service, wanted: readonly string[]): boolean {
  const names = new Set(wanted.map((w) => w.trim().toLowerCase()));
  const offered = service.languages.length ? service.languages : DEFAULT_LANGUAGES;
  return offered.some((l) => names.has(l.name.toLowerCase()) || (l.code !== undefined && names.has(l.code.toLowerCase())));
}


function summary(service: Service, nearest: Nearest | null): ServiceSummary {
  const copy: ServiceSummary = structuredClone(service);
  if (nearest) {
    copy.distanceMiles = Math.round(nearest.distanceMiles * 100) / 100;
    copy.nearestLocationId = nearest.locationId;
  }
  return copy;
}

type Ranked = { service: Service; nearest: Nearest | null; rank: number };

/** Nearest first; services with no venue after every located one, by name. */
function byDistanceThenName(a: Ranked, b: Ranked): number {
  const da = a.nearest?.distanceMiles ?? Number.POSITIVE_INFINITY;
  const db = b.nearest?.distanceMiles ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  return a.rank - b.rank;
}

/** The given categories plus any a service carries that the list lacks. */
function mergeCategories(categories: readonly Category[], services: readonly Service[]): Category[] {
  const merged = new Map(categories.map((c) => [c.id, { ...c }]));
  for (const service of services) {
    for (const category of service.categories) if (!merged.has(category.id)) merged.set(category.id, { ...category });
  }
  return [...merged.values()];
}
