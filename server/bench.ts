/**
 * Booking throughput of the reference server over loopback HTTP:
 *
 *   node --import tsx server/bench.ts                    PGlite in a temp folder (the default set-up)
 *   DATABASE_URL=postgres://… node --import tsx server/bench.ts
 *   BENCH_BOOKINGS=5000 BENCH_CONCURRENCY=50 …           (defaults 2000 and 50)
 *
 * Each booking is a full write: rate limit, size limit, idempotency key, validation, one transaction with
 * the session row locked. Prints bookings per second and the 50th and 95th percentile latency.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG, loadConfig } from './config.js';
import { testSeed } from './fixtures/test-seed.js';
import { createLogger } from './log.js';
import type { Seed } from './seed.js';
import { startServer } from './server.js';

const total = Number(process.env.BENCH_BOOKINGS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
const databaseUrl = loadConfig({ DATABASE_URL: process.env.DATABASE_URL }).databaseUrl;

const SESSION = 'bench-session';
const seed: Seed = {
  ...testSeed,
  sessions: (now) => [
    ...testSeed.sessions(now),
    { ...testSeed.sessions(now).find((s) => s.id === 'roomy')!, id: SESSION, capacity: total, placesLeft: total },
  ],
};

const dataDir = databaseUrl ? null : mkdtempSync(join(tmpdir(), 'hub-bench-'));
const server = await startServer(
  {
    ...DEFAULT_CONFIG,
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    pgliteDataDir: dataDir ? join(dataDir, 'pglite') : null,
    rateLimitWrites: 0,
    logLevel: 'silent',
  },
  { seed, logger: createLogger('silent') },
);

const body = JSON.stringify({
  sessionId: SESSION,
  adults: 1,
  children: [],
  contact: { name: 'Bench Mark', email: 'bench@example.com' },
  privacyNoticeVersion: 'bench',
});

async function bookOnce(): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body,
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`A booking was answered ${response.status}`);
  return performance.now() - started;
}

try {
  for (let i = 0; i < 20; i++) await bookOnce(); // warm up connections and the JIT
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total - 20) {
        next++;
        latencies.push(await bookOnce());
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  const engine = databaseUrl ? 'PostgreSQL server' : 'PGlite on disk';
  console.log(
    `Reference server (${engine}): ${latencies.length} bookings at concurrency ${concurrency}: ` +
      `${Math.round(latencies.length / seconds)} bookings/s, p50 ${percentile(50).toFixed(1)} ms, p95 ${percentile(95).toFixed(1)} ms`,
  );
} finally {
  await server.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
