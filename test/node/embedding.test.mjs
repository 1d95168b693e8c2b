// End-to-end: the built CDN files on test pages like those councils have, in the system's Chromium
// (playwright-core, nothing downloaded). One build and one browser for the file; a fresh context per page.
//   1. a strict Content-Security-Policy      3. the script loaded twice, and a second version
//   2. hostile global CSS                     4. a right-to-left page
//   5. the per-widget files, which fetch the Open Referral reader only for a page with a feed
// and on each a search in the finder and a booking in the booking widget. Screenshots of every page and the
// demo pages go to test-results/screenshots/ for review.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { buildCdn } from '../../scripts/build.mjs';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { bookAPlace, chevronDirection, eventCount, openPage, recorded, screenshot, searchInFinder, waitForReady } from '../e2e/helpers.mjs';
import { root, startServer, STRICT_CSP, TRUSTED_TYPES_CSP } from '../e2e/server.mjs';

const OTHER_VERSION = '0.0.0-other';
const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

let work;
let server;
let browser;
const opened = [];

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'hub-e2e-'));
  await Promise.all([buildCdn(join(work, 'cdn')), buildCdn(join(work, 'cdn-other'), { version: OTHER_VERSION })]);
  server = await startServer({ cdn: join(work, 'cdn'), otherCdn: join(work, 'cdn-other') });
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a page and remembers its context, closed when the test ends. */
async function open(path, options) {
  const result = await openPage(browser, server, path, options);
  opened.push(result.context);
  return result;
}

async function closeAll() {
  while (opened.length) await opened.pop().close();
}

/** No CSP violations, console errors or failed requests: the same bar for every test page. */
async function assertClean(page, log) {
  const { violations, errors } = await recorded(page);
  assert.deepEqual(violations, [], 'Content-Security-Policy violations');
  assert.deepEqual([...log.errors, ...errors], [], 'console errors and uncaught exceptions');
  assert.deepEqual(log.failed, [], 'failed requests');
}

/** A search, then a booking, on whatever page is open; screenshots along the way. */
async function searchAndBook(page, name) {
  const finder = page.locator('hub-service-finder');
  const booking = page.locator('hub-session-booking');
  await waitForReady(page, ['service-finder', 'session-booking']);
  await screenshot(page, `${name}-page`);

  const search = await searchInFinder(page, finder, 'baby');
  assert.match(search.countText, /^\d+ services? found$/);
  assert.notEqual(search.countText, search.countBefore, 'the search narrowed the results');
  await screenshot(finder, `${name}-finder-details`);
  await search.backLink.click();
  await finder.getByRole('heading', { name: search.countText }).waitFor();
  await screenshot(finder, `${name}-finder-results`);

  const { reference } = await bookAPlace(page, booking, { screenshotPrefix: `${name}-booking` });
  assert.match(reference ?? '', /^[A-Z]{2}-[A-Z0-9]{4,}$/, 'a booking reference on the receipt');
  assert.equal(await eventCount(page, 'hub-booking-confirmed'), 1);
}

describe('1. a page with a strict Content-Security-Policy', { concurrency: false }, () => {
  after(closeAll);

  test('is served with the policy, and a search and a booking work with no violation and no console error', async () => {
    const { page, log } = await open('/pages/csp.html');
    const response = await page.request.get(`${server.origin}/pages/csp.html`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);

    await searchAndBook(page, 'csp');
    await assertClean(page, log);
  });

  test('with Trusted Types enforced as well, a search and a booking work, even with two copies of the script', async () => {
    for (const path of ['/pages/csp.html?trusted-types', '/pages/twice.html?trusted-types']) {
      const { page, log } = await open(path);
      const response = await page.request.get(`${server.origin}${path}`);
      assert.equal(response.headers()['content-security-policy'], `${STRICT_CSP}; ${TRUSTED_TYPES_CSP}`);
      await waitForReady(page, ['service-finder', 'session-booking']);
      await searchInFinder(page, page.locator('hub-service-finder'), 'baby');
      await bookAPlace(page, page.locator('hub-session-booking'));
      await assertClean(page, log);
    }
  });

  test('styles are adopted stylesheets: no <style> elements and no style attributes in any shadow root', async () => {
    const { page, log } = await open('/pages/csp.html');
    await waitForReady(page, ['service-finder', 'session-booking']);
    await bookAPlace(page, page.locator('hub-session-booking'));
    const roots = await page.evaluate(() =>
      [...document.querySelectorAll('hub-service-finder, hub-session-booking')].map((element) => ({
        tag: element.localName,
        adopted: element.shadowRoot.adoptedStyleSheets.length,
        styleElements: element.shadowRoot.querySelectorAll('style').length,
        styleAttributes: element.shadowRoot.querySelectorAll('[style]').length,
      })),
    );
    for (const shadow of roots) {
      assert.ok(shadow.adopted > 0, `${shadow.tag} adopts its stylesheets`);
      assert.equal(shadow.styleElements, 0, `${shadow.tag} has no <style> elements`);
      assert.equal(shadow.styleAttributes, 0, `${shadow.tag} has no style attributes`);
    }
    await assertClean(page, log);
  });
});

describe('2. a page with hostile global CSS', { concurrency: false }, () => {
  after(closeAll);

  test('text keeps the widget’s own size and the controls keep their look', async () => {
    const { page, log } = await open('/pages/hostile.html');
    await waitForReady(page, ['service-finder', 'session-booking']);
    const finder = page.locator('hub-service-finder');
    // The page's own text really is hostile: 10px root, 12px upper-case italic text.
    const pageText = await page.locator('main > p').evaluate((p) => ({ size: getComputedStyle(p).fontSize, transform: getComputedStyle(p).textTransform }));
    assert.deepEqual(pageText, { size: '12px', transform: 'uppercase' });

    const style = (locator, ...names) =>
      locator.evaluate((element, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(element).getPropertyValue(p)])), names);

    const label = await style(finder.locator('label[for]').first(), 'font-size', 'font-weight', 'font-style', 'text-transform', 'letter-spacing', 'line-height', 'text-indent');
    assert.deepEqual(label, {
      'font-size': '16px',
      'font-weight': '700',
      'font-style': 'normal',
      'text-transform': 'none',
      'letter-spacing': 'normal',
      'line-height': '22.4px',
      'text-indent': '0px',
    });
    const count = await style(finder.getByRole('heading', { name: /services found$/ }), 'font-size', 'font-weight');
    assert.deepEqual(count, { 'font-size': '22px', 'font-weight': '700' });
    const hint = await style(finder.getByText('For example, feeding, sleep, speech or money'), 'font-size', 'color', 'text-align', 'white-space');
    assert.deepEqual(hint, { 'font-size': '16px', color: 'rgb(80, 90, 95)', 'text-align': 'start', 'white-space': 'normal' });

    const button = await style(
      finder.getByRole('button', { name: 'Search', exact: true }),
      'font-size', 'color', 'background-color', 'border-radius', 'border-top-style', 'box-shadow', 'padding-top', 'text-transform', 'inline-size',
    );
    assert.equal(button['font-size'], '16px');
    assert.equal(button.color, 'rgb(255, 255, 255)');
    assert.equal(button['background-color'], 'rgb(0, 112, 60)');
    assert.equal(button['border-radius'], '0px');
    assert.equal(button['border-top-style'], 'solid');
    assert.equal(button['box-shadow'], 'rgb(0, 45, 24) 0px 2px 0px 0px');
    assert.equal(button['padding-top'], '8px');
    assert.equal(button['text-transform'], 'none');
    assert.notEqual(button['inline-size'], '50px');

    const input = await style(finder.getByLabel('Search for support'), 'font-size', 'border-top', 'border-radius', 'background-color', 'color');
    assert.deepEqual(input, {
      'font-size': '16px',
      'border-top': '2px solid rgb(11, 12, 12)',
      'border-radius': '0px',
      'background-color': 'rgb(255, 255, 255)',
      color: 'rgb(11, 12, 12)',
    });

    const checkbox = await style(finder.getByRole('checkbox').first(), 'inline-size', 'block-size', 'accent-color');
    // 1.6em of the widget's 16px text (a 24px target at least, WCAG 2.5.8), in the widget's colour.
    assert.ok(Math.abs(parseFloat(checkbox['inline-size']) - 25.6) < 0.1 && Math.abs(parseFloat(checkbox['block-size']) - 25.6) < 0.1, JSON.stringify(checkbox));
    assert.equal(checkbox['accent-color'], 'rgb(11, 12, 12)');

    // The reset unsets the host's display and container-type too: the wide layout must still hold
    // (filters beside the results, from the widget's container query).
    const filters = await finder.locator('[part~="filters"]').boundingBox();
    const results = await finder.locator('[part~="results"]').boundingBox();
    assert.ok(filters.x + filters.width <= results.x, 'the filters sit beside the results');
    const host = await style(finder, 'display', 'font-size', 'max-inline-size');
    assert.deepEqual(host, { display: 'block', 'font-size': '16px', 'max-inline-size': '960px' });

    await screenshot(page, 'hostile-page');
    await assertClean(page, log);
  });

  test('a search and a booking work', async () => {
    const { page, log } = await open('/pages/hostile.html');
    await searchAndBook(page, 'hostile');
    await assertClean(page, log);
  });
});

describe('every widget, with the strict policy and the hostile CSS together', { concurrency: false }, () => {
  after(closeAll);

  test('all four widgets render from one <hub-provider>, at their own size, and their forms start', async () => {
    const { page, log } = await open('/pages/all.html');
    await waitForReady(page, ['service-finder', 'session-booking', 'self-referral', 'panel-signup']);
    for (const tag of ['hub-service-finder', 'hub-session-booking', 'hub-self-referral', 'hub-panel-signup']) {
      const sizes = await page.locator(tag).evaluate((element) => {
        const heading = element.shadowRoot.querySelector('h1, h2');
        return { host: getComputedStyle(element).fontSize, heading: heading && getComputedStyle(heading).fontSize };
      });
      assert.equal(sizes.host, '16px', `${tag} text size`);
      assert.ok(parseFloat(sizes.heading) >= 22, `${tag} heading size ${sizes.heading}`);
    }
    const referral = page.locator('hub-self-referral');
    await referral.getByRole('button', { name: 'Start now' }).click();
    await referral.getByRole('button', { name: 'Continue' }).waitFor();
    const panel = page.locator('hub-panel-signup');
    await panel.getByRole('button', { name: 'Start now' }).click();
    await panel.getByRole('button', { name: 'Continue' }).waitFor();
    await screenshot(page, 'all-widgets-page', { fullPage: true });
    await assertClean(page, log);
  });
});

describe('3. a page that loads the script twice, and another version', { concurrency: false }, () => {
  after(closeAll);

  test('nothing throws; the first definition wins and the other version warns once', async () => {
    const { page, log } = await open('/pages/twice.html');
    await waitForReady(page, ['service-finder', 'session-booking']);
    const versions = await page.evaluate(() =>
      ['hub-provider', 'hub-service-finder', 'hub-session-booking', 'hub-self-referral', 'hub-panel-signup'].map((tag) => customElements.get(tag)?.version),
    );
    assert.deepEqual(versions, Array(5).fill(packageVersion));
    const versionWarnings = log.warnings.filter((text) => text.includes(OTHER_VERSION));
    assert.equal(versionWarnings.length, 1, `one warning about the other version, got:\n${versionWarnings.join('\n')}`);
    assert.deepEqual(
      log.warnings.filter((text) => !text.includes(OTHER_VERSION)),
      [],
      'no other warnings (the same version twice is silent)',
    );
    await assertClean(page, log);
  });

  test('a search and a booking work', async () => {
    const { page, log } = await open('/pages/twice.html');
    await searchAndBook(page, 'twice');
    await assertClean(page, log);
  });
});

describe('4. a right-to-left page', { concurrency: false }, () => {
  after(closeAll);

  test('the layout mirrors: columns, alignment, back links, error borders', async () => {
    const { page, log } = await open('/pages/rtl.html');
    await waitForReady(page, ['service-finder', 'session-booking']);
    const finder = page.locator('hub-service-finder');
    const booking = page.locator('hub-session-booking');
    const hostBox = await finder.boundingBox();

    // Filters on the right, results on the left.
    const filters = await finder.locator('[part~="filters"]').boundingBox();
    const results = await finder.locator('[part~="results"]').boundingBox();
    assert.ok(results.x + results.width <= filters.x, 'the filters column is on the right');
    // Labels start at the right edge.
    const label = await finder.getByText('Search for support', { exact: true }).boundingBox();
    assert.ok(Math.abs(label.x + label.width - (hostBox.x + hostBox.width)) <= 2, 'the search label is flush right');

    // "Back to results" points right (towards where the family came from in a right-to-left page).
    const search = await searchInFinder(page, finder, 'baby');
    assert.equal(await chevronDirection(search.backLink), 'right');
    await screenshot(finder, 'rtl-finder-details');
    await search.backLink.click();

    // In the booking widget: the error border is on the right, and so is the Back link's start.
    await booking.getByRole('button', { name: /^Book a place ?: Sensory room sessions/ }).first().click();
    await booking.getByRole('heading', { name: 'Who is coming?' }).waitFor();
    await booking.getByRole('button', { name: 'Continue' }).click();
    const group = booking.locator('.hub-form-group--error').first();
    await group.waitFor();
    const borders = await group.evaluate((element) => {
      const style = getComputedStyle(element);
      return { right: style.borderRightWidth, left: style.borderLeftWidth, paddingRight: style.paddingRight };
    });
    assert.notEqual(borders.right, '0px', 'the error border is on the right');
    assert.equal(borders.left, '0px');
    const back = booking.getByRole('button', { name: 'Back', exact: true });
    assert.equal(await chevronDirection(back), 'right');
    const backBox = await back.boundingBox();
    const bookingBox = await booking.boundingBox();
    assert.ok(Math.abs(backBox.x + backBox.width - (bookingBox.x + bookingBox.width)) <= 2, 'the Back link is flush right');
    await screenshot(booking, 'rtl-booking-errors');
    await assertClean(page, log);
  });

  test('the same back link points left on a left-to-right page', async () => {
    const { page, log } = await open('/pages/csp.html');
    await waitForReady(page, ['service-finder']);
    const search = await searchInFinder(page, page.locator('hub-service-finder'), 'baby');
    assert.equal(await chevronDirection(search.backLink), 'left');
    await assertClean(page, log);
  });

  test('a search and a booking work', async () => {
    const { page, log } = await open('/pages/rtl.html');
    await searchAndBook(page, 'rtl');
    await assertClean(page, log);
  });
});

describe('5. the per-widget files', { concurrency: false }, () => {
  after(closeAll);

  /** How many times the page asked the server for a CDN file, since `since` requests. */
  const fetched = (file, since = 0) => server.requests.slice(since).filter((path) => path === `/cdn/${file}`).length;

  test('the finder alone reads an Open Referral feed: the reader is fetched once, when needed, under the strict policy', async () => {
    const since = server.requests.length;
    const { page, log } = await open('/pages/per-widget-feed.html');
    const finder = page.locator('hub-service-finder');
    await waitForReady(page, ['service-finder']);
    const count = finder.getByRole('heading', { name: /^\d+ services? found$/ });
    await count.waitFor();
    const everything = Number((await count.textContent()).match(/\d+/)[0]);
    assert.ok(everything > 20, 'the feed\'s services are listed');

    await finder.getByLabel('Postcode').fill('LE3 1DD');
    await finder.getByLabel('Postcode').press('Enter');
    await finder.getByText('Nearest first').waitFor();
    assert.match(await finder.locator('[part~="result"] h3').first().textContent(), /Westfield/);

    await finder.getByLabel('Search for support').fill('Healthy teeth');
    await finder.getByRole('button', { name: 'Search', exact: true }).click();
    await finder.getByRole('heading', { name: /^\d+ services? found$/ }).filter({ hasNotText: String(everything) }).waitFor();
    const names = await finder.locator('[part~="result"] h3').allTextContents();
    assert.ok(names.length > 0 && names.every((name) => name.trim().startsWith('Healthy teeth session')), names.join(', '));
    await screenshot(finder, 'per-widget-feed-finder');

    assert.equal(fetched('hub-adapter-open-referral.js', since), 1, 'the reader is fetched exactly once');
    assert.equal(fetched('hub-widgets.js', since), 0);
    await assertClean(page, log);
  });

  test('a reader loaded first by its own script tag (for its integrity hash) is used, not fetched again', async () => {
    const since = server.requests.length;
    const { page, log } = await open('/pages/per-widget-preloaded.html');
    const finder = page.locator('hub-service-finder');
    await waitForReady(page, ['service-finder']);
    await finder.getByRole('heading', { name: /^\d+ services? found$/ }).waitFor();
    assert.ok((await finder.locator('[part~="result"]').count()) > 20);
    // Only the page's own copy, whose address has a query (as WordPress adds): the widget fetched no other.
    const readerRequests = server.requests.slice(since).filter((path) => path.includes('hub-adapter-open-referral.js'));
    assert.deepEqual(readerRequests, ['/cdn/hub-adapter-open-referral.js?ver=6.5']);
    await assertClean(page, log);
  });

  test('when the reader fails to download, the finder says so with the phone number, and "Try again" fetches it afresh', async () => {
    const since = server.requests.length;
    const { page, log } = await open('/pages/per-widget-flaky.html');
    const finder = page.locator('hub-service-finder');
    await finder.getByRole('heading', { name: 'Sorry, there is a problem with this service' }).waitFor();
    await finder.getByText('01632 960 001').first().waitFor();
    await screenshot(finder, 'per-widget-reader-failed');
    await finder.locator('[part~="problem"]').getByRole('button', { name: 'Try again' }).click();
    await finder.getByRole('heading', { name: /^\d+ services? found$/ }).waitFor();
    assert.ok((await finder.locator('[part~="result"]').count()) > 20);
    // The browser remembers a failed module for the page's life: the retry asked under a new address.
    const readerRequests = server.requests.slice(since).filter((path) => path.startsWith('/cdn-flaky/hub-adapter-open-referral.js'));
    assert.deepEqual(readerRequests, ['/cdn-flaky/hub-adapter-open-referral.js', '/cdn-flaky/hub-adapter-open-referral.js?retry=1']);
    assert.ok(log.failed.length > 0 && log.failed.every((entry) => entry.endsWith('/cdn-flaky/hub-adapter-open-referral.js')), log.failed.join('; '));
    const { violations, errors } = await recorded(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, [], 'no uncaught errors');
  });

  test('a reader whose integrity hash does not match never runs: the problem and the phone number, and no other fetch', async () => {
    const since = server.requests.length;
    const { page, log } = await open('/pages/per-widget-tampered.html');
    const finder = page.locator('hub-service-finder');
    await finder.getByRole('heading', { name: 'Sorry, there is a problem with this service' }).waitFor();
    assert.match(await finder.locator('[part~="problem"]').textContent(), /01632 960 001/);
    // Trying again could not help, and fetching the file again would run it unchecked: no Try again.
    assert.equal(await finder.locator('[part~="problem"]').getByRole('button', { name: 'Try again' }).count(), 0);
    assert.equal(await finder.locator('[part~="result"]').count(), 0, 'no services read by an unchecked reader');
    const readerRequests = server.requests.slice(since).filter((path) => path.includes('hub-adapter-open-referral.js'));
    assert.deepEqual(readerRequests, ['/cdn/hub-adapter-open-referral.js?ver=6.5'], 'only the request the hash checks');
    assert.ok(!server.requests.slice(since).some((path) => path.startsWith('/test-feeds/')), 'the feed was never read');
    assert.ok(log.errors.some((entry) => /integrity/i.test(entry)), `the browser refused the file: ${log.errors.join('; ')}`);
    assert.ok(log.warnings.some((entry) => entry.includes('with an integrity hash, and it did not run')), log.warnings.join('; '));
    await screenshot(finder, 'per-widget-reader-refused');
  });

  test('two widget files on a page with no feed: a search and a booking work, and the reader is never fetched', async () => {
    const since = server.requests.length;
    const { page, log } = await open('/pages/per-widget-demo.html');
    await searchAndBook(page, 'per-widget');
    assert.equal(fetched('hub-adapter-open-referral.js', since), 0);
    await assertClean(page, log);
  });
});

describe('configuration from HTML', { concurrency: false }, () => {
  after(closeAll);

  test('every option of every widget has an attribute, and each is on the widget’s docs page', async () => {
    const { page } = await open('/pages/csp.html');
    await waitForReady(page, ['service-finder']);
    const widgets = await page.evaluate(() => {
      const tags = ['hub-provider', 'hub-service-finder', 'hub-session-booking', 'hub-self-referral', 'hub-panel-signup'];
      return tags.map((tag) => {
        const ctor = customElements.get(tag);
        const base = Object.getPrototypeOf(ctor);
        const inherited = new Set(base.elementProperties ? [...base.elementProperties.keys()] : []);
        const options = [...ctor.elementProperties].filter(([, options]) => !options.state);
        const attributeOf = ([name, options]) => (typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase());
        return {
          tag,
          inherited: options.filter(([name, options]) => options.attribute !== false && inherited.has(name)).map(attributeOf),
          withoutAttribute: options.filter(([, options]) => options.attribute === false).map(([name]) => String(name)),
          own: options.filter(([name, options]) => options.attribute !== false && !inherited.has(name)).map(attributeOf),
        };
      });
    });
    const embedding = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
    for (const { tag, withoutAttribute, own, inherited } of widgets) {
      // Only `now` (a clock for demos and tests) is property-only; `adapter` is an attribute that also takes an object.
      assert.deepEqual(withoutAttribute.filter((name) => name !== 'now'), [], `${tag}: options without an attribute`);
      // A widget's own attributes are on its page; <hub-provider>'s, and those every widget inherits, in embedding.md.
      const docs = tag === 'hub-provider' ? embedding : readFileSync(join(root, 'docs', `${tag}.md`), 'utf8');
      for (const attribute of own) assert.ok(docs.includes(`\`${attribute}\``), `${tag}: the ${attribute} attribute is documented`);
      for (const attribute of inherited) assert.ok(embedding.includes(`| \`${attribute}\` |`), `${tag}: the shared ${attribute} attribute is in embedding.md`);
    }
  });

  test('registerAdapter(name, factory) in a page module, then adapter="name" in the HTML', async () => {
    const { page, log } = await open('/pages/custom-adapter.html');
    await waitForReady(page, ['service-finder']);
    const finder = page.locator('hub-service-finder');
    await finder.getByRole('heading', { name: /^\d+ services found$/ }).waitFor();
    const { adapterCalls, adapterBaseUrl } = await recorded(page);
    assert.ok(adapterCalls.includes('searchServices'), `the registered adapter answered the search (${adapterCalls.join(', ')})`);
    assert.equal(adapterBaseUrl, 'https://directory.brackenford.example/api', 'the factory gets the src attribute');
    await assertClean(page, log);
  });

  test('an adapter registered after the widgets are defined (a later script tag) is picked up', async () => {
    const { page, log } = await open('/pages/late-adapter.html');
    const finder = page.locator('hub-service-finder');
    const booking = page.locator('hub-session-booking');
    await waitForReady(page, ['service-finder', 'session-booking']).catch(() => {});
    await screenshot(page, 'late-adapter-page');
    assert.equal(await finder.getByRole('heading', { name: 'This form is not set up yet' }).count(), 0, 'the finder found adapter="demo"');
    assert.equal(await booking.getByRole('heading', { name: 'This form is not set up yet' }).count(), 0, 'the booking widget found its adapter');
    await waitForReady(page, ['service-finder', 'session-booking']);
    await assertClean(page, log);
  });
});

describe('the demo pages', { concurrency: false }, () => {
  after(closeAll);

  const DEMO_PAGES = [
    { path: '/demo/', name: 'demo-index', widgets: [] },
    { path: '/demo/council/', name: 'demo-council', widgets: ['service-finder', 'session-booking', 'self-referral'] },
    { path: '/demo/council/panel.html', name: 'demo-council-panel', widgets: ['panel-signup'] },
    { path: '/demo/partner/', name: 'demo-partner', widgets: ['session-booking'] },
    { path: '/demo/playground/', name: 'demo-playground', widgets: ['service-finder', 'session-booking', 'self-referral', 'panel-signup'] },
  ];

  for (const demo of DEMO_PAGES) {
    test(`${demo.path}: every widget is ready; screenshot`, async () => {
      const { page, log } = await open(demo.path);
      // The demo pages do not load observe.js: wait for the widgets to render, then look.
      let ready = true;
      if (demo.widgets.length) {
        ready = await page
          .waitForFunction(
            (names) => names.every((name) => document.querySelector(`hub-${name}`)?.shadowRoot?.querySelector('h1, h2, h3')),
            demo.widgets,
            { timeout: 5000 },
          )
          .then(() => true, () => false);
        await page.waitForTimeout(300);
      }
      await screenshot(page, demo.name, { fullPage: true });
      assert.ok(ready, 'every widget rendered');
      for (const widget of demo.widgets) {
        // Widgets given a backend (the playground also shows one without, on purpose).
        const configured = page.locator(`hub-${widget}[adapter], hub-provider[adapter] hub-${widget}`);
        assert.ok((await configured.count()) > 0);
        const notSetUp = await configured.getByRole('heading', { name: 'This form is not set up yet' }).count();
        assert.equal(notSetUp, 0, `<hub-${widget}> found adapter="demo"`);
      }
      assert.deepEqual(log.errors, [], 'console errors');
      assert.deepEqual(log.failed, [], 'failed requests');
    });
  }
});

describe('the LocalGov Drupal preset', { concurrency: false }, () => {
  after(closeAll);

  test('maps the theme’s accent, link, focus, font and corners onto the widgets', async () => {
    const colours = {};
    for (const variant of ['localgov', 'localgov-preset']) {
      const { page, log } = await open(`/pages/${variant}.html`, { viewport: { width: 900, height: 800 } });
      await waitForReady(page, ['service-finder']);
      const finder = page.locator('hub-service-finder');
      const button = finder.getByRole('button', { name: 'Search', exact: true });
      const link = finder.locator('[part~="result"] h3 a, [part~="result"] h3 button').first();
      colours[variant] = {
        button: await button.evaluate((el) => getComputedStyle(el).backgroundColor),
        radius: await button.evaluate((el) => getComputedStyle(el).borderTopLeftRadius),
        link: await link.evaluate((el) => getComputedStyle(el).color),
        font: await finder.evaluate((el) => getComputedStyle(el).fontFamily),
        inputRadius: await finder.getByLabel('Search for support').evaluate((el) => getComputedStyle(el).borderTopLeftRadius),
      };
      await button.focus();
      colours[variant].focus = await button.evaluate((el) => getComputedStyle(el).backgroundColor);
      await button.blur();
      await screenshot(page, `theming-${variant}`);
      await assertClean(page, log);
    }
    // Without the preset the page's variables do nothing (the widgets inherit the font only)…
    assert.deepEqual(colours.localgov, {
      button: 'rgb(0, 112, 60)',
      radius: '0px',
      link: 'rgb(29, 112, 184)',
      font: colours.localgov.font,
      inputRadius: '0px',
      focus: 'rgb(255, 221, 0)',
    });
    assert.match(colours.localgov.font, /^roboto/);
    // …with it, they follow the theme.
    assert.deepEqual(colours['localgov-preset'], {
      button: 'rgb(101, 44, 149)',
      radius: '4px',
      link: 'rgb(101, 44, 149)',
      font: colours.localgov.font,
      inputRadius: '4px',
      focus: 'rgb(255, 221, 0)',
    });
  });
});
