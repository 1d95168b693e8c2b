/**
 * The adapter contract: the only way a widget talks to a backend. See docs/adapter.md.
 */
import * as z from 'zod/mini';
import { AdapterError, toAdapterError } from './errors.js';
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
  type PanelApplication,
  type Page,
  type Receipt,
  type SearchFilter,
  type SelfReferral,
  type Service,
  type ServiceQuery,
  type ServiceSummary,
  type Session,
  type SessionQuery,
} from './model.js';
import { parseResponse } from './validate.js';
import { capabilities } from './capabilities.js';

export interface CallOptions {
  signal?: AbortSignal;
}

/** Every write carries a key made once per user intent; a retry or double click reuses it. */
export interface WriteOptions extends CallOptions {
  idempotencyKey: string;
}

export const ADAPTER_METHODS = [
  'searchServices',
  'getService',
  'listCategories',
  'listSessions',
  'book',
  'cancelBooking',
  'submitSelfReferral',
  'submitPanelApplication',
  'lookupPostcode',
] as const;
export type AdapterMethod = (typeof ADAPTER_METHODS)[number];

export const SEARCH_FILTERS = [
  'text',
  'categoryIds',
  'ages',
  'near',
  'days',
  'freeOnly',
  'deliveryModes',
  'languages',
  'atFamilyHub',
] as const satisfies readonly SearchFilter[];

export interface AdapterCapabilities {
  /** Methods this adapter really implements; the rest throw `unsupported`. */
  methods: ReadonlySet<AdapterMethod>;
  /** Search filters applied by the backend. The finder applies the others itself or hides them. */
  searchFilters: ReadonlySet<SearchFilter>;
}

export interface HubAdapter {
  readonly capabilities: AdapterCapabilities;
  searchServices(query: ServiceQuery, options?: CallOptions): Promise<Page<ServiceSummary>>;
  getService(id: string, options?: CallOptions): Promise<Service>;
  listCategories(options?: CallOptions): Promise<Category[]>;
  listSessions(query: SessionQuery, options?: CallOptions): Promise<Session[]>;
  /** Confirms a place, or a waiting-list place when the request allows it and the session is full. */
  book(request: BookingRequest, options: WriteOptions): Promise<BookingReceipt>;
  /**
   * Cancels a booking and says which one it was and for which session; cancelling again (any key) gives
   * the same answer and changes nothing. Backends and adapters written for the first contract resolve
   * nothing (`void`): the booking is still cancelled, the caller just does not learn its session.
   */
  cancelBooking(request: CancelRequest, options: WriteOptions): Promise<CancelledBooking | void>;
  submitSelfReferral(request: SelfReferral, options: WriteOptions): Promise<Receipt>;
  submitPanelApplication(request: PanelApplication, options: WriteOptions): Promise<Receipt>;
  lookupPostcode?(postcode: string, options?: CallOptions): Promise<GeoPoint>;
}

export { capabilities, unsupported } from './capabilities.js';

export function supports(adapter: HubAdapter, method: AdapterMethod): boolean {
  return adapter.capabilities.methods.has(method) && typeof adapter[method] === 'function';
}

/** A fresh idempotency key, one per user intent. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

// ---------------------------------------------------------------------------------------------------
// Combining adapters

export interface AdapterParts {
  /** searchServices, getService, listCategories */
  directory?: HubAdapter;
  /** listSessions, book, cancelBooking */
  bookings?: HubAdapter;
  /** submitSelfReferral, submitPanelApplication */
  forms?: HubAdapter;
  /** lookupPostcode */
  postcodes?: HubAdapter;
}

const PART_METHODS: Record<keyof AdapterParts, AdapterMethod[]> = {
  directory: ['searchServices', 'getService', 'listCategories'],
  bookings: ['listSessions', 'book', 'cancelBooking'],
  forms: ['submitSelfReferral', 'submitPanelApplication'],
  postcodes: ['lookupPostcode'],
};

/**
 * Mixes adapters: e.g. a council's Open Referral feed for the directory and the project's HTTP backend
 * for bookings and forms. Each method goes to the part that owns it; search filters come from the directory.
 */
export function composeAdapters(parts: AdapterParts): HubAdapter {
  const owner = new Map<AdapterMethod, HubAdapter>();
  for (const [part, methods] of Object.entries(PART_METHODS) as [keyof AdapterParts, AdapterMethod[]][]) {
    const adapter = parts[part];
    if (!adapter) continue;
    for (const method of methods) if (supports(adapter, method)) owner.set(method, adapter);
  }
  // The directory answers postcode look-ups when no postcode part is given.
  if (!owner.has('lookupPostcode') && parts.directory && supports(parts.directory, 'lookupPostcode')) {
    owner.set('lookupPostcode', parts.directory);
  }
  const call = <M extends AdapterMethod>(method: M, ...args: unknown[]): Promise<never> => {
    const adapter = owner.get(method);
    if (!adapter) return Promise.reject(new AdapterError('unsupported', `No adapter was given for ${method}`));
    return (adapter[method] as (...a: unknown[]) => Promise<never>).apply(adapter, args);
  };
  const composed: HubAdapter = {
    capabilities: capabilities(owner.keys(), parts.directory?.capabilities.searchFilters ?? []),
    searchServices: (...args) => call('searchServices', ...args),
    getService: (...args) => call('getService', ...args),
    listCategories: (...args) => call('listCategories', ...args),
    listSessions: (...args) => call('listSessions', ...args),
    book: (...args) => call('book', ...args),
    cancelBooking: (...args) => call('cancelBooking', ...args),
    submitSelfReferral: (...args) => call('submitSelfReferral', ...args),
    submitPanelApplication: (...args) => call('submitPanelApplication', ...args),
  };
  if (owner.has('lookupPostcode')) composed.lookupPostcode = (...args) => call('lookupPostcode', ...args);
  return composed;
}

// ---------------------------------------------------------------------------------------------------
// The boundary: every result validated, every failure typed

const ServicePageSchema = pageSchema(ServiceSummarySchema);
const CategoriesSchema = z.array(CategorySchema);
const SessionsSchema = z.array(SessionSchema);

async function guarded<T>(run: () => Promise<unknown>, parse: (value: unknown) => T): Promise<T> {
  let value: unknown;
  try {
    value = await run();
  } catch (error) {
    throw toAdapterError(error);
  }
  return parse(value);
}

/**
 * Wraps any adapter so that what it returns is parsed with the domain schemas (bad data becomes an
 * `invalid-response` AdapterError) and whatever it throws becomes an AdapterError. Widgets only ever
 * call adapters through this.
 */
export function validatingAdapter(adapter: HubAdapter): HubAdapter {
  const wrapped: HubAdapter = {
    capabilities: adapter.capabilities,
    searchServices: (q, o) => guarded(() => adapter.searchServices(q, o), (v) => parseResponse(ServicePageSchema, v, 'search results')),
    getService: (id, o) => guarded(() => adapter.getService(id, o), (v) => parseResponse(ServiceSchema, v, 'service')),
    listCategories: (o) => guarded(() => adapter.listCategories(o), (v) => parseResponse(CategoriesSchema, v, 'categories')),
    listSessions: (q, o) => guarded(() => adapter.listSessions(q, o), (v) => parseResponse(SessionsSchema, v, 'sessions')),
    book: (r, o) => guarded(() => adapter.book(r, o), (v) => parseResponse(BookingReceiptSchema, v, 'booking')),
    // No answer (the first contract) is "cancelled, no details"; an answer is checked strictly.
    cancelBooking: (r, o) =>
      guarded(() => adapter.cancelBooking(r, o), (v) => (v == null ? undefined : parseResponse(CancelledBookingSchema, v, 'cancellation'))),
    submitSelfReferral: (r, o) => guarded(() => adapter.submitSelfReferral(r, o), (v) => parseResponse(ReceiptSchema, v, 'receipt')),
    submitPanelApplication: (r, o) =>
      guarded(() => adapter.submitPanelApplication(r, o), (v) => parseResponse(ReceiptSchema, v, 'receipt')),
  };
  if (adapter.lookupPostcode) {
    const lookup = adapter.lookupPostcode.bind(adapter);
    wrapped.lookupPostcode = (p, o) => guarded(() => lookup(p, o), (v) => parseResponse(GeoPointSchema, v, 'postcode location'));
  }
  return wrapped;
}
