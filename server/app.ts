/**
 * The reference server's HTTP surface (docs/openapi.yaml) on Hono. Routes stay thin: they read and check
 * the request, call the store and shape the answer. Capacity, waiting lists and idempotency live in the
 * store, inside database transactions.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { routePath } from 'hono/route';
import type * as z from 'zod/mini';
import { ADAPTER_METHODS, SEARCH_FILTERS } from '../src/core/adapter.js';
import {
  BookingRequestSchema,
  CancelRequestSchema,
  PanelApplicationSchema,
  SelfReferralSchema,
  ServiceQuerySchema,
  SessionQuerySchema,
} from '../src/core/model.js';
import {
  HONEYPOT_FIELD,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  REPLAYED_HEADER,
  paramsToServiceQuery,
  paramsToSessionQuery,
  type CapabilitiesDocument,
} from '../src/adapters/http/protocol.js';
import type { ServerConfig } from './config.js';
import type { Database, Queryable } from './db/database.js';
import { describeError, type Logger } from './log.js';
import { HttpProblem, isPlainObject, parseStrict, problemResponse, toHttpProblem } from './problems.js';
import { createRateLimiter } from './rate-limit.js';
import { book, cancel, listSessions, staffSessionBookings } from './store/bookings.js';
import { getService, listCategories, lookupPostcode, searchServices } from './store/directory.js';
import { insertPanelApplication, insertSelfReferral } from './store/forms.js';
import { idempotentWrite, type WriteResult } from './store/idempotency.js';

export type AppConfig = Pick<
  ServerConfig,
  'corsOrigins' | 'bodyLimitBytes' | 'rateLimitWrites' | 'rateLimitWindowSeconds' | 'trustProxy' | 'staffToken'
>;

export interface AppDependencies {
  db: Database;
  config: AppConfig;
  logger: Logger;
  /** The clock (tests move it). */
  now?: () => Date;
}

/** The longest window a session listing may cover. */
const MAX_SESSION_WINDOW_DAYS = 400;

export function createApp({ db, config, logger, now = () => new Date() }: AppDependencies): Hono {
  const app = new Hono();
  const limiter = createRateLimiter(config.rateLimitWrites, config.rateLimitWindowSeconds * 1000);

  // ---- Cross-cutting: logging, headers, CORS, errors -------------------------------------------------

  app.use(async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    await next();
    c.header('X-Request-Id', requestId);
    c.header('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    logger.info('request', {
      method: c.req.method,
      route: routePath(c, -1),
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      requestId,
    });
  });

  const allowAny = config.corsOrigins.includes('*');
  app.use(
    cors({
      origin: (origin) => (allowAny ? '*' : config.corsOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', IDEMPOTENCY_HEADER],
      exposeHeaders: ['Retry-After', REPLAYED_HEADER, 'X-Request-Id'],
      maxAge: 600,
    }),
  );

  app.onError((error, c) => {
    const problem = toHttpProblem(error);
    if (problem) return problemResponse(problem);
    logger.error('unhandled', { method: c.req.method, route: routePath(c, -1), ...describeError(error) });
    return problemResponse(new HttpProblem(500, { code: 'server-error', title: 'Sorry, something went wrong on our side' }));
  });

  app.notFound(() => problemResponse(new HttpProblem(404, { code: 'not-found', title: 'There is nothing at this address' })));

  // ---- Reads -------------------------------------------------------------------------------------------

  app.get('/health', (c) => c.json({ status: 'ok', engine: db.engine }));

  app.get('/capabilities', (c) =>
    c.json({ methods: [...ADAPTER_METHODS], searchFilters: [...SEARCH_FILTERS] } satisfies CapabilitiesDocument),
  );

  app.get('/categories', async (c) => c.json(await listCategories(db)));

  app.get('/services', async (c) => {
    const query = parseQuery(ServiceQuerySchema, paramsToServiceQuery(new URL(c.req.url).searchParams));
    return c.json(await searchServices(db, query));
  });

  app.get('/services/:id', async (c) => c.json(await getService(db, c.req.param('id'))));

  app.get('/sessions', async (c) => {
    const query = parseQuery(SessionQuerySchema, paramsToSessionQuery(new URL(c.req.url).searchParams));
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (!(days > 0)) throw HttpProblem.validation(422, 'Some answers need correcting', { fields: [{ path: 'to', message: 'The end must be after the start' }] });
    if (days > MAX_SESSION_WINDOW_DAYS) {
      throw HttpProblem.validation(422, 'Some answers need correcting', {
        fields: [{ path: 'to', message: `Ask for at most ${MAX_SESSION_WINDOW_DAYS} days at a time` }],
      });
    }
    return c.json(await listSessions(db, query));
  });

  app.get('/postcodes/:postcode', async (c) => c.json(await lookupPostcode(db, c.req.param('postcode'))));

  // ---- Public writes: rate limit → size limit → key → JSON → honeypot → schema → one transaction --------

  const clientAddress = (c: Context): string => {
    if (config.trustProxy) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',').map((s) => s.trim()).filter(Boolean);
      if (forwarded?.length) return forwarded[forwarded.length - 1]!;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  const rateLimit: MiddlewareHandler = async (c, next) => {
    const { allowed, retryAfterSeconds } = limiter.take(clientAddress(c));
    if (!allowed) {
      logger.info('rate-limited', { route: c.req.routePath });
      throw new HttpProblem(
        429,
        { code: 'rate-limited', title: 'Too many requests: please wait a moment and try again' },
        { 'Retry-After': String(retryAfterSeconds) },
      );
    }
    await next();
  };

  const sizeLimit = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: () =>
      problemResponse(HttpProblem.validation(413, `The request is larger than ${config.bodyLimitBytes} bytes`, { reason: 'body-too-large' })),
  });

  const write = <S extends z.ZodMiniType>(operation: string, schema: S, perform: (tx: Queryable, request: z.output<S>, now: Date) => Promise<WriteResult>) =>
    async (c: Context) => {
      const key = c.req.header(IDEMPOTENCY_HEADER);
      if (!key || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
        throw HttpProblem.validation(400, 'Send an Idempotency-Key header with each write', {
          reason: key ? 'idempotency-key-invalid' : 'idempotency-key-missing',
          fields: [{ path: IDEMPOTENCY_HEADER, message: 'Give 8 to 200 visible characters, one key per submission' }],
        });
      }
      if (!/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
        throw HttpProblem.validation(415, 'Send the request as application/json', { reason: 'unsupported-media-type' });
      }
      const body = readJson(await c.req.text());
      const honeypot = body[HONEYPOT_FIELD];
      if (honeypot !== undefined && honeypot !== '' && honeypot !== null) {
        logger.info('honeypot', { route: c.req.routePath });
        throw HttpProblem.validation(400, 'This request could not be accepted', {
          reason: 'honeypot',
          fields: [{ path: HONEYPOT_FIELD, message: 'Leave this field empty' }],
        });
      }
      delete body[HONEYPOT_FIELD];
      const request = parseStrict(schema, body);
      const time = now();
      const outcome = await idempotentWrite(db, { key, operation, request, now: time }, (tx) => perform(tx, request, time));
      logger.info('write', { route: c.req.routePath, status: outcome.status, outcome: outcome.replayed ? 'replayed' : 'stored' });
      if (outcome.replayed) c.header(REPLAYED_HEADER, 'true');
      return outcome.status === 204 ? c.body(null, 204) : c.json(outcome.body, outcome.status as 200 | 201);
    };

  app.post(
    '/bookings',
    rateLimit,
    sizeLimit,
    write('book', BookingRequestSchema, async (tx, request, time) => ({ status: 201, body: await book(tx, request, time) })),
  );

  app.post(
    '/cancellations',
    rateLimit,
    sizeLimit,
    write('cancel', CancelRequestSchema, async (tx, request, time) => ({ status: 200, body: (await cancel(tx, request, time)).cancelled })),
  );

  app.post(
    '/self-referrals',
    rateLimit,
    sizeLimit,
    write('self-referral', SelfReferralSchema, async (tx, request, time) => ({ status: 201, body: await insertSelfReferral(tx, request, time) })),
  );

  app.post(
    '/panel-applications',
    rateLimit,
    sizeLimit,
    write('panel-application', PanelApplicationSchema, async (tx, request, time) => ({
      status: 201,
      body: await insertPanelApplication(tx, request, time),
    })),
  );

  // ---- Staff ---------------------------------------------------------------------------------------------

  const expected = config.staffToken ? digest(config.staffToken) : null;
  app.get('/staff/sessions/:id/bookings', async (c) => {
    if (!expected) throw new HttpProblem(404, { code: 'not-found', title: 'There is nothing at this address' });
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '');
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      logger.info('staff-refused', { route: c.req.routePath });
      throw new HttpProblem(401, { code: 'unauthorized', title: 'A valid staff token is needed' }, { 'WWW-Authenticate': 'Bearer' });
    }
    return c.json(await staffSessionBookings(db, c.req.param('id')));
  });

  return app;
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

function readJson(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw HttpProblem.validation(400, 'The request is not valid JSON', { reason: 'malformed-json' });
  }
  if (!isPlainObject(value)) throw HttpProblem.validation(400, 'Send a JSON object', { reason: 'not-an-object' });
  return value;
}

function parseQuery<S extends z.ZodMiniType>(schema: S, decoded: { query: Record<string, unknown>; unknown: string[] }): z.output<S> {
  if (decoded.unknown.length) {
    throw HttpProblem.validation(422, 'The search has parameters the service does not know', {
      reason: 'unknown-fields',
      fields: decoded.unknown.map((name) => ({ path: name, message: 'This parameter is not part of the request: remove it' })),
    });
  }
  return parseStrict(schema, decoded.query);
}
