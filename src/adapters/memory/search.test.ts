import { expect } from '@open-wc/testing';
import { ADAPTER_METHODS, SEARCH_FILTERS } from '../../core/adapter.js';
import { ageMatchesAny } from '../../core/age.js';
import { distanceMiles } from '../../core/geo.js';
import type { ChildAge, Service, ServiceQuery, ServiceSummary } from '../../core/model.js';
import { scheduleRunsOn } from '../../core/schedule.js';
import { STRANDS, demoServices } from './demo-data.js';
import { failure, makeAdapter } from './test-helpers.js';

const { adapter } = makeAdapter();
const allServices = demoServices();

/** Every result of a query, across all pages. */
async function searchAll(query: ServiceQuery): Promise<ServiceSummary[]> {
  const first = await adapter.searchServices({ ...query, page: 1, perPage: 100 });
  const items = [...first.items];
  for (let page = 2; page <= first.totalPages; page++) items.push(...(await adapter.searchServices({ ...query, page, perPage: 100 })).items);
  return items;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const sevenMonths: ChildAge = { kind: 'age', months: 7, send: false };

describe('MemoryAdapter: directory', () => {
  it('declares every method and every search filter', () => {
    expect([...adapter.capabilities.methods].sort()).to.deep.equal([...ADAPTER_METHODS].sort());
    expect([...adapter.capabilities.searchFilters].sort()).to.deep.equal([...SEARCH_FILTERS].sort());
  });

  it('with no filters, returns every service sorted by name, ten to a page', async () => {
    const page = await adapter.searchServices({});
    expect(page.page).to.equal(1);
    expect(page.perPage).to.equal(10);
    expect(page.items.length).to.equal(10);
    expect(page.totalItems).to.equal(allServices.length);
    const everything = await searchAll({});
    const names = everything.map((s) => s.name);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(everything.every((s) => s.distanceMiles === undefined)).to.equal(true);
  });

  it('pages without gaps or repeats, and an empty page past the end', async () => {
    const everything = await searchAll({});
    const pages: ServiceSummary[] = [];
    const first = await adapter.searchServices({ perPage: 7 });
    expect(first.totalPages).to.equal(Math.ceil(everything.length / 7));
    for (let page = 1; page <= first.totalPages; page++) pages.push(...(await adapter.searchServices({ perPage: 7, page })).items);
    expect(ids(pages)).to.deep.equal(ids(everything));
    const beyond = await adapter.searchServices({ perPage: 7, page: first.totalPages + 1 });
    expect(beyond.items).to.deep.equal([]);
    expect(beyond.totalItems).to.equal(everything.length);
  });

  it('refuses a query in the wrong shape, naming the field', async () => {
    const error = await failure(adapter.searchServices({ perPage: 500 }));
    expect(error.code).to.equal('validation');
    expect(error.fields.map((f) => f.path)).to.include('perPage');
  });

  it('finds text in names, descriptions, organisations and category names, ignoring case and accents', async () => {
    const feeding = await searchAll({ text: 'FEEDING' });
    expect(ids(feeding)).to.include.members(['feeding-cafe', 'breast-pump-loan', 'tongue-tie-clinic']);
    expect(ids(feeding)).to.not.include('youth-justice-service');
    expect(ids(await searchAll({ text: 'milk matters' }))).to.include('breast-pump-loan'); // organisation
    expect(ids(await searchAll({ text: 'birth registration' }))).to.include('birth-registration'); // category
    expect(ids(await searchAll({ text: 'feeding cafe' }))).to.deep.equal(['feeding-cafe']); // "café" in the name
    expect(await searchAll({ text: 'xylophone submarine' })).to.deep.equal([]);
  });

  it('filters by category, a parent category matching all its children, and by Start for Life strand', async () => {
    const oral = await searchAll({ categoryIds: ['health/oral-health'] });
    expect(ids(oral)).to.deep.equal(['toothbrushing-packs']);
    const health = await searchAll({ categoryIds: ['health'] });
    expect(ids(health)).to.include.members(['toothbrushing-packs', 'school-nursing', 'healthy-families-club']);
    expect(health.every((s) => s.categories.some((c) => c.id === 'health' || c.parentId === 'health'))).to.equal(true);
    const feeding = await searchAll({ categoryIds: [STRANDS.infantFeeding] });
    expect(ids(feeding)).to.include('feeding-cafe');
    expect(ids(feeding)).to.not.include('rhyme-time');
  });

  it('finds services for a 7-month-old: baby groups yes, 3 and 4-year-olds and youth clubs no', async () => {
    const found = await searchAll({ ages: [sevenMonths] });
    expect(ids(found)).to.include.members(['baby-massage', 'baby-sensory', 'child-health-clinic', 'stay-and-play']);
    expect(ids(found)).to.not.include.members(['talking-together', 'friday-youth-club', 'bump-to-baby-course']);
    for (const service of found) expect(ageMatchesAny(service.ageRange, [sevenMonths]), service.id).to.equal(true);
  });

  it('finds antenatal services for a pregnancy, and not baby-only ones', async () => {
    const found = await searchAll({ ages: [{ kind: 'pregnancy' }] });
    expect(ids(found)).to.include.members(['bump-to-baby-course', 'community-midwives', 'feeding-cafe']);
    expect(ids(found)).to.not.include.members(['baby-massage', 'baby-sensory']);
  });

  it('matches a family when any one child fits, and extends to 25 only with SEND', async () => {
    const both = await searchAll({ ages: [{ kind: 'pregnancy' }, { kind: 'age', months: 40, send: false }] });
    expect(ids(both)).to.include.members(['bump-to-baby-course', 'talking-together']);
    const withSend = await searchAll({ ages: [{ kind: 'age', months: 22 * 12, send: true }] });
    const withoutSend = await searchAll({ ages: [{ kind: 'age', months: 22 * 12, send: false }] });
    expect(ids(withSend)).to.include('friday-youth-club');
    expect(ids(withoutSend)).to.not.include('friday-youth-club');
  });

  it('sorts by distance from a postcode, giving the nearest venue, with online and phone services last', async () => {
    const home = await adapter.lookupPostcode!('bk3 7pn');
    const found = await searchAll({ near: home });
    expect(found.length).to.equal(allServices.length);
    const located = found.filter((s) => s.distanceMiles !== undefined);
    const distances = located.map((s) => s.distanceMiles!);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(found.slice(located.length).every((s) => s.distanceMiles === undefined && s.locations.every((l) => !l.point))).to.equal(true);
    expect(located[0]!.locations.find((l) => l.id === located[0]!.nearestLocationId)!.locality).to.equal('South');
    for (const service of located) {
      const nearest = Math.min(...service.locations.filter((l) => l.point).map((l) => distanceMiles(home, l.point!)));
      const chosen = service.locations.find((l) => l.id === service.nearestLocationId)!;
      expect(distanceMiles(home, chosen.point!), service.id).to.be.closeTo(nearest, 1e-9);
      expect(service.distanceMiles!, service.id).to.be.closeTo(nearest, 0.01);
    }
    // A service in two places is as near as its nearer one: the feeding café runs in Central and South.
    const cafe = located.find((s) => s.id === 'feeding-cafe')!;
    expect(cafe.nearestLocationId).to.equal('loc-south-hub');
  });

  it('keeps to a radius, but still offers services with no venue', async () => {
    const home = await adapter.lookupPostcode!('BK3 7PN');
    const found = await searchAll({ near: home, radiusMiles: 1 });
    const located = found.filter((s) => s.distanceMiles !== undefined);
    expect(located.length).to.be.greaterThan(0);
    expect(located.every((s) => s.distanceMiles! <= 1)).to.equal(true);
    expect(ids(found)).to.not.include('parent-wellbeing-drop-in'); // North Family Hub only
    expect(ids(found)).to.include('infant-feeding-line'); // a phone line, usable from anywhere
    const village = await adapter.lookupPostcode!('BK4 1AB');
    const far = await searchAll({ near: village, radiusMiles: 1 });
    expect(far.every((s) => s.distanceMiles === undefined)).to.equal(true);
  });

  it('filters by day, using each schedule', async () => {
    const saturdays = await searchAll({ days: ['SA'] });
    expect(ids(saturdays)).to.include.members(['messy-play', 'rhyme-time', 'dads-saturday-play', 'baby-and-toddler-swimming']);
    expect(ids(saturdays)).to.not.include.members(['baby-massage', 'breast-pump-loan']);
    for (const service of saturdays) expect(service.schedules.some((s) => scheduleRunsOn(s, 'SA')), service.id).to.equal(true);
  });

  it('filters to free services', async () => {
    const free = await searchAll({ freeOnly: true });
    expect(free.length).to.be.lessThan(allServices.length);
    expect(free.every((s) => s.cost.free)).to.equal(true);
    expect(ids(free)).to.not.include('baby-and-toddler-swimming');
  });

  it('filters by delivery mode', async () => {
    const online = await searchAll({ deliveryModes: ['online'] });
    expect(ids(online)).to.include.members(['starting-solids-online', 'online-parenting-course']);
    expect(online.every((s) => s.deliveryModes.includes('online'))).to.equal(true);
    const either = await searchAll({ deliveryModes: ['online', 'home_visit'] });
    expect(either.length).to.be.greaterThan(online.length);
  });

  it('filters by language name or code, in any case', async () => {
    const byName = await searchAll({ languages: ['Polish'] });
    const byCode = await searchAll({ languages: ['PL'] });
    expect(byName.length).to.be.greaterThan(0);
    expect(ids(byCode)).to.deep.equal(ids(byName));
    expect(byName.every((s) => s.languages.some((l) => l.code === 'pl'))).to.equal(true);
    expect(ids(await searchAll({ languages: ['bfi'] }))).to.include('family-sign-language');
    expect(ids(await searchAll({ languages: ['welsh'] }))).to.deep.equal(['start-for-life-offer', 'welsh-rhyme-time']);
  });

  it('filters to services at a Family Hub', async () => {
    const atHub = await searchAll({ atFamilyHub: true });
    expect(atHub.every((s) => s.locations.some((l) => l.isFamilyHub))).to.equal(true);
    expect(ids(atHub)).to.include('baby-massage');
    expect(ids(atHub)).to.not.include.members(['rhyme-time', 'infant-feeding-line']);
  });

  it('combines filters', async () => {
    const found = await searchAll({ ages: [sevenMonths], freeOnly: true, days: ['TU'], atFamilyHub: true });
    expect(ids(found)).to.include('baby-massage');
    for (const service of found) {
      expect(service.cost.free && ageMatchesAny(service.ageRange, [sevenMonths])).to.equal(true);
    }
  });

  it('leaves services that have stopped out of search, but can still show them', async () => {
    const stopped: Service = { ...allServices[0]!, id: 'stopped', name: 'Stopped service', status: 'defunct' };
    const { adapter: small } = makeAdapter({ services: [allServices[1]!, stopped] });
    expect(ids((await small.searchServices({})).items)).to.deep.equal([allServices[1]!.id]);
    expect((await small.getService('stopped')).status).to.equal('defunct');
  });

  it('gets one service, or not-found', async () => {
    const service = await adapter.getService('baby-massage');
    expect(service.name).to.equal('Baby massage');
    expect((await failure(adapter.getService('no-such-service'))).code).to.equal('not-found');
  });

  it('lists categories flat, children naming their parent', async () => {
    const categories = await adapter.listCategories();
    const byId = new Map(categories.map((c) => [c.id, c]));
    expect(byId.get('health')!.parentId).to.equal(null);
    expect(byId.get('health/oral-health')!.parentId).to.equal('health');
    expect(byId.get(STRANDS.panel)!.parentId).to.equal('start-for-life');
    for (const category of categories) if (category.parentId) expect(byId.has(category.parentId), category.id).to.equal(true);
  });

  it('looks up postcodes as typed, with not-found and validation errors', async () => {
    const hub = await adapter.lookupPostcode!(' bk21ty ');
    expect(hub).to.deep.equal({ latitude: 52.4302, longitude: -1.0087 });
    expect((await failure(adapter.lookupPostcode!('SW1A 1AA'))).code).to.equal('not-found');
    const bad = await failure(adapter.lookupPostcode!('banana'));
    expect(bad.code).to.equal('validation');
    expect(bad.fields[0]!.path).to.equal('postcode');
  });
});
