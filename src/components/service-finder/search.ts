/**
 * Runs a finder search against an adapter. Filters the backend applies (its `capabilities.searchFilters`)
 * go to it; the rest are applied in the browser to the whole result set, which is then paged here, so
 * counts and pages stay right. A filter is never silently dropped.
 */
import { SEARCH_FILTERS, type HubAdapter } from '../../core/adapter.js';
import { throwIfAborted } from '../../core/errors.js';
import type { Page, SearchFilter, ServiceQuery, ServiceSummary } from '../../core/model.js';
import { applyClientFilters } from './client-filters.js';

/** The most a backend allows per request (the contract's limit). */
const FETCH_ALL_PAGE_SIZE = 100;
/** A guard against a backend that reports endless pages: 200 pages of 100 is 20,000 services. */
const FETCH_ALL_MAX_PAGES = 200;
/** Pages fetched at once when the whole set is needed. */
const FETCH_ALL_CONCURRENCY = 4;
/** Whole result sets kept for client-side filtering (a family often toggles a filter back and forth). */
const CACHE_SIZE = 4;

export interface SplitQuery {
  /** What the backend is asked for. */
  server: ServiceQuery;
  /** The filters in the query that the finder applies itself. */
  client: Set<SearchFilter>;
}

/** Splits a query between backend and browser by the adapter's capabilities. */
export function splitQuery(query: ServiceQuery, supported: ReadonlySet<SearchFilter>): SplitQuery {
  const server: ServiceQuery = {};
  const client = new Set<SearchFilter>();
  for (const filter of SEARCH_FILTERS) {
    const value = query[filter];
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0) || value === '') continue;
    if (supported.has(filter)) (server as Record<string, unknown>)[filter] = value;
    else client.add(filter);
  }
  if (query.radiusMiles !== undefined && query.near) {
    if (supported.has('near')) server.radiusMiles = query.radiusMiles;
  }
  return { server, client };
}

export class FinderSearch {
  private readonly cache = new Map<string, ServiceSummary[]>();

  constructor(private readonly adapter: HubAdapter) {}

  /**
   * One page of results for `query`. `parentOf` (category id → parent id) lets a ticked parent category
   * match its children when the finder filters categories itself.
   */
  async run(
    query: ServiceQuery,
    page: number,
    perPage: number,
    signal: AbortSignal,
    parentOf: ReadonlyMap<string, string | null> = new Map(),
  ): Promise<Page<ServiceSummary>> {
    const { server, client } = splitQuery(query, this.adapter.capabilities.searchFilters);
    if (!client.size) return this.serverPage(server, page, perPage, signal);
    const all = await this.everything(server, signal);
    const filtered = applyClientFilters(all, { ...query }, client, parentOf);
    return pageOf(filtered, page, perPage);
  }

  private async serverPage(server: ServiceQuery, page: number, perPage: number, signal: AbortSignal): Promise<Page<ServiceSummary>> {
    const result = await this.adapter.searchServices({ ...server, page, perPage }, { signal });
    // A page past the end (the results shrank, or an old bookmark): show the last page instead.
    if (!result.items.length && result.totalItems > 0 && page > 1 && result.totalPages < page) {
      return this.adapter.searchServices({ ...server, page: Math.max(1, result.totalPages), perPage }, { signal });
    }
    return result;
  }

  /** Every result the backend has for its part of the query, fetched once and cached. */
  private async everything(server: ServiceQuery, signal: AbortSignal): Promise<ServiceSummary[]> {
    const key = JSON.stringify(server);
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const first = await this.adapter.searchServices({ ...server, page: 1, perPage: FETCH_ALL_PAGE_SIZE }, { signal });
    const pages: ServiceSummary[][] = [first.items];
    const lastPage = Math.min(first.totalPages, FETCH_ALL_MAX_PAGES);
    let next = 2;
    const worker = async () => {
      while (next <= lastPage) {
        const pageNumber = next++;
        throwIfAborted(signal);
        const result = await this.adapter.searchServices({ ...server, page: pageNumber, perPage: FETCH_ALL_PAGE_SIZE }, { signal });
        pages[pageNumber - 1] = result.items;
      }
    };
    await Promise.all(Array.from({ length: FETCH_ALL_CONCURRENCY }, worker));
    const items = pages.flat();
    this.cache.set(key, items);
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return items;
  }
}

/** One page of an in-memory list; a page past the end gives the last page. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): Page<T> {
  const totalItems = items.length;
  const totalPages = Math.ceil(totalItems / perPage);
  const current = Math.min(Math.max(1, page), Math.max(1, totalPages));
  const start = (current - 1) * perPage;
  return { items: items.slice(start, start + perPage), page: current, perPage, totalItems, totalPages };
}
