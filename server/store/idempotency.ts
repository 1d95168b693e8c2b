/**
 * Idempotent writes. The key is claimed with an INSERT in the same transaction as the write, and the answer
 * is stored before COMMIT, so:
 * - a retry after the first attempt committed gets the stored answer (and no second row);
 * - a retry that arrives while the first attempt is still running waits on the key's row (PostgreSQL
 *   blocks the second INSERT until the first transaction ends) and then gets the stored answer;
 * - a first attempt that failed (a conflict, a crash) rolled back its claim, so the retry does the work.
 * The same key with a different request or operation is refused: `conflict`, reason `idempotency-key-reused`.
 */
import { createHash } from 'node:crypto';
import { stableStringify } from '../../src/adapters/memory/references.js';
import { AdapterError } from '../../src/core/errors.js';
import type { Database, Queryable } from '../db/database.js';

export interface WriteResult {
  status: number;
  /** What the client receives; never personal data (it is stored with the key). */
  body: unknown;
}

export interface IdempotentOutcome extends WriteResult {
  replayed: boolean;
}

export function requestHash(operation: string, request: unknown): string {
  return createHash('sha256').update(`${operation}\n${stableStringify(request)}`).digest('hex');
}

export async function idempotentWrite(
  db: Database,
  write: { key: string; operation: string; request: unknown; now: Date },
  perform: (tx: Queryable) => Promise<WriteResult>,
): Promise<IdempotentOutcome> {
  const hash = requestHash(write.operation, write.request);
  return db.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (key, operation, request_hash, created_at) VALUES ($1, $2, $3, $4::timestamptz)
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [write.key, write.operation, hash, write.now.toISOString()],
    );
    if (!claimed.length) {
      const [stored] = await tx.query<{ operation: string; request_hash: string; status: number; response: unknown }>(
        'SELECT operation, request_hash, status, response FROM idempotency_keys WHERE key = $1',
        [write.key],
      );
      if (!stored || stored.operation !== write.operation || stored.request_hash !== hash) {
        throw new AdapterError('conflict', 'This idempotency key was already used for a different request', {
          reason: 'idempotency-key-reused',
        });
      }
      return { status: Number(stored.status), body: stored.response, replayed: true };
    }
    const result = await perform(tx);
    await tx.query('UPDATE idempotency_keys SET status = $2, response = $3::jsonb WHERE key = $1', [
      write.key,
      result.status,
      JSON.stringify(result.body ?? null),
    ]);
    return { ...result, replayed: false };
  });
}
