/**
 * One behaviour suite for the adapter contract, run against any HubAdapter over the test seed
 * (server/fixtures/test-seed.ts): the MemoryAdapter, and HttpAdapter against the reference server on PGlite
 * and on a PostgreSQL server. The same assertions must hold for all of them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADAPTER_METHODS, supports, type HubAdapter } from '../../src/core/adapter.js';
import { isAdapterError, type AdapterError } from '../../src/core/errors.js';
import type { BookingReceipt, ServiceQuery } from '../../src/core/model.js';
import { S, TEST_CATEGORIES, adultBooking, panelApplication, selfReferral } from '../fixtures/test-seed.js';

export interface AdapterUnderTest {
  adapter: HubAdapter;
  /** The store's clock (sessions were generated around it). */
  now: Date;
  /** A booking's status, looked up outside the contract (staff endpoint, test helper). */
  bookingStatus(reference: string, sessionId: string): Promise<string | undefined>;
  close(): Promise<void>;
}

const key = () => crypto.randomUUID();
const HOUR = 3_600_000;

/** Awaits a rejection and checks it is an AdapterError with this code (and reason). */
export async function expectError(promise: Promise<unknown>, code: AdapterError['code'], reason?: string): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isAdapterError(error), `expected an AdapterError, got ${String(error)}`);
    assert.equal(error.code, code, `code (${error.message})`);
    if (reason !== undefined) assert.equal(error.reason, reason, 'reason');
    return error;
  }
  assert.fail(`expected a ${code} error`);
}

const paths = (error: AdapterError) => error.fields.map((f) => f.path);

export function behaviourSuite(name: string, create: () => Promise<AdapterUnderTest>): void {
  describe(`adapter contract: ${name}`, () => {
    /** A fresh store for each group, so capacity tests start from the seed. */
    const fresh = () => {
      const holder = {} as { t: AdapterUnderTest };
      before(async () => {
        holder.t = await create();
      });
      after(async () => holder.t?.close());
      return holder;
    };
    const sessionsOf = async (t: AdapterUnderTest, extra: { serviceId?: string; categoryId?: string } = {}) =>
      t.adapter.listSessions({
        from: new Date(t.now.getTime() - 2 * HOUR).toISOString(),
        to: new Date(t.now.getTime() + 30 * 24 * HOUR).toISOString(),
        ...extra,
      });
    const placesLeft = async (t: AdapterUnderTest, id: string) => (await sessionsOf(t)).find((s) => s.id === id)?.placesLeft;

    describe('directory', () => {
      const h = fresh();
      const ids = async (query: ServiceQuery) => (await h.t.adapter.searchServices(query)).items.map((s) => s.id);

      it('declares every method of the contract', () => {
        for (const method of ADAPTER_METHODS) assert.ok(supports(h.t.adapter, method), method);
      });

      it('matches words whatever their case and punctuation, and hides services that no longer run', async () => {
        assert.deepEqual(await ids({ text: 'MASSAGE' }), ['baby-massage']);
        assert.deepEqual(await ids({ text: "dad's evening" }), ['dads-group']);
        assert.deepEqual(await ids({ text: 'toy library' }), []);
        assert.equal((await h.t.adapter.getService('closed-service')).status, 'defunct');
      });

      it('treats search text as words, never as SQL or a pattern', async () => {
        assert.deepEqual(await ids({ text: "'; DROP TABLE services; --" }), []);
        assert.deepEqual(await ids({ text: '%' }), ['baby-massage', 'dads-group', 'feeding-online', 'stay-play', 'send-club']);
      });

      it('filters by child age in months, pregnancy and SEND to 25', async () => {
        assert.deepEqual(await ids({ ages: [{ kind: 'age', months: 7 }] }), ['baby-massage', 'dads-group', 'feeding-online', 'stay-play']);
        assert.deepEqual(await ids({ ages: [{ kind: 'pregnancy' }] }), ['feeding-online']);
        assert.deepEqual(await ids({ ages: [{ kind: 'age', months: 264, send: true }] }), ['send-club']);
        assert.deepEqual(await ids({ ages: [{ kind: 'age', months: 264 }] }), []);
      });

      it('filters by category (a parent category takes in its children), cost, mode, language, hub and day', async () => {
        assert.deepEqual(await ids({ categoryIds: ['family-support'] }), ['baby-massage', 'dads-group', 'send-club']);
        assert.ok(!(await ids({ freeOnly: true })).includes('dads-group'));
        assert.deepEqual(await ids({ deliveryModes: ['telephone'] }), ['feeding-online']);
        assert.deepEqual(await ids({ languages: ['pl'] }), ['baby-massage']);
        assert.deepEqual(await ids({ languages: ['Urdu'] }), ['feeding-online']);
        // A service that lists no languages is offered in English.
        assert.deepEqual(await ids({ languages: ['English'] }), ['baby-massage', 'dads-group', 'stay-play', 'send-club']);
        assert.deepEqual(await ids({ atFamilyHub: true }), ['baby-massage', 'stay-play']);
        assert.deepEqual(await ids({ days: ['SA'] }), ['stay-play']);
        assert.deepEqual(await ids({ days: ['MO'] }), ['feeding-online']);
      });

      it('sorts by distance from a point, keeps services with no venue last, and drops venues beyond the radius', async () => {
        const near = { latitude: 52.0, longitude: -1.0 };
        assert.deepEqual(await ids({ near }), ['baby-massage', 'dads-group', 'send-club', 'stay-play', 'feeding-online']);
        const page = await h.t.adapter.searchServices({ near, radiusMiles: 5 });
        assert.deepEqual(page.items.map((s) => s.id), ['baby-massage', 'feeding-online']);
        assert.equal(page.items[0]!.distanceMiles, 0);
        assert.equal(page.items[0]!.nearestLocationId, 'loc-north-hub');
        assert.equal(page.items[1]!.distanceMiles, undefined);
      });

      it('pages results', async () => {
        const page = await h.t.adapter.searchServices({ page: 2, perPage: 2 });
        assert.deepEqual(
          { ids: page.items.map((s) => s.id), page: page.page, perPage: page.perPage, totalItems: page.totalItems, totalPages: page.totalPages },
          { ids: ['feeding-online', 'stay-play'], page: 2, perPage: 2, totalItems: 5, totalPages: 3 },
        );
        const beyond = await h.t.adapter.searchServices({ page: 9, perPage: 2 });
        assert.deepEqual([beyond.items.length, beyond.totalItems], [0, 5]);
      });

      it('refuses a search it cannot run, naming the field', async () => {
        const error = await expectError(h.t.adapter.searchServices({ perPage: 500 }), 'validation');
        assert.deepEqual(paths(error), ['perPage']);
      });

      it('gets a service and says when there is none', async () => {
        assert.equal((await h.t.adapter.getService('baby-massage')).name, 'Baby massage');
        await expectError(h.t.adapter.getService('no-such-service'), 'not-found');
      });

      it('lists categories', async () => {
        const categories = await h.t.adapter.listCategories();
        for (const expected of TEST_CATEGORIES) assert.deepEqual(categories.find((c) => c.id === expected.id), expected);
      });

      it('looks up postcodes, including every venue postcode', async () => {
        assert.deepEqual(await h.t.adapter.lookupPostcode!('tf11aa'), { latitude: 52.0, longitude: -1.0 });
        assert.deepEqual(await h.t.adapter.lookupPostcode!('TF3 3AB'), { latitude: 51.8, longitude: -1.0 });
        assert.deepEqual(paths(await expectError(h.t.adapter.lookupPostcode!('not a postcode'), 'validation')), ['postcode']);
        await expectError(h.t.adapter.lookupPostcode!('TF9 9AB'), 'not-found');
      });
    });

    describe('sessions', () => {
      const h = fresh();

      it('lists sessions in a window, in time order, with places left', async () => {
        const sessions = await sessionsOf(h.t);
        const starts = sessions.map((s) => Date.parse(s.start));
        assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
        assert.ok(sessions.some((s) => s.id === S.started));
        assert.equal(sessions.find((s) => s.id === S.race3)!.placesLeft, 3);
        assert.equal(sessions.find((s) => s.id === S.unlimited)!.placesLeft, null);
        // Places taken before the store started count.
        assert.equal(sessions.find((s) => s.id === S.prebooked)!.placesLeft, 1);
      });

      it('filters by service and by category (with its child categories)', async () => {
        assert.deepEqual((await sessionsOf(h.t, { serviceId: 'dads-group' })).map((s) => s.id), [S.course1, S.course2, S.course3]);
        const family = (await sessionsOf(h.t, { categoryId: 'family-support' })).map((s) => s.id);
        assert.ok(family.includes(S.course1) && family.includes(S.race3) && !family.includes(S.dropIn));
      });

      it('refuses a window without an end', async () => {
        const error = await expectError(h.t.adapter.listSessions({ from: h.t.now.toISOString() } as never), 'validation');
        assert.deepEqual(paths(error), ['to']);
      });
    });

    describe('booking', () => {
      const h = fresh();

      it('confirms a place and counts it', async () => {
        const receipt = await h.t.adapter.book(adultBooking(S.roomy), { idempotencyKey: key() });
        assert.match(receipt.reference, /^BK-[2-9A-HJ-NP-Z]{6}$/);
        assert.deepEqual([receipt.status, receipt.places, receipt.sessionId, receipt.session?.placesLeft], ['confirmed', 1, S.roomy, 499]);
        assert.equal(await placesLeft(h.t, S.roomy), 499);
      });

      it('counts adults and children already born; an expected baby takes no place', async () => {
        const receipt = await h.t.adapter.book(
          adultBooking(S.babies, { children: [{ kind: 'age', months: 4 }, { kind: 'pregnancy' }] }),
          { idempotencyKey: key() },
        );
        assert.equal(receipt.places, 2);
      });

      it("applies the session's household rules, each on its own field", async () => {
        const tooMany = await expectError(
          h.t.adapter.book(adultBooking(S.babies, { adults: 2, children: [{ kind: 'age', months: 3 }] }), { idempotencyKey: key() }),
          'validation',
        );
        assert.deepEqual(paths(tooMany), ['adults']);
        const tooOld = await expectError(
          h.t.adapter.book(adultBooking(S.babies, { children: [{ kind: 'age', months: 14 }] }), { idempotencyKey: key() }),
          'validation',
        );
        assert.deepEqual(paths(tooOld), ['children.0']);
        const noChild = await expectError(h.t.adapter.book(adultBooking(S.babies), { idempotencyKey: key() }), 'validation');
        assert.deepEqual(paths(noChild), ['children']);
      });

      it('refuses a request without a way to contact the family', async () => {
        const error = await expectError(
          h.t.adapter.book(adultBooking(S.roomy, { contact: { name: 'Sam Carter' } }), { idempotencyKey: key() }),
          'validation',
        );
        assert.deepEqual(paths(error), ['contact.email']);
      });

      it('says why a session cannot be booked', async () => {
        await expectError(h.t.adapter.book(adultBooking(S.dropIn), { idempotencyKey: key() }), 'conflict', 'no-booking-needed');
        await expectError(h.t.adapter.book(adultBooking(S.notOpen), { idempotencyKey: key() }), 'conflict', 'booking-not-open');
        await expectError(h.t.adapter.book(adultBooking(S.started), { idempotencyKey: key() }), 'conflict', 'session-started');
        await expectError(h.t.adapter.book(adultBooking('no-such-session'), { idempotencyKey: key() }), 'not-found');
      });

      it('refuses a full session without a waiting list', async () => {
        for (let i = 0; i < 2; i++) await h.t.adapter.book(adultBooking(S.noWaitlist), { idempotencyKey: key() });
        await expectError(
          h.t.adapter.book(adultBooking(S.noWaitlist, { joinWaitingList: true }), { idempotencyKey: key() }),
          'conflict',
          'session-full',
        );
      });

      it('counts places already taken before the store started', async () => {
        await expectError(h.t.adapter.book(adultBooking(S.prebooked, { adults: 2 }), { idempotencyKey: key() }), 'conflict', 'session-full');
        const receipt = await h.t.adapter.book(adultBooking(S.prebooked), { idempotencyKey: key() });
        assert.deepEqual([receipt.status, receipt.session?.placesLeft], ['confirmed', 0]);
      });

      it('books a course as a whole: its sessions share their places', async () => {
        await h.t.adapter.book(adultBooking(S.course2, { adults: 2 }), { idempotencyKey: key() });
        for (const id of [S.course1, S.course2, S.course3]) assert.equal(await placesLeft(h.t, id), 2, id);
      });

      it('gives the same receipt for the same key, and refuses the key for a different request', async () => {
        const idempotencyKey = key();
        const first = await h.t.adapter.book(adultBooking(S.roomy, { adults: 2 }), { idempotencyKey });
        const again = await h.t.adapter.book(adultBooking(S.roomy, { adults: 2 }), { idempotencyKey });
        assert.equal(again.reference, first.reference);
        assert.equal(await placesLeft(h.t, S.roomy), first.session!.placesLeft);
        await expectError(h.t.adapter.book(adultBooking(S.roomy, { adults: 1 }), { idempotencyKey }), 'conflict', 'idempotency-key-reused');
      });
    });

    describe('waiting list and cancellation', () => {
      const h = fresh();
      const confirmed: BookingReceipt[] = [];
      const waiting: BookingReceipt[] = [];

      it('fills the places, then puts parties on the waiting list in order', async () => {
        for (let i = 0; i < 3; i++) confirmed.push(await h.t.adapter.book(adultBooking(S.race3), { idempotencyKey: key() }));
        await expectError(h.t.adapter.book(adultBooking(S.race3), { idempotencyKey: key() }), 'conflict', 'session-full');
        for (let i = 0; i < 2; i++) {
          waiting.push(await h.t.adapter.book(adultBooking(S.race3, { joinWaitingList: true }), { idempotencyKey: key() }));
        }
        assert.deepEqual(confirmed.map((r) => r.status), ['confirmed', 'confirmed', 'confirmed']);
        assert.deepEqual(waiting.map((r) => [r.status, r.waitlistPosition]), [['waitlisted', 1], ['waitlisted', 2]]);
        assert.equal(await placesLeft(h.t, S.race3), 0);
      });

      it('refuses a cancellation when the contact does not match', async () => {
        await expectError(
          h.t.adapter.cancelBooking({ reference: confirmed[0]!.reference, contact: 'someone.else@example.com' }, { idempotencyKey: key() }),
          'not-found',
        );
        await expectError(h.t.adapter.cancelBooking({ reference: 'BK-ZZZZZZ', contact: 'sam.carter@example.com' }, { idempotencyKey: key() }), 'not-found');
      });

      it('cancels (reference and email in any case) and promotes the first waitlisted party', async () => {
        const reference = confirmed[0]!.reference.toLowerCase().replace('-', '');
        const cancelled = await h.t.adapter.cancelBooking({ reference, contact: 'SAM.Carter@example.com' }, { idempotencyKey: key() });
        const session = confirmed[0]!.session!;
        // It says which booking (as stored, not as typed) and which session, so a family who cancelled by
        // reference alone can be told; nothing about who booked.
        assert.deepEqual(cancelled, {
          reference: confirmed[0]!.reference,
          status: 'cancelled',
          sessionId: S.race3,
          title: session.title,
          start: session.start,
          end: session.end,
        });
        assert.equal(await h.t.bookingStatus(confirmed[0]!.reference, S.race3), 'cancelled');
        assert.equal(await h.t.bookingStatus(waiting[0]!.reference, S.race3), 'confirmed');
        assert.equal(await h.t.bookingStatus(waiting[1]!.reference, S.race3), 'waitlisted');
        assert.equal(await placesLeft(h.t, S.race3), 0);
      });

      it('cancelling again changes nothing and gives the same answer', async () => {
        const again = await h.t.adapter.cancelBooking({ reference: confirmed[0]!.reference, contact: 'sam.carter@example.com' }, { idempotencyKey: key() });
        assert.equal(await h.t.bookingStatus(waiting[1]!.reference, S.race3), 'waitlisted');
        assert.equal(await placesLeft(h.t, S.race3), 0);
        const session = confirmed[0]!.session!;
        assert.deepEqual(again, {
          reference: confirmed[0]!.reference,
          status: 'cancelled',
          sessionId: S.race3,
          title: session.title,
          start: session.start,
          end: session.end,
        });
      });

      it('says which session a course booking was made from when it is cancelled', async () => {
        const receipt = await h.t.adapter.book(adultBooking(S.course2, { adults: 2 }), { idempotencyKey: key() });
        const cancelled = await h.t.adapter.cancelBooking({ reference: receipt.reference, contact: 'sam.carter@example.com' }, { idempotencyKey: key() });
        assert.ok(cancelled, 'the answer names the session');
        assert.deepEqual([cancelled.sessionId, cancelled.start, cancelled.end], [S.course2, receipt.session!.start, receipt.session!.end]);
        for (const id of [S.course1, S.course2, S.course3]) assert.equal(await placesLeft(h.t, id), 4, id);
      });

      it('matches a phone number however it is written', async () => {
        const receipt = await h.t.adapter.book(adultBooking(S.roomy, { contact: { name: 'Sam Carter', phone: '07700 900982' } }), {
          idempotencyKey: key(),
        });
        const cancelled = await h.t.adapter.cancelBooking({ reference: receipt.reference, contact: '+44 7700 900982' }, { idempotencyKey: key() });
        assert.equal(await h.t.bookingStatus(receipt.reference, S.roomy), 'cancelled');
        assert.equal(cancelled?.sessionId, S.roomy);
      });
    });

    describe('concurrency', () => {
      const h = fresh();

      it('50 bookings at once for the last 3 places: exactly 3 confirmed, the rest waitlisted in a single line', async () => {
        const results = await Promise.all(
          Array.from({ length: 50 }, () => h.t.adapter.book(adultBooking(S.race3, { joinWaitingList: true }), { idempotencyKey: key() })),
        );
        assert.equal(results.filter((r) => r.status === 'confirmed').length, 3);
        const positions = results.filter((r) => r.status === 'waitlisted').map((r) => r.waitlistPosition!);
        assert.deepEqual([...positions].sort((a, b) => a - b), Array.from({ length: 47 }, (_, i) => i + 1));
        assert.equal(new Set(results.map((r) => r.reference)).size, 50);
        assert.equal(await placesLeft(h.t, S.race3), 0);
      });

      it('200 bookings at once for 8 places: 8 confirmed, the rest waitlisted or refused, none lost or doubled', async () => {
        const outcomes = await Promise.allSettled(
          Array.from({ length: 200 }, (_, i) =>
            h.t.adapter.book(adultBooking(S.race8, { joinWaitingList: i % 2 === 0 }), { idempotencyKey: key() }),
          ),
        );
        const receipts = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
        const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as AdapterError] : []));
        assert.ok(refused.every((e) => isAdapterError(e) && e.code === 'conflict' && e.reason === 'session-full'), 'only session-full refusals');
        assert.equal(receipts.filter((r) => r.status === 'confirmed').length, 8);
        assert.equal(receipts.length + refused.length, 200);
        assert.equal(new Set(receipts.map((r) => r.reference)).size, receipts.length);
        assert.equal(await placesLeft(h.t, S.race8), 0);
      });

      it('the same key sent 20 times at once makes one booking', async () => {
        const before = (await placesLeft(h.t, S.roomy))!;
        const idempotencyKey = key();
        const receipts = await Promise.all(Array.from({ length: 20 }, () => h.t.adapter.book(adultBooking(S.roomy), { idempotencyKey })));
        assert.equal(new Set(receipts.map((r) => r.reference)).size, 1);
        assert.equal(await placesLeft(h.t, S.roomy), before - 1);
      });
    });

    describe('forms', () => {
      const h = fresh();

      it('takes a self-referral once per key and gives a reference', async () => {
        const idempotencyKey = key();
        const receipt = await h.t.adapter.submitSelfReferral(selfReferral({ serviceId: 'baby-massage' }), { idempotencyKey });
        assert.match(receipt.reference, /^SR-[2-9A-HJ-NP-Z]{6}$/);
        assert.ok(!Number.isNaN(Date.parse(receipt.submittedAt)));
        assert.deepEqual(await h.t.adapter.submitSelfReferral(selfReferral({ serviceId: 'baby-massage' }), { idempotencyKey }), receipt);
      });

      it('checks a self-referral beyond its shape: contact details for each chosen method, a real service', async () => {
        const noPhone = await expectError(
          h.t.adapter.submitSelfReferral(selfReferral({ contact: { methods: ['phone', 'email'], mayLeaveMessage: false, othersMaySee: 'yes' } }), {
            idempotencyKey: key(),
          }),
          'validation',
        );
        assert.deepEqual(paths(noPhone), ['contact.phone', 'contact.email']);
        const unknown = await expectError(h.t.adapter.submitSelfReferral(selfReferral({ serviceId: 'nope' }), { idempotencyKey: key() }), 'validation');
        assert.deepEqual(paths(unknown), ['serviceId']);
        const noName = await expectError(h.t.adapter.submitSelfReferral(selfReferral({ name: ' ' }), { idempotencyKey: key() }), 'validation');
        assert.deepEqual(paths(noName), ['name']);
      });

      it('takes a panel application, which needs an email or phone', async () => {
        const receipt = await h.t.adapter.submitPanelApplication(panelApplication(), { idempotencyKey: key() });
        assert.match(receipt.reference, /^PP-[2-9A-HJ-NP-Z]{6}$/);
        const error = await expectError(h.t.adapter.submitPanelApplication(panelApplication({ email: undefined }), { idempotencyKey: key() }), 'validation');
        assert.deepEqual(paths(error), ['email']);
      });
    });
  });
}

