import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoPostcodes } from '../../adapters/memory/index.js';
import { expectAccessible } from '../../test-support/a11y.js';
import {
  announced,
  backendPage,
  cardFacts,
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
  resultNames,
  spy,
  toggle,
  waitForAnnouncement,
} from './test-helpers.js';
import type { HubServiceFinder } from './hub-service-finder.js';
import type { ServiceQuery } from '../../core/model.js';

afterEach(cleanUp);

/** The finder shows the backend's own first page and count for the same query. */
async function expectSameAsBackend(el: HubServiceFinder, q: ServiceQuery) {
  const backend = await backendPage(q);
  expect(backend.totalItems, 'the query finds something').to.be.greaterThan(0);
  expect(resultIds(el)).to.deep.equal(backend.items.map((i) => i.id));
  expect(heading(el)).to.equal(`${backend.totalItems} ${backend.totalItems === 1 ? 'service' : 'services'} found`);
  return backend;
}

function chips(el: HubServiceFinder): string[] {
  return queryAll(el, '.finder-chip').map((chip) => chip.textContent!.replace(/\s+/g, ' ').replace('×', '').trim());
}

async function submitPostcode(el: HubServiceFinder, postcode: string) {
  const input = query<HTMLInputElement>(el, '#finder-postcode');
  input.value = postcode;
  input.dispatchEvent(new Event('input'));
  const searched = nextSearch(el);
  query<HTMLButtonElement>(el, '.finder-search button[type="submit"]').click();
  return searched;
}

describe('<hub-service-finder> filters, against the memory adapter', () => {
  it('shows every active service first, sorted by name, with the count announced', async () => {
    const el = await renderFinder();
    const backend = await expectSameAsBackend(el, {});
    expect(query(el, '.finder-results__summary').textContent).to.contain(`Showing 1 to 10 of ${backend.totalItems}`);
    await waitForAnnouncement(el, `${backend.totalItems} services found`);
    await expectAccessible(el, 'first results');
  });

  it('free text is debounced into one search, and matches name, description and organisation', async () => {
    const spied = spy(memoryAdapter());
    const el = await renderFinder({ adapter: spied.adapter });
    const before = spied.searches.length;
    query<HTMLInputElement>(el, '#finder-text').focus();
    const searched = nextSearch(el);
    await sendKeys({ type: 'breast pump' });
    await searched;
    expect(spied.searches.length - before, 'one search for the whole word').to.equal(1);
    expect(spied.searches.at(-1)!.text).to.equal('breast pump');
    await expectSameAsBackend(el, { text: 'breast pump' });
    expect(resultNames(el)).to.include('Breast pump loan');
    expect(chips(el)).to.include('Remove filter: Search: breast pump');
  });

  it('categories: a collapsible group per parent; ticking a child narrows the results and says how many are ticked', async () => {
    const el = await renderFinder();
    const groups = queryAll<HTMLDetailsElement>(el, 'details.finder-group');
    expect(groups.length).to.be.greaterThan(3);
    expect(groups.every((g) => !g.open), 'groups start closed').to.be.true;
    const group = groups.find((g) => g.querySelector('summary')!.textContent!.includes('Pregnancy, birth and early years'))!;
    group.querySelector('summary')!.click();
    await el.updateComplete;
    expect(group.open).to.be.true;
    const feeding = checkboxLabelled(el, 'Infant feeding support (including breastfeeding)');
    const searched = nextSearch(el);
    feeding.click();
    await searched;
    await expectSameAsBackend(el, { categoryIds: ['pregnancy-birth-and-early-years/infant-feeding-support-including-breastfeeding'] });
    expect(group.querySelector('summary')!.textContent).to.contain('(1 selected)');
    expect(chips(el)).to.include('Remove filter: Infant feeding support (including breastfeeding)');
    expect(group.open, 'the group stays open').to.be.true;
    await expectAccessible(el, 'category ticked');
  });

  it('child’s age: "Pregnant, or my partner is" finds antenatal services only', async () => {
    const el = await renderFinder();
    await choose(el, '#age-0', 'pregnancy');
    await expectSameAsBackend(el, { ages: [{ kind: 'pregnancy' }] });
    expect(resultNames(el)).to.include('Bump to Baby: antenatal course');
    expect(cardFacts(el).every((facts) => facts.Ages!.startsWith('During pregnancy'))).to.be.true;
    expect(chips(el)).to.include('Remove filter: Pregnant, or my partner is');
  });

  it('child’s age in months: a 7-month-old gets baby services, not antenatal-only ones', async () => {
    const el = await renderFinder({ attributes: { 'page-size': '100' } });
    await choose(el, '#age-0', 'm7');
    const backend = await backendPage({ ages: [{ kind: 'age', months: 7 }] }, 100);
    expect(resultIds(el)).to.deep.equal(backend.items.map((i) => i.id));
    expect(resultNames(el)).to.include('Dads-to-be and new dads evening').and.not.include('Bump to Baby: antenatal course');
    expect(chips(el)).to.include('Remove filter: 7 months');
  });

  it('more than one child: services for any of them; each child has its own remove button', async () => {
    const el = await renderFinder();
    await choose(el, '#age-0', 'pregnancy');
    query<HTMLButtonElement>(el, '.finder-ages .hub-button').click();
    await el.updateComplete;
    expect(focused(el)?.id, 'focus moves to the new child’s age').to.equal('age-1');
    expect(query(el, 'label[for="age-1"]').textContent).to.equal('Child 2');
    await choose(el, '#age-1', 'y15');
    await expectSameAsBackend(el, { ages: [{ kind: 'pregnancy' }, { kind: 'age', months: 180 }] });
    expect(chips(el)).to.include.members(['Remove filter: Pregnant, or my partner is', 'Remove filter: 15 years']);
    await expectAccessible(el, 'two children');
    // Removing the first child keeps the second.
    const searched = nextSearch(el);
    queryAll<HTMLButtonElement>(el, '.finder-age-remove')[0]!.click();
    await searched;
    await expectSameAsBackend(el, { ages: [{ kind: 'age', months: 180 }] });
    expect(query<HTMLSelectElement>(el, '#age-0').value).to.equal('y15');
  });

  it('19 to 25 with SEND finds services that run to 25 for young people with SEND', async () => {
    const el = await renderFinder();
    await choose(el, '#age-0', 'y22s');
    await expectSameAsBackend(el, { ages: [{ kind: 'age', months: 264, send: true }] });
  });

  it('postcode: nearest first, with each card’s distance; then within a distance', async () => {
    const el = await renderFinder();
    const searched = await submitPostcode(el, 'bk3 5st');
    const near = demoPostcodes()['BK3 5ST']!;
    await expectSameAsBackend(el, { near });
    expect(query(el, '.finder-results__summary').textContent).to.contain('Nearest first');
    const where = cardFacts(el).map((facts) => facts.Where!);
    expect(where[0]).to.match(/, [\d.]+ miles? away/);
    const miles = where.filter((w) => /away/.test(w)).map((w) => Number(/([\d.]+) miles? away/.exec(w)![1]));
    expect(miles).to.deep.equal([...miles].sort((a, b) => a - b));
    expect(searched.detail.filters).to.include('near');
    expect(chips(el)).to.include('Remove filter: Near BK3 5ST');

    const within = await choose(el, '#finder-distance', '1');
    await expectSameAsBackend(el, { near, radiusMiles: 1 });
    expect(within.detail.filters).to.include.members(['near', 'radiusMiles']);
    expect(chips(el)).to.include('Remove filter: Within 1 mile');
  });

  it('day of the week: Saturday', async () => {
    const el = await renderFinder();
    await toggle(el, `#${checkboxLabelled(el, 'Saturday').id}`);
    await expectSameAsBackend(el, { days: ['SA'] });
    // Each card shows the time that falls on the chosen day.
    expect(cardFacts(el).every((facts) => /Saturday|Every day|day of the month/.test(facts.When!))).to.be.true;
  });

  it('free only: every card says Free', async () => {
    const el = await renderFinder();
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    await expectSameAsBackend(el, { freeOnly: true });
    expect(cardFacts(el).every((facts) => facts.Cost === 'Free')).to.be.true;
    expect(chips(el)).to.include('Remove filter: Free only');
  });

  it('delivery mode: by phone', async () => {
    const el = await renderFinder();
    await toggle(el, `#${checkboxLabelled(el, 'By phone').id}`);
    await expectSameAsBackend(el, { deliveryModes: ['telephone'] });
    expect(cardFacts(el).every((facts) => facts['How it is delivered']!.includes('by phone') || facts['How it is delivered']!.startsWith('By phone'))).to.be.true;
  });

  it('language: Welsh', async () => {
    const el = await renderFinder();
    const options = queryAll<HTMLOptionElement>(el, '#finder-language option').map((o) => o.textContent!.trim());
    expect(options).to.include.members(['Any language', 'Welsh', 'Polish', 'British Sign Language', 'Bengali']);
    await choose(el, '#finder-language', 'cy');
    await expectSameAsBackend(el, { languages: ['cy'] });
    expect(resultNames(el)).to.include('Welsh-language rhyme time (Amser rhigwm)');
    expect(chips(el)).to.include('Remove filter: In Welsh');
  });

  it('at a Family Hub building: every card is tagged', async () => {
    const el = await renderFinder();
    await toggle(el, `#${checkboxLabelled(el, 'Only services at a Family Hub building').id}`);
    await expectSameAsBackend(el, { atFamilyHub: true });
    expect(queryAll(el, '.finder-card').every((card) => card.textContent!.includes('At a Family Hub'))).to.be.true;
  });

  it('removing a filter button searches again and keeps focus in the list; "Clear all filters" resets everything', async () => {
    const el = await renderFinder();
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    await choose(el, '#age-0', 'm3');
    expect(chips(el)).to.deep.equal(['Remove filter: 3 months', 'Remove filter: Free only']);
    let searched = nextSearch(el);
    query<HTMLButtonElement>(el, '[data-chip="0"]').click();
    await searched;
    expect(chips(el)).to.deep.equal(['Remove filter: Free only']);
    expect(query<HTMLSelectElement>(el, '#age-0').value, 'the control follows').to.equal('');
    expect((focused(el) as HTMLElement).dataset.chip).to.equal('0');
    await expectSameAsBackend(el, { freeOnly: true });
    searched = nextSearch(el);
    query<HTMLButtonElement>(el, '[data-clear-all]').click();
    await searched;
    expect(chips(el)).to.deep.equal([]);
    expect(checkboxLabelled(el, 'Only show free services').checked).to.be.false;
    expect(focused(el)?.hasAttribute('data-results-heading')).to.be.true;
    await expectSameAsBackend(el, {});
  });

  it('pagination: "Showing 11 to 20 of N", focus on the results heading, and the page announced', async () => {
    const el = await renderFinder();
    const total = (await backendPage({})).totalItems;
    const searched = nextSearch(el);
    queryAll<HTMLButtonElement>(el, '.hub-pagination button').find((b) => b.textContent!.includes('Next'))!.click();
    const event = await searched;
    expect(event.detail.page).to.equal(2);
    expect(query(el, '.finder-results__summary').textContent).to.contain(`Showing 11 to 20 of ${total}`);
    const second = await validatingAdapterPage(2);
    expect(resultIds(el)).to.deep.equal(second);
    await waitForAnnouncement(el, `Showing 11 to 20 of ${total}`);
    expect(focused(el)?.hasAttribute('data-results-heading')).to.be.true;
    await expectAccessible(el, 'page 2');
  });

  it('page-size sets the page length; categories limits the finder to a subset such as Start for Life', async () => {
    const el = await renderFinder({ attributes: { 'page-size': '25', categories: 'start-for-life' } });
    const backend = await backendPage({ categoryIds: ['start-for-life'] }, 25);
    expect(resultIds(el)).to.deep.equal(backend.items.map((i) => i.id));
    expect(heading(el)).to.equal(`${backend.totalItems} services found`);
    const groups = queryAll<HTMLDetailsElement>(el, 'details.finder-group');
    expect(groups).to.have.length(1);
    expect(groups[0]!.open, 'a single group starts open').to.be.true;
    expect(groups[0]!.querySelectorAll('input[type="checkbox"]')).to.have.length(6);
  });

  it('hub-search names the filters used and the count, never the postcode or the words typed', async () => {
    const el = await renderFinder();
    const events: CustomEvent[] = [];
    el.addEventListener('hub-search', (e) => events.push(e as unknown as CustomEvent));
    const input = query<HTMLInputElement>(el, '#finder-text');
    input.value = 'dads';
    input.dispatchEvent(new Event('input'));
    await submitPostcode(el, 'BK1 3QT');
    await choose(el, '#age-0', 'pregnancy');
    expect(events.length).to.be.greaterThan(0);
    const last = events.at(-1)!.detail;
    expect(last.filters).to.deep.equal(['text', 'ages', 'near']);
    expect(last.resultCount).to.be.a('number');
    const all = JSON.stringify(events.map((e) => e.detail));
    expect(all).to.not.match(/dads|BK1|3QT|pregnan/i);
    await waitForAnnouncement(el, /services? found/);
    expect(announced(el)).to.not.match(/dads|BK1/i);
  });
});

async function validatingAdapterPage(page: number) {
  const { validatingAdapter } = await import('../../core/adapter.js');
  const result = await validatingAdapter(memoryAdapter()).searchServices({ page, perPage: 10 });
  return result.items.map((i) => i.id);
}
