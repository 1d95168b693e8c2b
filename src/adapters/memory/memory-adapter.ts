/**
 * MemoryAdapter: the whole HubAdapter contract in memory, for the demo and for every widget's tests.
 * It keeps the rules a real backend keeps (validation, household rules, capacity, waiting lists,
 * idempotency), and can be slowed down or made to fail on purpose. See docs/memory-adapter.md.
 */
import {
  ADAPTER_METHODS,
  SEARCH_FILTERS,
  capabilities,
  type AdapterCapabilities,
  type AdapterMethod,
  type CallOptions,
  type HubAdapter,
  type WriteOptions,
} from '../../core/adapter.js';
import { AdapterError, throwIfAborted, type FieldProblem } from '../../core/errors.js';
import { normalisePostcode } from '../../core/geo.js';
import {
  BookingRequestSchema,
  CancelRequestSchema,
  PanelApplicationSchema,
  SelfReferralSchema,
  ServiceQuerySchema,
  SessionQuerySchema,
  type BookingReceipt,
  type BookingRequest,
  type CancelRequest,
  type CancelledBooking,
  type Category,
  type GeoPoint,
  type PanelApplication,
  type Page,
  type Receipt,
  type SelfReferral,
  type Service,
  type ServiceQuery,
  type ServiceSummary,
  type Session,
  type SessionQuery,
} from '../../core/model.js';
import { toLondonIso } from '../../core/time.js';
import { parseRequest } from '../../core/validate.js';
import {
  BookingLedger,
  capacityKey,
  householdProblems,
  normaliseContact,
  placesNeeded,
  type BookingStatus,
  type ParsedBookingRequest,
} from './bookings.js';
import { demoCategories, demoPostcodes, demoServices, demoSessions } from './demo-data.js';
import { ServiceDirectory } from './directory.js';
import { newReference, stableStringify, type ReferencePrefix } from './references.js';
import { generateServices } from './scale.js';

export interface MemoryAdapterFailures {
  /** Throw a `network` error: from every method (`true`) or the ones listed. */
  network?: boolean | AdapterMethod[];
  /** Answer with data in the wrong shape, which validatingAdapter turns into `invalid-response`. */
  invalidResponse?: AdapterMethod[];
  /** Throw a `conflict` error (reason `session-full` for book, `conflict` otherwise). */
  conflict?: AdapterMethod[];
}

export interface MemoryAdapterOptions {
  /** The clock: decides which sessions are past and when booking opens. Default: the real time. */
  now?: () => Date;
  /** A pause before every answer, which `signal` can cut short. Default 0. */
  latencyMs?: number;
  fail?: MemoryAdapterFailures;
  /** Adds this many generated services to the directory (for benchmarks). */
  scale?: number;
  /** The directory. Default: the Brackenford demo services. */
  services?: Service[];
  /** Sessions. Default: the demo sessions for the next eight weeks from `now()`, for services in the directory. */
  sessions?: Session[];
}

/** What a test may observe about a booking: never who made it. */
export interface BookingStatusReport {
  reference: string;
  sessionId: string;
  status: BookingStatus;
  places: number;
  waitlistPosition?: number;
  /** Moved from the waiting list to a confirmed place after a cancellation. */
  promotedFromWaitingList: boolean;
}

export interface MemoryAdapterCounts {
  bookings: number;
  selfReferrals: number;
  panelApplications: number;
}

type WriteKind = 'book' | 'cancel' | 'referral' | 'panel';

interface RememberedWrite {
  fingerprint: string;
  result: unknown;
}

/** Deliberately not in the shape of any result. */
const MALFORMED = Object.freeze({ unexpected: 'shape' });

export class MemoryAdapter implements HubAdapter {
  readonly capabilities: AdapterCapabilities = capabilities(ADAPTER_METHODS, SEARCH_FILTERS);

  private readonly now: () => Date;
  private readonly latencyMs: number;
  private failures: MemoryAdapterFailures;
  private readonly directory: ServiceDirectory;
  private readonly sessions: Map<string, Session>;
  private readonly ledger: BookingLedger;
  private readonly postcodes: Map<string, GeoPoint>;
  private readonly writes = new Map<string, RememberedWrite>();
  private readonly stored: MemoryAdapterCounts = { bookings: 0, selfReferrals: 0, panelApplications: 0 };
  private readonly references = new Set<string>();

  constructor(options: MemoryAdapterOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.latencyMs = options.latencyMs ?? 0;
    this.failures = options.fail ?? {};
    const services = options.services ? structuredClone(options.services) : demoServices();
    if (options.scale) services.push(...generateServices(options.scale));
    this.directory = new ServiceDirectory(services, demoCategories());
    const sessions = options.sessions
      ? structuredClone(options.sessions)
      : demoSessions(this.now()).filter((session) => this.directory.get(session.serviceId));
    this.sessions = new Map(sessions.map((session) => [session.id, session]));
    this.ledger = new BookingLedger(sessions);
    this.postcodes = postcodeTable(services);
  }

  /** Changes the injected failures, e.g. to let a retry succeed after a network error. */
  setFailures(failures: MemoryAdapterFailures): void {
    this.failures = failures;
  }

  // -------------------------------------------------------------------------------------------------
  // Directory

  async searchServices(query: ServiceQuery, options?: CallOptions): Promise<Page<ServiceSummary>> {
    await this.enter('searchServices', options?.signal);
    const parsed = parseRequest(ServiceQuerySchema, query);
    return this.respond('searchServices', this.directory.search(parsed));
  }

  async getService(id: string, options?: CallOptions): Promise<Service> {
    await this.enter('getService', options?.signal);
    const service = this.directory.get(id);
    if (!service) throw new AdapterError('not-found', 'That service could not be found');
    return this.respond('getService', structuredClone(service));
  }

  async listCategories(options?: CallOptions): Promise<Category[]> {
    await this.enter('listCategories', options?.signal);
    return this.respond('listCategories', structuredClone([...this.directory.categories()]));
  }

  async lookupPostcode(postcode: string, options?: CallOptions): Promise<GeoPoint> {
    await this.enter('lookupPostcode', options?.signal);
    const normalised = normalisePostcode(String(postcode ?? ''));
    if (!normalised) {
      throw new AdapterError('validation', 'Some answers need correcting', {
        fields: [{ path: 'postcode', message: 'Enter a full UK postcode, like BK2 1TY' }],
      });
    }
    const point = this.postcodes.get(normalised);
    if (!point) throw new AdapterError('not-found', 'That postcode could not be found');
    return this.respond('lookupPostcode', { ...point });
  }

  // -------------------------------------------------------------------------------------------------
  // Sessions and bookings

  async listSessions(query: SessionQuery, options?: CallOptions): Promise<Session[]> {
    await this.enter('listSessions', options?.signal);
    const parsed = parseRequest(SessionQuerySchema, query);
    const from = Date.parse(parsed.from);
    const to = Date.parse(parsed.to);
    const found = [...this.sessions.values()]
      .filter((session) => {
        const start = Date.parse(session.start);
        if (start < from || start >= to) return false;
        if (parsed.serviceId && session.serviceId !== parsed.serviceId) return false;
        if (parsed.locationId && session.location?.id !== parsed.locationId) return false;
        if (parsed.categoryId && !this.directory.inCategory(session.serviceId, parsed.categoryId)) return false;
        return true;
      })
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
      .map((session) => this.live(session));
    return this.respond('listSessions', found);
  }

  async book(request: BookingRequest, options: WriteOptions): Promise<BookingReceipt> {
    await this.enter('book', options?.signal);
    const parsed = parseRequest(BookingRequestSchema, request);
    const receipt = this.once('book', options, parsed, () => this.placeBooking(parsed));
    return this.respond('book', receipt);
  }

  async cancelBooking(request: CancelRequest, options: WriteOptions): Promise<CancelledBooking> {
    await this.enter('cancelBooking', options?.signal);
    const parsed = parseRequest(CancelRequestSchema, request);
    const cancelled = this.once('cancel', options, parsed, () => {
      const record = this.ledger.get(parsed.reference);
      const session = record && this.sessions.get(record.sessionId);
      // The same answer whether the reference or the contact is wrong, so neither can be probed.
      if (!record || !session || !record.contactKeys.includes(normaliseContact(parsed.contact))) {
        throw new AdapterError('not-found', 'We could not find a booking with that reference and contact');
      }
      // Cancelling again changes nothing and gives the same answer.
      this.ledger.cancel(record);
      const answer: CancelledBooking = {
        reference: record.reference,
        status: 'cancelled',
        sessionId: session.id,
        title: session.title,
        start: session.start,
        end: session.end,
      };
      return answer;
    });
    return this.respond('cancelBooking', cancelled);
  }

  /** Test helper: a booking's state now, e.g. to see a waiting-list party promoted. No personal data. */
  bookingStatus(reference: string): BookingStatusReport | undefined {
    const record = this.ledger.get(reference);
    if (!record) return undefined;
    const report: BookingStatusReport = {
      reference: record.reference,
      sessionId: record.sessionId,
      status: record.status,
      places: record.places,
      promotedFromWaitingList: record.promoted,
    };
    const position = this.ledger.waitlistPosition(record);
    if (position !== undefined) report.waitlistPosition = position;
    return report;
  }

  /** Test helper: how many bookings, referrals and applications have been stored. */
  counts(): MemoryAdapterCounts {
    return { ...this.stored };
  }

  // -------------------------------------------------------------------------------------------------
  // Forms

  async submitSelfReferral(request: SelfReferral, options: WriteOptions): Promise<Receipt> {
    await this.enter('submitSelfReferral', options?.signal);
    const parsed = parseRequest(SelfReferralSchema, request);
    const problems: FieldProblem[] = [];
    if (parsed.serviceId && !this.directory.get(parsed.serviceId)) {
      problems.push({ path: 'serviceId', message: 'Choose a service from the list' });
    }
    if (problems.length) throw new AdapterError('validation', 'Some answers need correcting', { fields: problems });
    const receipt = this.once('referral', options, parsed, () => {
      this.stored.selfReferrals++;
      return this.receipt('SR');
    });
    return this.respond('submitSelfReferral', receipt);
  }

  async submitPanelApplication(request: PanelApplication, options: WriteOptions): Promise<Receipt> {
    await this.enter('submitPanelApplication', options?.signal);
    const parsed = parseRequest(PanelApplicationSchema, request);
    const receipt = this.once('panel', options, parsed, () => {
      this.stored.panelApplications++;
      return this.receipt('PP');
    });
    return this.respond('submitPanelApplication', receipt);
  }

  // -------------------------------------------------------------------------------------------------
  // Internals. Everything after `enter` runs without an await, so no other call can run between a
  // capacity check and the write that depends on it.

  private placeBooking(request: ParsedBookingRequest): BookingReceipt {
    const session = this.sessions.get(request.sessionId);
    if (!session) throw new AdapterError('not-found', 'That session could not be found');
    if (session.mode === 'drop_in') {
      throw new AdapterError('conflict', 'This session is a drop-in: there is no need to book', { reason: 'no-booking-needed' });
    }
    const now = this.now().getTime();
    if (Date.parse(this.firstStart(session)) <= now) {
      throw new AdapterError('conflict', 'This session has already started', { reason: 'session-started' });
    }
    if (session.bookingOpensAt && Date.parse(session.bookingOpensAt) > now) {
      throw new AdapterError('conflict', 'Booking for this session has not opened yet', { reason: 'booking-not-open' });
    }
    const problems = householdProblems(request, session.rules);
    if (problems.length) throw new AdapterError('validation', 'Some answers need correcting', { fields: problems });

    const contactKeys = [request.contact.email, request.contact.phone].filter((c): c is string => Boolean(c)).map(normaliseContact);
    const reference = newReference('BK', (r) => this.references.has(r));
    const record = this.ledger.reserve(session, placesNeeded(request), request.joinWaitingList, reference, contactKeys);
    if (!record) {
      throw new AdapterError('conflict', 'There are not enough places left at this session', { reason: 'session-full' });
    }
    this.references.add(reference);
    this.stored.bookings++;
    const receipt: BookingReceipt = {
      reference,
      sessionId: session.id,
      status: record.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
      places: record.places,
      session: this.live(session),
    };
    const position = this.ledger.waitlistPosition(record);
    if (position !== undefined) receipt.waitlistPosition = position;
    return receipt;
  }

  /** A course is booked whole, so it closes when its first session starts. */
  private firstStart(session: Session): string {
    if (!session.course) return session.start;
    const key = capacityKey(session);
    let first = session.start;
    for (const other of this.sessions.values()) {
      if (other.course && capacityKey(other) === key && Date.parse(other.start) < Date.parse(first)) first = other.start;
    }
    return first;
  }

  private live(session: Session): Session {
    const copy = structuredClone(session);
    copy.placesLeft = this.ledger.placesLeft(session);
    return copy;
  }

  private receipt(prefix: ReferencePrefix): Receipt {
    const reference = newReference(prefix, (r) => this.references.has(r));
    this.references.add(reference);
    return { reference, submittedAt: toLondonIso(this.now()) };
  }

  /**
   * Runs a write once per idempotency key: the same key and request give back the first result without
   * doing it again; the same key with a different request is refused. A write that failed is not kept.
   */
  private once<T>(kind: WriteKind, options: WriteOptions | undefined, request: unknown, run: () => T): T {
    const key = options?.idempotencyKey?.trim();
    if (!key) {
      throw new AdapterError('validation', 'Every change needs an idempotency key', {
        fields: [{ path: 'idempotencyKey', message: 'Send an idempotency key with every change' }],
      });
    }
    const fingerprint = stableStringify(request);
    const remembered = this.writes.get(`${kind}:${key}`);
    if (remembered) {
      if (remembered.fingerprint !== fingerprint) {
        throw new AdapterError('conflict', 'This request reused a key from a different request', { reason: 'idempotency-key-reused' });
      }
      return structuredClone(remembered.result) as T;
    }
    const result = run();
    this.writes.set(`${kind}:${key}`, { fingerprint, result: structuredClone(result) });
    return result;
  }

  /** The start of every call: abort, simulated latency, then injected network and conflict failures. */
  private async enter(method: AdapterMethod, signal?: AbortSignal): Promise<void> {
    throwIfAborted(signal);
    await pause(this.latencyMs, signal);
    throwIfAborted(signal);
    if (this.failing('network', method)) throw new AdapterError('network', 'The service could not be reached');
    if (this.failing('conflict', method)) {
      throw new AdapterError('conflict', 'Something changed while you were answering', { reason: method === 'book' ? 'session-full' : 'conflict' });
    }
  }

  private respond<T>(method: AdapterMethod, value: T): T {
    return this.failing('invalidResponse', method) ? (MALFORMED as unknown as T) : value;
  }

  private failing(kind: keyof MemoryAdapterFailures, method: AdapterMethod): boolean {
    const setting = this.failures[kind];
    return setting === true || (Array.isArray(setting) && setting.includes(method));
  }
}

/** Resolves after `ms`, or rejects as `aborted` when the signal fires first. Always asynchronous. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AdapterError('aborted', 'The request was cancelled'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A way of contacting the family was chosen but its details are missing. */

/** Demo postcodes plus the postcode of every venue in the directory. */
function postcodeTable(services: readonly Service[]): Map<string, GeoPoint> {
  const table = new Map(Object.entries(demoPostcodes()));
  for (const service of services) {
    for (const location of service.locations) {
      const postcode = location.address && normalisePostcode(location.address.postcode);
      if (postcode && location.point && !table.has(postcode)) table.set(postcode, { ...location.point });
    }
  }
  return table;
}
