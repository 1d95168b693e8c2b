/**
 * The finder's state in the page URL (opt-in with `url-state`), so a search can be bookmarked and the
 * browser's Back button works. Every parameter starts with a prefix (`hubfinder-` by default) and the
 * page's own parameters are left alone.
 *
 * Only choices from fixed lists go in the URL: categories, days, free only, delivery modes, language,
 * Family Hub buildings, the page number and the open service. What a family types (search words, their
 * postcode) and what describes the family (children's ages, pregnancy) never does; nor does the distance,
 * which means nothing without the postcode.
 */
import { DELIVERY_MODES, WEEKDAYS, type DeliveryMode, type Weekday } from '../../core/model.js';
import type { FinderFilters } from './filters.js';

export const DEFAULT_URL_PREFIX = 'hubfinder';

export interface UrlState {
  categoryIds: string[];
  days: Weekday[];
  freeOnly: boolean;
  deliveryModes: DeliveryMode[];
  language: string;
  atFamilyHub: boolean;
  page: number;
  /** The service whose details are open, or null for the results. */
  serviceId: string | null;
}

/** The filters the URL carries; everything else keeps its value when the URL changes. */
export type UrlFilters = Pick<FinderFilters, 'categoryIds' | 'days' | 'freeOnly' | 'deliveryModes' | 'language' | 'atFamilyHub'>;

const MAX_VALUES = 50;
const ID = /^[^\s<>"]{1,200}$/;
const LANGUAGE = /^[\p{L}\p{N} ()-]{1,100}$/u;
const YES = 'yes';

/** A prefix safe for parameter names: letters, digits, '-' and '_' only; otherwise the default. */
export function urlPrefix(value: string | null | undefined): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed || trimmed === 'true' || !/^[a-z][a-z0-9_-]{0,30}$/i.test(trimmed)) return DEFAULT_URL_PREFIX;
  return trimmed;
}

const names = (prefix: string) => ({
  category: `${prefix}-category`,
  day: `${prefix}-day`,
  free: `${prefix}-free`,
  delivery: `${prefix}-delivery`,
  language: `${prefix}-language`,
  hub: `${prefix}-hub`,
  page: `${prefix}-page`,
  service: `${prefix}-service`,
});

/** Reads the state from a query string (`location.search`), ignoring anything malformed. */
export function readUrlState(search: string, prefix = DEFAULT_URL_PREFIX): UrlState {
  const params = new URLSearchParams(search);
  const n = names(prefix);
  const unique = <T extends string>(values: T[]) => [...new Set(values)].slice(0, MAX_VALUES);
  const page = Number(params.get(n.page));
  const language = params.get(n.language)?.trim() ?? '';
  const serviceId = params.get(n.service)?.trim() ?? '';
  return {
    categoryIds: unique(params.getAll(n.category).filter((id) => ID.test(id))),
    days: unique(params.getAll(n.day).filter((day): day is Weekday => (WEEKDAYS as readonly string[]).includes(day))),
    freeOnly: params.get(n.free) === YES,
    deliveryModes: unique(params.getAll(n.delivery).filter((mode): mode is DeliveryMode => (DELIVERY_MODES as readonly string[]).includes(mode))),
    language: LANGUAGE.test(language) ? language : '',
    atFamilyHub: params.get(n.hub) === YES,
    page: Number.isInteger(page) && page >= 1 && page <= 10000 ? page : 1,
    serviceId: ID.test(serviceId) ? serviceId : null,
  };
}

/** The URL with this state in it: the finder's old parameters replaced, the page's own kept, in order. */
export function urlWithState(href: string, state: UrlState, prefix = DEFAULT_URL_PREFIX): string {
  const url = new URL(href);
  const n = names(prefix);
  const own = new Set(Object.values(n));
  const kept = [...url.searchParams.entries()].filter(([name]) => !own.has(name));
  const params = new URLSearchParams(kept);
  for (const id of state.categoryIds) params.append(n.category, id);
  for (const day of state.days) params.append(n.day, day);
  if (state.freeOnly) params.set(n.free, YES);
  for (const mode of state.deliveryModes) params.append(n.delivery, mode);
  if (state.language) params.set(n.language, state.language);
  if (state.atFamilyHub) params.set(n.hub, YES);
  if (state.page > 1) params.set(n.page, String(state.page));
  if (state.serviceId) params.set(n.service, state.serviceId);
  const query = params.toString();
  url.search = query ? `?${query}` : '';
  return url.href;
}

export function urlStateOf(filters: FinderFilters, page: number, serviceId: string | null): UrlState {
  return {
    categoryIds: [...filters.categoryIds],
    days: [...filters.days],
    freeOnly: filters.freeOnly,
    deliveryModes: [...filters.deliveryModes],
    language: filters.language,
    atFamilyHub: filters.atFamilyHub,
    page,
    serviceId,
  };
}

/** The filters with those the URL carries taken from it; the rest (words, postcode, ages) are kept. */
export function withUrlFilters(filters: FinderFilters, state: UrlFilters): FinderFilters {
  return {
    ...filters,
    categoryIds: state.categoryIds,
    days: state.days,
    freeOnly: state.freeOnly,
    deliveryModes: state.deliveryModes,
    language: state.language,
    atFamilyHub: state.atFamilyHub,
  };
}

/** Two states that would give the same URL. */
export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
