// Benchmarks run in the installed Chromium (playwright-core drives it; nothing is downloaded) and print
// figures. Budgets live here, as figures to read, never as timed assertions in tests.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome, INSTALL_HINT } from './find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'hub-bench-'));
await build({
  entryPoints: ['src/bench/run.ts'],
  outfile: join(out, 'bench.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  conditions: ['production'],
  logLevel: 'warning',
});

const page = '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="/bench.js"></script></body></html>';
const server = createServer((request, response) => {
  if (request.url === '/bench.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(readFileSync(join(out, 'bench.js')));
  } else {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(page);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({ executablePath, headless: true, args: chromeArgs() });
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction(() => typeof window.__runBenchmarks === 'function');
  const results = await tab.evaluate(() => window.__runBenchmarks());
  console.log(`Benchmarks in ${await browser.version()} (milliseconds unless a row counts requests; lower is better)\n`);
  const rows = results.map((r) => [r.name, r.median.toFixed(2), r.p95.toFixed(2), String(r.runs), r.goal ?? '']);
  const header = ['benchmark', 'median', 'p95', 'runs', 'goal'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
} finally {
  await browser.close();
  server.close();
}

// The reference server: bookings per second and latency at concurrency 50, on PGlite and (when installed) PostgreSQL.
console.log('');
const serverBench = spawnSync(process.execPath, ['--import', 'tsx', 'server/bench.ts'], { stdio: 'inherit' });
process.exitCode = serverBench.status ?? 1;
