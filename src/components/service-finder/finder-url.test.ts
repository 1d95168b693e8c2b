import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../../test-support/a11y.js';
import type { HubServiceFinder } from './hub-service-finder.js';
import {
  backendPage,
  checkboxLabelled,
  choose,
  cleanUp,
  focused,
  nextSearch,
  query,
  queryAll,
  renderFinder,
  resultIds,
  shadow,
  toggle,
} from './test-helpers.js';

const ORIGINAL = location.href;

afterEach(() => {
  cleanUp();
  history.replaceState(null, '', ORIGINAL);
});

function ownParams(): [string, string][] {
  return [...new URLSearchParams(location.search).entries()].filter(([name]) => name.startsWith('hubfinder-'));
}

function back(el: HubServiceFinder, waitForSearch = true) {
  const searched = waitForSearch ? nextSearch(el) : Promise.resolve();
  history.back();
  return searched;
}

async function openCard(el: HubServiceFinder, id: string) {
  query<HTMLElement>(el, `.finder-card [data-service-id="${id}"]`).click();
  await waitUntil(() => shadow(el).querySelector('.finder-details [data-details-heading]') && !shadow(el).querySelector('[data-details-loading]'), 'details shown');
}

describe('<hub-service-finder url-state>', () => {
  it('without url-state the page URL never changes', async () => {
    const el = await renderFinder({ attributes: { 'page-size': '100' } });
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    await openCard(el, resultIds(el)[0]!);
    expect(location.href).to.equal(ORIGINAL);
    expect(query(el, '.finder-card [data-service-id]', ).tagName).to.equal('BUTTON');
  });

  it('puts the chosen filters and page in the URL under hubfinder-, and never the words, postcode or ages', async () => {
    const el = await renderFinder({ attributes: { 'url-state': '' } });
    const text = query<HTMLInputElement>(el, '#finder-text');
    text.value = 'baby';
    text.dispatchEvent(new Event('input'));
    const postcode = query<HTMLInputElement>(el, '#finder-postcode');
    postcode.value = 'BK1 3QT';
    postcode.dispatchEvent(new Event('input'));
    let searched = nextSearch(el);
    query<HTMLButtonElement>(el, '.finder-search button[type="submit"]').click();
    await searched;
    await choose(el, '#age-0', 'pregnancy');
    await choose(el, '#finder-distance', '5');
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    await toggle(el, `#${checkboxLabelled(el, 'Monday').id}`);
    await choose(el, '#finder-language', 'pl');
    expect(ownParams()).to.deep.equal([
      ['hubfinder-day', 'MO'],
      ['hubfinder-free', 'yes'],
      ['hubfinder-language', 'pl'],
    ]);
    expect(new URLSearchParams(location.search).get('wtr-session-id'), 'the page’s own parameters stay').to.equal(new URL(ORIGINAL).searchParams.get('wtr-session-id'));
    const url = decodeURIComponent(location.href).replace(/\+/g, ' ');
    expect(url).to.not.match(/baby|BK1|3QT|pregnan|miles|radius/i);
  });

  it('records the page number', async () => {
    const el = await renderFinder({ attributes: { 'url-state': '' } });
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    const searched = nextSearch(el);
    queryAll<HTMLButtonElement>(el, '.hub-pagination button').find((b) => b.textContent!.includes('Next'))!.click();
    await searched;
    expect(ownParams()).to.deep.equal([
      ['hubfinder-free', 'yes'],
      ['hubfinder-page', '2'],
    ]);
    await back(el);
    expect(ownParams()).to.deep.equal([['hubfinder-free', 'yes']]);
    expect(query(el, '.finder-results__summary').textContent).to.contain('Showing 1 to 10');
  });

  it('the browser’s Back button undoes filter changes, one at a time, keeping the words typed', async () => {
    const el = await renderFinder({ attributes: { 'url-state': '' } });
    const all = resultIds(el);
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    await toggle(el, `#${checkboxLabelled(el, 'Monday').id}`);
    expect(checkboxLabelled(el, 'Monday').checked).to.be.true;
    await back(el);
    expect(checkboxLabelled(el, 'Monday').checked).to.be.false;
    expect(checkboxLabelled(el, 'Only show free services').checked).to.be.true;
    expect(resultIds(el)).to.deep.equal((await backendPage({ freeOnly: true })).items.map((i) => i.id));
    await back(el);
    expect(checkboxLabelled(el, 'Only show free services').checked).to.be.false;
    expect(resultIds(el)).to.deep.equal(all);
    const forward = nextSearch(el);
    history.forward();
    await forward;
    expect(checkboxLabelled(el, 'Only show free services').checked).to.be.true;
  });

  it('a service’s details get their own history entry: Back returns to the results with focus on the service', async () => {
    const el = await renderFinder({ attributes: { 'url-state': 'sfl', 'page-size': '100' } });
    const card = query<HTMLAnchorElement>(el, '.finder-card [data-service-id="rhyme-time"]');
    expect(card.tagName).to.equal('A');
    expect(new URL(card.href).searchParams.get('sfl-service')).to.equal('rhyme-time');
    await openCard(el, 'rhyme-time');
    expect(new URLSearchParams(location.search).get('sfl-service')).to.equal('rhyme-time');
    history.back();
    await waitUntil(() => focused(el)?.getAttribute('data-service-id') === 'rhyme-time', 'focus back on the card');
    expect(new URLSearchParams(location.search).get('sfl-service')).to.equal(null);
    expect(shadow(el).querySelector('.finder-details')).to.equal(null);
    history.forward();
    await waitUntil(() => shadow(el).querySelector('.finder-details [data-details-heading]')?.textContent === 'Rhyme time at the library', 'details again');
    // The widget's own "Back to results" goes back through the same history entry.
    query<HTMLButtonElement>(el, '[part="back-link"]').click();
    await waitUntil(() => focused(el)?.getAttribute('data-service-id') === 'rhyme-time', 'focus back on the card');
    expect(new URLSearchParams(location.search).get('sfl-service')).to.equal(null);
  });

  it('"Back to results" clicked twice before the browser has gone back goes back once', async () => {
    const el = await renderFinder({ attributes: { 'url-state': '', 'page-size': '100' } });
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    await openCard(el, resultIds(el)[0]!);
    const backLink = query<HTMLButtonElement>(el, '[part="back-link"]');
    backLink.click();
    backLink.click();
    await waitUntil(() => shadow(el).querySelector('[data-results-heading]'), 'results again');
    await new Promise((settle) => setTimeout(settle, 100)); // time for a second traversal, if one was asked for
    expect(ownParams(), 'one step back: the free filter is still chosen').to.deep.equal([['hubfinder-free', 'yes']]);
    expect(checkboxLabelled(el, 'Only show free services').checked).to.be.true;
  });

  it('a bookmarked URL opens with its filters, page and service, without moving focus', async () => {
    history.replaceState(null, '', `${ORIGINAL}&hubfinder-free=yes&hubfinder-page=2&hubfinder-service=rhyme-time`);
    const before = document.activeElement;
    const el = await renderFinder({ attributes: { 'url-state': '' } });
    await waitUntil(() => shadow(el).querySelector('.finder-details [data-details-heading]'), 'details open');
    expect(document.activeElement).to.equal(before);
    query<HTMLButtonElement>(el, '[part="back-link"]').click();
    await el.updateComplete;
    expect(checkboxLabelled(el, 'Only show free services').checked).to.be.true;
    expect(resultIds(el)).to.deep.equal((await validatingPage({ freeOnly: true }, 2)));
    expect(new URLSearchParams(location.search).get('hubfinder-service')).to.equal(null);
    await expectAccessible(el, 'from a bookmark');
  });

  it('a bookmarked service that no longer exists: says it could not be found, with a way back', async () => {
    history.replaceState(null, '', `${ORIGINAL}&hubfinder-service=gone-away`);
    const el = await renderFinder({ attributes: { 'url-state': '' } });
    await waitUntil(() => shadow(el).querySelector('.finder-details [part="problem"]'), 'problem shown');
    expect(shadow(el).textContent).to.contain('We could not find what you were looking for');
    await expectAccessible(el, 'service not found');
    query<HTMLButtonElement>(el, '[part="back-link"]').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-results-heading]')).to.exist;
  });
});

describe('<hub-service-finder> keeps personal data in the page', () => {
  it('writes nothing to storage, cookies or the console, whatever the family types', async () => {
    const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const logged: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => {
      console[m] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    });
    try {
      const el = await renderFinder({ attributes: { 'url-state': '', 'page-size': '100' } });
      const text = query<HTMLInputElement>(el, '#finder-text');
      text.value = 'feeding';
      text.dispatchEvent(new Event('input'));
      const postcode = query<HTMLInputElement>(el, '#finder-postcode');
      postcode.value = 'BK2 4PA';
      postcode.dispatchEvent(new Event('input'));
      const searched = nextSearch(el);
      query<HTMLButtonElement>(el, '.finder-search button[type="submit"]').click();
      await searched;
      await choose(el, '#age-0', 'pregnancy');
      await openCard(el, resultIds(el)[0]!);
      queryAll<HTMLButtonElement>(el, '[part="action-button"]')[0]?.click();
      await el.updateComplete;
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    }
    expect(localStorage.length).to.equal(before.local);
    expect(sessionStorage.length).to.equal(before.session);
    expect(document.cookie).to.equal(before.cookie);
    expect(logged.join('\n')).to.not.match(/feeding|BK2|4PA|pregnan/i);
    expect(decodeURIComponent(location.href)).to.not.match(/feeding|BK2|4PA|pregnan/i);
  });
});

async function validatingPage(q: Parameters<typeof backendPage>[0], page: number) {
  const { validatingAdapter } = await import('../../core/adapter.js');
  const { memoryAdapter } = await import('./test-helpers.js');
  return (await validatingAdapter(memoryAdapter()).searchServices({ ...q, page, perPage: 10 })).items.map((i) => i.id);
}
