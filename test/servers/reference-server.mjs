// Web Test Runner plugin: the real reference server (server/), in this process, under /test-api/.
//
// Browser tests make real HTTP requests (same origin as the test page) to real server instances, each with
// its own in-memory PGlite database seeded with server/fixtures/test-seed.ts:
//
//   POST   /test-api/_new            {"rateLimitWrites": 0}  → 201 {"baseUrl": "/test-api/<id>"}
//   ANY    /test-api/<id>/<path>     the server's own API (docs/openapi.yaml)
//   POST   /test-api/<id>/_faults    [{"method":"POST","path":"/bookings","kind":"drop","times":1}, …]
//   GET    /test-api/<id>/_requests  every request the instance saw: [{method, path, idempotencyKey}]
//   DELETE /test-api/<id>            closes the instance
//
// Fault kinds, for the next matching requests (`times`, default 1):
//   status   answer `status` (default 503) with a problem+json body, or `body`/`contentType`, without reaching the server
//   network  break the answer off without reaching the server
//   drop     let the server handle the request (and commit), then break the answer off: it is lost
//
// A broken answer is a status line, headers and part of the body, then a closed connection. (A connection
// closed before any byte is not used: Chrome quietly re-sends a request whose reused keep-alive connection
// closes empty, which would hide what the adapter itself does.)
//   delay    wait `ms` milliseconds, then pass the request on
//
// The server's modules are TypeScript; they are loaded with tsx on the first /test-api/ request, so test
// runs that never use this plugin pay nothing for it.
import { randomUUID } from 'node:crypto';

const PREFIX = '/test-api/';
export const STAFF_TOKEN = 'browser-tests-staff-token-0123456789';

/** @type {Map<string, {app: any, db: any, faults: any[], requests: any[]}>} */
const instances = new Map();
let modules;
/** One migrated, seeded database; each instance gets a clone of it (quicker than building one). */
let template;

async function load() {
  if (!modules) {
    const { tsImport } = await import('tsx/esm/api');
    const from = import.meta.url;
    const [app, config, server, seed, log] = await Promise.all([
      tsImport('../../server/app.ts', from),
      tsImport('../../server/config.ts', from),
      tsImport('../../server/server.ts', from),
      tsImport('../../server/fixtures/test-seed.ts', from),
      tsImport('../../server/log.ts', from),
    ]);
    modules = { app, config, server, seed, log };
  }
  return modules;
}

async function createInstance(options) {
  const { app, config, server, seed, log } = await load();
  const serverConfig = {
    ...config.DEFAULT_CONFIG,
    pgliteDataDir: null,
    databaseUrl: null,
    corsOrigins: ['*'],
    staffToken: STAFF_TOKEN,
    rateLimitWrites: Number(options.rateLimitWrites ?? 0),
    rateLimitWindowSeconds: 60,
  };
  template ??= server.prepareDatabase(serverConfig, { seed: seed.testSeed });
  const db = await (await template).clone();
  const instance = {
    db,
    app: app.createApp({ db, config: serverConfig, logger: log.createLogger('silent') }),
    faults: [],
    requests: [],
  };
  const id = randomUUID();
  instances.set(id, instance);
  return id;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res, status, value, contentType = 'application/json') {
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(value === undefined ? '' : JSON.stringify(value));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function breakAnswer(req, res) {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
  res.write('{"reference":', () => req.socket.destroy());
}

function takeFault(instance, method, path) {
  const fault = instance.faults.find(
    (f) => (f.times ?? 1) > 0 && (!f.method || f.method === method) && (!f.path || path.split('?')[0] === f.path),
  );
  if (fault) fault.times = (fault.times ?? 1) - 1;
  return fault;
}

/** Passes a Node request to the instance's Hono app and writes its answer (unless told to lose it). */
async function forward(instance, req, res, path, body, { loseAnswer = false } = {}) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const request = new Request(`http://${req.headers.host ?? 'localhost'}${path}`, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
  });
  const response = await instance.app.fetch(request, { incoming: req, outgoing: res });
  const payload = Buffer.from(await response.arrayBuffer());
  if (loseAnswer) return breakAnswer(req, res);
  if (res.destroyed) return;
  const out = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  res.writeHead(response.status, out);
  res.end(payload);
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const rest = url.pathname.slice(PREFIX.length);
  if (rest === '_new' && req.method === 'POST') {
    const text = (await readBody(req)).toString('utf8');
    const id = await createInstance(text ? JSON.parse(text) : {});
    return sendJson(res, 201, { baseUrl: `${PREFIX}${id}` });
  }
  const slash = rest.indexOf('/');
  const id = slash === -1 ? rest : rest.slice(0, slash);
  const instance = instances.get(id);
  if (!instance) return sendJson(res, 404, { error: 'no such test server' });
  const path = (slash === -1 ? '/' : rest.slice(slash)) + url.search;

  if (slash === -1 && req.method === 'DELETE') {
    instances.delete(id);
    await instance.db.close();
    return sendJson(res, 204);
  }
  if (path === '/_faults' && req.method === 'POST') {
    instance.faults = JSON.parse((await readBody(req)).toString('utf8'));
    return sendJson(res, 204);
  }
  if (path === '/_requests' && req.method === 'GET') return sendJson(res, 200, instance.requests);

  const body = await readBody(req);
  instance.requests.push({ method: req.method, path, idempotencyKey: req.headers['idempotency-key'] ?? null });
  const fault = takeFault(instance, req.method, path);
  if (fault?.kind === 'network') return breakAnswer(req, res);
  if (fault?.kind === 'status') {
    const status = fault.status ?? 503;
    res.writeHead(status, { 'Content-Type': fault.contentType ?? 'application/problem+json' });
    return res.end(
      fault.body ?? JSON.stringify({ type: 'about:blank', title: 'Service unavailable', status, code: 'server-error' }),
    );
  }
  if (fault?.kind === 'delay') await sleep(fault.ms ?? 1000);
  await forward(instance, req, res, path, body, { loseAnswer: fault?.kind === 'drop' });
}

export default {
  name: 'reference-server',

  serverStart({ server }) {
    if (!server) return;
    // Koa's handler stays in charge of everything outside /test-api/.
    const original = server.listeners('request');
    server.removeAllListeners('request');
    server.on('request', (req, res) => {
      if (req.url?.startsWith(PREFIX)) {
        handle(req, res).catch((error) => {
          if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: String(error?.message ?? error) });
        });
        return;
      }
      for (const listener of original) listener.call(server, req, res);
    });
  },

  async serverStop() {
    const open = [...instances.values()].map((instance) => instance.db);
    instances.clear();
    if (template) open.push(await template.catch(() => null));
    template = undefined;
    await Promise.all(open.filter(Boolean).map((db) => db.close().catch(() => undefined)));
  },
};
