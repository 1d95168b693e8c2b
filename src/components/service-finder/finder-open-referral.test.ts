/**
 * The finder pointed at fake Open Referral feeds (test/servers/open-referral.mjs, real HTTP, no internet)
 * with attributes only: `src` for the feed and `postcode-lookup` for the fake postcodes.io.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { OpenReferralAdapter } from '../../adapters/open-referral/index.js';
import { registerAdapter } from '../../adapters/registry.js';
import type { HubDataWarningEvent, HubErrorEvent } from '../../core/events.js';
import { feedUrl, newSession, requestsTo } from '../../test-support/open-referral-feeds.js';
import '../../define/hub-service-finder.js';
import type { HubServiceFinder } from './hub-service-finder.js';
import { checkboxLabelled, choose, heading, nextSearch, query, queryAll, resultNames, shadow } from './test-helpers.js';

const PHONE = '01632 960 001';
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** A finder made from HTML attributes only, as a council's web page would write it. */
function mount(attributes: Record<string, string>): HubServiceFinder {
  const element = document.createElement('hub-service-finder');
  for (const [name, value] of Object.entries({ 'hub-phone': PHONE, 'page-size': '100', ...attributes })) element.setAttribute(name, value);
  document.body.append(element);
  mounted.push(element);
  return element;
}

/** A finder on a feed, after its first results. */
async function finderOn(feed: string, session = newSession()): Promise<{ el: HubServiceFinder; session: string }> {
  const el = document.createElement('hub-service-finder');
  const searched = nextSearch(el);
  el.setAttribute('src', feedUrl(session, feed));
  el.setAttribute('postcode-lookup', feedUrl(session, 'postcodes-io'));
  el.setAttribute('hub-phone', PHONE);
  el.setAttribute('page-size', '100');
  document.body.append(el);
  mounted.push(el);
  await searched;
  return { el, session };
}

const text = (el: HubServiceFinder) => shadow(el).textContent!.replace(/\s+/g, ' ');

async function typeWords(el: HubServiceFinder, words: string) {
  const searched = nextSearch(el);
  const input = query<HTMLInputElement>(el, '#finder-text');
  input.value = words;
  input.dispatchEvent(new Event('input'));
  await searched;
}

async function submitPostcode(el: HubServiceFinder, postcode: string) {
  const input = query<HTMLInputElement>(el, '#finder-postcode');
  input.value = postcode;
  input.dispatchEvent(new Event('input'));
  const searched = nextSearch(el);
  query<HTMLButtonElement>(el, '.finder-search button[type="submit"]').click();
  await searched;
}

async function openFirstResult(el: HubServiceFinder): Promise<HTMLElement> {
  query<HTMLElement>(el, '.finder-card [data-service-id]').click();
  await waitUntil(
    () => shadow(el).querySelector('.finder-details [data-details-heading]') && !shadow(el).querySelector('[data-details-loading]'),
    'details shown',
    { timeout: 5000 },
  );
  return query(el, '.finder-details');
}

for (const feed of ['oruk1', 'hsds3'] as const) {
  describe(`<hub-service-finder src="…/${feed}" postcode-lookup="…">, attributes only`, () => {
    it('shows the feed’s services, never "undefined" or "[object Object]"', async () => {
      const { el } = await finderOn(feed);
      expect(heading(el)).to.match(/^\d+ services found$/);
      expect(resultNames(el).length).to.be.greaterThan(20);
      expect(resultNames(el)).to.include('Stay and Play in Riverside (1)');
      expect(text(el)).not.to.contain('undefined').and.not.to.contain('[object Object]');
    });

    it('finds services by text, through the feed’s own search', async () => {
      const { el, session } = await finderOn(feed);
      await typeWords(el, 'Healthy teeth');
      const names = resultNames(el);
      expect(names.length).to.be.greaterThan(0);
      for (const name of names) expect(name).to.match(/^Healthy teeth session/);
      const searches = (await requestsTo(session)).filter((r) => r.feed === feed && r.path === '/services');
      const param = feed === 'oruk1' ? 'text' : 'search';
      expect(searches.at(-1)!.params[param]).to.deep.equal(['Healthy teeth']);
    });

    it('finds services by category', async () => {
      const { el } = await finderOn(feed);
      const searched = nextSearch(el);
      checkboxLabelled(el, 'Oral health').click();
      await searched;
      const names = resultNames(el);
      expect(names.length).to.be.greaterThan(0);
      for (const name of names) expect(name).to.match(/^Healthy teeth session/);
    });

    it('finds services by the child’s age', async () => {
      const { el } = await finderOn(feed);
      await choose(el, '#age-0', 'y10');
      const names = resultNames(el);
      expect(names.length).to.be.greaterThan(0);
      expect(names.some((n) => n.startsWith('Holiday activities and food'))).to.equal(true);
      // 0–5, 0–1 and 1–3 services do not suit a 10-year-old.
      for (const name of names) expect(name).not.to.match(/^(Stay and Play|Baby Sensory|Toddler Talk|Healthy teeth)/);
    });

    it('finds services by postcode, nearest first, looking the postcode up with postcode-lookup', async () => {
      const { el, session } = await finderOn(feed);
      await submitPostcode(el, 'LE3 1DD');
      expect(resultNames(el)[0]).to.contain('Westfield');
      expect(text(el)).to.contain('Nearest first');
      const lookups = (await requestsTo(session)).filter((r) => r.feed === 'postcodes-io');
      expect(lookups.map((r) => r.path)).to.deep.equal(['/postcodes/LE3%201DD']);
    });

    it('looks a postcode up once when the family leaves the box and presses Search straight away', async () => {
      const { el, session } = await finderOn(feed);
      const input = query<HTMLInputElement>(el, '#finder-postcode');
      input.value = 'LE3 1DD';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change')); // leaving the box (or Enter) applies the postcode: one search
      const searched = nextSearch(el);
      query<HTMLButtonElement>(el, '.finder-search button[type="submit"]').click(); // and Search: a second
      await searched;
      expect(resultNames(el)[0]).to.contain('Westfield');
      const lookups = (await requestsTo(session)).filter((r) => r.feed === 'postcodes-io');
      expect(lookups.map((r) => r.path)).to.deep.equal(['/postcodes/LE3%201DD']);
    });

    it('shows a service’s details from the feed', async () => {
      const { el } = await finderOn(feed);
      await typeWords(el, 'Holiday activities');
      const details = await openFirstResult(el);
      expect(query(el, '[data-details-heading]').textContent).to.match(/Holiday activities and food in /);
      expect(details.textContent).to.contain('Ashcombe Borough Council');
      expect(details.textContent).to.contain('Ashcombe');
      expect(query<HTMLAnchorElement>(el, '.finder-details a[href^="tel:"]').getAttribute('href')).to.equal('tel:+441632960000');
      expect(query<HTMLAnchorElement>(el, '.finder-details a[href^="mailto:"]').getAttribute('href')).to.equal('mailto:familyhubs@ashcombe.example');
      expect(details.textContent).not.to.contain('undefined').and.not.to.contain('[object Object]');
    });

    it('tells the host page how many records it skipped (hub-data-warning), with no data', async () => {
      const warnings: HubDataWarningEvent[] = [];
      const listener = (event: HubDataWarningEvent) => warnings.push(event);
      document.addEventListener('hub-data-warning', listener);
      try {
        const { el } = await finderOn(feed);
        await waitUntil(() => warnings.length > 0, 'a hub-data-warning', { timeout: 3000 });
        expect(warnings[0]!.target).to.equal(el);
        expect(warnings[0]!.bubbles && warnings[0]!.composed).to.equal(true);
        expect(warnings[0]!.detail).to.deep.equal({ skipped: 1 });
      } finally {
        document.removeEventListener('hub-data-warning', listener);
      }
    });
  });
}

describe('<hub-service-finder src> data warnings', () => {
  it('a finder on another feed does not repeat a feed’s warning', async () => {
    const quiet = await finderOn('hsds3');
    const heard: EventTarget[] = [];
    const listener = (event: HubDataWarningEvent) => heard.push(event.target!);
    document.addEventListener('hub-data-warning', listener);
    try {
      const { el } = await finderOn('oruk1');
      await waitUntil(() => heard.length > 0, 'a hub-data-warning', { timeout: 3000 });
      expect(heard).to.include(el);
      expect(heard).not.to.include(quiet.el);
    } finally {
      document.removeEventListener('hub-data-warning', listener);
    }
  });
});

describe('<hub-service-finder src> when the feed fails', () => {
  // The default timeout is 10 seconds; a page may choose a shorter one with its own registered adapter.
  registerAdapter('open-referral-impatient', ({ baseUrl }) => OpenReferralAdapter({ baseUrl: baseUrl!, timeoutMs: 200, retryDelayMs: 0 }));

  const failures: { name: string; feed: string; attributes?: Record<string, string>; origin?: () => string }[] = [
    { name: 'a timeout', feed: 'slow', attributes: { adapter: 'open-referral-impatient' } },
    { name: 'a 500', feed: 'status-500' },
    { name: 'a 429', feed: 'rate-limited' },
    { name: 'an HTML error page', feed: 'html' },
    { name: 'malformed JSON', feed: 'malformed' },
    { name: 'a CORS refusal', feed: 'no-cors', origin: () => location.origin.replace('localhost', '127.0.0.1') },
  ];

  for (const failure of failures) {
    it(`${failure.name}: the problem state with the hub’s phone number, and hub-error`, async () => {
      const session = newSession();
      const errors: HubErrorEvent[] = [];
      const listener = (event: HubErrorEvent) => errors.push(event);
      document.addEventListener('hub-error', listener);
      try {
        const el = mount({ src: feedUrl(session, failure.feed, failure.origin?.()), ...failure.attributes });
        await waitUntil(() => shadow(el).querySelector('[part="problem"]'), 'problem shown', { timeout: 8000 });
        const problem = query(el, '[part="problem"]');
        expect(problem.textContent).to.contain('Sorry, there is a problem with this service');
        expect(problem.textContent).to.contain(PHONE);
        expect(queryAll<HTMLAnchorElement>(el, '[part="problem"] a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.include('tel:+441632960001');
        expect(errors.some((e) => e.target === el && e.detail.widget === 'service-finder')).to.equal(true);
        expect(text(el)).not.to.contain('undefined');
      } finally {
        document.removeEventListener('hub-error', listener);
      }
    });
  }
});
