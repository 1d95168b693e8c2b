/**
 * Retention: self-referrals and panel applications older than the retention period are deleted, and so are
 * idempotency keys past their time to live (after which a retry is treated as a new request).
 */
import type { Database } from '../db/database.js';

export interface RetentionPolicy {
  /** Days to keep self-referrals and panel applications; null keeps them. */
  retentionDays: number | null;
  idempotencyTtlHours: number;
}

export interface SweepResult {
  selfReferrals: number;
  panelApplications: number;
  idempotencyKeys: number;
}

const DAY_MS = 86_400_000;

export async function sweep(db: Database, policy: RetentionPolicy, now: Date): Promise<SweepResult> {
  return db.transaction(async (tx) => {
    const count = async (sql: string, cutoff: Date) => (await tx.query(sql, [cutoff.toISOString()])).length;
    let selfReferrals = 0;
    let panelApplications = 0;
    if (policy.retentionDays !== null) {
      const cutoff = new Date(now.getTime() - policy.retentionDays * DAY_MS);
      selfReferrals = await count('DELETE FROM self_referrals WHERE created_at < $1::timestamptz RETURNING reference', cutoff);
      panelApplications = await count('DELETE FROM panel_applications WHERE created_at < $1::timestamptz RETURNING reference', cutoff);
    }
    const keyCutoff = new Date(now.getTime() - policy.idempotencyTtlHours * 3_600_000);
    const idempotencyKeys = await count('DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz RETURNING key', keyCutoff);
    return { selfReferrals, panelApplications, idempotencyKeys };
  });
}
