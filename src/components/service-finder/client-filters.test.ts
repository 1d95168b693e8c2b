import { expect } from '@open-wc/testing';
import { SEARCH_FILTERS, validatingAdapter } from '../../core/adapter.js';
import type { SearchFilter, Service, ServiceQuery, ServiceSummary } from '../../core/model.js';
import { demoCategories, demoPostcodes, demoServices } from '../../adapters/memory/index.js';
import { translator } from '../../i18n/messages.js';
import { ageChoiceGroups, ageChoiceText, childAgeFor, isAgeChoice } from './age-choices.js';
import {
  applyClientFilters,
  atFamilyHub,
  deliveredAnyOf,
  foldText,
  isFree,
  matchesAges,
  matchesCategories,
  matchesText,
  nearestVenue,
  offeredInAnyLanguage,
  runsOnAnyDay,
} from './client-filters.js';
import { allowedCategoryIds, chosenAges, countPanelFiltersInUse, emptyFilters, filtersInUse, toServiceQuery } from './filters.js';
import { pageOf, splitQuery } from './search.js';
import { memoryAdapter } from './test-helpers.js';

const t = translator('en-GB');
const services: Service[] = demoServices().filter((s) => s.status !== 'inactive' && s.status !== 'defunct');
const byId = (id: string) => services.find((s) => s.id === id)!;
const ids = (list: readonly Service[]) => list.map((s) => s.id).sort();
const parentOf = new Map(demoCategories().map((c) => [c.id, c.parentId]));
const postcodes = demoPostcodes();

describe('finder client-side filters (plain functions, demo data)', () => {
  it('folds text: case, accents and apostrophes do not matter', () => {
    expect(foldText("Dad's CAFÉ – Tuesdays")).to.equal('dads cafe tuesdays');
    expect(matchesText(byId('dads-to-be-evening'), 'DADS evening')).to.be.true;
    expect(matchesText(byId('dads-to-be-evening'), 'dads swimming')).to.be.false;
    expect(matchesText(byId('bump-to-baby-course'), '')).to.be.true;
  });

  it('matches a parent category through its children, and a child directly', () => {
    const feeding = byId('feeding-cafe');
    const child = feeding.categories[0]!;
    expect(matchesCategories(feeding, [child.id], parentOf)).to.be.true;
    const parentId = child.parentId ?? parentOf.get(child.id)!;
    expect(matchesCategories({ ...feeding, categories: [{ ...child, parentId: null }] }, [parentId], parentOf)).to.be.true;
    expect(matchesCategories(feeding, ['transport/community-transport'], parentOf)).to.be.false;
  });

  it('ages: pregnancy matches antenatal services only; a 7-month-old is matched in months, not rounded to 0 or 1', () => {
    const pregnancy = services.filter((s) => matchesAges(s, [{ kind: 'pregnancy' }]));
    expect(pregnancy.map((s) => s.id)).to.include('bump-to-baby-course');
    expect(pregnancy.every((s) => s.ageRange.pregnancy)).to.be.true;
    const sevenMonths = services.filter((s) => matchesAges(s, [{ kind: 'age', months: 7 }]));
    expect(sevenMonths.map((s) => s.id)).to.include('dads-to-be-evening').and.not.include('bump-to-baby-course');
    for (const service of sevenMonths) {
      expect(service.ageRange.minMonths, service.id).to.not.equal(null);
      expect(service.ageRange.minMonths!, service.id).to.be.at.most(7);
    }
  });

  it('ages: two children match services for either; SEND extends to 25 only where a service says so', () => {
    const both = services.filter((s) => matchesAges(s, [{ kind: 'pregnancy' }, { kind: 'age', months: 15 * 12 }]));
    const pregnancy = services.filter((s) => matchesAges(s, [{ kind: 'pregnancy' }]));
    const teenager = services.filter((s) => matchesAges(s, [{ kind: 'age', months: 15 * 12 }]));
    expect(ids(both)).to.deep.equal([...new Set([...ids(pregnancy), ...ids(teenager)])].sort());
    const send22 = services.filter((s) => matchesAges(s, [{ kind: 'age', months: 22 * 12, send: true }]));
    const plain22 = services.filter((s) => matchesAges(s, [{ kind: 'age', months: 22 * 12, send: false }]));
    expect(send22.length).to.be.greaterThan(plain22.length);
    expect(send22.every((s) => s.ageRange.sendTo25 || s.ageRange.maxMonths === null)).to.be.true;
  });

  it('days, free only, delivery mode, language and Family Hub building', () => {
    const saturday = services.filter((s) => runsOnAnyDay(s, ['SA']));
    expect(saturday.length).to.be.greaterThan(0).and.lessThan(services.length);
    expect(saturday.every((s) => s.schedules.length > 0)).to.be.true;
    expect(runsOnAnyDay(byId('family-hub-information'), ['SA'])).to.be.true;
    expect(runsOnAnyDay(byId('family-hub-information'), ['SU'])).to.be.false;

    const free = services.filter(isFree);
    expect(free.length).to.be.greaterThan(0).and.lessThan(services.length);

    const online = services.filter((s) => deliveredAnyOf(s, ['online']));
    expect(online.every((s) => s.deliveryModes.includes('online'))).to.be.true;
    expect(deliveredAnyOf(byId('bump-to-baby-course'), ['online', 'telephone'])).to.be.false;

    expect(offeredInAnyLanguage(byId('welsh-rhyme-time'), ['cy'])).to.be.true;
    expect(offeredInAnyLanguage(byId('welsh-rhyme-time'), ['Welsh'])).to.be.true;
    expect(offeredInAnyLanguage(byId('bump-to-baby-course'), ['pl'])).to.be.true;
    expect(offeredInAnyLanguage(byId('bump-to-baby-course'), ['cy'])).to.be.false;
    // A service that lists no languages counts as English.
    expect(offeredInAnyLanguage({ ...byId('bump-to-baby-course'), languages: [] }, ['en'])).to.be.true;

    expect(atFamilyHub(byId('family-hub-information'))).to.be.true;
    expect(services.filter(atFamilyHub).length).to.be.lessThan(services.length);
  });

  it('distance: nearest venue of each service; services with no venue have none', () => {
    const home = postcodes['BK1 3QT']!;
    const info = nearestVenue(byId('family-hub-information'), home)!;
    expect(info.locationId).to.equal('loc-north-hub');
    expect(info.distanceMiles).to.be.lessThan(1);
    expect(nearestVenue(byId('online-parenting-course'), home)).to.equal(null);
  });

  it('applyClientFilters gives the same services as the memory backend, for every filter', async () => {
    const adapter = validatingAdapter(memoryAdapter());
    const queries: ServiceQuery[] = [
      { text: 'baby' },
      { categoryIds: ['pregnancy-birth-and-early-years'] },
      { ages: [{ kind: 'pregnancy' }] },
      { ages: [{ kind: 'age', months: 7, send: false }, { kind: 'age', months: 13 * 12, send: false }] },
      { days: ['SA', 'SU'] },
      { freeOnly: true },
      { deliveryModes: ['online', 'telephone'] },
      { languages: ['pl'] },
      { atFamilyHub: true },
      { near: postcodes['BK3 5ST']!, radiusMiles: 1 },
      { text: 'group', freeOnly: true, days: ['TU'], ages: [{ kind: 'age', months: 18, send: false }] },
    ];
    const all = services as ServiceSummary[];
    for (const query of queries) {
      const backend = await adapter.searchServices({ ...query, perPage: 100 });
      const which = new Set(SEARCH_FILTERS.filter((f) => query[f] !== undefined)) as Set<SearchFilter>;
      const mine = applyClientFilters(all, query, which, parentOf);
      expect(mine.map((s) => s.id).sort(), JSON.stringify(query)).to.deep.equal(backend.items.map((s) => s.id).sort());
    }
  });

  it('with a postcode: sorted nearest first, venues beyond the radius dropped, services with no venue kept last', () => {
    const near = postcodes['BK3 5ST']!;
    const all = services as ServiceSummary[];
    const sorted = applyClientFilters(all, { near }, new Set(['near']));
    expect(sorted).to.have.length(all.length);
    const distances = sorted.map((s) => s.distanceMiles ?? Infinity);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(sorted.at(-1)!.distanceMiles).to.equal(undefined);
    const within = applyClientFilters(all, { near, radiusMiles: 1 }, new Set(['near']));
    expect(within.length).to.be.lessThan(all.length);
    expect(within.every((s) => s.distanceMiles === undefined || s.distanceMiles <= 1)).to.be.true;
    expect(within.some((s) => s.distanceMiles === undefined)).to.be.true;
  });
});

describe('finder filters → query', () => {
  it('age choices: pregnancy, months under 2, years to 19, and 19 to 25 with SEND', () => {
    expect(childAgeFor('pregnancy')).to.deep.equal({ kind: 'pregnancy' });
    expect(childAgeFor('m7')).to.deep.equal({ kind: 'age', months: 7, send: false });
    expect(childAgeFor('y3')).to.deep.equal({ kind: 'age', months: 36, send: false });
    expect(childAgeFor('y22s')).to.deep.equal({ kind: 'age', months: 264, send: true });
    for (const bad of ['', 'm24', 'y1', 'y20', 'y18s', 'y26s', 'x', 'm-1']) expect(isAgeChoice(bad), bad).to.be.false;
    expect(ageChoiceText(t, 'm0')).to.equal('Under 1 month');
    expect(ageChoiceText(t, 'm1')).to.equal('1 month');
    expect(ageChoiceText(t, 'm18')).to.equal('18 months');
    expect(ageChoiceText(t, 'y19s')).to.equal('19 years, with SEND');
    const groups = ageChoiceGroups(t);
    expect(groups.map((g) => g.choices.length)).to.deep.equal([1, 24, 18, 7]);
    expect(groups[0]!.choices[0]!.text).to.equal('Pregnant, or my partner is');
  });

  it('builds a ServiceQuery with only what is set; a categories limit applies when nothing is ticked', () => {
    const filters = { ...emptyFilters(), text: '  sleep ', ages: ['', 'm7', 'pregnancy'], days: ['FR' as const, 'MO' as const], radiusMiles: 5 };
    const query = toServiceQuery(filters, undefined, new Set());
    expect(query).to.deep.equal({ text: 'sleep', ages: [{ kind: 'age', months: 7, send: false }, { kind: 'pregnancy' }], days: ['MO', 'FR'] });
    const near = { latitude: 52.4, longitude: -1 };
    expect(toServiceQuery(filters, near, new Set()).radiusMiles).to.equal(5);
    const allowed = allowedCategoryIds(['start-for-life'], demoCategories());
    expect(allowed.has('start-for-life')).to.be.true;
    expect([...allowed].length).to.equal(7);
    expect(toServiceQuery(emptyFilters(), undefined, allowed).categoryIds).to.have.members([...allowed]);
    const ticked = { ...emptyFilters(), categoryIds: ['parenting-support', 'health/oral-health'] };
    expect(toServiceQuery(ticked, undefined, allowed).categoryIds).to.deep.equal(['parenting-support']);
  });

  it('names the filters in use (never their values) and counts them', () => {
    const filters = { ...emptyFilters(), text: 'x', postcode: 'BK1 3QT', radiusMiles: 2, ages: ['m3', 'y5'], freeOnly: true };
    expect(filtersInUse(filters)).to.deep.equal(['text', 'ages', 'near', 'radiusMiles', 'freeOnly']);
    expect(chosenAges(filters)).to.have.length(2);
    // The panel's own: two ages and free only (the words, postcode and distance are in the search form).
    expect(countPanelFiltersInUse(filters)).to.equal(3);
    expect(filtersInUse(emptyFilters())).to.deep.equal([]);
  });

  it('splits a query between backend and browser by capabilities', () => {
    const query: ServiceQuery = { text: 'a', ages: [{ kind: 'pregnancy' }], near: { latitude: 1, longitude: 1 }, radiusMiles: 2, freeOnly: true };
    const some = splitQuery(query, new Set(['text', 'categoryIds']));
    expect(some.server).to.deep.equal({ text: 'a' });
    expect([...some.client].sort()).to.deep.equal(['ages', 'freeOnly', 'near']);
    const all = splitQuery(query, new Set(SEARCH_FILTERS));
    expect(all.client.size).to.equal(0);
    expect(all.server).to.deep.equal(query);
  });

  it('pages an in-memory list, clamping a page past the end', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, 1, 10)).to.deep.include({ page: 1, totalItems: 23, totalPages: 3, items: items.slice(0, 10) });
    expect(pageOf(items, 3, 10).items).to.deep.equal([20, 21, 22]);
    expect(pageOf(items, 9, 10).page).to.equal(3);
    expect(pageOf([], 2, 10)).to.deep.include({ page: 1, totalPages: 0, items: [] });
  });
});
