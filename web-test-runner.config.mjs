import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromeArgs, findChrome, INSTALL_HINT } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

/** Counts every test that ran, for the plain "N passed, N failed" line that scripts/test.mjs prints. */
function countingReporter() {
  const count = (suite, totals) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites) count(child, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
      }
      if (process.env.HUB_TEST_SUMMARY) writeFileSync(process.env.HUB_TEST_SUMMARY, JSON.stringify(totals));
    },
  };
}

const group = process.env.HUB_TEST_FILES;
const FOREGROUND_ARGS = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

// Local test servers (real HTTP for adapter tests): every test/servers/*.mjs default-exports a WTR plugin.
const serverDir = new URL('./test/servers/', import.meta.url);
const serverPlugins = await Promise.all(
  readdirSync(serverDir)
    .filter((file) => file.endsWith('.mjs'))
    .sort()
    .map(async (file) => (await import(pathToFileURL(new URL(file, serverDir).pathname).href)).default),
);

/**
 * Chrome, with a fresh window for every test file. The launcher keeps a finished file's page and sends the
 * next file to it (after about:blank), so one page's history grows past Chrome's cap of 50 entries; Chrome
 * then prunes the oldest entries made by pushState without a user gesture, which are the URL tests' own,
 * and their "Back" can land on about:blank. Closing each page when its file is done (the launcher's own
 * list of idle pages is where it keeps them) gives every file the history a family's page would have.
 */
function freshPageChrome(options) {
  const launcher = chromeLauncher(options);
  if (!(launcher.activePages instanceof Map) || !Array.isArray(launcher.inactivePages)) {
    throw new Error('@web/test-runner-chrome no longer keeps activePages and inactivePages: update freshPageChrome in web-test-runner.config.mjs');
  }
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const page = launcher.activePages.get(sessionId);
    const result = await stopSession(sessionId);
    // This file's own page, unless another file has already taken it (then it stays in use).
    const idle = launcher.inactivePages.indexOf(page);
    if (idle !== -1) {
      launcher.inactivePages.splice(idle, 1);
      await page.puppeteerPage.browserContext().close().catch(() => {});
    }
    return result;
  };
  return launcher;
}

export default {
  files: group ? group.split(',') : ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    freshPageChrome({
      launchOptions: { executablePath, headless: true, args: [...chromeArgs(), ...FOREGROUND_ARGS] },
      // Each test page in its own window, so every page is in the foreground: animation frames (which
      // @open-wc/testing's fixture waits for) and timers run at full speed in both concurrent pages.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), ...serverPlugins],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countingReporter()],
};
