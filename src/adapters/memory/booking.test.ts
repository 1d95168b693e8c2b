import { expect } from '@open-wc/testing';
import { isAdapterError, type AdapterError } from '../../core/errors.js';
import type { BookingReceipt, Session } from '../../core/model.js';
import { demoSessions } from './demo-data.js';
import { NOW, bookingRequest, failure, makeAdapter, testClock, testSession } from './test-helpers.js';

const DAY_MS = 86_400_000;
const REFERENCE = /^BK-[2-9A-HJ-NP-Z]{6}$/;
const sessions = demoSessions(NOW);
const firstOf = (serviceId: string, test: (s: Session) => boolean = () => true) => sessions.find((s) => s.serviceId === serviceId && test(s))!;
const window = { from: NOW.toISOString(), to: new Date(NOW.getTime() + 56 * DAY_MS).toISOString() };
const key = () => crypto.randomUUID();

describe('MemoryAdapter: sessions', () => {
  it('lists sessions soonest first, filtered by service, venue, category and dates', async () => {
    const { adapter } = makeAdapter();
    const all = await adapter.listSessions(window);
    expect(all.length).to.equal(sessions.length);
    const starts = all.map((s) => Date.parse(s.start));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));

    const massage = await adapter.listSessions({ ...window, serviceId: 'baby-massage' });
    expect(massage.length).to.equal(8);
    expect(massage.every((s) => s.serviceId === 'baby-massage')).to.equal(true);

    const library = await adapter.listSessions({ ...window, locationId: 'loc-central-library' });
    expect(library.length).to.be.greaterThan(0);
    expect(library.every((s) => s.location?.id === 'loc-central-library')).to.equal(true);

    const send = await adapter.listSessions({ ...window, categoryId: 'special-educational-needs-and-disabilities-send' });
    expect(send.map((s) => s.serviceId)).to.include.members(['sensory-room-sessions', 'talking-together']);
    expect(send.map((s) => s.serviceId)).to.not.include('baby-massage');

    const firstWeek = await adapter.listSessions({ from: NOW.toISOString(), to: new Date(NOW.getTime() + 7 * DAY_MS).toISOString() });
    expect(firstWeek.length).to.be.greaterThan(0);
    expect(firstWeek.length).to.be.lessThan(all.length / 4);
  });

  it('refuses a session query without dates', async () => {
    const { adapter } = makeAdapter();
    const error = await failure(adapter.listSessions({ from: 'yesterday' } as never));
    expect(error.code).to.equal('validation');
    expect(error.fields.map((f) => f.path)).to.include.members(['from', 'to']);
  });

  it('shows places left as they are now', async () => {
    const session = firstOf('understanding-your-baby');
    const { adapter } = makeAdapter();
    await adapter.book(bookingRequest(session.id, { adults: 2 }), { idempotencyKey: key() });
    const [after] = await adapter.listSessions({ ...window, serviceId: session.serviceId });
    expect(after!.placesLeft).to.equal(session.placesLeft! - 2);
  });
});

describe('MemoryAdapter: booking', () => {
  it('confirms a place, counting adults and children, with a short unambiguous reference', async () => {
    const session = firstOf('music-and-movement');
    const { adapter, raw } = makeAdapter();
    const receipt = await adapter.book(
      bookingRequest(session.id, { adults: 1, children: [{ kind: 'age', months: 20 }, { kind: 'age', months: 30 }] }),
      { idempotencyKey: key() },
    );
    expect(receipt.status).to.equal('confirmed');
    expect(receipt.reference).to.match(REFERENCE);
    expect(receipt.places).to.equal(3);
    expect(receipt.session!.placesLeft).to.equal(session.placesLeft! - 3);
    expect(raw.bookingStatus(receipt.reference)).to.deep.equal({
      reference: receipt.reference,
      sessionId: session.id,
      status: 'confirmed',
      places: 3,
      promotedFromWaitingList: false,
    });
  });

  it('does not count an expected baby as a place', async () => {
    const session = firstOf('bump-to-baby-course');
    const { adapter } = makeAdapter();
    const receipt = await adapter.book(bookingRequest(session.id, { adults: 2, children: [{ kind: 'pregnancy' }] }), { idempotencyKey: key() });
    expect(receipt.places).to.equal(2);
  });

  it('books a course as a whole: one booking takes a place at every session', async () => {
    const course = sessions.filter((s) => s.serviceId === 'bump-to-baby-course');
    const { adapter } = makeAdapter();
    await adapter.book(bookingRequest(course[2]!.id, { adults: 2 }), { idempotencyKey: key() });
    const after = await adapter.listSessions({ ...window, serviceId: 'bump-to-baby-course' });
    expect(after.map((s) => s.placesLeft)).to.deep.equal(course.map((s) => s.placesLeft! - 2));
  });

  it('gives exactly the last 3 places to 3 of 50 people booking at once, never more', async () => {
    const session = testSession({ capacity: 10, placesLeft: 3 });
    const { adapter, raw } = makeAdapter({ sessions: [session], latencyMs: 5 });
    const settled = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        adapter.book(bookingRequest(session.id, { joinWaitingList: i % 2 === 0 }), { idempotencyKey: `concurrent-${i}` }),
      ),
    );
    const receipts = settled.filter((r): r is PromiseFulfilledResult<BookingReceipt> => r.status === 'fulfilled').map((r) => r.value);
    const errors = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as AdapterError);
    expect(receipts.filter((r) => r.status === 'confirmed').length).to.equal(3);
    const waitlisted = receipts.filter((r) => r.status === 'waitlisted');
    expect(waitlisted.length + errors.length).to.equal(47);
    expect(errors.every((e) => isAdapterError(e) && e.code === 'conflict' && e.reason === 'session-full')).to.equal(true);
    // Only those who asked for the waiting list are on it, in the order they asked.
    expect(waitlisted.map((r) => r.waitlistPosition)).to.deep.equal(waitlisted.map((_, i) => i + 1));
    for (const receipt of receipts) expect(receipt.session!.placesLeft).to.be.at.least(0);
    const [after] = await adapter.listSessions({ ...window, serviceId: session.serviceId });
    expect(after!.placesLeft).to.equal(0);
    expect(raw.counts().bookings).to.equal(receipts.length);
  });

  it('with no waiting list, turns away everyone after the last place', async () => {
    const session = testSession({ capacity: 8, placesLeft: 3, waitingList: false });
    const { adapter } = makeAdapter({ sessions: [session], latencyMs: 2 });
    const settled = await Promise.allSettled(
      Array.from({ length: 50 }, () => adapter.book(bookingRequest(session.id, { joinWaitingList: true }), { idempotencyKey: key() })),
    );
    expect(settled.filter((r) => r.status === 'fulfilled').length).to.equal(3);
  });

  it('makes one booking for a repeated idempotency key, even on a double click, and returns the same receipt', async () => {
    const session = firstOf('understanding-your-baby');
    const { adapter, raw } = makeAdapter({ latencyMs: 3 });
    const request = bookingRequest(session.id);
    const [first, second] = await Promise.all([
      adapter.book(request, { idempotencyKey: 'double-click' }),
      adapter.book(request, { idempotencyKey: 'double-click' }),
    ]);
    const retry = await adapter.book({ ...request }, { idempotencyKey: 'double-click' });
    expect(second).to.deep.equal(first);
    expect(retry.reference).to.equal(first.reference);
    expect(raw.counts().bookings).to.equal(1);
    const [after] = await adapter.listSessions({ ...window, serviceId: session.serviceId });
    expect(after!.placesLeft).to.equal(session.placesLeft! - 1);
  });

  it('refuses the same key with a different request', async () => {
    const session = firstOf('understanding-your-baby');
    const { adapter, raw } = makeAdapter();
    await adapter.book(bookingRequest(session.id), { idempotencyKey: 'reused' });
    const error = await failure(adapter.book(bookingRequest(session.id, { adults: 2 }), { idempotencyKey: 'reused' }));
    expect([error.code, error.reason]).to.deep.equal(['conflict', 'idempotency-key-reused']);
    expect(raw.counts().bookings).to.equal(1);
  });

  it('puts a family on the waiting list of a full session only when they ask', async () => {
    const full = firstOf('baby-sensory', (s) => s.placesLeft === 0);
    expect(full.waitingList).to.equal(true);
    const { adapter } = makeAdapter();
    const request = { adults: 1, children: [{ kind: 'age' as const, months: 5 }] };
    const refused = await failure(adapter.book(bookingRequest(full.id, request), { idempotencyKey: key() }));
    expect([refused.code, refused.reason]).to.deep.equal(['conflict', 'session-full']);
    const first = await adapter.book(bookingRequest(full.id, { ...request, joinWaitingList: true }), { idempotencyKey: key() });
    const second = await adapter.book(bookingRequest(full.id, { ...request, joinWaitingList: true }), { idempotencyKey: key() });
    expect([first.status, first.waitlistPosition]).to.deep.equal(['waitlisted', 1]);
    expect([second.status, second.waitlistPosition]).to.deep.equal(['waitlisted', 2]);
  });

  it('refuses a full session with no waiting list', async () => {
    const full = firstOf('baby-and-toddler-swimming', (s) => s.placesLeft === 0);
    const { adapter } = makeAdapter();
    const error = await failure(
      adapter.book(bookingRequest(full.id, { children: [{ kind: 'age', months: 12 }], joinWaitingList: true }), { idempotencyKey: key() }),
    );
    expect([error.code, error.reason]).to.deep.equal(['conflict', 'session-full']);
  });

  it('needs no booking for a drop-in', async () => {
    const dropIn = firstOf('stay-and-play');
    const { adapter } = makeAdapter();
    const error = await failure(adapter.book(bookingRequest(dropIn.id, { children: [{ kind: 'age', months: 12 }] }), { idempotencyKey: key() }));
    expect([error.code, error.reason]).to.deep.equal(['conflict', 'no-booking-needed']);
  });

  it('refuses booking before places are released, and accepts it once they are', async () => {
    const later = firstOf('baby-massage', (s) => Date.parse(s.bookingOpensAt!) > NOW.getTime());
    const clock = testClock();
    const { adapter } = makeAdapter({ now: clock.now });
    const request = bookingRequest(later.id, { children: [{ kind: 'age', months: 4 }] });
    const error = await failure(adapter.book(request, { idempotencyKey: 'early' }));
    expect([error.code, error.reason]).to.deep.equal(['conflict', 'booking-not-open']);
    clock.advance(Date.parse(later.bookingOpensAt!) - NOW.getTime());
    // A failed attempt is not remembered, so the same key can try again.
    expect((await adapter.book(request, { idempotencyKey: 'early' })).status).to.equal('confirmed');
  });

  it('refuses a session that has started', async () => {
    const session = firstOf('understanding-your-baby');
    const clock = testClock();
    const { adapter } = makeAdapter({ now: clock.now });
    clock.advance(Date.parse(session.start) - NOW.getTime());
    const error = await failure(adapter.book(bookingRequest(session.id), { idempotencyKey: key() }));
    expect([error.code, error.reason]).to.deep.equal(['conflict', 'session-started']);
  });

  it('refuses a course once its first session has started, whichever session is named', async () => {
    const course = sessions.filter((s) => s.serviceId === 'bump-to-baby-course');
    const clock = testClock();
    const { adapter } = makeAdapter({ now: clock.now });
    clock.advance(Date.parse(course[0]!.start) - NOW.getTime() + 60_000);
    const error = await failure(adapter.book(bookingRequest(course[3]!.id), { idempotencyKey: key() }));
    expect(error.reason).to.equal('session-started');
  });

  it('says when a session does not exist', async () => {
    const { adapter } = makeAdapter();
    expect((await failure(adapter.book(bookingRequest('no-such-session'), { idempotencyKey: key() }))).code).to.equal('not-found');
  });
});

describe('MemoryAdapter: booking validation', () => {
  // A session with the demo baby massage rules: one adult and one baby aged 1 to 11 months per family.
  const massage = testSession({ id: 'massage', rules: firstOf('baby-massage').rules });
  const problems = async (sessionId: string, overrides: Parameters<typeof bookingRequest>[1]) => {
    const { adapter } = makeAdapter(sessionId === massage.id ? { sessions: [massage] } : {});
    const error = await failure(adapter.book(bookingRequest(sessionId, overrides), { idempotencyKey: key() }));
    expect(error.code).to.equal('validation');
    return error.fields;
  };
  const paths = async (sessionId: string, overrides: Parameters<typeof bookingRequest>[1]) =>
    (await problems(sessionId, overrides)).map((f) => f.path);

  it('names each wrong field of a malformed request', async () => {
    expect(await paths(massage.id, { contact: { name: 'Sam' } })).to.deep.equal(['contact.email']);
    expect(await paths(massage.id, { contact: { name: 'Sam', phone: '12345' } })).to.deep.equal(['contact.phone']);
    expect(await paths(massage.id, { contact: { name: '', email: 'not an email' } })).to.have.members(['contact.name', 'contact.email']);
    expect(await paths(massage.id, { adults: 0, children: [] })).to.deep.equal(['adults']);
  });

  it('keeps to the most adults and children a household may bring', async () => {
    // Baby massage: one adult and one baby per family.
    expect(await paths(massage.id, { adults: 2, children: [{ kind: 'age', months: 4 }] })).to.deep.equal(['adults']);
    expect(await paths(massage.id, { children: [{ kind: 'age', months: 4 }, { kind: 'age', months: 4 }] })).to.deep.equal(['children']);
  });

  it('checks each child against the age band, naming the child', async () => {
    const fields = await problems(massage.id, { children: [{ kind: 'age', months: 14 }] });
    expect(fields.map((f) => f.path)).to.deep.equal(['children.0']);
    expect(fields[0]!.message).to.contain('1 month to 11 months');
  });

  it('needs a child for a session for children, and an adult with any child', async () => {
    expect(await paths(massage.id, { children: [] })).to.deep.equal(['children']);
    expect(await paths(massage.id, { adults: 0, children: [{ kind: 'age', months: 4 }] })).to.deep.equal(['adults']);
  });

  it('keeps children out of an adults-only course', async () => {
    const course = firstOf('bump-to-baby-course');
    expect(await paths(course.id, { children: [{ kind: 'age', months: 30 }] })).to.deep.equal(['children']);
  });

  it('accepts a party that keeps every rule', async () => {
    const { adapter } = makeAdapter({ sessions: [massage] });
    const receipt = await adapter.book(bookingRequest(massage.id, { children: [{ kind: 'age', months: 4 }] }), { idempotencyKey: key() });
    expect(receipt.places).to.equal(2);
  });
});

describe('MemoryAdapter: cancelling', () => {
  it('cancels with the email or phone used to book, ignoring case and spaces, and frees the places', async () => {
    const session = testSession({ capacity: 6, placesLeft: 6 });
    const { adapter, raw } = makeAdapter({ sessions: [session] });
    const byEmail = await adapter.book(bookingRequest(session.id, { adults: 2, contact: { name: 'Alex', email: 'alex.jones@example.org' } }), { idempotencyKey: key() });
    const byPhone = await adapter.book(bookingRequest(session.id, { contact: { name: 'Jo', phone: '07700 900982' } }), { idempotencyKey: key() });
    const first = await adapter.cancelBooking({ reference: byEmail.reference.toLowerCase(), contact: '  Alex.Jones@EXAMPLE.org ' }, { idempotencyKey: key() });
    await adapter.cancelBooking({ reference: byPhone.reference, contact: '+44 7700 900 982' }, { idempotencyKey: key() });
    // The answer names the booking as stored, however it was typed, and the session it was for.
    expect(first).to.deep.equal({
      reference: byEmail.reference,
      status: 'cancelled',
      sessionId: session.id,
      title: session.title,
      start: session.start,
      end: session.end,
    });
    expect(raw.bookingStatus(byEmail.reference)!.status).to.equal('cancelled');
    expect(raw.bookingStatus(byPhone.reference)!.status).to.equal('cancelled');
    const [after] = await adapter.listSessions({ ...window });
    expect(after!.placesLeft).to.equal(6);
  });

  it('gives the same not-found for a wrong contact as for an unknown reference', async () => {
    const session = testSession();
    const { adapter, raw } = makeAdapter({ sessions: [session] });
    const receipt = await adapter.book(bookingRequest(session.id, { contact: { name: 'Alex', email: 'alex@example.org' } }), { idempotencyKey: key() });
    const wrongContact = await failure(adapter.cancelBooking({ reference: receipt.reference, contact: 'someone@example.org' }, { idempotencyKey: key() }));
    const unknown = await failure(adapter.cancelBooking({ reference: 'BK-ZZZZZZ', contact: 'alex@example.org' }, { idempotencyKey: key() }));
    expect([wrongContact.code, wrongContact.message]).to.deep.equal([unknown.code, unknown.message]);
    expect(wrongContact.code).to.equal('not-found');
    expect(raw.bookingStatus(receipt.reference)!.status).to.equal('confirmed');
    const invalid = await failure(adapter.cancelBooking({ reference: '', contact: '' }, { idempotencyKey: key() }));
    expect(invalid.fields.map((f) => f.path)).to.have.members(['reference', 'contact']);
  });

  it('promotes the first waiting party that fits, first come first served', async () => {
    const session = testSession({ capacity: 3, placesLeft: 3 });
    const { adapter, raw } = makeAdapter({ sessions: [session] });
    const book = (adults: number, email: string) =>
      adapter.book(bookingRequest(session.id, { adults, joinWaitingList: true, contact: { name: 'Parent', email } }), { idempotencyKey: key() });
    const one = await book(1, 'one@example.org');
    await book(2, 'two@example.org');
    const pair = await book(2, 'pair@example.org'); // waiting 1st, needs 2
    const single = await book(1, 'single@example.org'); // waiting 2nd, needs 1
    const another = await book(1, 'another@example.org'); // waiting 3rd, needs 1
    expect([pair.waitlistPosition, single.waitlistPosition, another.waitlistPosition]).to.deep.equal([1, 2, 3]);

    await adapter.cancelBooking({ reference: one.reference, contact: 'one@example.org' }, { idempotencyKey: key() });
    // One place is free: the pair does not fit and keeps its turn; the next single party is promoted.
    expect(raw.bookingStatus(pair.reference)).to.include({ status: 'waitlisted', waitlistPosition: 1, promotedFromWaitingList: false });
    expect(raw.bookingStatus(single.reference)).to.include({ status: 'confirmed', promotedFromWaitingList: true });
    expect(raw.bookingStatus(another.reference)).to.include({ status: 'waitlisted', waitlistPosition: 2 });
    const [after] = await adapter.listSessions({ ...window });
    expect(after!.placesLeft).to.equal(0);
  });

  it('promotes the earlier of two waiting parties when one place frees', async () => {
    const session = testSession({ capacity: 1, placesLeft: 1 });
    const { adapter, raw } = makeAdapter({ sessions: [session] });
    const holder = await adapter.book(bookingRequest(session.id, { contact: { name: 'A', email: 'a@example.org' } }), { idempotencyKey: key() });
    const first = await adapter.book(bookingRequest(session.id, { joinWaitingList: true }), { idempotencyKey: key() });
    const second = await adapter.book(bookingRequest(session.id, { joinWaitingList: true }), { idempotencyKey: key() });
    await adapter.cancelBooking({ reference: holder.reference, contact: 'a@example.org' }, { idempotencyKey: key() });
    expect(raw.bookingStatus(first.reference)!.status).to.equal('confirmed');
    expect(raw.bookingStatus(second.reference)).to.include({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('takes a family off the waiting list when they cancel, moving others up', async () => {
    const session = testSession({ capacity: 1, placesLeft: 0 });
    const { adapter, raw } = makeAdapter({ sessions: [session] });
    const first = await adapter.book(bookingRequest(session.id, { joinWaitingList: true, contact: { name: 'A', email: 'a@example.org' } }), { idempotencyKey: key() });
    const second = await adapter.book(bookingRequest(session.id, { joinWaitingList: true }), { idempotencyKey: key() });
    await adapter.cancelBooking({ reference: first.reference, contact: 'a@example.org' }, { idempotencyKey: key() });
    expect(raw.bookingStatus(first.reference)!.status).to.equal('cancelled');
    expect(raw.bookingStatus(second.reference)).to.include({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('is idempotent: cancelling again frees nothing twice', async () => {
    const session = testSession({ capacity: 4, placesLeft: 4 });
    const { adapter } = makeAdapter({ sessions: [session] });
    const receipt = await adapter.book(bookingRequest(session.id, { adults: 2, contact: { name: 'A', email: 'a@example.org' } }), { idempotencyKey: key() });
    await adapter.book(bookingRequest(session.id, { adults: 2 }), { idempotencyKey: key() });
    const cancel = { reference: receipt.reference, contact: 'a@example.org' };
    const answers = [
      await adapter.cancelBooking(cancel, { idempotencyKey: 'cancel-once' }),
      await adapter.cancelBooking(cancel, { idempotencyKey: 'cancel-once' }),
      await adapter.cancelBooking(cancel, { idempotencyKey: 'a-new-click' }),
    ];
    const [after] = await adapter.listSessions({ ...window });
    expect(after!.placesLeft).to.equal(2);
    // Every time, the same answer: which booking and which session.
    expect(answers[0]).to.include({ reference: receipt.reference, status: 'cancelled', sessionId: session.id, start: session.start });
    expect(answers[1]).to.deep.equal(answers[0]);
    expect(answers[2]).to.deep.equal(answers[0]);
  });

  it('keeps personal data out of status reports and receipts', async () => {
    const session = testSession();
    const { adapter, raw } = makeAdapter({ sessions: [session] });
    const receipt = await adapter.book(
      bookingRequest(session.id, { contact: { name: 'Private Person', email: 'private@example.org', phone: '07700 900123' } }),
      { idempotencyKey: key() },
    );
    const report = JSON.stringify(raw.bookingStatus(receipt.reference));
    expect(report).to.not.contain('Private');
    expect(report).to.not.contain('private@example.org');
    expect(report).to.not.contain('900123');
    expect(JSON.stringify(receipt)).to.not.contain('private@example.org');
    const cancelled = JSON.stringify(await adapter.cancelBooking({ reference: receipt.reference, contact: '07700 900123' }, { idempotencyKey: key() }));
    expect(cancelled).to.contain(receipt.reference);
    for (const secret of ['Private', 'private@example.org', '900123']) expect(cancelled).to.not.contain(secret);
  });
});
