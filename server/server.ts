/**
 * Starting and stopping the reference server: open the database, migrate, seed, listen, sweep old data on a
 * timer, and close everything in order. `main.ts` calls this with the environment's configuration; tests
 * call it with their own.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { createLogger, describeError, type Logger } from './log.js';
import { applySeed, DEMO_SEED, EMPTY_SEED, type Seed } from './seed.js';
import { sweep, type SweepResult } from './store/retention.js';

export interface StartOptions {
  /** Instead of `config.seed`: tests bring their own data. */
  seed?: Seed;
  /** A database already migrated and seeded (tests); the server closes it when it closes. */
  database?: Database;
  now?: () => Date;
  logger?: Logger;
}

export interface RunningServer {
  /** `http://host:port`, without a trailing slash. */
  url: string;
  port: number;
  app: Hono;
  db: Database;
  /** Deletes (bookings: anonymises) what the retention settings say is too old, now. */
  sweep(): Promise<SweepResult>;
  close(): Promise<void>;
}

/** Opens, migrates and seeds the database a configuration points at. */
export async function prepareDatabase(config: ServerConfig, options: StartOptions = {}): Promise<Database> {
  const db = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
      : { kind: 'pglite', dataDir: config.pgliteDataDir },
  );
  try {
    await migrate(db);
    const seed = options.seed ?? (config.seed === 'demo' ? DEMO_SEED : EMPTY_SEED);
    await applySeed(db, seed, (options.now ?? (() => new Date()))());
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const db = options.database ?? (await prepareDatabase(config, options));
  const app = createApp({ db, config, logger, now });

  const server: ServerType = await new Promise((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  logger.info('listening', { host: config.host, port, engine: db.engine });

  const policy = { retentionDays: config.retentionDays, idempotencyTtlHours: config.idempotencyTtlHours };
  const runSweep = async () => {
    const result = await sweep(db, policy, now());
    logger.info('retention-sweep', {
      selfReferralsCount: result.selfReferrals,
      panelApplicationsCount: result.panelApplications,
      bookingsAnonymisedCount: result.bookings,
      idempotencyKeysCount: result.idempotencyKeys,
    });
    return result;
  };
  const sweepSafely = () => runSweep().catch((error) => logger.error('retention-sweep', describeError(error)));
  void sweepSafely();
  const timer = setInterval(sweepSafely, config.retentionSweepMinutes * 60_000);
  timer.unref();

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    port,
    app,
    db,
    sweep: runSweep,
    close() {
      closing ??= (async () => {
        clearInterval(timer);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; nothing is in flight by the time we get here.
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        await db.close();
      })();
      return closing;
    },
  };
}
