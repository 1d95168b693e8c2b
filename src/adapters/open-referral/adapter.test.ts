/*
 * OpenReferralAdapter against fake feeds over real HTTP (test/servers/open-referral.mjs). Every call goes
 * through validatingAdapter, so every value returned here also passed the domain schemas. The HSDS 3 feeds
 * serve the Open Referral example payloads (© Open Referral, CC BY-SA 4.0).
 */
import { expect } from '@open-wc/testing';
import { validatingAdapter, type HubAdapter } from '../../core/adapter.js';
import type { ServiceSummary } from '../../core/model.js';
import { OpenReferralAdapter, type OpenReferralOptions, type OpenReferralQuery, type OpenReferralWarning } from './adapter.js';
import { expectAdapterError, expectNoGarbage, feedUrl, newSession, requestsTo } from '../../test-support/open-referral-feeds.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const COUNSELLING_ID = 'ac148810-d857-441c-9679-408f346de14b';
const STAY_AND_PLAY = 'activities-clubs-and-groups/parent-baby-and-toddler-groups';

interface TestFeed {
  session: string;
  adapter: HubAdapter;
  raw: ReturnType<typeof OpenReferralAdapter>;
  warnings: OpenReferralWarning[];
  requests: () => ReturnType<typeof requestsTo>;
  /** Requests to one feed path (e.g. `/services`). */
  requestsFor: (path: string) => Promise<Awaited<ReturnType<typeof requestsTo>>>;
}

function open(feed: string, options: Partial<OpenReferralOptions> = {}, origin?: string): TestFeed {
  const session = newSession();
  const warnings: OpenReferralWarning[] = [];
  const raw = OpenReferralAdapter({
    baseUrl: feedUrl(session, feed, origin),
    cacheTtlMs: 0,
    retryDelayMs: 10,
    now: () => NOW,
    onWarning: (w) => warnings.push(w),
    ...options,
  });
  return {
    session,
    raw,
    adapter: validatingAdapter(raw),
    warnings,
    requests: () => requestsTo(session),
    requestsFor: async (path) => (await requestsTo(session)).filter((r) => r.path === path),
  };
}

const search = (feed: TestFeed, query: OpenReferralQuery) => feed.adapter.searchServices(query as never);
const ids = (items: ServiceSummary[]) => items.map((s) => s.id);

describe('OpenReferralAdapter', () => {
  describe('finding out which generation a feed speaks', () => {
    it('reads an ORUK v1 feed when the root is a 404 web page', async () => {
      const feed = open('oruk1');
      expect(await feed.raw.feedVersion()).to.equal('oruk-1');
      await search(feed, { perPage: 5 });
      expect((await feed.requests()).map((r) => r.path)).to.deep.equal(['/', '/services']);
    });

    it('reads an ORUK v1 feed when the root is a 200 web page (LocalGov Drupal)', async () => {
      expect(await open('localgov').raw.feedVersion()).to.equal('oruk-1');
    });

    it('reads HSDS 3 and the UK profile from the version the root announces', async () => {
      expect(await open('hsds3').raw.feedVersion()).to.equal('hsds-3');
      expect(await open('ukprofile3').raw.feedVersion()).to.equal('hsds-3');
    });

    it('asks the root once, however many calls there are', async () => {
      const feed = open('hsds3');
      await Promise.all([search(feed, {}), search(feed, { page: 2 }), feed.adapter.getService(COUNSELLING_ID)]);
      expect((await feed.requestsFor('/')).length).to.equal(1);
    });

    it('does not ask when the version is given', async () => {
      const feed = open('hsds3', { version: 'hsds-3' });
      await search(feed, {});
      expect((await feed.requests()).map((r) => r.path)).to.deep.equal(['/services']);
    });

    it('does not settle on a version when the root could not be reached', async () => {
      const feed = open('status-500');
      await expectAdapterError(feed.raw.feedVersion(), 'network');
      await expectAdapterError(feed.raw.feedVersion(), 'network');
      // Two tries (one retry) per attempt: the failure was not remembered as "ORUK v1".
      expect((await feed.requestsFor('/')).length).to.equal(4);
    });
  });

  describe('capabilities', () => {
    it('declares the three directory methods and only the filters the feed applies: text and category', () => {
      const { adapter } = open('oruk1');
      expect([...adapter.capabilities.methods].sort()).to.deep.equal(['getService', 'listCategories', 'searchServices']);
      expect([...adapter.capabilities.searchFilters].sort()).to.deep.equal(['categoryIds', 'text']);
    });

    it('rejects the booking and form methods as unsupported', async () => {
      const { adapter } = open('oruk1');
      await expectAdapterError(adapter.listSessions({ from: '2026-06-01T00:00:00Z', to: '2026-06-08T00:00:00Z' }), 'unsupported');
      await expectAdapterError(adapter.book({} as never, { idempotencyKey: 'k' }), 'unsupported');
      await expectAdapterError(adapter.cancelBooking({ reference: 'ABCD', contact: 'x@y.z' }, { idempotencyKey: 'k' }), 'unsupported');
      await expectAdapterError(adapter.submitSelfReferral({} as never, { idempotencyKey: 'k' }), 'unsupported');
      await expectAdapterError(adapter.submitPanelApplication({} as never, { idempotencyKey: 'k' }), 'unsupported');
      expect(adapter.lookupPostcode).to.equal(undefined);
    });

    it('applies what it declares: every result matches the text and one of the categories', async () => {
      const feed = open('oruk1', { vocabulary: 'familyHubCategories' });
      const byText = await search(feed, { text: 'Toddler', perPage: 100 });
      expect(byText.items.length).to.be.greaterThan(0);
      for (const s of byText.items) expect(`${s.name} ${s.description}`.toLowerCase()).to.include('toddler');
      const byCategory = await search(feed, { categoryIds: [STAY_AND_PLAY], perPage: 100 });
      expect(byCategory.items.length).to.be.greaterThan(0);
      for (const s of byCategory.items) expect(s.categories.map((c) => c.id)).to.include(STAY_AND_PLAY);
    });

    it('leaves what it does not declare to the finder: ages and cost are not filtered', async () => {
      const feed = open('oruk1');
      const page = await search(feed, { ages: [{ kind: 'age', months: 6, send: false }], freeOnly: true, perPage: 100 });
      expect(page.totalItems).to.equal(46);
      expect(page.items.some((s) => s.ageRange.minMonths !== null && s.ageRange.minMonths > 6)).to.equal(true);
      expect(page.items.some((s) => !s.cost.free)).to.equal(true);
      // Ages never reach the feed: its minimum_age/maximum_age mean "the service's range lies inside".
      const [request] = await feed.requestsFor('/services');
      expect(request!.params).not.to.have.any.keys('minimum_age', 'maximum_age');
    });
  });

  describe('ORUK v1 feeds', () => {
    it('pages with content/totalElements/totalPages, skipping and counting records it cannot use', async () => {
      const feed = open('oruk1');
      const page = await search(feed, { page: 1, perPage: 10 });
      expect(page).to.include({ page: 1, perPage: 10, totalItems: 46, totalPages: 5 });
      // One of the first ten records has no name.
      expect(page.items.length).to.equal(9);
      expect(feed.warnings).to.deep.equal([{ kind: 'skipped-records', count: 1, endpoint: `/test-feeds/${feed.session}/oruk1/services` }]);
      expect(ids(page.items).slice(0, 3)).to.deep.equal(['oruk1-stay-and-play', 'oruk1-baby-massage', 'oruk1-feeding-line']);
      for (const item of page.items) expectNoGarbage(item);
    });

    it('asks for the page it shows, whatever the feed numbers its pages from', async () => {
      const feed = open('oruk1');
      // The reference API answers page=3 with "number": 2 (Spring counts from 0).
      const third = await search(feed, { page: 3, perPage: 10 });
      expect(third.page).to.equal(3);
      expect(ids(third.items)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `oruk1-gen-${i + 15}`));
      const last = await search(feed, { page: 5, perPage: 10 });
      expect(last.items.length).to.equal(6);
      const [, request] = await feed.requestsFor('/services');
      expect(request!.params).to.deep.include({ page: ['5'], per_page: ['10'] });
    });

    it('asks for the collections a result card needs, so list results have venues and schedules', async () => {
      const feed = open('oruk1');
      const page = await search(feed, { page: 2, perPage: 10 });
      const [request] = await feed.requestsFor('/services');
      expect(request!.params.include![0]!.split(',')).to.include.members(['service_at_locations', 'eligibilitys', 'service_taxonomys', 'regular_schedules']);
      for (const item of page.items) {
        expect(item.locations.length).to.equal(1);
        expect(item.schedules.length).to.equal(1);
        expect(item.categories.length).to.equal(1);
      }
    });

    it('sends text as `text`', async () => {
      const feed = open('oruk1');
      const page = await search(feed, { text: 'massage' });
      expect(ids(page.items)).to.deep.equal(['oruk1-baby-massage']);
      expect((await feed.requestsFor('/services'))[0]!.params.text).to.deep.equal(['massage']);
    });

    it('sends a category as taxonomy_id with the vocabulary learnt from the categories list', async () => {
      const feed = open('oruk1');
      await feed.adapter.listCategories();
      const page = await search(feed, { categoryIds: [STAY_AND_PLAY] });
      expect(page.totalItems).to.equal(6);
      const request = (await feed.requestsFor('/services'))[0]!;
      expect(request.params).to.deep.include({ taxonomy_id: [STAY_AND_PLAY], vocabulary: ['familyHubCategories'] });
    });

    it('learns vocabularies from the feed\'s taxonomy when a search names a category first', async () => {
      const feed = open('oruk1');
      const page = await search(feed, { categoryIds: [STAY_AND_PLAY] });
      expect(page.totalItems).to.equal(6);
      expect((await feed.requests()).map((r) => r.path)).to.deep.equal(['/', '/taxonomies', '/services']);
      expect((await feed.requestsFor('/services'))[0]!.params.vocabulary).to.deep.equal(['familyHubCategories']);
    });

    it('says plainly when a feed refuses a category it cannot place in a vocabulary', async () => {
      const feed = open('oruk1');
      await expectAdapterError(search(feed, { categoryIds: ['not-in-the-taxonomy'] }), 'invalid-response');
    });

    it('finds a parent category\'s services filed under its children', async () => {
      const feed = open('oruk1', { vocabulary: 'familyHubCategories' });
      const page = await search(feed, { categoryIds: ['health'], perPage: 20 });
      expect(page.totalItems).to.equal(4);
      for (const s of page.items) expect(s.categories.map((c) => c.id)).to.include('health/oral-health');
      const asked = new Set((await feed.requestsFor('/services')).map((r) => r.params.taxonomy_id![0]));
      expect(asked).to.deep.equal(
        new Set(['health', 'health/hearing-and-sight', 'health/mental-health-social-and-emotional-support', 'health/nutrition-and-weight-management', 'health/oral-health', 'health/public-health-services']),
      );
    });

    it('finds services in any of several categories, though the feed ANDs taxonomy ids', async () => {
      const feed = open('oruk1', { vocabulary: 'familyHubCategories', readAllPageSize: 3 });
      const wanted = ['family-support/parenting-support', 'health/oral-health'];
      const page = await search(feed, { categoryIds: wanted, perPage: 4, page: 1 });
      expect(page).to.include({ totalItems: 9, totalPages: 3, perPage: 4 });
      const all = [...page.items, ...(await search(feed, { categoryIds: wanted, perPage: 4, page: 2 })).items, ...(await search(feed, { categoryIds: wanted, perPage: 4, page: 3 })).items];
      expect(new Set(ids(all)).size).to.equal(9);
      for (const s of all) expect(s.categories.some((c) => wanted.includes(c.id))).to.equal(true);
      const names = all.map((s) => s.name);
      expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
      // One stream per category, each read over several pages (of 3), each with one taxonomy_id.
      const requests = await feed.requestsFor('/services');
      expect(requests.every((r) => r.params.taxonomy_id!.length === 1)).to.equal(true);
      expect(new Set(requests.map((r) => r.params.taxonomy_id![0]))).to.deep.equal(new Set(wanted));
      expect(requests.some((r) => r.params.page![0] === '2')).to.equal(true);
    });

    it('sends days as repeated `day` (the feed ORs them) but leaves the days filter to the finder', async () => {
      const feed = open('oruk1');
      await search(feed, { days: ['MO', 'WE'] });
      expect((await feed.requestsFor('/services'))[0]!.params.day).to.deep.equal(['MO', 'WE']);
      expect(feed.adapter.capabilities.searchFilters.has('days')).to.equal(false);
    });

    it('sends a postcode with proximity in metres, and gives each result its distance', async () => {
      const feed = open('oruk1');
      const near = { latitude: 52.636, longitude: -1.133 };
      const page = await search(feed, { postcode: 'le1 1aa', radiusMiles: 1, near, perPage: 100 });
      const request = (await feed.requestsFor('/services'))[0]!;
      expect(request.params).to.deep.include({ postcode: ['LE1 1AA'], proximity: ['1609'] });
      expect(page.items.length).to.be.greaterThan(0);
      for (const s of page.items) {
        if (!s.locations.some((l) => l.point)) continue;
        expect(s.distanceMiles).to.be.below(1);
        expect(s.locations.map((l) => l.id)).to.include(s.nearestLocationId);
      }
    });

    it('can be told not to send the parameters it only uses to narrow', async () => {
      const feed = open('oruk1', { narrowWithFeedParameters: false });
      await search(feed, { days: ['MO'], postcode: 'LE1 1AA', radiusMiles: 2 });
      expect((await feed.requestsFor('/services'))[0]!.params).not.to.have.any.keys('day', 'postcode', 'proximity');
    });

    it('gives distances from `near` without a postcode, and no distance for a venue without coordinates', async () => {
      const feed = open('oruk1');
      const page = await search(feed, { near: { latitude: 52.6369, longitude: -1.1398 }, perPage: 10 });
      const stayAndPlay = page.items.find((s) => s.id === 'oruk1-stay-and-play')!;
      expect(stayAndPlay).to.include({ distanceMiles: 0, nearestLocationId: 'loc-riverside' });
      expect(page.items.find((s) => s.id === '42')).not.to.have.property('distanceMiles');
      expect((await feed.requestsFor('/services'))[0]!.params).not.to.have.property('postcode');
    });

    it('gets one service, and says not-found for an unknown id', async () => {
      const feed = open('oruk1');
      const service = await feed.adapter.getService('oruk1-stay-and-play');
      expect(service.contacts.phone).to.equal('01632 960001');
      expect(service.closures).to.deep.equal([{ from: '2026-12-21', to: '2027-01-01' }]);
      expect(service.alert, 'closures are dates, not English words in the alert').to.equal(undefined);
      expect((await feed.adapter.getService('42')).name).to.equal("Dads' Saturday club");
      await expectAdapterError(feed.adapter.getService('no such/service'), 'not-found');
      expect((await feed.requestsFor('/services/no%20such%2Fservice')).length).to.equal(1);
    });

    it('lists categories from /taxonomies, narrowed to a vocabulary, with unlisted parents at the top', async () => {
      const all = await open('oruk1').adapter.listCategories();
      expect(all.length).to.equal(51);
      expect(all.find((c) => c.id === 'esd-2')).to.deep.equal({ id: 'esd-2', name: 'Term whose parent is not listed', parentId: null });
      const feed = open('oruk1', { vocabulary: 'familyHubCategories', readAllPageSize: 20 });
      const categories = await feed.adapter.listCategories();
      expect(categories.length).to.equal(49);
      expect(categories.filter((c) => c.parentId === null).map((c) => c.name)).to.deep.equal([
        'Activities, clubs and groups',
        'Family support',
        'Health',
        'Pregnancy, birth and early years',
        'Special educational needs and disabilities (SEND)',
        'Transport',
      ]);
      const requests = await feed.requestsFor('/taxonomies');
      expect(requests.map((r) => r.params.page![0])).to.deep.equal(['1', '2', '3']);
      expect(requests[0]!.params.vocabulary).to.deep.equal(['familyHubCategories']);
    });

    it('stops reading at maxPages and says so', async () => {
      const feed = open('oruk1', { readAllPageSize: 10, maxPages: 2 });
      const categories = await feed.adapter.listCategories();
      expect(categories.length).to.equal(20);
      expect(feed.warnings).to.deep.equal([{ kind: 'truncated', pagesRead: 2, endpoint: `/test-feeds/${feed.session}/oruk1/taxonomies` }]);
    });
  });

  describe('LocalGov Drupal feeds (text and taxonomy only, unreliable paging)', () => {
    it('takes taxonomy_id without a vocabulary and shows its fixed first page once', async () => {
      const feed = open('localgov');
      const first = await search(feed, { text: 'generated test record', page: 1, perPage: 20 });
      expect(first).to.include({ page: 1, totalPages: 1, totalItems: 10 });
      expect(first.items.length).to.equal(10);
      // Its pager ignores `page`: page 2 would repeat page 1, so it is empty.
      const second = await search(feed, { text: 'generated test record', page: 2, perPage: 20 });
      expect(second.items).to.deep.equal([]);
      const byCategory = await search(feed, { categoryIds: [STAY_AND_PLAY] });
      expect(byCategory.items.length).to.be.greaterThan(0);
    });
  });

  describe('HSDS 3 feeds', () => {
    it('pages with contents/total_items/total_pages/page_number and asks for full records', async () => {
      const feed = open('hsds3');
      const page = await search(feed, { page: 1, perPage: 10 });
      expect(page).to.include({ page: 1, perPage: 10, totalItems: 37, totalPages: 4 });
      expect(page.items.length).to.equal(9);
      expect(feed.warnings).to.deep.equal([{ kind: 'skipped-records', count: 1, endpoint: `/test-feeds/${feed.session}/hsds3/services` }]);
      const counselling = page.items[0]!;
      expect(counselling).to.include({ id: COUNSELLING_ID, name: 'Community Counselling' });
      expect(counselling.contacts.phone).to.equal('+44 1234 234567');
      expect(counselling.languages).to.deep.equal([{ name: 'Urdu', code: 'ur' }]);
      const last = await search(feed, { page: 4, perPage: 10 });
      expect(last.items.length).to.equal(7);
      const requests = await feed.requestsFor('/services');
      expect(requests[0]!.params).to.deep.include({ page: ['1'], per_page: ['10'], full: ['true'] });
      expect(requests[1]!.params.page).to.deep.equal(['4']);
    });

    it('sends text as `search` and a category as `taxonomy_term_id`', async () => {
      const feed = open('hsds3');
      const page = await search(feed, { text: 'counselling', categoryIds: [] });
      expect(ids(page.items)).to.deep.equal([COUNSELLING_ID]);
      const byCategory = await search(feed, { categoryIds: ['health/oral-health'] });
      expect(byCategory.totalItems).to.equal(3);
      for (const s of byCategory.items) expect(s.categories.map((c) => c.id)).to.include('health/oral-health');
      const requests = await feed.requestsFor('/services');
      expect(requests[0]!.params.search).to.deep.equal(['counselling']);
      expect(requests[1]!.params.taxonomy_term_id).to.deep.equal(['health/oral-health']);
      expect(requests[1]!.params).not.to.have.property('vocabulary');
    });

    it('sends one day as `day`, but not several (the profile takes one)', async () => {
      const feed = open('ukprofile3');
      await search(feed, { days: ['SA'] });
      await search(feed, { days: ['SA', 'SU'] });
      const [one, several] = await feed.requestsFor('/services');
      expect(one!.params.day).to.deep.equal(['SA']);
      expect(several!.params).not.to.have.property('day');
    });

    it('searches by postcode through /service_at_locations, one result per service', async () => {
      const feed = open('hsds3');
      const page = await search(feed, { postcode: 'LE4 6AA', radiusMiles: 0.5, near: { latitude: 52.665, longitude: -1.12 }, perPage: 100 });
      const [request] = await feed.requestsFor('/service_at_locations');
      expect(request!.params).to.deep.include({ postcode: ['LE4 6AA'], proximity: ['805'], full: ['true'] });
      expect(page.items.length).to.equal(7);
      expect(new Set(ids(page.items)).size).to.equal(page.items.length);
      for (const s of page.items) expect(s).to.include({ nearestLocationId: 'loc-northfield', distanceMiles: 0 });
    });

    it('gets one service: the example payload, mapped', async () => {
      const feed = open('ukprofile3');
      const service = await feed.adapter.getService(COUNSELLING_ID);
      expect(service.schedules.map((s) => s.byday)).to.deep.equal([['TH', 'FR']]);
      expect(service.contacts).to.deep.equal({ email: 'email@example.com', website: 'http://example.com/counselling' });
      await expectAdapterError(feed.adapter.getService('missing'), 'not-found');
    });

    it('lists categories from /taxonomy_terms, skipping the placeholder term', async () => {
      const feed = open('hsds3');
      const categories = await feed.adapter.listCategories();
      expect(categories.length).to.equal(49);
      expect(categories.find((c) => c.id === 'health/oral-health')).to.deep.equal({ id: 'health/oral-health', name: 'Oral health', parentId: 'health' });
      expect(feed.warnings).to.deep.equal([{ kind: 'skipped-records', count: 1, endpoint: `/test-feeds/${feed.session}/hsds3/taxonomy_terms` }]);
    });
  });

  describe('when things go wrong', () => {
    it('retries a 500 once, then says network', async () => {
      const feed = open('status-500', { version: 'oruk-1' });
      await expectAdapterError(search(feed, {}), 'network');
      expect((await feed.requestsFor('/services')).length).to.equal(2);
    });

    it('recovers when the one retry works', async () => {
      const feed = open('flaky', { version: 'oruk-1' });
      const page = await search(feed, { perPage: 5 });
      expect(page.items.length).to.equal(5);
      expect((await feed.requestsFor('/services')).length).to.equal(2);
    });

    it('says rate-limited for a 429 that persists', async () => {
      const feed = open('rate-limited', { version: 'oruk-1' });
      await expectAdapterError(search(feed, {}), 'rate-limited');
      expect((await feed.requestsFor('/services')).length).to.equal(2);
    });

    it('says invalid-response for a web page instead of JSON', async () => {
      await expectAdapterError(search(open('html'), {}), 'invalid-response');
    });

    it('says invalid-response for JSON that does not parse', async () => {
      await expectAdapterError(search(open('malformed'), {}), 'invalid-response');
    });

    it('says invalid-response for a list in neither paging shape, and for a record that is not a service', async () => {
      const feed = open('wrong-shape');
      await expectAdapterError(search(feed, {}), 'invalid-response');
      await expectAdapterError(feed.adapter.getService('1'), 'invalid-response');
      await expectAdapterError(feed.adapter.listCategories(), 'invalid-response');
    });

    it('times out, without a retry', async () => {
      const feed = open('slow', { version: 'oruk-1', timeoutMs: 200 });
      await expectAdapterError(search(feed, {}), 'timeout');
      expect((await feed.requestsFor('/services')).length).to.equal(1);
    });

    it('does not ask at all when already aborted', async () => {
      const feed = open('oruk1', { version: 'oruk-1' });
      const controller = new AbortController();
      controller.abort();
      await expectAdapterError(feed.adapter.searchServices({}, { signal: controller.signal }), 'aborted');
      expect(await feed.requests()).to.deep.equal([]);
    });

    it('stops waiting as soon as the caller aborts', async () => {
      const feed = open('slow', { version: 'oruk-1' });
      const controller = new AbortController();
      const pending = feed.adapter.searchServices({}, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const started = performance.now();
      await expectAdapterError(pending, 'aborted');
      expect(performance.now() - started).to.be.below(1000);
    });

    it('lets one caller abort without failing another waiting for the same version check', async () => {
      const feed = open('slow');
      const controller = new AbortController();
      const aborted = feed.adapter.searchServices({}, { signal: controller.signal });
      const other = feed.adapter.searchServices({ perPage: 3 });
      controller.abort();
      await expectAdapterError(aborted, 'aborted');
      expect((await other).items.length).to.equal(3);
    });

    it('says network when the feed does not allow cross-origin reads', async () => {
      const crossOrigin = location.origin.replace('localhost', '127.0.0.1');
      expect(crossOrigin).not.to.equal(location.origin);
      const allowed = open('oruk1', { version: 'oruk-1' }, crossOrigin);
      expect((await search(allowed, { perPage: 2 })).items.length).to.equal(2);
      const refused = open('no-cors', { version: 'oruk-1', retryDelayMs: 0 }, crossOrigin);
      const error = await expectAdapterError(search(refused, {}), 'network');
      expect(error.message).to.include('cross-origin');
    });

    it('needs an http(s) base address', () => {
      expect(() => OpenReferralAdapter({ baseUrl: 'javascript:alert(1)' })).to.throw(TypeError);
      expect(() => OpenReferralAdapter({ baseUrl: '' })).to.throw(TypeError);
    });
  });

  describe('caching', () => {
    it('asks once for the same page within the cache time', async () => {
      const feed = open('oruk1', { version: 'oruk-1', cacheTtlMs: 60_000 });
      await search(feed, { page: 2, perPage: 10 });
      await search(feed, { page: 2, perPage: 10 });
      await search(feed, { page: 3, perPage: 10 });
      expect((await feed.requestsFor('/services')).map((r) => r.params.page![0])).to.deep.equal(['2', '3']);
    });
  });
});
