/**
 * Configuration from environment variables (documented in docs/server.md). Anything wrong stops the
 * server at start with a message naming the variable.
 */
import { z } from 'zod';

export interface ServerConfig {
  port: number;
  host: string;
  /** A PostgreSQL server (`postgres://…`), or null for embedded PGlite. */
  databaseUrl: string | null;
  databasePoolSize: number;
  /** PGlite's data folder, or null to keep the database in memory (lost on exit). */
  pgliteDataDir: string | null;
  seed: 'demo' | 'none';
  /** Origins allowed to call the API from a browser; `*` allows any. */
  corsOrigins: string[];
  bodyLimitBytes: number;
  /** Public writes per client address per window; 0 turns the limit off. */
  rateLimitWrites: number;
  rateLimitWindowSeconds: number;
  /** Take the client address from the last `X-Forwarded-For` entry (behind exactly one proxy you run). */
  trustProxy: boolean;
  /** Bearer token for the staff endpoint; null turns the endpoint off. */
  staffToken: string | null;
  retentionDays: number | null;
  retentionSweepMinutes: number;
  idempotencyTtlHours: number;
  logLevel: 'info' | 'error' | 'silent';
}

export const DEFAULT_CONFIG: ServerConfig = {
  port: 8787,
  host: '127.0.0.1',
  databaseUrl: null,
  databasePoolSize: 10,
  pgliteDataDir: '.data/pglite',
  seed: 'demo',
  corsOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
  bodyLimitBytes: 32 * 1024,
  rateLimitWrites: 30,
  rateLimitWindowSeconds: 60,
  trustProxy: false,
  staffToken: null,
  retentionDays: 365,
  retentionSweepMinutes: 60,
  idempotencyTtlHours: 48,
  logLevel: 'info',
};

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const list = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
const origin = z.string().refine((v) => v === '*' || /^https?:\/\/[^/\s]+$/.test(v), 'an origin like https://www.example.gov.uk (no path)');

const EnvSchema = z.object({
  PORT: int(0, 65535).optional(),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL').optional(),
  DATABASE_POOL_SIZE: int(1, 200).optional(),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  SEED: z.enum(['demo', 'none']).optional(),
  CORS_ORIGINS: list.pipe(z.array(origin)).optional(),
  BODY_LIMIT_BYTES: int(1024, 1024 * 1024).optional(),
  RATE_LIMIT_WRITES: int(0, 100_000).optional(),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400).optional(),
  TRUST_PROXY: flag.optional(),
  STAFF_TOKEN: z.string().min(24, 'at least 24 characters').optional(),
  RETENTION_DAYS: int(0, 36_500).optional(),
  RETENTION_SWEEP_MINUTES: int(1, 10_080).optional(),
  IDEMPOTENCY_TTL_HOURS: int(1, 8_760).optional(),
  LOG_LEVEL: z.enum(['info', 'error', 'silent']).optional(),
});

export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  // Empty variables count as unset, as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Server configuration is not valid: ${problems}`);
  }
  const e = result.data;
  const d = DEFAULT_CONFIG;
  return {
    port: e.PORT ?? d.port,
    host: e.HOST ?? d.host,
    databaseUrl: e.DATABASE_URL ?? null,
    databasePoolSize: e.DATABASE_POOL_SIZE ?? d.databasePoolSize,
    pgliteDataDir: e.PGLITE_DATA_DIR === 'memory' ? null : (e.PGLITE_DATA_DIR ?? d.pgliteDataDir),
    seed: e.SEED ?? d.seed,
    corsOrigins: e.CORS_ORIGINS ?? d.corsOrigins,
    bodyLimitBytes: e.BODY_LIMIT_BYTES ?? d.bodyLimitBytes,
    rateLimitWrites: e.RATE_LIMIT_WRITES ?? d.rateLimitWrites,
    rateLimitWindowSeconds: e.RATE_LIMIT_WINDOW_SECONDS ?? d.rateLimitWindowSeconds,
    trustProxy: e.TRUST_PROXY ?? d.trustProxy,
    staffToken: e.STAFF_TOKEN ?? null,
    retentionDays: e.RETENTION_DAYS === 0 ? null : (e.RETENTION_DAYS ?? d.retentionDays),
    retentionSweepMinutes: e.RETENTION_SWEEP_MINUTES ?? d.retentionSweepMinutes,
    idempotencyTtlHours: e.IDEMPOTENCY_TTL_HOURS ?? d.idempotencyTtlHours,
    logLevel: e.LOG_LEVEL ?? d.logLevel,
  };
}
