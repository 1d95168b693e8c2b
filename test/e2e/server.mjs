// A small static server for the end-to-end tests: the freshly built CDN files, the test pages and the demo
// pages, on a free port of 127.0.0.1. Nothing here is fetched from the internet.
//
//   /cdn/…          the build under test (hub-widgets.js, hub-demo.js, one file per tag, presets/)
//   /cdn-other/…    a second build with another version number, for the coexistence page
//   /pages/…        test/e2e/pages, sent with a strict Content-Security-Policy header (plus Trusted Types
//                   with ?trusted-types)
//   /demo/…         demo/, with /src/cdn.ts, /src/demo.ts and /src/i18n/lang-*.ts answered by the built files
//   /test-feeds/…   the fake Open Referral feeds and postcodes.io of test/servers/open-referral.mjs
//   /cdn-flaky/…    the build under test, but the first download of hub-adapter-open-referral.js fails (503)
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import openReferralFeeds from '../servers/open-referral.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const pagesDir = join(root, 'test/e2e/pages');

/** What a council with a strict policy sends: no inline scripts or styles, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
/** Added to the policy for `?trusted-types`: DOM sinks take only Trusted Types, and Lit's policy is allowed. */
export const TRUSTED_TYPES_CSP = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A file under `base`, or null when the path escapes it or nothing is there. */
function fileUnder(base, relative) {
  const path = normalize(join(base, decodeURIComponent(relative)));
  if (path !== base && !path.startsWith(base.endsWith(sep) ? base : base + sep)) return null;
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (stat.isDirectory()) return fileUnder(path, 'index.html');
  return path;
}

/**
 * Starts the server. `cdn` is the build under test; `otherCdn` an optional second build. `csp` (default the
 * strict policy) is sent with every test page.
 */
export async function startServer({ cdn, otherCdn, csp = STRICT_CSP }) {
  const mounts = [
    ['/cdn/', resolve(cdn)],
    ...(otherCdn ? [['/cdn-other/', resolve(otherCdn)]] : []),
    ['/cdn-flaky/', resolve(cdn)],
    ['/pages/', pagesDir],
    ['/demo/', join(root, 'demo')],
  ];
  const requests = [];
  let flakyReaderFailed = false;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/cdn-flaky/hub-adapter-open-referral.js' && !flakyReaderFailed) {
      flakyReaderFailed = true;
      res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('Busy');
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    // The fake feeds are a Web Test Runner plugin; its serve() and transform() work on this small context.
    const feedContext = { path: url.pathname, querystring: url.search.slice(1), state: {} };
    const feed = await openReferralFeeds.serve(feedContext);
    if (feed) {
      openReferralFeeds.transform(feedContext);
      res.writeHead(feedContext.status ?? 200, { 'content-type': feed.type, ...feed.headers }).end(feed.body);
      return;
    }
    let path = null;
    // The demo pages load the TypeScript entries through Vite; here they get the built files instead.
    if (url.pathname === '/src/cdn.ts') path = join(resolve(cdn), 'hub-widgets.js');
    else if (url.pathname === '/src/demo.ts') path = join(resolve(cdn), 'hub-demo.js');
    else if (/^\/src\/i18n\/lang-[a-z-]+\.ts$/.test(url.pathname)) path = join(resolve(cdn), `hub-${url.pathname.split('/').pop().replace(/\.ts$/, '.js')}`);
    else {
      for (const [prefix, base] of mounts) {
        if (url.pathname.startsWith(prefix)) {
          path = fileUnder(base, url.pathname.slice(prefix.length) || 'index.html');
          break;
        }
      }
    }
    if (!path) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (url.pathname.startsWith('/pages/') && type.startsWith('text/html')) {
      headers['content-security-policy'] = url.searchParams.has('trusted-types') ? `${csp}; ${TRUSTED_TYPES_CSP}` : csp;
    }
    let body = readFileSync(path);
    if (extname(path) === '.ts') {
      // The playground's small TypeScript helpers, as the browser needs them.
      body = (await transform(body.toString('utf8'), { loader: 'ts', format: 'esm', target: 'es2021' })).code;
    }
    res.writeHead(200, headers).end(body);
  });

  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
