/**
 * HttpAdapter in Chromium against the real reference server (test/servers/reference-server.mjs): every
 * method, problem+json back into AdapterError, abort, time limits and the one retry (with the same
 * idempotency key for writes), over real HTTP.
 */
import { expect } from '@open-wc/testing';
import { ADAPTER_METHODS, SEARCH_FILTERS, newIdempotencyKey } from '../../core/adapter.js';
import { isAdapterError, type AdapterError } from '../../core/errors.js';
import type { BookingRequest } from '../../core/model.js';
import { S, adultBooking as booking, panelApplication as application, selfReferral as referral } from '../../../server/fixtures/test-seed.js';
import { HttpAdapter, type HttpAdapterOptions } from './http-adapter.js';

const STAFF_TOKEN = 'browser-tests-staff-token-0123456789';

interface Fault {
  method?: string;
  path?: string;
  kind: 'status' | 'network' | 'drop' | 'delay';
  times?: number;
  status?: number;
  body?: string;
  contentType?: string;
  ms?: number;
}

interface SeenRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
}

const bookingPosts = (requests: SeenRequest[]) => requests.filter((r) => r.method === 'POST' && r.path === '/bookings');

/** A fresh reference server (own database) for one group of tests. */
class TestServer {
  private constructor(readonly baseUrl: string) {}

  static async start(options: { rateLimitWrites?: number } = {}): Promise<TestServer> {
    const response = await fetch('/test-api/_new', { method: 'POST', body: JSON.stringify(options) });
    if (response.status !== 201) throw new Error(`Could not start a test server: ${response.status}`);
    return new TestServer(((await response.json()) as { baseUrl: string }).baseUrl);
  }

  adapter(options: Partial<HttpAdapterOptions> = {}): HttpAdapter {
    return new HttpAdapter({ baseUrl: this.baseUrl, retryDelayMs: 20, ...options });
  }

  async faults(faults: Fault[]): Promise<void> {
    await fetch(`${this.baseUrl}/_faults`, { method: 'POST', body: JSON.stringify(faults) });
  }

  async requests(): Promise<SeenRequest[]> {
    return (await fetch(`${this.baseUrl}/_requests`)).json();
  }

  async bookings(sessionId: string): Promise<{ reference: string; status: string }[]> {
    const response = await fetch(`${this.baseUrl}/staff/sessions/${sessionId}/bookings`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
    return ((await response.json()) as { bookings: { reference: string; status: string }[] }).bookings;
  }

  async close(): Promise<void> {
    await fetch(this.baseUrl, { method: 'DELETE' });
  }
}

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(isAdapterError(error), String(error)).to.equal(true);
    return error as AdapterError;
  }
  throw new Error('Expected the call to fail');
}

const key = () => newIdempotencyKey();
const window = () => ({ from: new Date(Date.now() - 2 * 3_600_000).toISOString(), to: new Date(Date.now() + 30 * 86_400_000).toISOString() });

describe('HttpAdapter against the reference server', function () {
  this.timeout(20000);
  let server: TestServer;
  let adapter: HttpAdapter;

  before(async () => {
    server = await TestServer.start();
    adapter = server.adapter();
  });
  after(() => server.close());

  describe('reads', () => {
    it('declares the whole contract, and discover() reads it from GET /capabilities', async () => {
      expect([...adapter.capabilities.methods]).to.have.members([...ADAPTER_METHODS]);
      const discovered = await HttpAdapter.discover({ baseUrl: server.baseUrl });
      expect([...discovered.capabilities.methods]).to.have.members([...ADAPTER_METHODS]);
      expect([...discovered.capabilities.searchFilters]).to.have.members([...SEARCH_FILTERS]);
    });

    it('searches with every kind of filter in the query string', async () => {
      const page = await adapter.searchServices({
        text: 'baby',
        ages: [{ kind: 'age', months: 7 }],
        near: { latitude: 52.0, longitude: -1.0 },
        radiusMiles: 10,
        categoryIds: ['family-support'],
        days: ['TU'],
        freeOnly: true,
        deliveryModes: ['in_person'],
        languages: ['Polish'],
        atFamilyHub: true,
        page: 1,
        perPage: 5,
      });
      expect(page.items.map((s) => s.id)).to.deep.equal(['baby-massage']);
      expect(page.items[0]!.distanceMiles).to.equal(0);
      expect(page.totalItems).to.equal(1);
      const pregnancy = await adapter.searchServices({ ages: [{ kind: 'pregnancy' }, { kind: 'age', months: 240, send: true }] });
      expect(pregnancy.items.map((s) => s.id)).to.deep.equal(['feeding-online', 'send-club']);
    });

    it('gets a service, lists categories, sessions and looks up a postcode', async () => {
      expect((await adapter.getService('dads-group')).audience).to.equal('Dads and male carers');
      expect((await adapter.listCategories()).map((c) => c.id)).to.include.members(['family-support', 'parenting']);
      const sessions = await adapter.listSessions({ ...window(), serviceId: 'dads-group' });
      expect(sessions.map((s) => s.id)).to.deep.equal([S.course1, S.course2, S.course3]);
      expect(sessions[0]!.placesLeft).to.equal(4);
      expect(await adapter.lookupPostcode('tf2 2bb')).to.deep.equal({ latitude: 52.1, longitude: -1.0 });
    });

    it('turns problem+json into AdapterErrors with code and field paths', async () => {
      expect((await rejection(adapter.getService('no-such-service'))).code).to.equal('not-found');
      const postcode = await rejection(adapter.lookupPostcode('12345'));
      expect(postcode.code).to.equal('validation');
      expect(postcode.fields.map((f) => f.path)).to.deep.equal(['postcode']);
      expect((await rejection(adapter.lookupPostcode('TF9 9AB'))).code).to.equal('not-found');
      const search = await rejection(adapter.searchServices({ perPage: 0 }));
      expect(search.fields.map((f) => f.path)).to.deep.equal(['perPage']);
    });

    it('refuses an answer that is not in the expected shape', async () => {
      await server.faults([{ path: '/categories', kind: 'status', status: 200, contentType: 'application/json', body: '[{"id": 5}]' }]);
      expect((await rejection(adapter.listCategories())).code).to.equal('invalid-response');
      await server.faults([{ path: '/categories', kind: 'status', status: 200, contentType: 'text/html', body: '<h1>Gateway</h1>' }]);
      expect((await rejection(adapter.listCategories())).code).to.equal('invalid-response');
    });
  });

  describe('writes', () => {
    it('books, waitlists and refuses, with the reason for each conflict', async () => {
      const receipts = [];
      for (let i = 0; i < 3; i++) receipts.push(await adapter.book(booking(S.race3), { idempotencyKey: key() }));
      expect(receipts.map((r) => r.status)).to.deep.equal(['confirmed', 'confirmed', 'confirmed']);
      expect(receipts[2]!.session?.placesLeft).to.equal(0);
      const waiting = await adapter.book(booking(S.race3, { joinWaitingList: true }), { idempotencyKey: key() });
      expect([waiting.status, waiting.waitlistPosition]).to.deep.equal(['waitlisted', 1]);
      const full = await rejection(adapter.book(booking(S.race3), { idempotencyKey: key() }));
      expect([full.code, full.reason, full.retryable]).to.deep.equal(['conflict', 'session-full', false]);
      expect((await rejection(adapter.book(booking(S.dropIn), { idempotencyKey: key() }))).reason).to.equal('no-booking-needed');
      expect((await rejection(adapter.book(booking(S.notOpen), { idempotencyKey: key() }))).reason).to.equal('booking-not-open');
      expect((await rejection(adapter.book(booking('no-such-session'), { idempotencyKey: key() }))).code).to.equal('not-found');
    });

    it('maps validation problems to the fields of the request', async () => {
      const contact = await rejection(adapter.book(booking(S.roomy, { contact: { name: 'Sam' } }), { idempotencyKey: key() }));
      expect([contact.code, contact.fields.map((f) => f.path)]).to.deep.equal(['validation', ['contact.email']]);
      const household = await rejection(adapter.book(booking(S.babies, { children: [{ kind: 'age', months: 30 }] }), { idempotencyKey: key() }));
      expect(household.fields.map((f) => f.path)).to.deep.equal(['children.0']);
      const unknown = await rejection(adapter.book({ ...booking(S.roomy), colour: 'blue' } as BookingRequest, { idempotencyKey: key() }));
      expect([unknown.reason, unknown.fields.map((f) => f.path)]).to.deep.equal(['unknown-fields', ['colour']]);
    });

    it('cancels a booking and promotes the waiting list', async () => {
      const pair = (i: number) => booking(S.race8, { adults: 2, joinWaitingList: true, contact: { name: `Family ${i}`, email: `family${i}@example.com` } });
      const receipts = [];
      for (let i = 0; i < 5; i++) receipts.push(await adapter.book(pair(i), { idempotencyKey: key() }));
      expect(receipts.map((r) => r.status)).to.deep.equal(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'waitlisted']);
      const notYours = await rejection(adapter.cancelBooking({ reference: receipts[0]!.reference, contact: 'other@example.com' }, { idempotencyKey: key() }));
      expect(notYours.code).to.equal('not-found');
      const typed = receipts[0]!.reference.toLowerCase().replace('-', ' ');
      const cancelled = await adapter.cancelBooking({ reference: typed, contact: 'FAMILY0@example.com' }, { idempotencyKey: key() });
      const session = (await adapter.listSessions(window())).find((s) => s.id === S.race8)!;
      // Which booking (as stored, not as typed) and which session: no name or email.
      expect(cancelled).to.deep.equal({
        reference: receipts[0]!.reference,
        status: 'cancelled',
        sessionId: S.race8,
        title: session.title,
        start: session.start,
        end: session.end,
      });
      expect((await server.bookings(S.race8)).map((b) => b.status)).to.deep.equal(['cancelled', 'confirmed', 'confirmed', 'confirmed', 'confirmed']);
      // Cancelling again, as a new request, changes nothing and gives the same answer.
      const again = await adapter.cancelBooking({ reference: receipts[0]!.reference, contact: 'family0@example.com' }, { idempotencyKey: key() });
      expect(again).to.deep.equal(cancelled);
      expect((await server.bookings(S.race8)).map((b) => b.status)).to.deep.equal(['cancelled', 'confirmed', 'confirmed', 'confirmed', 'confirmed']);
    });

    it('submits self-referrals and panel applications', async () => {
      const sr = await adapter.submitSelfReferral(referral(), { idempotencyKey: key() });
      expect(sr.reference).to.match(/^SR-/);
      const pp = await adapter.submitPanelApplication(application(), { idempotencyKey: key() });
      expect(pp.reference).to.match(/^PP-/);
      const bad = await rejection(adapter.submitSelfReferral(referral({ consents: [] }), { idempotencyKey: key() }));
      expect(bad.fields.map((f) => f.path)).to.deep.equal(['consents']);
    });

    it('refuses a key reused for a different request, and a write without a key before sending it', async () => {
      const idempotencyKey = key();
      await adapter.submitPanelApplication(application(), { idempotencyKey });
      const reused = await rejection(adapter.submitPanelApplication(application({ locality: 'South' }), { idempotencyKey }));
      expect([reused.code, reused.reason]).to.deep.equal(['conflict', 'idempotency-key-reused']);
      const before = (await server.requests()).length;
      const missing = await rejection(adapter.book(booking(S.roomy), { idempotencyKey: '' }));
      expect([missing.code, missing.fields[0]?.path]).to.deep.equal(['validation', 'idempotencyKey']);
      expect((await server.requests()).length).to.equal(before);
    });
  });

  describe('failures on the way', () => {
    afterEach(() => server.faults([]));

    it('stops at once when aborted before it starts, and sends nothing', async () => {
      const before = (await server.requests()).length;
      const controller = new AbortController();
      controller.abort();
      expect((await rejection(adapter.listCategories({ signal: controller.signal }))).code).to.equal('aborted');
      expect((await server.requests()).length).to.equal(before);
    });

    it('stops when aborted while waiting for an answer, without retrying', async () => {
      await server.faults([{ path: '/categories', kind: 'delay', ms: 3000 }]);
      const before = (await server.requests()).length;
      const controller = new AbortController();
      const call = adapter.listCategories({ signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      const started = performance.now();
      expect((await rejection(call)).code).to.equal('aborted');
      expect(performance.now() - started).to.be.below(2500);
      expect((await server.requests()).length - before).to.equal(1);
    });

    it('gives up after two attempts that each take too long', async () => {
      const slow = server.adapter({ timeoutMs: 300 });
      const before = (await server.requests()).filter((r) => r.path.startsWith('/services/baby-massage')).length;
      await server.faults([{ path: '/services/baby-massage', kind: 'delay', ms: 1500, times: 2 }]);
      const error = await rejection(slow.getService('baby-massage'));
      expect([error.code, error.retryable]).to.deep.equal(['timeout', true]);
      expect((await server.requests()).filter((r) => r.path.startsWith('/services/baby-massage')).length - before).to.equal(2);
    });

    it('retries a read once after a time-out, a lost connection or a 503', async () => {
      const slow = server.adapter({ timeoutMs: 300 });
      await server.faults([{ path: '/services/dads-group', kind: 'delay', ms: 1500 }]);
      expect((await slow.getService('dads-group')).id).to.equal('dads-group');
      await server.faults([{ path: '/services/dads-group', kind: 'network' }]);
      expect((await adapter.getService('dads-group')).id).to.equal('dads-group');
      await server.faults([{ path: '/services/dads-group', kind: 'status', status: 503 }]);
      expect((await adapter.getService('dads-group')).id).to.equal('dads-group');
      await server.faults([{ path: '/services/dads-group', kind: 'status', status: 503, times: 2 }]);
      const error = await rejection(adapter.getService('dads-group'));
      expect([error.code, error.retryable]).to.deep.equal(['network', true]);
    });

    it('retries a write whose answer was lost with the same key: one booking', async () => {
      const before = (await server.bookings(S.roomy)).length;
      const seen = bookingPosts(await server.requests()).length;
      await server.faults([{ method: 'POST', path: '/bookings', kind: 'drop' }]);
      const idempotencyKey = key();
      const receipt = await adapter.book(booking(S.roomy, { contact: { name: 'Lost Answer', email: 'lost@example.com' } }), { idempotencyKey });
      const attempts = bookingPosts(await server.requests()).slice(seen);
      expect(attempts.map((a) => a.idempotencyKey)).to.deep.equal([idempotencyKey, idempotencyKey]);
      const after = await server.bookings(S.roomy);
      expect(after.length - before).to.equal(1);
      expect(after.at(-1)!.reference).to.equal(receipt.reference);
    });

    it('retries a write that timed out with the same key: one booking', async () => {
      const slow = server.adapter({ timeoutMs: 300 });
      const before = (await server.bookings(S.roomy)).length;
      const seen = bookingPosts(await server.requests()).length;
      await server.faults([{ method: 'POST', path: '/bookings', kind: 'delay', ms: 800 }]);
      const idempotencyKey = key();
      const receipt = await slow.book(booking(S.roomy), { idempotencyKey });
      await new Promise((resolve) => setTimeout(resolve, 900)); // let the first, slow attempt finish too
      const attempts = bookingPosts(await server.requests()).slice(seen);
      expect(attempts.map((a) => a.idempotencyKey)).to.deep.equal([idempotencyKey, idempotencyKey]);
      const after = await server.bookings(S.roomy);
      expect(after.length - before).to.equal(1);
      expect(after.at(-1)!.reference).to.equal(receipt.reference);
    });

    it('retries a cancellation whose answer was lost with the same key, and still learns which session it was', async () => {
      const receipt = await adapter.book(booking(S.roomy, { contact: { name: 'Lost Cancel', email: 'lost.cancel@example.com' } }), { idempotencyKey: key() });
      await server.faults([{ method: 'POST', path: '/cancellations', kind: 'drop' }]);
      const idempotencyKey = key();
      const cancelled = await adapter.cancelBooking({ reference: receipt.reference, contact: 'lost.cancel@example.com' }, { idempotencyKey });
      expect(cancelled).to.include({ reference: receipt.reference, status: 'cancelled', sessionId: S.roomy, start: receipt.session!.start });
      const attempts = (await server.requests()).filter((r) => r.method === 'POST' && r.path === '/cancellations').slice(-2);
      expect(attempts.map((a) => a.idempotencyKey)).to.deep.equal([idempotencyKey, idempotencyKey]);
      expect((await server.bookings(S.roomy)).find((b) => b.reference === receipt.reference)!.status).to.equal('cancelled');
    });

    it("takes an API 1.0 server's empty 204 as cancelled without details, and parses a 200 body", async () => {
      const cancel = { reference: 'BK-ABCDEF', contact: 'a@example.com' };
      // A server on 1.0 cancels and answers nothing: that is a success, not a broken answer.
      await server.faults([{ method: 'POST', path: '/cancellations', kind: 'status', status: 204, body: '' }]);
      expect(await adapter.cancelBooking(cancel, { idempotencyKey: key() })).to.equal(undefined);
      // A 1.1 answer is parsed: the session facts are kept, anything about who booked is dropped.
      const answer = { reference: 'BK-ABCDEF', status: 'cancelled', sessionId: S.roomy, title: 'Roomy group', start: '2026-03-26T14:00:00+00:00', end: '2026-03-26T15:30:00+00:00' };
      await server.faults([
        { method: 'POST', path: '/cancellations', kind: 'status', status: 200, contentType: 'application/json', body: JSON.stringify({ ...answer, email: 'a@example.com' }) },
      ]);
      expect(await adapter.cancelBooking(cancel, { idempotencyKey: key() })).to.deep.equal(answer);
    });

    it('refuses a cancellation answer that is given but does not say which booking it was', async () => {
      await server.faults([
        { method: 'POST', path: '/cancellations', kind: 'status', status: 200, contentType: 'application/json', body: 'null' },
      ]);
      const nothingUseful = await rejection(adapter.cancelBooking({ reference: 'BK-ABCDEF', contact: 'a@example.com' }, { idempotencyKey: key() }));
      expect(nothingUseful.code).to.equal('invalid-response');
      await server.faults([
        { method: 'POST', path: '/cancellations', kind: 'status', status: 200, contentType: 'application/json', body: '{"reference":"BK-ABCDEF","status":"cancelled"}' },
      ]);
      const partial = await rejection(adapter.cancelBooking({ reference: 'BK-ABCDEF', contact: 'a@example.com' }, { idempotencyKey: key() }));
      expect(partial.code).to.equal('invalid-response');
    });

    it('after two network failures, a resubmit with the same key makes one booking', async () => {
      const idempotencyKey = key();
      const before = (await server.bookings(S.roomy)).length;
      const seen = bookingPosts(await server.requests()).length;
      await server.faults([{ method: 'POST', path: '/bookings', kind: 'drop', times: 2 }]);
      const error = await rejection(adapter.book(booking(S.roomy), { idempotencyKey }));
      expect([error.code, error.retryable]).to.deep.equal(['network', true]);
      const receipt = await adapter.book(booking(S.roomy), { idempotencyKey });
      expect(bookingPosts(await server.requests()).slice(seen).map((a) => a.idempotencyKey)).to.deep.equal([idempotencyKey, idempotencyKey, idempotencyKey]);
      const after = await server.bookings(S.roomy);
      expect(after.length - before).to.equal(1);
      expect(after.at(-1)!.reference).to.equal(receipt.reference);
    });
  });
});

describe('HttpAdapter and rate limiting', function () {
  this.timeout(20000);
  let server: TestServer;
  before(async () => {
    server = await TestServer.start({ rateLimitWrites: 1 });
  });
  after(() => server.close());

  it('reports rate-limited and does not retry it', async () => {
    const adapter = server.adapter();
    await adapter.submitSelfReferral(referral(), { idempotencyKey: key() });
    const error = await rejection(adapter.submitSelfReferral(referral(), { idempotencyKey: key() }));
    expect([error.code, error.retryable]).to.deep.equal(['rate-limited', true]);
    expect((await server.requests()).filter((r) => r.method === 'POST')).to.have.length(2);
  });
});
