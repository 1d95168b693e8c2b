/**
 * Retention: self-referrals and panel applications older than the retention period are deleted; bookings
 * are anonymised once every session sharing their places ended more than the retention period ago; and
 * idempotency keys past their time to live are deleted (after which a retry is treated as a new request).
 *
 * Bookings are anonymised rather than deleted: the row keeps its status and places, so the places taken at
 * every session (past or future) stay exactly as they were, and the hub keeps its attendance figures.
 * Who booked (name, email, phone, access needs) is cleared; the reminder choice is reset.
 */
import type { Database } from '../db/database.js';

export interface RetentionPolicy {
  /**
   * Days to keep self-referrals and panel applications, and contact details of bookings after their
   * sessions end; null keeps them.
   */
  retentionDays: number | null;
  idempotencyTtlHours: number;
}

export interface SweepResult {
  selfReferrals: number;
  panelApplications: number;
  /** Bookings anonymised by this sweep. */
  bookings: number;
  idempotencyKeys: number;
}

/**
 * A booking whose places are shared only with sessions that ended before the cutoff ($1). A course booked
 * as a whole keeps its contact details until its last session has ended that long ago.
 */
const PAST_RETENTION = `b.anonymised_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM sessions g WHERE g.capacity_group = b.capacity_group AND g.end_at >= $1::timestamptz)`;

const DAY_MS = 86_400_000;

export async function sweep(db: Database, policy: RetentionPolicy, now: Date): Promise<SweepResult> {
  return db.transaction(async (tx) => {
    const count = async (sql: string, cutoff: Date) => (await tx.query(sql, [cutoff.toISOString()])).length;
    let selfReferrals = 0;
    let panelApplications = 0;
    let bookings = 0;
    if (policy.retentionDays !== null) {
      const cutoff = new Date(now.getTime() - policy.retentionDays * DAY_MS);
      selfReferrals = await count('DELETE FROM self_referrals WHERE created_at < $1::timestamptz RETURNING reference', cutoff);
      panelApplications = await count('DELETE FROM panel_applications WHERE created_at < $1::timestamptz RETURNING reference', cutoff);
      // Sessions first, in id order, then bookings: the lock order of booking and cancelling, so the sweep
      // never waits on them in a circle.
      await tx.query(
        `SELECT s.id FROM sessions s WHERE s.capacity_group IN (SELECT b.capacity_group FROM bookings b WHERE ${PAST_RETENTION})
         ORDER BY s.id FOR UPDATE`,
        [cutoff.toISOString()],
      );
      const anonymised = await tx.query(
        `UPDATE bookings b SET name = NULL, email = NULL, phone = NULL, needs = NULL, reminder = 'none', anonymised_at = $2::timestamptz
         WHERE ${PAST_RETENTION} RETURNING b.reference`,
        [cutoff.toISOString(), now.toISOString()],
      );
      bookings = anonymised.length;
    }
    const keyCutoff = new Date(now.getTime() - policy.idempotencyTtlHours * 3_600_000);
    const idempotencyKeys = await count('DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz RETURNING key', keyCutoff);
    return { selfReferrals, panelApplications, bookings, idempotencyKeys };
  });
}
