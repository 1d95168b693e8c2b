// Runs every test suite and ends with one plain line, "N passed, N failed", counting every test that ran.
//   npm test                      all suites
//   npm test -- src/core          only browser test files under a path (and no Node suites)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';

if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const filters = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'hub-tests-'));
const totals = { passed: 0, failed: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readTotals(file) {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}

// 0. Type checks (library and, when present, the reference server): each counts as one test.
if (!filters.length) {
  const projects = ['tsconfig.json', 'server/tsconfig.json'].filter((file) => existsSync(file));
  for (const project of projects) {
    const status = run(`Type check (${project})`, 'npx', ['tsc', '--noEmit', '-p', project]);
    if (status === 0) totals.passed++;
    else totals.failed++;
  }
}

// 1. Browser tests (Web Test Runner in the installed Chromium).
const browserSummary = join(work, 'browser.json');
const browserFiles = filters.length ? filters.map((f) => (f.endsWith('.ts') ? f : `${f.replace(/\/$/, '')}/**/*.test.ts`)) : [];
const browserStatus = run('Browser tests (Chromium)', 'npx', ['web-test-runner'], {
  HUB_TEST_SUMMARY: browserSummary,
  ...(browserFiles.length ? { HUB_TEST_FILES: browserFiles.join(',') } : {}),
});
const browser = readTotals(browserSummary);
if (browser) {
  totals.passed += browser.passed;
  totals.failed += browser.failed + browser.fileErrors;
} else if (browserStatus !== 0) {
  totals.failed += 1;
}

// 2. Node tests (the reference server and build checks), when present.
const nodeDirs = ['server/test', 'test/node'].filter((dir) => existsSync(dir));
if (!filters.length && nodeDirs.length) {
  const files = nodeDirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.test\.(m?js|ts)$/.test(f)).map((f) => join(dir, f)));
  const nodeSummary = join(work, 'node.json');
  const status = run('Node tests', process.execPath, [
    '--import', 'tsx',
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs', `--test-reporter-destination=${nodeSummary}`,
    ...files,
  ]);
  const node = readTotals(nodeSummary);
  if (node) {
    totals.passed += node.passed;
    totals.failed += node.failed;
  } else if (status !== 0) {
    totals.failed += 1;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
