/**
 * The real entry point (`server/main.ts`) as a child process on a PGlite data folder: everything written
 * before a restart is there after it, migrations run once, and bad configuration stops the start.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Session } from '../../src/core/model.js';
import { readMigrations } from '../db/migrate.js';
import { adultBooking, panelApplication, selfReferral } from '../fixtures/test-seed.js';
import { STAFF_TOKEN } from './helpers.js';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hub-restart-'));
const dataDir = join(dir, 'pglite');
after(() => rmSync(dir, { recursive: true, force: true }));

interface Child {
  process: ChildProcess;
  url: string;
  stderr: string[];
}

function start(env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_WRITES: '0', STAFF_TOKEN, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk) => stderr.push(String(chunk)));
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk) => {
      buffered += String(chunk);
      for (const line of buffered.split('\n').slice(0, -1)) {
        const entry = JSON.parse(line) as { event: string; port?: number };
        if (entry.event === 'listening') resolve({ process: child, url: `http://127.0.0.1:${entry.port}`, stderr });
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr.join('')}`)));
  });
}

function stop(child: Child): Promise<number | null> {
  return new Promise((resolve) => {
    child.process.removeAllListeners('exit');
    child.process.once('exit', (code) => resolve(code));
    child.process.kill('SIGTERM');
  });
}

const post = (url: string, body: unknown, key: string) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body) });

describe('restarting the server on a PGlite data folder', () => {
  const referralKey = crypto.randomUUID();
  let session: Session;
  let booking: { reference: string; session: Session };
  let referral: { reference: string };

  it('takes a booking, a self-referral and a panel application, then stops cleanly', async () => {
    const server = await start({ PGLITE_DATA_DIR: dataDir });
    try {
      const now = Date.now();
      const sessions = (await (
        await fetch(`${server.url}/sessions?from=${new Date(now + 3_600_000).toISOString()}&to=${new Date(now + 40 * 86_400_000).toISOString()}`)
      ).json()) as Session[];
      session = sessions.find(
        (s) => s.mode === 'bookable' && (s.placesLeft ?? 1) > 0 && !s.course && s.rules.adultsOnly && (!s.bookingOpensAt || Date.parse(s.bookingOpensAt) < now),
      )!;
      assert.ok(session, 'the demo has a bookable session for adults');
      const booked = await post(`${server.url}/bookings`, adultBooking(session.id), crypto.randomUUID());
      assert.equal(booked.status, 201, await booked.clone().text());
      booking = (await booked.json()) as typeof booking;
      const referred = await post(`${server.url}/self-referrals`, selfReferral(), referralKey);
      assert.equal(referred.status, 201);
      referral = (await referred.json()) as typeof referral;
      assert.equal((await post(`${server.url}/panel-applications`, panelApplication(), crypto.randomUUID())).status, 201);
    } finally {
      assert.equal(await stop(server), 0);
    }
  });

  it('still has them after a restart', async () => {
    const server = await start({ PGLITE_DATA_DIR: dataDir });
    try {
      const staff = await fetch(`${server.url}/staff/sessions/${encodeURIComponent(session.id)}/bookings`, {
        headers: { Authorization: `Bearer ${STAFF_TOKEN}` },
      });
      const body = (await staff.json()) as { session: Session; bookings: { reference: string; status: string; name: string }[] };
      assert.deepEqual(body.bookings.map((b) => [b.reference, b.status, b.name]), [[booking.reference, 'confirmed', 'Sam Carter']]);
      assert.equal(body.session.placesLeft, booking.session.placesLeft);
      const replay = await post(`${server.url}/self-referrals`, selfReferral(), referralKey);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(((await replay.json()) as { reference: string }).reference, referral.reference);
    } finally {
      assert.equal(await stop(server), 0);
    }
  });

  it('applied its migrations once and stored each record once', async () => {
    const db = new PGlite(dataDir);
    try {
      const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
      assert.deepEqual(
        [await count('schema_migrations'), await count('bookings'), await count('self_referrals'), await count('panel_applications')],
        [readMigrations().length, 1, 1, 1],
      );
    } finally {
      await db.close();
    }
  });

  it('refuses a second server on the same data folder while the first runs', async () => {
    const first = await start({ PGLITE_DATA_DIR: dataDir });
    try {
      await assert.rejects(start({ PGLITE_DATA_DIR: dataDir }), /Another process \(\d+\) is using the PGlite folder/);
    } finally {
      assert.equal(await stop(first), 0);
    }
  });

  it('refuses to start with configuration that is not valid, naming the variable', async () => {
    await assert.rejects(start({ PGLITE_DATA_DIR: 'memory', CORS_ORIGINS: 'https://ok.example.gov.uk,not an origin' }), /CORS_ORIGINS/);
    await assert.rejects(start({ PGLITE_DATA_DIR: 'memory', STAFF_TOKEN: 'short' }), /STAFF_TOKEN/);
  });
});
