/**
 * Sessions, bookings, cancellations and the waiting list.
 *
 * Capacity is settled by the database: a booking or a cancellation first locks the rows of every session
 * that shares its places (`SELECT … FOR UPDATE`, in id order), then counts the confirmed places and writes,
 * all in one transaction. Two requests for the last place therefore run one after the other, whatever the
 * number of server processes. Lock order is always idempotency key → sessions → bookings, so two
 * transactions never wait on each other in a circle.
 */
import type * as z from 'zod/mini';
import { AdapterError } from '../../src/core/errors.js';
import type {
  BookingReceipt,
  BookingRequestSchema,
  CancelledBooking,
  CancelRequest,
  ChildAge,
  Session,
  SessionQuery,
} from '../../src/core/model.js';
import { toLondonIso } from '../../src/core/time.js';
import { householdProblems, normaliseContact, normaliseReference, placesNeeded } from '../../src/adapters/memory/bookings.js';
import { newReference, type ReferencePrefix } from '../../src/adapters/memory/references.js';
import type { Queryable } from '../db/database.js';

type ParsedBookingRequest = z.output<typeof BookingRequestSchema>;

interface SessionRow {
  id: string;
  capacity: number | null;
  capacity_group: string;
  seeded_taken: number;
  data: Omit<Session, 'placesLeft'>;
}

const SESSION_COLUMNS = 's.id, s.capacity, s.capacity_group, s.seeded_taken, s.data';

/** Places taken in a session's group: those seeded as already taken plus every confirmed booking. */
const TAKEN = `s.seeded_taken + (SELECT coalesce(sum(b.places), 0)::int FROM bookings b
  WHERE b.capacity_group = s.capacity_group AND b.status = 'confirmed')`;

const withPlacesLeft = (row: SessionRow, taken: number): Session => ({
  ...row.data,
  placesLeft: row.capacity === null ? null : Math.max(0, row.capacity - taken),
});

/** Same order as the MemoryAdapter: start, then title, then id. */
const byStart = (a: Session, b: Session) =>
  Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title, 'en-GB') || a.id.localeCompare(b.id);

export async function listSessions(db: Queryable, query: SessionQuery): Promise<Session[]> {
  const params: unknown[] = [query.from, query.to];
  const clauses = ['s.start_at >= $1::timestamptz', 's.start_at < $2::timestamptz'];
  if (query.serviceId) clauses.push(`s.service_id = $${params.push(query.serviceId)}`);
  if (query.locationId) clauses.push(`s.location_id = $${params.push(query.locationId)}`);
  if (query.categoryId) {
    const id = `$${params.push(query.categoryId)}`;
    clauses.push(`EXISTS (SELECT 1 FROM service_categories sc WHERE sc.service_id = s.service_id
      AND (sc.category_id = ${id} OR sc.parent_id = ${id}))`);
  }
  const rows = await db.query<SessionRow & { taken: number }>(
    `SELECT ${SESSION_COLUMNS}, ${TAKEN} AS taken FROM sessions s WHERE ${clauses.join(' AND ')}`,
    params,
  );
  return rows.map((row) => withPlacesLeft(row, Number(row.taken))).sort(byStart);
}

/** Locks every session sharing places with `sessionId` (in id order) and returns them all. */
async function lockGroup(tx: Queryable, sessionId: string): Promise<SessionRow[]> {
  return tx.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM sessions s
     WHERE s.capacity_group = (SELECT capacity_group FROM sessions WHERE id = $1)
     ORDER BY s.id FOR UPDATE`,
    [sessionId],
  );
}

async function placesTaken(tx: Queryable, session: SessionRow): Promise<number> {
  const [row] = await tx.query<{ taken: number }>(
    `SELECT coalesce(sum(places), 0)::int AS taken FROM bookings WHERE capacity_group = $1 AND status = 'confirmed'`,
    [session.capacity_group],
  );
  return Number(session.seeded_taken) + Number(row?.taken ?? 0);
}

/** Inserts a row under a fresh reference, drawing again in the (very unlikely) case it is taken. */
export async function insertWithReference(prefix: ReferencePrefix, insert: (reference: string) => Promise<unknown[]>): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = newReference(prefix);
    if ((await insert(reference)).length) return reference;
  }
  throw new Error('Could not find an unused reference');
}

/** A reference as typed (any case, spaces, with or without its hyphen) in the stored form `BK-7KQ4XM`. */
function storedReference(typed: string): string {
  const compact = normaliseReference(typed);
  return `${compact.slice(0, 2)}-${compact.slice(2)}`;
}

export async function book(tx: Queryable, request: ParsedBookingRequest, now: Date): Promise<BookingReceipt> {
  const group = await lockGroup(tx, request.sessionId);
  const session = group.find((row) => row.id === request.sessionId);
  if (!session) throw new AdapterError('not-found', 'That session could not be found');
  const { data } = session;
  if (data.mode === 'drop_in') {
    throw new AdapterError('conflict', 'This session is a drop-in: there is no need to book', { reason: 'no-booking-needed' });
  }
  // A course is booked whole, so it closes when its first session starts.
  const firstStart = Math.min(...group.map((row) => Date.parse(row.data.start)));
  if (firstStart <= now.getTime()) {
    throw new AdapterError('conflict', 'This session has already started', { reason: 'session-started' });
  }
  if (data.bookingOpensAt && Date.parse(data.bookingOpensAt) > now.getTime()) {
    throw new AdapterError('conflict', 'Booking for this session has not opened yet', { reason: 'booking-not-open' });
  }
  const problems = householdProblems(request, data.rules);
  if (problems.length) throw new AdapterError('validation', 'Some answers need correcting', { fields: problems });

  const places = placesNeeded(request);
  const taken = await placesTaken(tx, session);
  const free = session.capacity === null ? Infinity : session.capacity - taken;
  let status: 'confirmed' | 'waitlisted';
  if (places <= free) status = 'confirmed';
  else if (data.waitingList && request.joinWaitingList) status = 'waitlisted';
  else throw new AdapterError('conflict', 'There are not enough places left at this session', { reason: 'session-full' });

  const { contact } = request;
  const reference = await insertWithReference('BK', (ref) =>
    tx.query(
      `INSERT INTO bookings (reference, session_id, capacity_group, status, places, adults, children, name, email, phone,
         reminder, needs, privacy_notice_version, created_at, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13, $14::timestamptz, $15::timestamptz)
       ON CONFLICT (reference) DO NOTHING RETURNING reference`,
      [
        ref,
        session.id,
        session.capacity_group,
        status,
        places,
        request.adults,
        JSON.stringify(request.children),
        contact.name,
        contact.email ?? null,
        contact.phone ?? null,
        contact.reminder,
        request.needs ?? null,
        request.privacyNoticeVersion,
        now.toISOString(),
        status === 'confirmed' ? now.toISOString() : null,
      ],
    ),
  );
  const receipt: BookingReceipt = {
    reference,
    sessionId: session.id,
    status,
    places,
    session: withPlacesLeft(session, status === 'confirmed' ? taken + places : taken),
  };
  if (status === 'waitlisted') receipt.waitlistPosition = await waitlistPosition(tx, session.capacity_group, reference);
  return receipt;
}

async function waitlistPosition(tx: Queryable, group: string, reference: string): Promise<number> {
  const [row] = await tx.query<{ position: number }>(
    `SELECT count(*)::int AS position FROM bookings
     WHERE capacity_group = $1 AND status = 'waitlisted' AND seq <= (SELECT seq FROM bookings WHERE reference = $2)`,
    [group, reference],
  );
  return Number(row?.position ?? 1);
}

export interface CancelResult {
  /** What the family is told: the booking and its session, never who made it. */
  cancelled: CancelledBooking;
  /** How many waitlisted parties got a place. */
  promoted: number;
}

/**
 * Cancels a booking (cancelling again changes nothing and gives the same answer) and gives the freed places
 * to the waiting list in order of arrival: each waitlisted party that fits is confirmed; one too large for
 * what is free keeps its turn, so a smaller party behind it is not held back. The refusal is the same
 * whether the reference or the contact is wrong, so neither can be probed.
 */
export async function cancel(tx: Queryable, request: CancelRequest, now: Date): Promise<CancelResult> {
  const notFound = () => new AdapterError('not-found', 'We could not find a booking with that reference and contact');
  const reference = storedReference(request.reference);
  const [found] = await tx.query<{ session_id: string }>('SELECT session_id FROM bookings WHERE reference = $1', [reference]);
  if (!found) throw notFound();
  const session = (await lockGroup(tx, found.session_id)).find((row) => row.id === found.session_id);
  const [booking] = await tx.query<{ status: string; email: string | null; phone: string | null }>(
    'SELECT status, email, phone FROM bookings WHERE reference = $1 FOR UPDATE',
    [reference],
  );
  const contactKeys = [booking?.email, booking?.phone].filter((c): c is string => Boolean(c)).map(normaliseContact);
  if (!booking || !session || !contactKeys.includes(normaliseContact(request.contact))) throw notFound();
  const { title, start, end } = session.data;
  const cancelled: CancelledBooking = { reference, status: 'cancelled', sessionId: session.id, title, start, end };
  if (booking.status === 'cancelled') return { cancelled, promoted: 0 };
  await tx.query(`UPDATE bookings SET status = 'cancelled', cancelled_at = $2::timestamptz WHERE reference = $1`, [reference, now.toISOString()]);
  if (booking.status !== 'confirmed' || session.capacity === null) return { cancelled, promoted: 0 };

  let free = session.capacity - (await placesTaken(tx, session));
  const waiting = await tx.query<{ reference: string; places: number }>(
    `SELECT reference, places FROM bookings WHERE capacity_group = $1 AND status = 'waitlisted' ORDER BY seq`,
    [session.capacity_group],
  );
  const promote: string[] = [];
  for (const party of waiting) {
    if (free <= 0) break;
    if (party.places <= free) {
      promote.push(party.reference);
      free -= party.places;
    }
  }
  if (promote.length) {
    await tx.query(`UPDATE bookings SET status = 'confirmed', confirmed_at = $2::timestamptz WHERE reference = ANY($1::text[])`, [
      promote,
      now.toISOString(),
    ]);
  }
  return { cancelled, promoted: promote.length };
}

// ---------------------------------------------------------------------------------------------------
// Staff: the one place names appear.

export interface StaffBooking {
  reference: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlistPosition?: number;
  places: number;
  adults: number;
  children: ChildAge[];
  /** Null once the booking has been anonymised by the retention sweep (as are email, phone and needs). */
  name: string | null;
  email: string | null;
  phone: string | null;
  reminder: string;
  needs: string | null;
  bookedAt: string;
  cancelledAt: string | null;
  /** When the retention sweep cleared who booked; null before. */
  anonymisedAt: string | null;
}

export async function staffSessionBookings(db: Queryable, sessionId: string): Promise<{ session: Session; bookings: StaffBooking[] }> {
  const [session] = await db.query<SessionRow & { taken: number }>(
    `SELECT ${SESSION_COLUMNS}, ${TAKEN} AS taken FROM sessions s WHERE s.id = $1`,
    [sessionId],
  );
  if (!session) throw new AdapterError('not-found', 'That session could not be found');
  const rows = await db.query<
    Omit<StaffBooking, 'waitlistPosition' | 'bookedAt' | 'cancelledAt' | 'anonymisedAt'> & {
      created_at: Date;
      cancelled_at: Date | null;
      anonymised_at: Date | null;
    }
  >(
    `SELECT reference, status, places, adults, children, name, email, phone, reminder, needs, created_at, cancelled_at, anonymised_at
     FROM bookings WHERE capacity_group = $1 ORDER BY seq`,
    [session.capacity_group],
  );
  let position = 0;
  const bookings = rows.map(({ created_at, cancelled_at, anonymised_at, ...row }): StaffBooking => ({
    ...row,
    ...(row.status === 'waitlisted' ? { waitlistPosition: ++position } : {}),
    places: Number(row.places),
    adults: Number(row.adults),
    bookedAt: toLondonIso(created_at),
    cancelledAt: cancelled_at ? toLondonIso(cancelled_at) : null,
    anonymisedAt: anonymised_at ? toLondonIso(anonymised_at) : null,
  }));
  return { session: withPlacesLeft(session, Number(session.taken)), bookings };
}
