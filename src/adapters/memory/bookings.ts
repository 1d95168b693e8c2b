/**
 * Booking rules and the booking ledger: who may book a session, how many places a party takes, and the
 * record of confirmed and waiting-list places with first-come-first-served promotion.
 *
 * The ledger keeps only what it needs: places, status, and the booker's email or phone in a normalised
 * form so that a cancellation can be matched. No names, and nothing is ever logged.
 */
import type * as z from 'zod/mini';
import { checkParty, partyProblemInWords } from '../../core/booking-rules.js';
import { translator } from '../../i18n/messages.js';
import type { FieldProblem } from '../../core/errors.js';
import type { BookingRequestSchema, HouseholdRules, Session } from '../../core/model.js';

export type ParsedBookingRequest = z.output<typeof BookingRequestSchema>;
export type BookingStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/** People in the room: adults plus children already born (an expected baby takes no place). */
export { placesNeeded } from '../../core/booking-rules.js';

const english = translator('en-GB');

/**
 * The session's household rules broken by a request, each on the field a family would correct, at most
 * one per answer: the booking widget's own `checkParty`, with English messages and request paths.
 */
export function householdProblems(request: ParsedBookingRequest, rules: HouseholdRules): FieldProblem[] {
  return checkParty(rules, request).map((problem) => ({
    path: problem.field === 'child' ? `children.${problem.childIndex ?? 0}` : problem.field,
    message: partyProblemInWords(problem, english),
  }));
}

export function normaliseContact(value: string): string {
  const trimmed = value.trim().toLowerCase();
  if (trimmed.includes('@')) return trimmed.replace(/\s+/g, '');
  const digits = trimmed.replace(/\D/g, '');
  return digits.startsWith('44') ? `0${digits.slice(2)}` : digits;
}

/** A booking reference as typed, made comparable: case, spaces and hyphens ignored. */
export function normaliseReference(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Places are held per session, or per course when a session is part of one (a course is booked whole). */
export function capacityKey(session: Session): string {
  return session.course?.id ?? session.id;
}

export interface BookingRecord {
  reference: string;
  sessionId: string;
  capacityKey: string;
  places: number;
  status: BookingStatus;
  /** Moved from the waiting list to a confirmed place when someone cancelled. */
  promoted: boolean;
  /** Normalised email and phone given when booking. */
  contactKeys: string[];
}

interface Pool {
  /** Places in the room; null when unlimited. */
  capacity: number | null;
  /** Places taken before the adapter started (the demo's existing bookings). */
  alreadyTaken: number;
  confirmed: number;
  /** Parties waiting, first come first served. */
  waiting: BookingRecord[];
}

export class BookingLedger {
  private readonly pools = new Map<string, Pool>();
  private readonly records = new Map<string, BookingRecord>();

  constructor(sessions: readonly Session[]) {
    for (const session of sessions) {
      const key = capacityKey(session);
      if (this.pools.has(key)) continue;
      const alreadyTaken = session.capacity === null ? 0 : session.capacity - (session.placesLeft ?? session.capacity);
      this.pools.set(key, { capacity: session.capacity, alreadyTaken: Math.max(0, alreadyTaken), confirmed: 0, waiting: [] });
    }
  }

  /** Places left now, or null when the session has no limit. */
  placesLeft(session: Session): number | null {
    const pool = this.pools.get(capacityKey(session));
    if (!pool || pool.capacity === null) return session.capacity === null ? null : session.placesLeft;
    return Math.max(0, pool.capacity - pool.alreadyTaken - pool.confirmed);
  }

  get(reference: string): BookingRecord | undefined {
    return this.records.get(normaliseReference(reference));
  }

  /** 1 is next in line; undefined when not waiting. */
  waitlistPosition(record: BookingRecord): number | undefined {
    if (record.status !== 'waitlisted') return undefined;
    const index = this.pools.get(record.capacityKey)?.waiting.indexOf(record) ?? -1;
    return index >= 0 ? index + 1 : undefined;
  }

  /**
   * Confirms the places if enough are left, else puts the party on the waiting list when allowed.
   * Returns null when neither is possible. Synchronous, so a check and its write can never interleave.
   */
  reserve(session: Session, places: number, joinWaitingList: boolean, reference: string, contactKeys: string[]): BookingRecord | null {
    const key = capacityKey(session);
    const pool = this.pool(key, session);
    const left = pool.capacity === null ? Number.POSITIVE_INFINITY : pool.capacity - pool.alreadyTaken - pool.confirmed;
    let status: BookingStatus;
    if (places <= left) status = 'confirmed';
    // A party bigger than the whole room could never be promoted, so it is not put on the list.
    else if (session.waitingList && joinWaitingList && pool.capacity !== null && places <= pool.capacity) status = 'waitlisted';
    else return null;
    const record: BookingRecord = { reference, sessionId: session.id, capacityKey: key, places, status, promoted: false, contactKeys };
    this.records.set(normaliseReference(reference), record);
    if (status === 'confirmed') pool.confirmed += places;
    else pool.waiting.push(record);
    return record;
  }

  /** Cancels a booking, frees its places and promotes waiting parties that now fit, in order. */
  cancel(record: BookingRecord): void {
    const pool = this.pools.get(record.capacityKey);
    if (record.status === 'cancelled' || !pool) return;
    if (record.status === 'confirmed') pool.confirmed -= record.places;
    else pool.waiting = pool.waiting.filter((waiting) => waiting !== record);
    record.status = 'cancelled';
    this.promote(pool);
  }

  /** First come first served; a party too big for the places left keeps its turn while smaller ones behind it move up. */
  private promote(pool: Pool): void {
    if (pool.capacity === null) return;
    let left = pool.capacity - pool.alreadyTaken - pool.confirmed;
    const stillWaiting: BookingRecord[] = [];
    for (const record of pool.waiting) {
      if (record.places > left) {
        stillWaiting.push(record);
        continue;
      }
      record.status = 'confirmed';
      record.promoted = true;
      pool.confirmed += record.places;
      left -= record.places;
    }
    pool.waiting = stillWaiting;
  }

  private pool(key: string, session: Session): Pool {
    let pool = this.pools.get(key);
    if (!pool) {
      pool = { capacity: session.capacity, alreadyTaken: 0, confirmed: 0, waiting: [] };
      this.pools.set(key, pool);
    }
    return pool;
  }
}
