/**
 * `HttpAdapter`: the adapter contract over the project's REST API (docs/openapi.yaml), as served by the
 * reference server in `server/` or by any backend that implements the same document.
 *
 * - Every call can be aborted (`signal`) and each attempt has a time limit (`timeoutMs`).
 * - A call that fails on the way (network error, time limit, 502/503/504) is tried once more. Reads are
 *   safe to repeat; a write is repeated only with the same `Idempotency-Key`, so the server answers the
 *   second attempt with the stored result of the first instead of making a second booking or referral.
 * - Errors come back as `application/problem+json` and become `AdapterError`s with the same `code`,
 *   `reason` and `fields`; answers are parsed with the domain schemas (bad data: `invalid-response`).
 *
 * Capabilities are declared statically: the reference server implements every method and every search
 * filter. A backend that implements less can say so with the `capabilities` option, or be asked with
 * `HttpAdapter.discover()`, which reads `GET /capabilities` once before building the adapter.
 */
import * as z from 'zod/mini';
import {
  ADAPTER_METHODS,
  SEARCH_FILTERS,
  capabilities as makeCapabilities,
  type AdapterCapabilities,
  type AdapterMethod,
  type CallOptions,
  type HubAdapter,
  type WriteOptions,
} from '../../core/adapter.js';
import { ADAPTER_ERROR_CODES, AdapterError, type AdapterErrorCode, type FieldProblem } from '../../core/errors.js';
import {
  BookingReceiptSchema,
  CancelledBookingSchema,
  CategorySchema,
  GeoPointSchema,
  ReceiptSchema,
  ServiceSchema,
  ServiceSummarySchema,
  SessionSchema,
  pageSchema,
  type BookingReceipt,
  type BookingRequest,
  type CancelRequest,
  type CancelledBooking,
  type Category,
  type GeoPoint,
  type Page,
  type PanelApplication,
  type Receipt,
  type SearchFilter,
  type SelfReferral,
  type Service,
  type ServiceQuery,
  type ServiceSummary,
  type Session,
  type SessionQuery,
} from '../../core/model.js';
import { parseResponse } from '../../core/validate.js';
import {
  API_PATHS,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  serviceQueryToParams,
  sessionQueryToParams,
  type CapabilitiesDocument,
} from './protocol.js';

export interface HttpAdapterOptions {
  /** Where the API lives, e.g. `https://hub-api.example.gov.uk/v1` or `/api` (same origin). */
  baseUrl: string;
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
  /** Extra headers sent with every request (e.g. an API key the council's gateway needs). */
  headers?: Record<string, string>;
  /** Time limit for each attempt, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Pause before the one retry, in milliseconds. Default 300. */
  retryDelayMs?: number;
  /** What the backend implements, when it is less than the whole contract. Default: everything. */
  capabilities?: { methods?: Iterable<AdapterMethod>; searchFilters?: Iterable<SearchFilter> };
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRY_DELAY_MS = 300;
/** Statuses that mean "the service was briefly unavailable": worth one more try. */
const RETRY_STATUSES = new Set([502, 503, 504]);

const ServicePageSchema = pageSchema(ServiceSummarySchema);
const CategoriesSchema = z.array(CategorySchema);
const SessionsSchema = z.array(SessionSchema);
const CapabilitiesSchema = z.object({
  methods: z.array(z.string()),
  searchFilters: z.array(z.string()),
});
const ProblemSchema = z.object({
  title: z.optional(z.string()),
  detail: z.optional(z.string()),
  code: z.optional(z.string()),
  reason: z.optional(z.string()),
  fields: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

interface RawResponse {
  status: number;
  ok: boolean;
  contentType: string;
  text: string;
}

export class HttpAdapter implements HubAdapter {
  readonly capabilities: AdapterCapabilities;
  readonly #baseUrl: string;
  readonly #fetch: typeof fetch;
  readonly #headers: Record<string, string>;
  readonly #timeoutMs: number;
  readonly #retryDelayMs: number;

  constructor(options: HttpAdapterOptions) {
    if (!options.baseUrl) throw new TypeError('HttpAdapter needs a baseUrl');
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#headers = { ...options.headers };
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
    this.capabilities = makeCapabilities(
      options.capabilities?.methods ?? ADAPTER_METHODS,
      options.capabilities?.searchFilters ?? SEARCH_FILTERS,
    );
  }

  /** Builds an adapter whose capabilities are what the backend's `GET /capabilities` says. */
  static async discover(options: Omit<HttpAdapterOptions, 'capabilities'>, callOptions: CallOptions = {}): Promise<HttpAdapter> {
    const probe = new HttpAdapter(options);
    const document = await probe.#call({ method: 'GET', path: API_PATHS.capabilities, signal: callOptions.signal }, (value) =>
      parseResponse(CapabilitiesSchema, value, 'capabilities'),
    );
    const known = <T extends string>(values: string[], allowed: readonly T[]) => values.filter((v): v is T => allowed.includes(v as T));
    const declared: CapabilitiesDocument = {
      methods: known(document.methods, ADAPTER_METHODS),
      searchFilters: known(document.searchFilters, SEARCH_FILTERS),
    };
    return new HttpAdapter({ ...options, capabilities: declared });
  }

  searchServices(query: ServiceQuery, options: CallOptions = {}): Promise<Page<ServiceSummary>> {
    const params = serviceQueryToParams(query).toString();
    return this.#call({ method: 'GET', path: `${API_PATHS.services}${params ? `?${params}` : ''}`, signal: options.signal }, (v) =>
      parseResponse(ServicePageSchema, v, 'search results'),
    );
  }

  getService(id: string, options: CallOptions = {}): Promise<Service> {
    return this.#call({ method: 'GET', path: API_PATHS.service(id), signal: options.signal }, (v) => parseResponse(ServiceSchema, v, 'service'));
  }

  listCategories(options: CallOptions = {}): Promise<Category[]> {
    return this.#call({ method: 'GET', path: API_PATHS.categories, signal: options.signal }, (v) =>
      parseResponse(CategoriesSchema, v, 'categories'),
    );
  }

  listSessions(query: SessionQuery, options: CallOptions = {}): Promise<Session[]> {
    const params = sessionQueryToParams(query).toString();
    return this.#call({ method: 'GET', path: `${API_PATHS.sessions}?${params}`, signal: options.signal }, (v) =>
      parseResponse(SessionsSchema, v, 'sessions'),
    );
  }

  book(request: BookingRequest, options: WriteOptions): Promise<BookingReceipt> {
    return this.#write(API_PATHS.bookings, request, options, (v) => parseResponse(BookingReceiptSchema, v, 'booking'));
  }

  /**
   * `200` with the cancelled booking (API 1.1), or an empty `204` from a server on 1.0, which resolves
   * `undefined`: cancelled, without details. A body that is given is parsed strictly.
   */
  cancelBooking(request: CancelRequest, options: WriteOptions): Promise<CancelledBooking | undefined> {
    // #call hands `undefined` to the parser only for an empty body (204, or 200 with nothing in it).
    return this.#write(API_PATHS.cancellations, request, options, (v) =>
      v === undefined ? undefined : parseResponse(CancelledBookingSchema, v, 'cancellation'),
    );
  }

  submitSelfReferral(request: SelfReferral, options: WriteOptions): Promise<Receipt> {
    return this.#write(API_PATHS.selfReferrals, request, options, (v) => parseResponse(ReceiptSchema, v, 'receipt'));
  }

  submitPanelApplication(request: PanelApplication, options: WriteOptions): Promise<Receipt> {
    return this.#write(API_PATHS.panelApplications, request, options, (v) => parseResponse(ReceiptSchema, v, 'receipt'));
  }

  lookupPostcode(postcode: string, options: CallOptions = {}): Promise<GeoPoint> {
    return this.#call({ method: 'GET', path: API_PATHS.postcode(postcode.trim()), signal: options.signal }, (v) =>
      parseResponse(GeoPointSchema, v, 'postcode location'),
    );
  }

  // -------------------------------------------------------------------------------------------------

  #write<T>(path: string, body: unknown, options: WriteOptions, parse: (value: unknown) => T): Promise<T> {
    const key = options?.idempotencyKey;
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
      // Without a key a retry could make a second record, so the call is refused before it is sent.
      return Promise.reject(
        new AdapterError('validation', 'A write needs an idempotency key', {
          fields: [{ path: 'idempotencyKey', message: 'Give 8 to 200 visible characters, e.g. newIdempotencyKey()' }],
        }),
      );
    }
    return this.#call({ method: 'POST', path, body, idempotencyKey: key, signal: options.signal }, parse);
  }

  /** One request, tried at most twice: the second attempt is the same request (same key for writes). */
  async #call<T>(spec: RequestSpec, parse: (value: unknown) => T): Promise<T> {
    let response: RawResponse;
    try {
      response = await this.#attempt(spec);
      if (RETRY_STATUSES.has(response.status)) {
        await this.#pause(spec.signal);
        response = await this.#attempt(spec);
      }
    } catch (error) {
      if (!(error instanceof AdapterError) || !error.retryable || error.code === 'rate-limited') throw error;
      await this.#pause(spec.signal);
      response = await this.#attempt(spec);
    }
    if (!response.ok) throw problemToError(response);
    if (response.status === 204 || response.text === '') return parse(undefined);
    let value: unknown;
    try {
      value = JSON.parse(response.text);
    } catch (cause) {
      throw new AdapterError('invalid-response', 'The service sent something that is not JSON', { cause });
    }
    return parse(value);
  }

  /** One attempt, with its own time limit covering the whole response body. */
  async #attempt(spec: RequestSpec): Promise<RawResponse> {
    const { signal } = spec;
    if (signal?.aborted) throw new AdapterError('aborted', 'The request was cancelled');
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...this.#headers };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.idempotencyKey) headers[IDEMPOTENCY_HEADER] = spec.idempotencyKey;
    try {
      const response = await this.#fetch(`${this.#baseUrl}${spec.path}`, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: controller.signal,
        credentials: 'omit',
      });
      const text = await response.text();
      return { status: response.status, ok: response.ok, contentType: response.headers.get('Content-Type') ?? '', text };
    } catch (cause) {
      if (signal?.aborted) throw new AdapterError('aborted', 'The request was cancelled', { cause });
      if (timedOut) throw new AdapterError('timeout', 'The request took too long', { cause });
      throw new AdapterError('network', 'The service could not be reached', { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  #pause(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new AdapterError('aborted', 'The request was cancelled'));
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, this.#retryDelayMs);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new AdapterError('aborted', 'The request was cancelled'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/** The code for a response with no usable problem body. */
function codeForStatus(status: number): AdapterErrorCode {
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'validation';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status === 501) return 'unsupported';
  if (status >= 500) return 'network';
  return 'invalid-response';
}

/** A problem+json answer back into the AdapterError the backend meant. */
function problemToError(response: RawResponse): AdapterError {
  let problem: z.infer<typeof ProblemSchema> = {};
  if (/json/i.test(response.contentType)) {
    try {
      const parsed = ProblemSchema.safeParse(JSON.parse(response.text));
      if (parsed.success) problem = parsed.data;
    } catch {
      // Not JSON after all: fall back to the status alone.
    }
  }
  const code = (ADAPTER_ERROR_CODES as readonly string[]).includes(problem.code ?? '')
    ? (problem.code as AdapterErrorCode)
    : codeForStatus(response.status);
  const fields: FieldProblem[] = problem.fields ?? [];
  const message = problem.title ?? `The service answered ${response.status}`;
  return new AdapterError(code, message, { fields, reason: problem.reason });
}
