/**
 * `OpenReferralAdapter`: the directory part of the adapter contract (search, service details, categories)
 * read straight from a council's public Open Referral feed, either generation. See docs/open-referral.md.
 */
import type { CallOptions, HubAdapter } from '../../core/adapter.js';
import { unsupported } from '../../core/capabilities.js';
import { isFeedAddress, openReferralCapabilities } from './capabilities.js';
import { AdapterError, throwIfAborted } from '../../core/errors.js';
import { normalisePostcode } from '../../core/geo.js';
import type { Category, Page, Service, ServiceQuery, ServiceSummary } from '../../core/model.js';
import { id, isRecord, number } from './clean.js';
import { getJson, ResponseCache, type HttpSettings } from './http.js';
import { hsds3ServiceFromServiceAtLocation, mapHsds3Service } from './map-hsds3.js';
import { mapOruk1Service } from './map-oruk1.js';
import { mapTaxonomyTerm, toSummary, type MapContext, type MappedService } from './map-shared.js';

export type FeedVersion = 'oruk-1' | 'hsds-3';

export interface OpenReferralOptions {
  /** The feed's base, e.g. `https://council.example/openreferral/v1` (with or without a trailing slash). */
  baseUrl: string;
  /** `auto` (the default) reads `GET /`: HSDS 3 announces its `version`; anything else is read as ORUK v1. */
  version?: 'auto' | FeedVersion;
  /** For tests and for hosts that need to wrap requests. */
  fetch?: typeof fetch;
  /** Results per page when a query does not say (1 to 100). Default 20. */
  perPage?: number;
  /** Per request. Default 10 seconds. */
  timeoutMs?: number;
  /** Pause before the one retry of a failed GET. Default 500 ms. */
  retryDelayMs?: number;
  /** How long answers are reused. Default one minute; 0 turns the cache off. */
  cacheTtlMs?: number;
  /**
   * ORUK v1: the vocabulary sent with `taxonomy_id` (the reference API refuses `taxonomy_id` without one)
   * and used to narrow `/taxonomies`, e.g. `esdServiceTypes`. HSDS 3: the `taxonomy_id` that narrows
   * `/taxonomy_terms`. Vocabularies seen on categories are remembered either way.
   */
  vocabulary?: string;
  /** The most pages read when every page is needed (categories; a search for several categories). Default 20. */
  maxPages?: number;
  /** Page size asked for when every page is needed. Default 100. */
  readAllPageSize?: number;
  /**
   * Also send the feed's `day` and `postcode`/`proximity` parameters for filters the finder applies
   * itself, to make the pages it reads smaller. Default true.
   */
  narrowWithFeedParameters?: boolean;
  /** Told when records could not be used, or when a read stopped at `maxPages`. Never carries personal data. */
  onWarning?: (warning: OpenReferralWarning) => void;
  /** Today, for dropping closures that have passed. For tests. */
  now?: () => Date;
}

export type OpenReferralWarning =
  | { kind: 'skipped-records'; count: number; endpoint: string }
  | { kind: 'truncated'; pagesRead: number; endpoint: string };

/**
 * A search as the finder sends it, plus the postcode the family typed when the finder has one: Open
 * Referral feeds geocode postcodes themselves (`postcode` + `proximity`), they cannot take a point.
 */
export type OpenReferralQuery = ServiceQuery & { postcode?: string };

export interface OpenReferralAdapterInstance extends HubAdapter {
  /** Which generation the feed speaks (reads `GET /` once when the version is `auto`). */
  feedVersion(options?: CallOptions): Promise<FeedVersion>;
}

export { OPEN_REFERRAL_SEARCH_FILTERS } from './capabilities.js';

const METRES_PER_MILE = 1609.344;
const PARALLEL_REQUESTS = 4;

/** The ORUK v1 collections a list needs to show a result card (the reference API leaves them out otherwise). */
const ORUK1_INCLUDE = [
  'service_taxonomys',
  'eligibilitys',
  'service_at_locations',
  'regular_schedules',
  'holiday_schedules',
  'cost_options',
  'languages',
  'contacts',
].join(',');

interface RawPage {
  items: unknown[];
  totalItems?: number;
  totalPages?: number;
  last?: boolean;
}

const count = (value: unknown): number | undefined => {
  const n = number(value);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/**
 * A list answer in either paging shape: ORUK v1 `{content, totalElements, totalPages, number, last}`,
 * HSDS 3 `{contents, total_items, total_pages, page_number, last_page}`, or a bare array.
 */
function readPage(json: unknown): RawPage {
  if (Array.isArray(json)) return { items: json, totalItems: json.length, totalPages: 1, last: true };
  if (isRecord(json)) {
    const items = Array.isArray(json.contents) ? json.contents : Array.isArray(json.content) ? json.content : undefined;
    if (items) {
      const last = json.last_page ?? json.last;
      return {
        items,
        totalItems: count(json.total_items ?? json.totalElements),
        totalPages: count(json.total_pages ?? json.totalPages),
        last: typeof last === 'boolean' ? last : undefined,
      };
    }
  }
  throw new AdapterError('invalid-response', 'The directory list was not in an Open Referral paging shape');
}

/** Runs `task` over `inputs`, a few at a time, keeping the order. */
async function inBatches<T, R>(inputs: T[], task: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < inputs.length; i += PARALLEL_REQUESTS) {
    results.push(...(await Promise.all(inputs.slice(i, i + PARALLEL_REQUESTS).map(task))));
  }
  return results;
}

/** The path of a request, for warnings: never its query, which can hold a postcode. */
function pathOf(url: string): string {
  return new URL(url, 'http://relative.invalid').pathname;
}

function clampPerPage(value: number | undefined, fallback: number): number {
  const n = value !== undefined && Number.isFinite(value) ? Math.trunc(value) : fallback;
  return Math.min(100, Math.max(1, n));
}

/** Merges services that came back once per venue (HSDS 3 `/service_at_locations`). */
function mergeService(existing: Service, extra: Service): Service {
  const locations = [...existing.locations];
  for (const location of extra.locations) if (!locations.some((l) => l.id === location.id)) locations.push(location);
  const schedules = [...existing.schedules];
  for (const schedule of extra.schedules) if (!schedules.some((s) => JSON.stringify(s) === JSON.stringify(schedule))) schedules.push(schedule);
  return { ...existing, locations, schedules };
}

class OpenReferralDirectory implements OpenReferralAdapterInstance {
  readonly capabilities = openReferralCapabilities();

  private readonly base: string;
  private readonly http: HttpSettings;
  private readonly vocabularies = new Map<string, string>();
  private readonly readAllPageSize: number;
  private detection?: Promise<FeedVersion>;
  private categories?: Promise<Category[]>;

  constructor(private readonly options: OpenReferralOptions) {
    if (!isFeedAddress(options.baseUrl)) {
      throw new TypeError('OpenReferralAdapter needs the feed\'s http or https address as baseUrl');
    }
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.http = {
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      timeoutMs: options.timeoutMs ?? 10_000,
      retryDelayMs: options.retryDelayMs ?? 500,
      cache: new ResponseCache(options.cacheTtlMs ?? 60_000),
    };
    this.readAllPageSize = clampPerPage(options.readAllPageSize, 100);
  }

  // -------------------------------------------------------------------------------------------------
  // Version

  feedVersion(options: CallOptions = {}): Promise<FeedVersion> {
    const fixed = this.options.version ?? 'auto';
    if (fixed !== 'auto') return Promise.resolve(fixed);
    // One detection shared by every caller, so it runs on its own timeout, not on one caller's signal.
    this.detection ??= this.detect().catch((error: unknown) => {
      this.detection = undefined;
      throw error;
    });
    return this.raceAbort(this.detection, options.signal);
  }

  private async detect(): Promise<FeedVersion> {
    let root: unknown;
    try {
      root = await getJson(`${this.base}/`, this.http);
    } catch (error) {
      // No JSON at the root (a 404, a web page, a 403) is what ORUK v1 feeds give; a feed that cannot be
      // reached, is busy or timed out is not an answer, so try again next time.
      if (error instanceof AdapterError && (error.code === 'not-found' || error.code === 'invalid-response')) return 'oruk-1';
      throw error;
    }
    const version = isRecord(root) && (typeof root.version === 'string' || typeof root.version === 'number') ? String(root.version) : '';
    const major = Number(/^\s*v?(\d+)/i.exec(version)?.[1] ?? 0);
    return major >= 3 ? 'hsds-3' : 'oruk-1';
  }

  private raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
    if (!signal) return promise;
    throwIfAborted(signal);
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new AdapterError('aborted', 'The request was cancelled'));
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Directory

  async searchServices(query: OpenReferralQuery, options: CallOptions = {}): Promise<Page<ServiceSummary>> {
    const version = await this.feedVersion(options);
    const page = Math.max(1, Math.trunc(query.page ?? 1) || 1);
    const perPage = clampPerPage(query.perPage, clampPerPage(this.options.perPage, 20));
    const asked = [...new Set(query.categoryIds ?? [])];
    const categoryIds = asked.length ? await this.withDescendants(asked, options.signal) : asked;

    if (categoryIds.length <= 1) {
      const url = this.searchUrl(version, query, categoryIds[0], page, perPage);
      const raw = readPage(await getJson(url, this.http, options.signal));
      // Items for a page past the feed's own last page are repeats (LocalGov Drupal's pager ignores `page`).
      const pastTheEnd = raw.totalPages !== undefined && raw.totalPages > 0 && page > raw.totalPages;
      const services = pastTheEnd ? [] : this.mapList(version, raw.items, url);
      const totalItems = raw.totalItems ?? (page - 1) * perPage + raw.items.length;
      const hasMore = raw.last === false || (raw.last === undefined && raw.items.length >= perPage);
      return {
        items: services.map((service) => toSummary(service, query.near)),
        page,
        perPage: Math.min(100, Math.max(perPage, services.length)),
        totalItems: Math.max(totalItems, services.length),
        totalPages: raw.totalPages ?? (raw.totalItems !== undefined ? Math.ceil(raw.totalItems / perPage) : hasMore ? page + 1 : page),
      };
    }

    // Feeds AND several taxonomy ids (or take one); a family ticking several categories means any of them.
    const streams = await inBatches(categoryIds, (categoryId) =>
      this.readAll(version, (p) => this.searchUrl(version, query, categoryId, p, this.readAllPageSize), options.signal),
    );
    const byId = new Map<string, Service>();
    for (const service of streams.flat()) byId.set(service.id, byId.has(service.id) ? mergeService(byId.get(service.id)!, service) : service);
    const all = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    return {
      items: all.slice((page - 1) * perPage, page * perPage).map((service) => toSummary(service, query.near)),
      page,
      perPage,
      totalItems: all.length,
      totalPages: Math.ceil(all.length / perPage),
    };
  }

  async getService(serviceId: string, options: CallOptions = {}): Promise<Service> {
    const version = await this.feedVersion(options);
    const endpoint = `/services/${encodeURIComponent(serviceId)}`;
    const json = await getJson(`${this.base}${endpoint}`, this.http, options.signal);
    if (json === null || (isRecord(json) && Object.keys(json).length === 0)) {
      throw new AdapterError('not-found', 'The directory has no such service');
    }
    const mapped = this.mapOne(version, json);
    if (!mapped) throw new AdapterError('invalid-response', 'The service record could not be read');
    return mapped.service;
  }

  async listCategories(options: CallOptions = {}): Promise<Category[]> {
    return [...(await this.categoryList(options.signal))];
  }

  /** The feed's taxonomy, read once and shared (the finder lists it; searches expand parents with it). */
  private categoryList(signal?: AbortSignal): Promise<readonly Category[]> {
    this.categories ??= this.readCategories().catch((error: unknown) => {
      this.categories = undefined;
      throw error;
    });
    return this.raceAbort(this.categories, signal);
  }

  private async readCategories(): Promise<Category[]> {
    const version = await this.feedVersion();
    const endpoint = version === 'hsds-3' ? '/taxonomy_terms' : '/taxonomies';
    const vocabularyParam = version === 'hsds-3' ? 'taxonomy_id' : 'vocabulary';
    const urlFor = (page: number) =>
      this.url(endpoint, { [vocabularyParam]: this.options.vocabulary, page: String(page), per_page: String(this.readAllPageSize) });
    const raws = await this.readAllRaw(urlFor);
    const byId = new Map<string, Category>();
    let skipped = 0;
    for (const raw of raws) {
      const term = isRecord(raw) ? mapTaxonomyTerm(raw) : undefined;
      if (!term) {
        skipped++;
        continue;
      }
      if (byId.has(term.category.id)) continue;
      byId.set(term.category.id, term.category);
      if (term.vocabulary) this.vocabularies.set(term.category.id, term.vocabulary);
    }
    this.warnSkipped(skipped, pathOf(urlFor(1)));
    // A parent the feed did not list would leave its children hanging off nothing: show them at the top.
    return [...byId.values()].map((c) => (c.parentId !== null && !byId.has(c.parentId) ? { ...c, parentId: null } : c));
  }

  /**
   * The categories asked for and everything below them: a family ticking "Health" means "Health ›
   * Oral health" too, but a feed's taxonomy filter matches a term exactly. Without the feed's taxonomy
   * (it has no list, or the list failed) the ids are searched as they are.
   */
  private async withDescendants(categoryIds: string[], signal?: AbortSignal): Promise<string[]> {
    let tree: readonly Category[];
    try {
      tree = await this.categoryList(signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      return categoryIds;
    }
    const children = new Map<string, string[]>();
    for (const category of tree) {
      if (category.parentId === null) continue;
      children.set(category.parentId, [...(children.get(category.parentId) ?? []), category.id]);
    }
    const all = new Set<string>();
    const visit = (categoryId: string) => {
      if (all.has(categoryId)) return;
      all.add(categoryId);
      for (const child of children.get(categoryId) ?? []) visit(child);
    };
    categoryIds.forEach(visit);
    return [...all];
  }

  async listSessions(): Promise<never> {
    unsupported('listSessions');
  }
  async book(): Promise<never> {
    unsupported('book');
  }
  async cancelBooking(): Promise<never> {
    unsupported('cancelBooking');
  }
  async submitSelfReferral(): Promise<never> {
    unsupported('submitSelfReferral');
  }
  async submitPanelApplication(): Promise<never> {
    unsupported('submitPanelApplication');
  }

  // -------------------------------------------------------------------------------------------------
  // Requests

  private url(endpoint: string, params: Record<string, string | string[] | undefined>): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined || value === '') continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(key, item);
    }
    const qs = search.toString();
    return `${this.base}${endpoint}${qs ? `?${qs}` : ''}`;
  }

  /**
   * The feed's own search for one page. ORUK v1: `text`, `taxonomy_id` (+ `vocabulary`), `day` (repeated,
   * OR-ed), `postcode` + `proximity` (metres). HSDS 3: `search`, `taxonomy_term_id`, `day` (one),
   * and `/service_at_locations` with `postcode` + `proximity` when there is a postcode.
   */
  private searchUrl(version: FeedVersion, query: OpenReferralQuery, categoryId: string | undefined, page: number, perPage: number): string {
    const text = query.text?.trim() || undefined;
    const narrow = this.options.narrowWithFeedParameters ?? true;
    const days = narrow ? [...new Set(query.days ?? [])] : [];
    const postcode = narrow && query.postcode ? normalisePostcode(query.postcode) : null;
    const proximity = postcode && query.radiusMiles ? String(Math.round(query.radiusMiles * METRES_PER_MILE)) : undefined;
    const paging = { page: String(page), per_page: String(perPage) };
    if (version === 'oruk-1') {
      const vocabulary = categoryId ? (this.vocabularies.get(categoryId) ?? this.options.vocabulary) : undefined;
      return this.url('/services', {
        text,
        taxonomy_id: categoryId,
        vocabulary,
        day: days,
        postcode: postcode ?? undefined,
        proximity,
        ...paging,
        include: ORUK1_INCLUDE,
      });
    }
    return this.url(postcode ? '/service_at_locations' : '/services', {
      search: text,
      taxonomy_term_id: categoryId,
      // The UK profile's `day` takes one value; several days are for the finder to check.
      day: days.length === 1 ? days : undefined,
      postcode: postcode ?? undefined,
      proximity,
      ...paging,
      full: 'true',
    });
  }

  /** Every item of a paged list, up to `maxPages`; stops at the feed's last page, or at a page of repeats. */
  private async readAllRaw(urlFor: (page: number) => string, signal?: AbortSignal): Promise<unknown[]> {
    const maxPages = Math.max(1, this.options.maxPages ?? 20);
    const items: unknown[] = [];
    const seen = new Set<string>();
    for (let page = 1; page <= maxPages; page++) {
      const raw = readPage(await getJson(urlFor(page), this.http, signal));
      const fresh = raw.items.filter((item) => {
        const key = isRecord(item) ? (id(item.id) ?? JSON.stringify(item)) : JSON.stringify(item);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      items.push(...fresh);
      // The feed's own totals first: some feeds use a page size of their own whatever `per_page` says.
      const done =
        !fresh.length ||
        raw.last === true ||
        (raw.totalPages !== undefined ? page >= raw.totalPages : raw.last === undefined && raw.items.length < this.readAllPageSize);
      if (done) return items;
    }
    this.options.onWarning?.({ kind: 'truncated', pagesRead: maxPages, endpoint: pathOf(urlFor(1)) });
    return items;
  }

  private async readAll(version: FeedVersion, urlFor: (page: number) => string, signal?: AbortSignal): Promise<Service[]> {
    return this.mapList(version, await this.readAllRaw(urlFor, signal), urlFor(1));
  }

  // -------------------------------------------------------------------------------------------------
  // Mapping

  private context(): MapContext {
    return { now: this.options.now?.() ?? new Date() };
  }

  private mapOne(version: FeedVersion, raw: unknown): MappedService | undefined {
    const mapped = version === 'hsds-3' ? mapHsds3Service(raw, this.context()) : mapOruk1Service(raw, this.context());
    if (mapped) for (const [categoryId, vocabulary] of mapped.vocabularies) this.vocabularies.set(categoryId, vocabulary);
    return mapped;
  }

  /** Maps a list, skipping (and counting) records that cannot be made valid. */
  private mapList(version: FeedVersion, items: unknown[], url: string): Service[] {
    const endpoint = pathOf(url);
    const perVenue = endpoint.endsWith('/service_at_locations');
    const byId = new Map<string, Service>();
    let skipped = 0;
    for (const item of items) {
      const raw = perVenue ? hsds3ServiceFromServiceAtLocation(item) : item;
      const mapped = raw === undefined ? undefined : this.mapOne(version, raw);
      if (!mapped) {
        skipped++;
        continue;
      }
      const { service } = mapped;
      byId.set(service.id, byId.has(service.id) ? mergeService(byId.get(service.id)!, service) : service);
    }
    this.warnSkipped(skipped, endpoint);
    return [...byId.values()];
  }

  private warnSkipped(count: number, endpoint: string): void {
    if (count > 0) this.options.onWarning?.({ kind: 'skipped-records', count, endpoint });
  }
}

/**
 * An adapter for a council's Open Referral feed (ORUK v1 or HSDS 3 / UK profile 3.0): `searchServices`,
 * `getService` and `listCategories`; everything else is `unsupported` (compose it with a bookings and
 * forms adapter). The feed must send `Access-Control-Allow-Origin: *`, as the ORUK compliance rules require.
 */
export function OpenReferralAdapter(options: OpenReferralOptions): OpenReferralAdapterInstance {
  return new OpenReferralDirectory(options);
}
