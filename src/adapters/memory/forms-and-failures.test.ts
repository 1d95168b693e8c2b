import { expect } from '@open-wc/testing';
import { ADAPTER_METHODS, type HubAdapter } from '../../core/adapter.js';
import { ReceiptSchema, type PanelApplication, type SelfReferral } from '../../core/model.js';
import { NOW, bookingRequest, failure, makeAdapter, testSession } from './test-helpers.js';

const consent = { purpose: 'contact', given: true, noticeVersion: '2026-01', at: '2026-03-02T09:00:00+00:00' };

const referral = (overrides: Partial<SelfReferral> = {}): SelfReferral => ({
  name: 'Jordan Ellis',
  relationship: 'kinship-carer',
  children: [{ age: { kind: 'age', months: 7 } }],
  categoryIds: ['family-support/parenting-support'],
  story: 'Our grandson has come to live with us and we would like some advice.',
  contact: { methods: ['phone'], phone: '07700 900456', mayLeaveMessage: false, othersMaySee: 'not-sure' },
  consents: [consent],
  ...overrides,
});

const application = (overrides: Partial<PanelApplication> = {}): PanelApplication => ({
  eligibility: ['child-under-two'],
  name: 'Jordan Ellis',
  email: 'jordan@example.org',
  locality: 'North',
  relationship: 'parent',
  takePart: ['online', 'surveys'],
  consents: [consent],
  ...overrides,
});

/** One harmless call of each method (made when the test calls it), to check failures and aborts apply everywhere. */
function callEach(adapter: HubAdapter, signal?: AbortSignal): [string, () => Promise<unknown>][] {
  const write = () => ({ idempotencyKey: crypto.randomUUID(), signal });
  const calls: Record<(typeof ADAPTER_METHODS)[number], () => Promise<unknown>> = {
    searchServices: () => adapter.searchServices({}, { signal }),
    getService: () => adapter.getService('baby-massage', { signal }),
    listCategories: () => adapter.listCategories({ signal }),
    listSessions: () => adapter.listSessions({ from: NOW.toISOString(), to: '2026-04-01T00:00:00Z' }, { signal }),
    book: () => adapter.book(bookingRequest('test-session'), write()),
    cancelBooking: () => adapter.cancelBooking({ reference: 'BK-ABCDEF', contact: 'a@example.org' }, write()),
    submitSelfReferral: () => adapter.submitSelfReferral(referral(), write()),
    submitPanelApplication: () => adapter.submitPanelApplication(application(), write()),
    lookupPostcode: () => adapter.lookupPostcode!('BK2 1TY', { signal }),
  };
  return Object.entries(calls);
}

describe('MemoryAdapter: forms', () => {
  it('accepts a self-referral with an SR reference and the time it arrived', async () => {
    const { adapter, raw } = makeAdapter();
    const receipt = await adapter.submitSelfReferral(referral(), { idempotencyKey: 'referral-1' });
    expect(ReceiptSchema.safeParse(receipt).success).to.equal(true);
    expect(receipt.reference).to.match(/^SR-[2-9A-HJ-NP-Z]{6}$/);
    expect(receipt.submittedAt).to.equal('2026-03-02T09:00:00+00:00');
    expect(raw.counts().selfReferrals).to.equal(1);
  });

  it('stores one self-referral per idempotency key, and refuses the key for a different referral', async () => {
    const { adapter, raw } = makeAdapter();
    const first = await adapter.submitSelfReferral(referral(), { idempotencyKey: 'same' });
    const again = await adapter.submitSelfReferral(referral(), { idempotencyKey: 'same' });
    expect(again).to.deep.equal(first);
    expect(raw.counts().selfReferrals).to.equal(1);
    const error = await failure(adapter.submitSelfReferral(referral({ name: 'Someone Else' }), { idempotencyKey: 'same' }));
    expect([error.code, error.reason]).to.deep.equal(['conflict', 'idempotency-key-reused']);
    const other = await adapter.submitSelfReferral(referral(), { idempotencyKey: 'another' });
    expect(other.reference).to.not.equal(first.reference);
  });

  it('names each field of a self-referral that needs correcting', async () => {
    const { adapter, raw } = makeAdapter();
    const missing = await failure(adapter.submitSelfReferral(referral({ name: '', consents: [] }), { idempotencyKey: 'r' }));
    expect(missing.code).to.equal('validation');
    expect(missing.fields.map((f) => f.path)).to.have.members(['name', 'consents']);
    const noWay = await failure(
      adapter.submitSelfReferral(
        referral({ contact: { methods: ['text', 'email', 'letter'], mayLeaveMessage: true, othersMaySee: 'no' } }),
        { idempotencyKey: 'r' },
      ),
    );
    expect(noWay.fields.map((f) => f.path)).to.deep.equal(['contact.phone', 'contact.email', 'contact.address']);
    const unknownService = await failure(adapter.submitSelfReferral(referral({ serviceId: 'no-such-service' }), { idempotencyKey: 'r' }));
    expect(unknownService.fields.map((f) => f.path)).to.deep.equal(['serviceId']);
    expect(raw.counts().selfReferrals).to.equal(0);
  });

  it('accepts a panel application with a PP reference, once per key', async () => {
    const { adapter, raw } = makeAdapter();
    const receipt = await adapter.submitPanelApplication(application(), { idempotencyKey: 'panel' });
    expect(receipt.reference).to.match(/^PP-[2-9A-HJ-NP-Z]{6}$/);
    expect(await adapter.submitPanelApplication(application(), { idempotencyKey: 'panel' })).to.deep.equal(receipt);
    expect(raw.counts().panelApplications).to.equal(1);
  });

  it('needs a way to contact a panel applicant, and valid answers', async () => {
    const { adapter } = makeAdapter();
    const noContact = await failure(adapter.submitPanelApplication(application({ email: undefined }), { idempotencyKey: 'p' }));
    expect(noContact.fields.map((f) => f.path)).to.deep.equal(['email']);
    const wrong = await failure(adapter.submitPanelApplication(application({ takePart: [], email: 'nope' }), { idempotencyKey: 'p' }));
    expect(wrong.fields.map((f) => f.path)).to.have.members(['takePart', 'email']);
  });

  it('refuses a write with no idempotency key', async () => {
    const { adapter } = makeAdapter();
    const error = await failure(adapter.submitPanelApplication(application(), { idempotencyKey: '' }));
    expect(error.code).to.equal('validation');
    expect(error.fields[0]!.path).to.equal('idempotencyKey');
  });
});

describe('MemoryAdapter: aborts and injected failures', () => {
  it('rejects every method as aborted when the signal has already fired', async () => {
    const { adapter } = makeAdapter({ sessions: [testSession()] });
    const controller = new AbortController();
    controller.abort();
    for (const [method, call] of callEach(adapter, controller.signal)) {
      expect((await failure(call())).code, method).to.equal('aborted');
    }
  });

  it('stops during the simulated latency, and the write never happens', async () => {
    const { adapter, raw } = makeAdapter({ sessions: [testSession()], latencyMs: 200 });
    const controller = new AbortController();
    const booking = failure(adapter.book(bookingRequest('test-session'), { idempotencyKey: 'aborted', signal: controller.signal }));
    const search = failure(adapter.searchServices({}, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 10);
    expect((await booking).code).to.equal('aborted');
    expect((await search).code).to.equal('aborted');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(raw.counts().bookings).to.equal(0);
  });

  it('fails every method with a network error when told to, and recovers when told to', async () => {
    const { adapter, raw } = makeAdapter({ sessions: [testSession()], fail: { network: true } });
    for (const [method, call] of callEach(adapter)) {
      const error = await failure(call());
      expect([method, error.code, error.retryable]).to.deep.equal([method, 'network', true]);
    }
    raw.setFailures({});
    expect((await adapter.searchServices({})).totalItems).to.be.greaterThan(60);
  });

  it('fails only the methods listed', async () => {
    const { adapter, raw } = makeAdapter({ fail: { network: ['book'] } });
    expect((await failure(adapter.book(bookingRequest('test-session'), { idempotencyKey: 'k' }))).code).to.equal('network');
    expect((await adapter.getService('baby-massage')).id).to.equal('baby-massage');
    expect(raw.counts().bookings).to.equal(0);
  });

  it('answers in the wrong shape when told to, which validatingAdapter reports as invalid-response', async () => {
    const { adapter } = makeAdapter({ sessions: [testSession()], fail: { invalidResponse: [...ADAPTER_METHODS] } });
    for (const [method, call] of callEach(adapter)) {
      if (method === 'cancelBooking') continue; // no booking to cancel: that is a not-found, checked below
      expect((await failure(call())).code, method).to.equal('invalid-response');
    }
  });

  it('still makes a write whose answer is garbled, so a retry with the same key gets the real receipt', async () => {
    const { adapter, raw } = makeAdapter({ sessions: [testSession()], fail: { invalidResponse: ['book', 'cancelBooking'] } });
    const request = bookingRequest('test-session', { contact: { name: 'A', email: 'a@example.org' } });
    expect((await failure(adapter.book(request, { idempotencyKey: 'garbled' }))).code).to.equal('invalid-response');
    raw.setFailures({ invalidResponse: ['cancelBooking'] });
    const receipt = await adapter.book(request, { idempotencyKey: 'garbled' });
    expect(raw.counts().bookings).to.equal(1);
    const cancel = await failure(adapter.cancelBooking({ reference: receipt.reference, contact: 'a@example.org' }, { idempotencyKey: 'c' }));
    expect(cancel.code).to.equal('invalid-response');
    expect(raw.bookingStatus(receipt.reference)!.status).to.equal('cancelled');
    raw.setFailures({});
    const retried = await adapter.cancelBooking({ reference: receipt.reference, contact: 'a@example.org' }, { idempotencyKey: 'c' });
    expect(retried).to.include({ reference: receipt.reference, status: 'cancelled', sessionId: 'test-session' });
  });

  it('throws a conflict when told to: session-full for book', async () => {
    const { adapter } = makeAdapter({ sessions: [testSession()], fail: { conflict: ['book', 'submitSelfReferral'] } });
    const booking = await failure(adapter.book(bookingRequest('test-session'), { idempotencyKey: 'k' }));
    expect([booking.code, booking.reason]).to.deep.equal(['conflict', 'session-full']);
    expect((await failure(adapter.submitSelfReferral(referral(), { idempotencyKey: 'k' }))).code).to.equal('conflict');
    expect((await adapter.listSessions({ from: NOW.toISOString(), to: '2026-04-01T00:00:00Z' })).length).to.equal(1);
  });
});
