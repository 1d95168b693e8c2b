/**
 * The wire protocol of the project's HTTP contract (docs/openapi.yaml), shared by `HttpAdapter` (browser)
 * and the reference server (Node): paths, header names, the problem+json shape and how a search travels in
 * a query string. Plain TypeScript with no platform APIs beyond `URLSearchParams`.
 */
import type { AdapterErrorCode, FieldProblem } from '../../core/errors.js';
import type { AdapterMethod } from '../../core/adapter.js';
import type { SearchFilter, ServiceQuery, SessionQuery } from '../../core/model.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Set on a response that repeats the stored answer to an earlier request with the same key. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
/** Visible ASCII, 8 to 200 characters: a UUID from `newIdempotencyKey()` fits. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

/**
 * The honeypot: a form field people never see (visually hidden, `tabindex="-1"`, `autocomplete="off"`).
 * A write whose body has a non-empty `website` is refused with a `validation` problem on this path and
 * nothing is stored. See docs/server.md for why it is refused rather than faked.
 */
export const HONEYPOT_FIELD = 'website';

export const API_PATHS = {
  capabilities: '/capabilities',
  categories: '/categories',
  services: '/services',
  service: (id: string) => `/services/${encodeURIComponent(id)}`,
  sessions: '/sessions',
  bookings: '/bookings',
  cancellations: '/cancellations',
  selfReferrals: '/self-referrals',
  panelApplications: '/panel-applications',
  postcode: (postcode: string) => `/postcodes/${encodeURIComponent(postcode)}`,
  staffSessionBookings: (sessionId: string) => `/staff/sessions/${encodeURIComponent(sessionId)}/bookings`,
} as const;

/** An RFC 9457 problem with the project's stable extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /**
   * An AdapterError code; `server-error` for a failure on the server's side; `unauthorized` only from the
   * staff endpoint.
   */
  code: AdapterErrorCode | 'server-error' | 'unauthorized';
  /** Machine-readable detail of a `conflict` or `validation`, e.g. `session-full`, `body-too-large`. */
  reason?: string;
  /** For `validation`: each wrong field, by its dotted path in the request (`contact.email`). */
  fields?: FieldProblem[];
}

/** `GET /capabilities`: which adapter methods and search filters this backend implements. */
export interface CapabilitiesDocument {
  methods: AdapterMethod[];
  searchFilters: SearchFilter[];
}

// ---------------------------------------------------------------------------------------------------
// Service search in a query string
//
//   text=baby+massage  category=a&category=b  age=pregnancy&age=7&age=240-send  near=52.05,-1.15
//   radius=5  day=TU&day=SA  free=true  mode=online  language=Polish  familyHub=true  page=2  perPage=20

const SEARCH_PARAMS = ['text', 'category', 'age', 'near', 'radius', 'day', 'free', 'mode', 'language', 'familyHub', 'page', 'perPage'];

function encodeAge(age: NonNullable<ServiceQuery['ages']>[number]): string {
  if (age.kind === 'pregnancy') return 'pregnancy';
  return age.send ? `${age.months}-send` : String(age.months);
}

/** Absent stays absent; everything else is passed on for the schema to judge, never silently dropped. */
function decodeAge(value: string): unknown {
  if (value === 'pregnancy') return { kind: 'pregnancy' };
  const match = /^(\d{1,3})(-send)?$/.exec(value);
  return match ? { kind: 'age', months: Number(match[1]), send: Boolean(match[2]) } : value;
}

function decodeNumber(value: string): unknown {
  return value.trim() === '' ? value : Number(value);
}

function decodeBoolean(value: string): unknown {
  return value === 'true' ? true : value === 'false' ? false : value;
}

function decodePoint(value: string): unknown {
  const [latitude, longitude, ...rest] = value.split(',');
  if (rest.length || latitude === undefined || longitude === undefined) return value;
  return { latitude: decodeNumber(latitude), longitude: decodeNumber(longitude) };
}

export function serviceQueryToParams(query: ServiceQuery): URLSearchParams {
  const params = new URLSearchParams();
  const many = (name: string, values: readonly string[] | undefined) => values?.forEach((v) => params.append(name, v));
  if (query.text !== undefined) params.set('text', query.text);
  many('category', query.categoryIds);
  many('age', query.ages?.map(encodeAge));
  if (query.near) params.set('near', `${query.near.latitude},${query.near.longitude}`);
  if (query.radiusMiles !== undefined) params.set('radius', String(query.radiusMiles));
  many('day', query.days);
  if (query.freeOnly !== undefined) params.set('free', String(query.freeOnly));
  many('mode', query.deliveryModes);
  many('language', query.languages);
  if (query.atFamilyHub !== undefined) params.set('familyHub', String(query.atFamilyHub));
  if (query.page !== undefined) params.set('page', String(query.page));
  if (query.perPage !== undefined) params.set('perPage', String(query.perPage));
  return params;
}

/**
 * A query string back into the shape of `ServiceQuery`, ready for `ServiceQuerySchema`. Unknown parameters
 * are returned separately so the server can refuse them by name.
 */
export function paramsToServiceQuery(params: URLSearchParams): { query: Record<string, unknown>; unknown: string[] } {
  const query: Record<string, unknown> = {};
  const unknown = [...new Set(params.keys())].filter((name) => !SEARCH_PARAMS.includes(name));
  const one = (name: string) => params.get(name) ?? undefined;
  const all = (name: string) => (params.has(name) ? params.getAll(name) : undefined);
  const set = (key: string, value: unknown) => {
    if (value !== undefined) query[key] = value;
  };
  set('text', one('text'));
  set('categoryIds', all('category'));
  set('ages', all('age')?.map(decodeAge));
  const near = one('near');
  set('near', near === undefined ? undefined : decodePoint(near));
  const radius = one('radius');
  set('radiusMiles', radius === undefined ? undefined : decodeNumber(radius));
  set('days', all('day'));
  const free = one('free');
  set('freeOnly', free === undefined ? undefined : decodeBoolean(free));
  set('deliveryModes', all('mode'));
  set('languages', all('language'));
  const familyHub = one('familyHub');
  set('atFamilyHub', familyHub === undefined ? undefined : decodeBoolean(familyHub));
  const page = one('page');
  set('page', page === undefined ? undefined : decodeNumber(page));
  const perPage = one('perPage');
  set('perPage', perPage === undefined ? undefined : decodeNumber(perPage));
  return { query, unknown };
}

const SESSION_PARAMS = ['serviceId', 'locationId', 'categoryId', 'from', 'to'] as const;

export function sessionQueryToParams(query: SessionQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of SESSION_PARAMS) {
    const value = query[name];
    if (value !== undefined) params.set(name, value);
  }
  return params;
}

export function paramsToSessionQuery(params: URLSearchParams): { query: Record<string, unknown>; unknown: string[] } {
  const query: Record<string, unknown> = {};
  const unknown = [...new Set(params.keys())].filter((name) => !(SESSION_PARAMS as readonly string[]).includes(name));
  for (const name of SESSION_PARAMS) {
    const value = params.get(name);
    if (value !== null) query[name] = value;
  }
  return { query, unknown };
}
