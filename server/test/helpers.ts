/**
 * Test helpers: a reference server on a random port over PGlite (in memory or in a temp folder) or over a
 * throwaway PostgreSQL cluster, and small HTTP helpers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import { DEFAULT_CONFIG, type ServerConfig } from '../config.js';
import { testSeed } from '../fixtures/test-seed.js';
import { createLogger } from '../log.js';
import type { Seed } from '../seed.js';
import { prepareDatabase, startServer, type RunningServer } from '../server.js';
import type { Database } from '../db/database.js';
import type { AdapterUnderTest } from './behaviour-suite.js';

export const STAFF_TOKEN = 'staff-token-for-tests-0123456789';
export const ALLOWED_ORIGIN = 'https://council.example.gov.uk';

export interface Backend {
  name: string;
  /** A fresh, empty database for one server: a config fragment. */
  database(): Promise<Pick<ServerConfig, 'databaseUrl' | 'pgliteDataDir'>>;
  /** A fresh copy of a database already migrated and seeded with the test seed at `now`, when quicker. */
  seeded?(): Promise<{ db: Database; now: Date }>;
}

let template: Promise<{ db: Database; now: Date }> | undefined;

/** In-memory PGlite; servers on the test seed get a clone of one seeded template (0.5 s instead of 2.5 s). */
export const pgliteBackend: Backend = {
  name: 'PGlite',
  database: async () => ({ databaseUrl: null, pgliteDataDir: null }),
  async seeded() {
    template ??= (async () => {
      const now = new Date();
      const db = await prepareDatabase({ ...DEFAULT_CONFIG, databaseUrl: null, pgliteDataDir: null }, { seed: testSeed, now: () => now });
      return { db, now };
    })();
    const { db, now } = await template;
    return { db: await db.clone!(), now };
  },
};

export interface TestServer extends RunningServer {
  /** Every log line the server wrote. */
  logs: string[];
  /** The test clock: `clock.now` is what the server thinks the time is. */
  clock: { now: Date };
  fetch(path: string, init?: RequestInit): Promise<Response>;
  count(table: 'bookings' | 'self_referrals' | 'panel_applications' | 'idempotency_keys'): Promise<number>;
}

export async function startTestServer(
  backend: Backend,
  overrides: Partial<ServerConfig> = {},
  options: { seed?: Seed; now?: Date } = {},
): Promise<TestServer> {
  const logs: string[] = [];
  const prepared = !options.seed && !options.now && backend.seeded ? await backend.seeded() : undefined;
  const clock = { now: prepared?.now ?? options.now ?? new Date() };
  const config: ServerConfig = {
    ...DEFAULT_CONFIG,
    port: 0,
    host: '127.0.0.1',
    corsOrigins: [ALLOWED_ORIGIN],
    rateLimitWrites: 0,
    staffToken: STAFF_TOKEN,
    logLevel: 'info',
    ...(await backend.database()),
    ...overrides,
  };
  const server = await startServer(config, {
    database: prepared?.db,
    seed: options.seed ?? testSeed,
    now: () => clock.now,
    logger: createLogger('info', (line) => logs.push(line)),
  });
  return {
    ...server,
    logs,
    clock,
    fetch: (path, init) => fetch(`${server.url}${path}`, init),
    async count(table) {
      const [row] = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      return Number(row?.n ?? 0);
    },
  };
}

export function postJson(server: TestServer, path: string, body: unknown, key: string | null = crypto.randomUUID(), headers: Record<string, string> = {}) {
  return server.fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function staffGet(server: TestServer, sessionId: string, token = STAFF_TOKEN) {
  return server.fetch(`/staff/sessions/${encodeURIComponent(sessionId)}/bookings`, { headers: { Authorization: `Bearer ${token}` } });
}

/** HttpAdapter over real HTTP to a reference server on `backend`, for the behaviour suite. */
export async function httpAdapterUnderTest(backend: Backend): Promise<AdapterUnderTest> {
  const server = await startTestServer(backend);
  return {
    adapter: new HttpAdapter({ baseUrl: server.url, retryDelayMs: 10 }),
    now: server.clock.now,
    async bookingStatus(reference, sessionId) {
      const body = (await (await staffGet(server, sessionId)).json()) as { bookings: { reference: string; status: string }[] };
      return body.bookings.find((b) => b.reference === reference)?.status;
    },
    close: () => server.close(),
  };
}

// ---------------------------------------------------------------------------------------------------
// A throwaway PostgreSQL cluster (Debian's `postgresql` package), when its binaries are installed.

export function findPostgresBin(): string | null {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0]!, 'bin') : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface PostgresCluster {
  /** A new, empty database in the cluster for each call. */
  backend: Backend;
  stop(): void;
}

/**
 * initdb + pg_ctl in a temp folder on a free port. PostgreSQL refuses to run as root, so as root the
 * cluster runs as the `postgres` user (`runuser`), which owns the temp folder.
 */
export async function startPostgresCluster(bin: string): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-pg-'));
  const asRoot = userInfo().uid === 0;
  const run = (command: string, args: string[]) => {
    const [file, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    const result = spawnSync(file, fullArgs, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout || result.error}`);
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'hub', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
  run('pg_ctl', [
    '-D', data, '-l', join(dir, 'log'), '-w', '-t', '30',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300`,
    'start',
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', stop);
  const admin = `postgres://hub@127.0.0.1:${port}/postgres`;
  let counter = 0;
  return {
    stop,
    backend: {
      name: 'PostgreSQL server',
      async database() {
        const name = `hub_test_${process.pid}_${++counter}`;
        const client = new pg.Client({ connectionString: admin });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE ${name}`);
        } finally {
          await client.end();
        }
        return { databaseUrl: `postgres://hub@127.0.0.1:${port}/${name}`, pgliteDataDir: null };
      },
    },
  };
}
