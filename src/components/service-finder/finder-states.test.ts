import { expect, waitUntil } from '@open-wc/testing';
import { capabilities, ADAPTER_METHODS, type AdapterMethod, type CallOptions, type HubAdapter } from '../../core/adapter.js';
import { AdapterError } from '../../core/errors.js';
import type { HubErrorEvent } from '../../core/events.js';
import type { SearchFilter, ServiceQuery } from '../../core/model.js';
import { demoPostcodes } from '../../adapters/memory/index.js';
import { expectAccessible } from '../../test-support/a11y.js';
import type { HubServiceFinder } from './hub-service-finder.js';
import {
  announced,
  backendPage,
  checkboxLabelled,
  choose,
  cleanUp,
  focused,
  heading,
  memoryAdapter,
  nextSearch,
  query,
  queryAll,
  renderFinder,
  resultIds,
  shadow,
  spy,
  toggle,
  waitForAnnouncement,
} from './test-helpers.js';

afterEach(cleanUp);

function text(el: HubServiceFinder): string {
  return shadow(el).textContent!.replace(/\s+/g, ' ');
}

/** The memory adapter as a feed that can only do some filters itself (and, optionally, no postcodes). */
function limitedAdapter(filters: SearchFilter[], options: { postcodes?: boolean } = {}): HubAdapter {
  const inner = memoryAdapter();
  const methods = ADAPTER_METHODS.filter((m) => options.postcodes !== false || m !== 'lookupPostcode') as AdapterMethod[];
  const adapter: HubAdapter = {
    capabilities: capabilities(methods, filters),
    searchServices: (q, o) => {
      // A backend that ignores what it cannot do, as real feeds do.
      const honoured = Object.fromEntries(Object.entries(q).filter(([key]) => filters.includes(key as SearchFilter) || key === 'page' || key === 'perPage' || (key === 'radiusMiles' && filters.includes('near'))));
      return inner.searchServices(honoured, o);
    },
    getService: (id, o) => inner.getService(id, o),
    listCategories: (o) => inner.listCategories(o),
    listSessions: (q, o) => inner.listSessions(q, o),
    book: (r, o) => inner.book(r, o),
    cancelBooking: (r, o) => inner.cancelBooking(r, o),
    submitSelfReferral: (r, o) => inner.submitSelfReferral(r, o),
    submitPanelApplication: (r, o) => inner.submitPanelApplication(r, o),
  };
  if (options.postcodes !== false) adapter.lookupPostcode = (p, o) => inner.lookupPostcode(p, o);
  return adapter;
}

/** Counts the calls of one adapter method from now on. */
function countCalls(adapter: HubAdapter, method: 'listCategories'): () => number {
  let calls = 0;
  const original = adapter[method].bind(adapter);
  adapter[method] = (options?: CallOptions) => {
    calls += 1;
    return original(options);
  };
  return () => calls;
}

/** Types search words and waits for the search they start. */
async function searchFor(el: HubServiceFinder, words: string) {
  const searched = nextSearch(el);
  const input = query<HTMLInputElement>(el, '#finder-text');
  input.value = words;
  input.dispatchEvent(new Event('input'));
  await searched;
}

async function typePostcodeAndSearch(el: HubServiceFinder, postcode: string) {
  const input = query<HTMLInputElement>(el, '#finder-postcode');
  input.focus();
  input.value = postcode;
  input.dispatchEvent(new Event('input'));
  query<HTMLButtonElement>(el, '.finder-search button[type="submit"]').click();
  await el.updateComplete;
}

describe('<hub-service-finder> states', () => {
  it('without a backend: says the page is not set up, with the phone number, never a blank box', async () => {
    const el = document.createElement('hub-service-finder');
    el.setAttribute('hub-phone', '01632 960 001');
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.contain('This form is not set up yet');
    expect(query<HTMLAnchorElement>(el, 'a[href^="tel:"]').getAttribute('href')).to.equal('tel:+441632960001');
    await expectAccessible(el, 'configuration error');
    el.remove();
  });

  it('a named adapter that cannot be built (no api-base): the same "not set up" message', async () => {
    const el = document.createElement('hub-service-finder');
    el.setAttribute('adapter', 'http');
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.contain('This form is not set up yet');
    el.remove();
  });

  it('loading: shown and announced, then the results', async () => {
    const el = await renderFinder({ adapter: memoryAdapter({ latencyMs: 400 }), waitForResults: false });
    await el.updateComplete;
    expect(query(el, '[data-results-loading]').textContent).to.contain('Loading services…');
    await waitForAnnouncement(el, 'Loading services');
    await expectAccessible(el, 'loading');
    await waitUntil(() => shadow(el).querySelector('[data-results-heading]'), 'results shown', { timeout: 5000 });
    expect(heading(el)).to.match(/services found/);
  });

  it('a slow later search says "Updating results…" and is announced', async () => {
    const el = await renderFinder({ adapter: memoryAdapter({ latencyMs: 900 }) });
    const searched = nextSearch(el);
    checkboxLabelled(el, 'Only show free services').click();
    await el.updateComplete;
    expect(query(el, '.finder-results').getAttribute('aria-busy')).to.equal('true');
    expect(query(el, '.finder-updating').textContent).to.contain('Updating results…');
    await waitForAnnouncement(el, 'Searching');
    await searched;
    expect(query(el, '.finder-results').getAttribute('aria-busy')).to.equal('false');
  });

  it('no results: says so, lists each filter in use with a way to remove it, and gives the phone number', async () => {
    const el = await renderFinder({ attributes: { 'hub-phone': '01632 960 001', 'hub-name': 'Brackenford Family Hubs' } });
    await choose(el, '#age-0', 'pregnancy');
    const input = query<HTMLInputElement>(el, '#finder-text');
    input.value = 'trampolining';
    input.dispatchEvent(new Event('input'));
    const searched = nextSearch(el);
    query<HTMLButtonElement>(el, '.finder-search button[type="submit"]').click();
    const event = await searched;
    expect(event.detail.resultCount).to.equal(0);
    expect(heading(el)).to.equal('No services found');
    await waitForAnnouncement(el, 'No services found');
    expect(text(el)).to.contain('Try removing a filter').and.contain('Check the spelling');
    expect(queryAll(el, '.finder-chip').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Remove filter: Search: trampolining×',
      'Remove filter: Pregnant, or my partner is×',
    ]);
    expect(text(el)).to.contain('You can call Brackenford Family Hubs on 01632 960 001');
    await expectAccessible(el, 'no results');
    const again = nextSearch(el);
    query<HTMLButtonElement>(el, '[data-chip="0"]').click();
    await again;
    expect(query<HTMLInputElement>(el, '#finder-text').value).to.equal('');
    expect(heading(el)).to.match(/\d+ services found/);
  });

  it('a postcode in the wrong format: inline error, focus on the box, announced, and no search', async () => {
    const spied = spy(memoryAdapter());
    const el = await renderFinder({ adapter: spied.adapter });
    const before = spied.searches.length;
    await typePostcodeAndSearch(el, 'BK1');
    await waitForAnnouncement(el, 'Error: Enter a full UK postcode');
    const input = query<HTMLInputElement>(el, '#finder-postcode');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('finder-postcode-error');
    expect(query(el, '#finder-postcode-error').textContent).to.contain('Enter a full UK postcode');
    expect(focused(el)).to.equal(input);
    expect(spied.searches.length).to.equal(before);
    await expectAccessible(el, 'bad postcode');
  });

  it('an unknown postcode: says it could not be found; fixing it clears the error', async () => {
    const el = await renderFinder();
    await typePostcodeAndSearch(el, 'BK9 9ZZ');
    await waitForAnnouncement(el, 'We could not find that postcode');
    expect(query(el, '#finder-postcode-error').textContent).to.contain('We could not find that postcode. Check it, or leave it blank');
    expect(queryAll(el, '.finder-chip').some((c) => c.textContent!.includes('Near'))).to.be.false;
    await expectAccessible(el, 'unknown postcode');
    const searched = nextSearch(el);
    await typePostcodeAndSearch(el, 'BK2 4PA');
    await searched;
    expect(shadow(el).querySelector('#finder-postcode-error')).to.equal(null);
    expect(text(el)).to.contain('Nearest first');
  });

  it('a postcode look-up that gives up by itself: the problem and Try again, not "Updating results…" for ever', async () => {
    const adapter = memoryAdapter();
    const lookUp = adapter.lookupPostcode.bind(adapter);
    let givesUp = true;
    // As the built-in adapters answer when their own time limit fires: aborted, though no newer search asked.
    adapter.lookupPostcode = (postcode, options) =>
      givesUp ? Promise.reject(new AdapterError('aborted', 'The request was cancelled')) : lookUp(postcode, options);
    const el = await renderFinder({ adapter, attributes: { 'hub-phone': '01632 960 001' } });
    await typePostcodeAndSearch(el, 'BK2 4PA');
    await waitUntil(() => shadow(el).querySelector('[part="problem"]'), 'problem shown');
    expect(query(el, '.finder-results').getAttribute('aria-busy')).to.equal('false');
    expect(text(el)).to.contain('01632 960 001');
    givesUp = false;
    const searched = nextSearch(el);
    queryAll<HTMLButtonElement>(el, '[part="problem"] button').find((b) => b.textContent!.includes('Try again'))!.click();
    await searched;
    expect(text(el)).to.contain('Nearest first');
  });

  it('a distance without a postcode asks for the postcode', async () => {
    const el = await renderFinder();
    const select = query<HTMLSelectElement>(el, '#finder-distance');
    select.value = '5';
    select.dispatchEvent(new Event('change'));
    await waitForAnnouncement(el, 'Enter a postcode to search within 5 miles');
    expect(query(el, '#finder-postcode-error').textContent).to.contain('Enter a postcode to search within 5 miles');
  });

  it('backend down: apology, phone number, Try again; the host hears hub-error with the code only', async () => {
    const adapter = memoryAdapter({ fail: { network: ['searchServices'] } });
    const errors: HubErrorEvent[] = [];
    document.addEventListener('hub-error', (e) => errors.push(e), { once: true });
    const el = await renderFinder({ adapter, waitForResults: false, attributes: { 'hub-phone': '01632 960 001' } });
    await waitUntil(() => shadow(el).querySelector('[part="problem"]'), 'problem shown');
    expect(text(el)).to.contain('Sorry, there is a problem with this service').and.contain('01632 960 001');
    expect(errors[0]!.detail).to.deep.equal({ widget: 'service-finder', code: 'network' });
    await waitForAnnouncement(el, 'Sorry, there is a problem with this service');
    await expectAccessible(el, 'backend down');
    adapter.setFailures({});
    const searched = nextSearch(el);
    queryAll<HTMLButtonElement>(el, '[part="problem"] button').find((b) => b.textContent!.includes('Try again'))!.click();
    await searched;
    expect(heading(el)).to.match(/services found/);
  });

  it('invalid data from the backend: apology and phone number, no Try again', async () => {
    const el = await renderFinder({
      adapter: memoryAdapter({ fail: { invalidResponse: ['searchServices'] } }),
      waitForResults: false,
      attributes: { 'hub-phone': '01632 960 001' },
    });
    await waitUntil(() => shadow(el).querySelector('[part="problem"]'), 'problem shown');
    expect(text(el)).to.contain('Sorry, there is a problem with this service').and.contain('Try again later');
    expect(queryAll(el, '[part="problem"] button')).to.have.length(0);
    await expectAccessible(el, 'invalid data');
  });

  it('categories that fail to load: a short message and Try again; the rest of the finder works', async () => {
    const adapter = memoryAdapter({ fail: { network: ['listCategories'] } });
    const el = await renderFinder({ adapter });
    await waitUntil(() => text(el).includes('We could not load the list of topics.'), 'the topics message');
    expect(heading(el)).to.match(/services found/);
    adapter.setFailures({});
    queryAll<HTMLButtonElement>(el, '.finder-filters button').find((b) => b.textContent!.includes('Try again'))!.click();
    await waitUntil(() => shadow(el).querySelector('details.finder-group'), 'categories loaded');
  });

  it('topics that fail for good (data in the wrong shape) are not asked for again on every search', async () => {
    const adapter = memoryAdapter({ fail: { invalidResponse: ['listCategories'] } });
    const listed = countCalls(adapter, 'listCategories');
    const errors: string[] = [];
    const onError = (e: HubErrorEvent) => errors.push(e.detail.code);
    document.addEventListener('hub-error', onError);
    try {
      const el = await renderFinder({ adapter });
      await waitUntil(() => text(el).includes('We could not load the list of topics.'), 'the topics message');
      await searchFor(el, 'baby');
      await searchFor(el, 'sleep');
      expect(listed()).to.equal(1);
      expect(errors).to.deep.equal(['invalid-response']);
      // Trying again could not help: no button that does nothing, and the words say when to come back.
      expect(text(el)).to.contain('We could not load the list of topics. Try again later.');
      expect(shadow(el).querySelector('[data-topics-retry]')).to.equal(null);
      await expectAccessible(el, 'topics unavailable');
    } finally {
      document.removeEventListener('hub-error', onError);
    }
  });

  /** The finder with searches and topics both down, showing the search problem and the topics message. */
  async function finderInAnOutage() {
    const adapter = memoryAdapter({ fail: { network: ['searchServices', 'listCategories'] } });
    const listed = countCalls(adapter, 'listCategories');
    const el = await renderFinder({ adapter, waitForResults: false });
    await waitUntil(() => shadow(el).querySelector('[part="problem"]') && text(el).includes('We could not load the list of topics.'), 'both problems shown');
    const tryAgain = () => {
      const searched = nextSearch(el);
      queryAll<HTMLButtonElement>(el, '[part="problem"] button').find((b) => b.textContent!.includes('Try again'))!.click();
      return searched;
    };
    return { adapter, el, listed, tryAgain };
  }

  it('its search landmark has a name, so it is told apart from the council site\'s own search', async () => {
    const el = await renderFinder();
    const landmark = query(el, '[role="search"]');
    expect(landmark.getAttribute('aria-label')).to.equal('Find a service');
  });

  it('loading the topics never takes the page\'s focus', async () => {
    const el = await renderFinder({ adapter: memoryAdapter({ latencyMs: 50 }) });
    await waitUntil(() => shadow(el).querySelector('details.finder-group'), 'topics loaded');
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(null);
    expect(document.activeElement).to.equal(document.body);
  });

  it('Try again on the topics, from the keyboard: focus stays on it while they fail, then moves to the first topic', async () => {
    const adapter = memoryAdapter({ fail: { network: ['listCategories'] } });
    const el = await renderFinder({ adapter });
    await waitUntil(() => shadow(el).querySelector('[data-topics-retry]'), 'the topics message');
    const pressTryAgain = async () => {
      const retry = query<HTMLButtonElement>(el, '[data-topics-retry]');
      retry.focus();
      retry.click();
      await el.updateComplete;
      return retry;
    };
    const pressed = await pressTryAgain();
    await waitUntil(() => {
      const active = shadow(el).activeElement;
      return active !== pressed && active?.matches('[data-topics-retry]');
    }, 'focus on the new Try again after another failure');
    adapter.setFailures({});
    await pressTryAgain();
    await waitUntil(() => shadow(el).querySelector('details.finder-group'), 'topics loaded');
    await waitUntil(() => shadow(el).activeElement === query(el, '.finder-group summary'), 'focus on the first topic');
  });

  it('Try again on the topics does not pull focus back from a family who has moved on', async () => {
    const adapter = memoryAdapter({ latencyMs: 300, fail: { network: ['listCategories'] } });
    const el = await renderFinder({ adapter });
    await waitUntil(() => shadow(el).querySelector('[data-topics-retry]'), 'the topics message');
    adapter.setFailures({});
    const retry = query<HTMLButtonElement>(el, '[data-topics-retry]');
    retry.focus();
    retry.click();
    const words = query<HTMLInputElement>(el, '#finder-text');
    words.focus();
    await waitUntil(() => shadow(el).querySelector('details.finder-group'), 'topics loaded');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(el).activeElement).to.equal(words);
  });

  it('topics that failed in the same outage as the search come back by themselves once the search does', async () => {
    const { adapter, el, tryAgain } = await finderInAnOutage();
    adapter.setFailures({});
    await tryAgain();
    await waitUntil(() => shadow(el).querySelector('details.finder-group'), 'categories loaded without their own Try again');
    expect(text(el)).not.to.contain('We could not load the list of topics.');
  });

  it('topics still down when the search comes back: one quiet retry, the message stays, reported once', async () => {
    const errors: string[] = [];
    const onError = (e: HubErrorEvent) => errors.push(e.detail.code);
    document.addEventListener('hub-error', onError);
    try {
      const { adapter, el, listed, tryAgain } = await finderInAnOutage();
      adapter.setFailures({ network: ['listCategories'] });
      await tryAgain();
      await waitUntil(() => listed() === 2, 'the one quiet retry');
      for (const words of ['baby', 'sleep']) {
        await searchFor(el, words);
        expect(text(el)).to.contain('We could not load the list of topics.');
        expect(text(el)).not.to.contain('Loading topics');
      }
      expect(listed()).to.equal(2);
      // The search's failure and the topics' first failure; the quiet retry's is the same outage.
      expect(errors).to.deep.equal(['network', 'network']);
    } finally {
      document.removeEventListener('hub-error', onError);
    }
  });

  it('a backend without postcode look-up: the postcode and distance are hidden, not ignored', async () => {
    const el = await renderFinder({ adapter: limitedAdapter(['text'], { postcodes: false }) });
    expect(shadow(el).querySelector('#finder-postcode')).to.equal(null);
    expect(shadow(el).querySelector('#finder-distance')).to.equal(null);
    await expectAccessible(el, 'no postcodes');
  });

  it('a backend that can only search text: the finder applies ages, cost and distance itself, with right counts and pages', async () => {
    const spied = spy(limitedAdapter(['text', 'categoryIds']));
    const el = await renderFinder({ adapter: spied.adapter });
    await choose(el, '#age-0', 'm7');
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    const searched = nextSearch(el);
    await typePostcodeAndSearch(el, 'BK3 5ST');
    await searched;
    const near = demoPostcodes()['BK3 5ST']!;
    const expected = await backendPage({ ages: [{ kind: 'age', months: 7 }], freeOnly: true, near });
    expect(resultIds(el)).to.deep.equal(expected.items.map((i) => i.id));
    expect(heading(el)).to.equal(`${expected.totalItems} services found`);
    // The backend was only ever asked for what it can do.
    for (const q of spied.searches) expect(Object.keys(q).filter((k) => !['page', 'perPage'].includes(k))).to.deep.equal([]);
  });

  it('moved elsewhere in the page, it starts again and keeps working', async () => {
    const el = await renderFinder();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    const searched = nextSearch(el);
    elsewhere.append(el);
    await searched;
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    expect(heading(el)).to.equal(`${(await backendPage({ freeOnly: true })).totalItems} services found`);
    elsewhere.remove();
  });

  it('a newer search aborts the older one', async () => {
    const spied = spy(memoryAdapter({ latencyMs: 150 }));
    const el = await renderFinder({ adapter: spied.adapter });
    const searched = nextSearch(el);
    checkboxLabelled(el, 'Only show free services').click();
    await el.updateComplete;
    checkboxLabelled(el, 'Monday').click();
    await searched;
    const [older, newer] = spied.signals.slice(-2);
    expect(older!.aborted).to.be.true;
    expect(newer!.aborted).to.be.false;
    const expected = await backendPage({ freeOnly: true, days: ['MO'] });
    expect(resultIds(el)).to.deep.equal(expected.items.map((i) => i.id));
  });

  it('a stale answer never replaces a newer one, even from a backend that ignores the abort', async () => {
    const inner = memoryAdapter();
    let releaseSlow: () => void = () => {};
    const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
    const stubborn: HubAdapter = new Proxy(inner, {
      get(target, property) {
        if (property === 'searchServices') {
          return async (q: ServiceQuery, o?: CallOptions) => {
            const answer = await target.searchServices(q, {}); // ignores the signal on purpose
            if (q.freeOnly) await slowGate;
            void o;
            return answer;
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const el = await renderFinder({ adapter: stubborn });
    const allIds = resultIds(el);
    const events: number[] = [];
    el.addEventListener('hub-search', (e) => events.push(e.detail.resultCount));
    checkboxLabelled(el, 'Only show free services').click(); // slow, answered last
    await el.updateComplete;
    const searched = nextSearch(el);
    checkboxLabelled(el, 'Only show free services').click(); // fast, the newest
    await searched;
    releaseSlow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(allIds);
    expect(events).to.have.length(1);
    expect(checkboxLabelled(el, 'Only show free services').checked).to.be.false;
    expect(announced(el)).to.not.contain('Error');
  });
});
