/**
 * One small query interface over two PostgreSQL engines: embedded PGlite (the default, in-process, on disk
 * or in memory) and a PostgreSQL server through a `pg` pool (when `DATABASE_URL` is set). Everything above
 * this file writes plain PostgreSQL with `$1` parameters and never knows which engine runs it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  /** One statement with `$n` parameters; returns its rows. Cast counts to `::int` (pg returns int8 as text). */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back when it throws.
   * On a PostgreSQL server a deadlock or serialisation failure is retried up to twice, so `work` must only
   * touch the database.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** In-memory PGlite only: an independent copy, much quicker than migrating and seeding again (tests). */
  clone?(): Promise<Database>;
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir: string | null };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgres' ? openPostgres(target.url, target.poolSize ?? 10) : openPglite(target.dataDir);
}

// ---------------------------------------------------------------------------------------------------
// PGlite: one connection, so its transactions already run one at a time (it holds a mutex for each).

async function openPglite(dataDir: string | null): Promise<Database> {
  if (!dataDir) {
    const db = new PGlite();
    await db.waitReady;
    return pgliteDatabase(db, true);
  }
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const db = new PGlite(dataDir);
    await db.waitReady;
    const database = pgliteDatabase(db, false);
    return { ...database, close: () => database.close().finally(unlock) };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * One process per PGlite folder: two would each think they alone hold the database, and neither capacity
 * nor idempotency could be guaranteed (nor the files kept whole). A lock file beside the folder holds the
 * owner's process id; a lock left by a process that no longer runs is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const folder = resolve(dataDir);
  const lockFile = join(dirname(folder), `${basename(folder)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new Error(`Another process (${owner}) is using the PGlite folder ${folder}; stop it first, or use another PGLITE_DATA_DIR`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the PGlite folder ${folder}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function pgliteDatabase(db: PGlite, inMemory: boolean): Database {
  const wrap = (target: PGlite | Transaction): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await target.query<Row>(sql, params)).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    engine: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    ...(inMemory ? { clone: async () => pgliteDatabase((await db.clone()) as PGlite, true) } : {}),
    close: () => db.close(),
  };
}

// ---------------------------------------------------------------------------------------------------
// PostgreSQL server: a pool; each transaction holds one client from BEGIN to COMMIT.

/** deadlock_detected, serialization_failure */
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);
const MAX_TRANSACTION_ATTEMPTS = 3;

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const client = await pool.connect(); // fail fast with a clear error when the server is unreachable
  client.release();
  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await target.query(sql, params)).rows as Row[];
    },
    async exec(sql: string) {
      await target.query(sql); // no parameters: the simple protocol, which runs several statements
    },
  });
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        const connection = await pool.connect();
        try {
          await connection.query('BEGIN');
          const result = await work(wrap(connection));
          await connection.query('COMMIT');
          return result;
        } catch (error) {
          await connection.query('ROLLBACK').catch(() => undefined);
          const state = (error as { code?: unknown }).code;
          if (attempt < MAX_TRANSACTION_ATTEMPTS && typeof state === 'string' && RETRYABLE_SQLSTATES.has(state)) continue;
          throw error;
        } finally {
          connection.release();
        }
      }
    },
    close: () => pool.end(),
  };
}
