// Regenerates the screenshots in docs/images/ from the built widgets (not part of `npm test`):
//   node test/e2e/docs-images.mjs
// theming-localgov-before.png / -after.png   docs/theming.md: a LocalGov Drupal page without and with the preset
// demo-council.png                           README.md: the demo council page with the service finder
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildCdn } from '../../scripts/build.mjs';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { FIXED_NOW } from './helpers.mjs';
import { root, startServer } from './server.mjs';

const out = join(root, 'docs/images');
const work = mkdtempSync(join(tmpdir(), 'hub-docs-images-'));
await buildCdn(join(work, 'cdn'));
const server = await startServer({ cdn: join(work, 'cdn') });
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });

/** Opens a page at a fixed time, waits for its widgets to render, and saves the top `height` pixels. */
async function shoot(path, file, { width = 800, height = 560, widgets = ['hub-service-finder'] } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'Europe/London' });
  await context.clock.setFixedTime(FIXED_NOW);
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  const ready = await page
    .waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="result"], [part~="session"]')), widgets, {
      timeout: 5000,
    })
    .then(() => true, () => false);
  if (ready) {
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(out, file), clip: { x: 0, y: 0, width, height }, animations: 'disabled' });
    console.log(`docs/images/${file}  ${(statSync(join(out, file)).size / 1024).toFixed(0)} KiB`);
  } else {
    console.warn(`docs/images/${file} not written: the widgets on ${path} did not render results.`);
  }
  await context.close();
}

try {
  mkdirSync(out, { recursive: true });
  await shoot('/pages/localgov.html', 'theming-localgov-before.png');
  await shoot('/pages/localgov-preset.html', 'theming-localgov-after.png');
  await shoot('/demo/council/', 'demo-council.png', { width: 1000, height: 900 });
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
