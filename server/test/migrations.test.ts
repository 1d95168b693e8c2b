// Migrations run once each, in order, all or nothing; seeding twice adds nothing twice.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase } from '../db/database.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from '../db/migrate.js';
import { testSeed } from '../fixtures/test-seed.js';
import { applySeed } from '../seed.js';

const dir = mkdtempSync(join(tmpdir(), 'hub-migrations-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const versions = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version));

describe('migrations', () => {
  it('applies each file once and records it', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      const all = readMigrations().map((m) => m.version);
      assert.deepEqual(all.slice(0, 2), [1, 2]);
      assert.deepEqual(await migrate(db), all);
      assert.deepEqual(await migrate(db), []);
      assert.deepEqual(await versions(db), all);
    } finally {
      await db.close();
    }
  });

  it('applies only the new files, in number order, and a failing file leaves no trace', async () => {
    copyFileSync(join(MIGRATIONS_DIR, '001_initial.sql'), join(dir, '001_initial.sql'));
    const db = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      assert.deepEqual(await migrate(db, readMigrations(dir)), [1]);
      writeFileSync(join(dir, '010_later.sql'), 'CREATE TABLE later (id integer);');
      writeFileSync(join(dir, '002_notes.sql'), 'CREATE TABLE notes (id integer);\nALTER TABLE notes ADD COLUMN body text;');
      assert.deepEqual(await migrate(db, readMigrations(dir)), [2, 10]);
      writeFileSync(join(dir, '011_broken.sql'), 'CREATE TABLE half (id integer);\nTHIS IS NOT SQL;');
      await assert.rejects(migrate(db, readMigrations(dir)));
      assert.deepEqual(await versions(db), [1, 2, 10]);
      assert.equal((await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half'")).length, 0);
    } finally {
      await db.close();
    }
  });

  it('refuses two files with the same number', () => {
    writeFileSync(join(dir, '002_again.sql'), 'SELECT 1;');
    assert.throws(() => readMigrations(dir), /share a number/);
  });

  it('seeding again updates the directory and adds only new sessions', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      await migrate(db);
      const now = new Date();
      const first = await applySeed(db, testSeed, now);
      assert.deepEqual(first, { categories: 4, services: 6, sessionsAdded: testSeed.sessions(now).length, postcodes: 3 });
      const again = await applySeed(db, testSeed, now);
      assert.equal(again.sessionsAdded, 0);
      const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM services');
      assert.equal(row!.n, 6);
    } finally {
      await db.close();
    }
  });
});
