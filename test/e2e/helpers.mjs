// Helpers for the end-to-end tests: open a test page in a fresh browser context with a fixed clock, record
// what goes wrong, and drive the widgets the way a family would (by role and label; Playwright's locators
// pierce open shadow roots).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './server.mjs';

/** A Tuesday morning in term time: the demo borough's timetable is the same on every run. */
export const FIXED_NOW = new Date('2026-09-15T08:30:00Z');

export const SCREENSHOTS = join(root, 'test-results/screenshots');

/**
 * Opens `path` on the server in a new context. Returns the page and a log of console errors and warnings,
 * uncaught exceptions and failed requests, collected from the first byte.
 */
export async function openPage(browser, server, path, { viewport = { width: 1100, height: 900 }, now = FIXED_NOW } = {}) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'Europe/London' });
  if (now) await context.clock.setFixedTime(now);
  // Every step here takes well under a second: fail fast rather than wait Playwright's default 30 seconds.
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const log = { errors: [], warnings: [], failed: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`Uncaught: ${error.message}`));
  page.on('requestfailed', (request) => log.failed.push(`${request.failure()?.errorText} ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${server.origin}${path}`);
  return { page, context, log };
}

/** What observe.js recorded: CSP violations, errors and hub-* events. */
export function recorded(page) {
  return page.evaluate(() => window.__hubTest);
}

/** Waits until each named widget has fired hub-ready. */
export async function waitForReady(page, widgets, timeout = 5000) {
  await page.waitForFunction(
    (names) => names.every((name) => window.__hubTest.events.some((event) => event.type === 'hub-ready' && event.detail?.widget === name)),
    widgets,
    { timeout },
  );
}

/** The number of hub-* events of a type recorded so far. */
export function eventCount(page, type) {
  return page.evaluate((t) => window.__hubTest.events.filter((event) => event.type === t).length, type);
}

/** Saves a screenshot of a page or an element as test-results/screenshots/<name>.png. */
export async function screenshot(target, name, { fullPage = false } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled', ...(fullPage ? { fullPage } : {}) });
}

/**
 * A search in <hub-service-finder>: words, then Search; then the first result's details and back.
 * Returns what the family saw: the results heading before and after, the first result's name, and the
 * details view's "Back to results".
 */
export async function searchInFinder(page, finder, words = 'baby') {
  const count = finder.getByRole('heading', { name: /^\d+ services? found$/ });
  await count.waitFor();
  const countBefore = (await count.textContent()).trim();
  const searchesBefore = await eventCount(page, 'hub-search');
  await finder.getByLabel('Search for support').fill(words);
  await finder.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForFunction((n) => window.__hubTest.events.filter((event) => event.type === 'hub-search').length > n, searchesBefore);
  await count.waitFor();
  const countText = (await count.textContent()).trim();
  const firstResult = finder.locator('[part~="result"]').first();
  const link = firstResult.getByRole('heading', { level: 3 }).locator('a, button').first();
  const name = (await link.textContent()).trim();
  await link.click();
  const detailsHeading = finder.getByRole('heading', { name, exact: true, level: 2 });
  await detailsHeading.waitFor();
  return { countBefore, countText, name, backLink: finder.getByRole('button', { name: 'Back to results' }) };
}

/**
 * A booking in <hub-session-booking>, from the timetable to the receipt: one adult and one child aged 2
 * at the first "Sensory room sessions" (bookable on FIXED_NOW's week). Returns the booking reference.
 */
export async function bookAPlace(page, booking, { session = /^Book a place ?: Sensory room sessions/, screenshotPrefix } = {}) {
  const shot = async (step) => screenshotPrefix && screenshot(booking, `${screenshotPrefix}-${step}`);
  await booking.getByRole('button', { name: session }).first().click();
  await booking.getByRole('heading', { name: 'Who is coming?' }).waitFor();
  await booking.getByLabel('Number of adults').fill('1');
  await booking.getByLabel('Number of children').fill('1');
  await shot('party');
  await booking.getByRole('button', { name: 'Continue' }).click();
  await booking.getByRole('heading', { name: 'How old is your child?' }).waitFor();
  await booking.getByRole('group', { name: 'Child 1' }).getByLabel('Years').fill('2');
  await booking.getByRole('button', { name: 'Continue' }).click();
  await booking.getByRole('heading', { name: 'Your contact details' }).waitFor();
  await booking.getByLabel('Full name').fill('Sam Taylor');
  await booking.getByLabel('Email address').fill('sam.taylor@example.com');
  await booking.getByRole('button', { name: 'Continue' }).click();
  await booking.getByRole('heading', { name: /^How would you like to be reminded/ }).waitFor();
  await booking.getByLabel('By email').check();
  await booking.getByRole('button', { name: 'Continue' }).click();
  await booking.getByRole('heading', { name: /^Do you have any access or other needs/ }).waitFor();
  await booking.getByRole('button', { name: 'Continue' }).click();
  await booking.getByRole('heading', { name: 'Check your answers before you book' }).waitFor();
  await shot('check');
  await booking.getByRole('button', { name: 'Confirm and book' }).click();
  await booking.getByRole('heading', { name: 'Place booked' }).waitFor();
  await shot('receipt');
  const panel = booking.locator('[part~="panel"]');
  const reference = (await panel.textContent()).match(/[A-Z]{2}-[A-Z0-9]{4,}/)?.[0];
  return { reference };
}

/**
 * Which way a CSS chevron points: drawn with two borders of a small box (one block side, one inline
 * side) and rotated. Works from the computed borders and transform of `::before`.
 */
export async function chevronDirection(locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element, '::before');
    const side = (name) => parseFloat(style.getPropertyValue(`border-${name}-width`)) > 0 && style.getPropertyValue(`border-${name}-style`) !== 'none';
    // The corner the two borders meet at, as a vector (x right, y down).
    const x = side('left') ? -1 : side('right') ? 1 : 0;
    const y = side('top') ? -1 : side('bottom') ? 1 : 0;
    const matrix = new DOMMatrixReadOnly(style.transform === 'none' ? undefined : style.transform);
    const point = matrix.transformPoint(new DOMPoint(x, y));
    if (Math.abs(point.x) > Math.abs(point.y)) return point.x < 0 ? 'left' : 'right';
    return point.y < 0 ? 'up' : 'down';
  });
}
