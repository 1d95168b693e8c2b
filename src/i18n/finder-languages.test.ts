import { expect, waitUntil } from '@open-wc/testing';
import { validatingAdapter } from '../core/adapter.js';
import {
  announced,
  choose,
  cleanUp,
  memoryAdapter,
  nextSearch,
  query,
  queryAll,
  renderFinder,
  shadow,
} from '../components/service-finder/test-helpers.js';
import type { HubServiceFinder } from '../components/service-finder/hub-service-finder.js';
import { translate } from './messages.js';
import { expectAccessible } from '../test-support/a11y.js';
import { checkPage, mark, markedAdapter, nextRender, useAccessibilityCheck } from './test-helpers.js';

afterEach(cleanUp);

const HUB = { 'hub-name': mark('Brackenford Family Hubs'), 'hub-phone': '01632 960 001', 'hub-phone-hours': mark('Monday to Friday, 9am to 5pm') };

async function finder(options: Parameters<typeof memoryAdapter>[0] = {}, attributes: Record<string, string> = {}): Promise<HubServiceFinder> {
  return renderFinder({ adapter: markedAdapter(validatingAdapter(memoryAdapter(options))), attributes: { ...HUB, ...attributes } });
}

async function open(el: HubServiceFinder, serviceId: string): Promise<void> {
  query<HTMLElement>(el, `.finder-card [data-service-id="${serviceId}"]`).click();
  await waitUntil(() => shadow(el).querySelector('.finder-details [data-details-heading]') && !shadow(el).querySelector('[data-details-loading]'), 'details shown');
  await el.updateComplete;
}

async function tick(el: HubServiceFinder, selector: string): Promise<void> {
  const searched = nextSearch(el);
  query<HTMLInputElement>(el, selector).click();
  await searched;
}

useAccessibilityCheck(expectAccessible);

describe('<hub-service-finder> in Welsh and Arabic', () => {
  it('results, every filter, pagination and the cards', async () => {
    const el = await finder();
    query<HTMLButtonElement>(el, '.finder-filters-toggle').click();
    await el.updateComplete;
    expect(query(el, '.hub-pagination')).to.exist;
    await checkPage(el, 'first results with the filters open');
  });

  it('results near a postcode, within a distance, for a child’s age, with the filters in use', async () => {
    const el = await finder({}, { postcode: 'BK2 6GD' });
    await choose(el, '#finder-distance', '5');
    await choose(el, '#age-0', 'm7');
    await tick(el, 'input[name="days"][value="TU"]');
    expect(queryAll(el, '.finder-chip').length).to.be.greaterThan(2);
    expect(shadow(el).textContent).to.contain(translate('en-GB', 'finder.results.nearestFirst'));
    await checkPage(el, 'results with filters in use');
  });

  it('no results, with the filters to remove', async () => {
    const el = await finder();
    await tick(el, 'input[name="days"][value="SU"]');
    await tick(el, 'input[name="free"][value="free"]');
    await tick(el, 'input[name="delivery"][value="home_visit"]');
    await tick(el, 'input[name="family-hub"][value="hub"]');
    await choose(el, '#finder-language', 'ps');
    expect(query(el, '[data-results-heading]').textContent).to.equal(translate('en-GB', 'finder.results.none'));
    await checkPage(el, 'no results');
  });

  it('a postcode it cannot use', async () => {
    const el = await finder();
    const postcode = query<HTMLInputElement>(el, '#finder-postcode');
    const submitWith = async () => {
      postcode.value = 'NOT A POSTCODE';
      postcode.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      query<HTMLButtonElement>(el, 'form[role="search"] button[type="submit"]').click();
      await waitUntil(() => shadow(el).querySelector('#finder-postcode-error'), 'the postcode error');
      await el.updateComplete;
    };
    await submitWith();
    // Shown once, in English: a change of language re-words it where it is.
    await checkPage(el, 'postcode error', { typed: ['NOT A POSTCODE'] });
  });

  it('a service’s details, and how to book when no widget on the page takes the booking', async () => {
    const el = await finder({}, { 'page-size': '100', postcode: 'BK2 6GD' });
    await open(el, 'understanding-your-baby');
    queryAll<HTMLButtonElement>(el, '[part="action-button"]')[0]!.click();
    await waitUntil(() => shadow(el).querySelector('[data-action-help]'), 'how to book');
    await checkPage(el, 'service details with how to book');
  });

  it('another service’s details: languages, prices, places and times', async () => {
    const el = await finder({}, { 'page-size': '100' });
    await open(el, 'family-hub-information');
    await checkPage(el, 'service details with languages');
    query<HTMLButtonElement>(el, '.hub-back-link').click();
    await el.updateComplete;
    await open(el, 'rhyme-time');
    await checkPage(el, 'service details with a regular time');
  });

  it('the problem state, and topics that would not load', async () => {
    const el = await renderFinder({
      adapter: markedAdapter(memoryAdapter({ fail: { network: true } })),
      attributes: HUB,
      waitForResults: false,
    });
    await waitUntil(() => shadow(el).querySelector('[data-problem-heading]') && shadow(el).textContent!.includes(translate('en-GB', 'finder.categories.problem')), 'the problem state');
    await checkPage(el, 'problem');
  });

  it('the configuration state (no adapter)', async () => {
    const el = document.createElement('hub-service-finder');
    el.setAttribute('hub-phone', '01632 960 001');
    document.body.append(el);
    try {
      await el.updateComplete;
      await checkPage(el, 'configuration');
    } finally {
      el.remove();
    }
  });

  it('says what it found, in the family’s language, to screen-reader users', async () => {
    const el = await finder();
    el.setAttribute('lang', 'cy');
    await nextRender(el);
    await tick(el, 'input[name="free"][value="free"]');
    await waitUntil(() => /wedi’u canfod|wedi’i ganfod/.test(announced(el)), `a Welsh announcement (got "${announced(el)}")`, { timeout: 3000 });
    expect(query(el, '[data-results-heading]').textContent).to.match(/wedi’u canfod|wedi’i ganfod/);
    el.setAttribute('lang', 'ar');
    await nextRender(el);
    await tick(el, 'input[name="free"][value="free"]');
    await waitUntil(() => /تم العثور/.test(announced(el)), `an Arabic announcement (got "${announced(el)}")`, { timeout: 3000 });
    expect(el.getAttribute('dir')).to.equal('rtl');
  });
});
