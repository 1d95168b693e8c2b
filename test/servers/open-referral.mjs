/**
 * Fake Open Referral feeds (and a fake postcodes.io) over real HTTP, for the open-referral adapter tests.
 *
 *   /test-feeds/<session>/<feed>/…        a feed; <session> is any id a test makes, so its request log
 *                                           and "first request fails" counters are its own
 *   /test-feeds/<session>/_log            what that session asked: [{ feed, path, params }]
 *   /test-feeds/fixtures/<path>.json      a raw file from ../shared/fixtures (for mapping tests)
 *
 * Feeds:
 *   oruk1        ORUK v1 like the Porism reference API: `content`/`totalElements`/`totalPages`/`number`
 *                (0-based, as Spring writes it) paging; `text`, `taxonomy_id` + `vocabulary` (both required
 *                together, AND-ed), `day` (repeated, OR-ed, unscheduled services included), `postcode` +
 *                `proximity` (metres), `minimum_age`/`maximum_age` ("range inside"), `page`/`per_page`
 *                (default 50); collections only with `include`. Root: a 404 web page.
 *   localgov     ORUK v1 like LocalGov Drupal: only `text` and `taxonomy_id`; a fixed first 10 results
 *                whatever `page` says, `number` 1-based. Root: a 200 web page.
 *   hsds3        HSDS 3.0 (`contents`/`total_items`/`total_pages`/`page_number`), built around the real
 *                hsds-3.0/service_full.json; `search`, `taxonomy_term_id`, `taxonomy_id`, `day`,
 *                `minimum_age`/`maximum_age`, `page`/`per_page`, `full`; `/service_at_locations` with
 *                `postcode` + `proximity`; `/taxonomy_terms`. Root: `{ version: "3.0", … }`.
 *   ukprofile3   the same API built around uk-profile-3.0/service_full.json.
 *   slow         oruk1, 1.5 seconds late.          flaky         oruk1, but the first try of each URL is a 503.
 *   status-500   always 500.                        rate-limited  always 429 (Retry-After: 0).
 *   html         always a 200 web page.             malformed     always 200 JSON that does not parse.
 *   wrong-shape  lists without `content`.           no-cors       oruk1 without Access-Control-Allow-Origin.
 *   postcodes-io `/postcodes/{postcode}` in the postcodes.io shape.
 *
 * The real payloads in ../shared/fixtures/openreferral are the Open Referral project's examples,
 * © Open Referral, licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); they are read
 * at run time, unchanged. The ORUK v1 records are hand-made (src/adapters/open-referral/fixtures/), and
 * the generated records below are made here.
 *
 * @web/dev-server answers every `serve()` result with status 200, and these feeds need 404, 429, 500 and
 * 503: `serve()` notes the status on the request, and `transform()` (which runs after it) puts it back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PREFIX = '/test-feeds/';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED_FIXTURES = path.resolve(ROOT, '../shared/fixtures');
const ORUK1_FIXTURE = path.resolve(ROOT, 'src/adapters/open-referral/fixtures/oruk1-services.json');
const VOCABULARY = 'familyHubCategories';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// ---------------------------------------------------------------------------------------------------
// Places: venues of the made-up borough of Ashcombe, and the postcodes the feeds and postcodes.io know.

const VENUES = [
  { id: 'loc-riverside', name: 'Riverside Family Hub', street: '12 Mill Lane', postcode: 'LE1 5WW', lat: 52.6369, lon: -1.1398 },
  { id: 'loc-northfield', name: 'Northfield Family Hub', street: '3 Beacon Road', postcode: 'LE4 6AA', lat: 52.665, lon: -1.12 },
  { id: 'loc-southgate', name: 'Southgate Community Centre', street: '40 Station Street', postcode: 'LE2 7BB', lat: 52.61, lon: -1.15 },
  { id: 'loc-eastbrook', name: 'Eastbrook Library', street: '1 Brook Walk', postcode: 'LE5 3CC', lat: 52.64, lon: -1.09 },
  { id: 'loc-westfield', name: 'Westfield Children’s Centre', street: '88 Hinckley Road', postcode: 'LE3 1DD', lat: 52.635, lon: -1.2 },
];

export const POSTCODES = {
  'LE1 1AA': { lat: 52.636, lon: -1.133 },
  'LE1 5WW': { lat: 52.6369, lon: -1.1398 },
  'LE4 6AA': { lat: 52.665, lon: -1.12 },
  'LE3 1DD': { lat: 52.635, lon: -1.2 },
  // Known to postcodes.io, but without coordinates (as some Channel Islands postcodes are).
  'GY1 1AA': { lat: null, lon: null },
};

function metresBetween(a, b) {
  const rad = (d) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// ---------------------------------------------------------------------------------------------------
// Generated records: enough to make several pages, each a believable family hub service.

const ACTIVITIES = [
  { name: 'Stay and Play', category: 'activities-clubs-and-groups/parent-baby-and-toddler-groups', ages: [0, 5], days: ['TU'], cost: 0 },
  { name: 'Baby Sensory', category: 'pregnancy-birth-and-early-years/early-years-language-and-learning', ages: [0, 1], days: ['WE'], cost: 4.5 },
  { name: 'Toddler Talk', category: 'special-educational-needs-and-disabilities-send/speech-language-and-communication-needs', ages: [1, 3], days: ['TH'], cost: 0 },
  { name: 'Money and benefits drop-in', category: 'family-support/money-benefits-and-housing', ages: [0, 19], days: ['MO', 'FR'], cost: 0 },
  { name: 'Breastfeeding café', category: 'pregnancy-birth-and-early-years/infant-feeding-support-including-breastfeeding', ages: [0, 2], days: ['MO'], cost: 0 },
  { name: 'Parenting Puzzle course', category: 'family-support/parenting-support', ages: [0, 19], days: ['WE'], cost: 0 },
  { name: 'Holiday activities and food', category: 'activities-clubs-and-groups/holiday-clubs-and-schemes', ages: [5, 16], days: ['MO', 'TU', 'WE', 'TH', 'FR'], cost: 0 },
  { name: 'SEND parent carer forum', category: 'special-educational-needs-and-disabilities-send/groups-for-parents-and-carers-of-children-with-send', ages: [0, 25], days: ['SA'], cost: 0 },
  { name: 'Healthy teeth session', category: 'health/oral-health', ages: [1, 5], days: ['FR'], cost: 0 },
];

function generated(index) {
  const activity = ACTIVITIES[index % ACTIVITIES.length];
  const venue = VENUES[index % VENUES.length];
  const area = venue.name.replace(/ (Family Hub|Community Centre|Library|Children’s Centre)$/, '');
  return { index, activity, venue, name: `${activity.name} in ${area} (${index + 1})`, hour: 9 + (index % 5) };
}

let categoriesCache;
function categories() {
  if (!categoriesCache) {
    const file = readJson(path.join(SHARED_FIXTURES, 'taxonomy/family-hub-categories.json'));
    categoriesCache = file.categories.flatMap((parent) => [
      { id: parent.id, name: parent.name, parent_id: null },
      ...parent.children.map((child) => ({ id: child.id, name: child.name, parent_id: parent.id })),
    ]);
  }
  return categoriesCache;
}
const categoryName = (id) => categories().find((c) => c.id === id)?.name ?? id;

function oruk1Generated(index) {
  const { activity, venue, name, hour } = generated(index);
  return {
    id: `oruk1-gen-${index + 1}`,
    organization_id: 'org-ashcombe-council',
    name,
    description: `${activity.name} at ${venue.name}. Generated test record ${index + 1}.`,
    url: 'https://www.ashcombe.example/family-hubs',
    email: 'familyhubs@ashcombe.example',
    status: 'active',
    attending_type: 'venue',
    attending_access: index % 2 ? 'drop-in' : 'appointment',
    organization: { id: 'org-ashcombe-council', name: 'Ashcombe Borough Council', url: 'https://www.ashcombe.example' },
    eligibilitys: [{ id: `elig-gen-${index}`, eligibility: 'family', minimum_age: activity.ages[0], maximum_age: activity.ages[1] }],
    service_taxonomys: [
      { id: `st-gen-${index}`, taxonomy: { id: activity.category, name: categoryName(activity.category), vocabulary: VOCABULARY, parent_id: activity.category.split('/')[0] } },
    ],
    service_at_locations: [
      {
        id: `sal-gen-${index}`,
        location: {
          id: venue.id,
          name: venue.name,
          latitude: venue.lat,
          longitude: venue.lon,
          physical_addresses: [{ id: `addr-${venue.id}`, address_1: venue.street, city: 'Ashcombe', postal_code: venue.postcode, country: 'GB' }],
        },
        regular_schedules: [
          { id: `rs-gen-${index}`, byday: activity.days.join(','), freq: 'WEEKLY', interval: 1, opens_at: `${String(hour).padStart(2, '0')}:00`, closes_at: `${String(hour + 1).padStart(2, '0')}:30` },
        ],
      },
    ],
    cost_options: activity.cost ? [{ id: `cost-gen-${index}`, option: 'Per session', amount: activity.cost }] : [],
    languages: [{ id: `lang-gen-${index}`, language: 'English' }],
    contacts: [{ id: `contact-gen-${index}`, phones: [{ id: `phone-gen-${index}`, number: '01632 960000' }] }],
  };
}

function hsds3Generated(index, prefix) {
  const { activity, venue, name, hour } = generated(index);
  const serviceId = `${prefix}-gen-${index + 1}`;
  return {
    id: serviceId,
    name,
    description: `<p>${activity.name} at ${venue.name}.</p><p>Generated test record ${index + 1}.</p>`,
    url: 'https://www.ashcombe.example/family-hubs',
    email: 'familyhubs@ashcombe.example',
    status: 'active',
    minimum_age: activity.ages[0],
    maximum_age: activity.ages[1],
    last_modified: '2026-01-15T09:00:00Z',
    organization: { id: 'org-ashcombe-council', name: 'Ashcombe Borough Council', website: 'https://www.ashcombe.example' },
    attributes: [
      {
        id: `attr-${serviceId}`,
        link_type: 'service',
        taxonomy_term_id: activity.category,
        taxonomy_term: { id: activity.category, name: categoryName(activity.category), parent_id: activity.category.split('/')[0], taxonomy_id: 'family-hub-categories' },
      },
    ],
    service_at_locations: [
      {
        id: `sal-${serviceId}`,
        location: {
          id: venue.id,
          location_type: 'physical',
          name: venue.name,
          latitude: venue.lat,
          longitude: venue.lon,
          addresses: [{ id: `addr-${venue.id}`, address_1: venue.street, city: 'Ashcombe', state_province: 'Ashcombeshire', postal_code: venue.postcode, country: 'GB', address_type: 'physical' }],
          accessibility: [{ id: `acc-${venue.id}`, description: 'Step-free access' }],
        },
        schedules: [
          { id: `sch-${serviceId}`, freq: 'WEEKLY', interval: 1, byday: activity.days.join(','), opens_at: `${String(hour).padStart(2, '0')}:00:00`, closes_at: `${String(hour + 1).padStart(2, '0')}:30:00`, timezone: 0 },
        ],
      },
    ],
    phones: [{ id: `phone-${serviceId}`, number: '01632 960000' }],
    languages: [{ id: `lang-${serviceId}`, name: 'English', code: 'en' }],
    cost_options: activity.cost ? [{ id: `cost-${serviceId}`, amount: activity.cost, currency: 'GBP', amount_description: 'per session' }] : [],
  };
}

// ---------------------------------------------------------------------------------------------------
// Feed data, built once on first use.

let data;
function feeds() {
  if (data) return data;
  const handMade = readJson(ORUK1_FIXTURE).services;
  const oruk1 = [...handMade, ...Array.from({ length: 40 }, (_, i) => oruk1Generated(i))];
  const hsdsFull = readJson(path.join(SHARED_FIXTURES, 'openreferral/hsds-3.0/service_full.json'));
  const ukFull = readJson(path.join(SHARED_FIXTURES, 'openreferral/uk-profile-3.0/service_full.json'));
  const broken = { id: 'hsds3-no-name', name: '', description: 'No name, so it cannot be shown.' };
  const hsdsTerms = readJson(path.join(SHARED_FIXTURES, 'openreferral/hsds-3.0/taxonomy_term_list.json')).contents;
  const terms = [...categories().map((c) => ({ ...c, description: c.name, taxonomy_id: 'family-hub-categories' })), ...hsdsTerms];
  data = {
    oruk1,
    hsds3: [hsdsFull, broken, ...Array.from({ length: 35 }, (_, i) => hsds3Generated(i, 'hsds3'))],
    ukprofile3: [ukFull, broken, ...Array.from({ length: 35 }, (_, i) => hsds3Generated(i, 'ukp3'))],
    oruk1Taxonomies: [...categories().map((c) => ({ ...c, vocabulary: VOCABULARY })), { id: 'esd-1', name: 'Other vocabulary term', vocabulary: 'esdServiceTypes', parent_id: null }, { id: 'esd-2', name: 'Term whose parent is not listed', vocabulary: 'esdServiceTypes', parent_id: 'esd-missing' }],
    hsdsTerms: terms,
  };
  return data;
}

// ---------------------------------------------------------------------------------------------------
// Matching, as the real APIs do it

const textOf = (s) => `${s.name ?? ''} ${s.description ?? ''}`.toLowerCase();
const oruk1Terms = (s) => (s.service_taxonomys ?? []).map((st) => st.taxonomy ?? {});
const hsdsTerms = (s) => (s.attributes ?? []).map((a) => a.taxonomy_term ?? { id: a.taxonomy_term_id });

function oruk1Schedules(s) {
  return [...(s.regular_schedules ?? []), ...(s.service_at_locations ?? []).flatMap((sal) => sal.regular_schedules ?? [])];
}
function hsdsSchedules(s) {
  return [...(s.schedules ?? []), ...(s.service_at_locations ?? []).flatMap((sal) => [...(sal.schedules ?? []), ...(sal.location?.schedules ?? [])])];
}
function locationsOf(s) {
  return (s.service_at_locations ?? []).map((sal) => sal.location).filter(Boolean);
}
function ageInside(min, max, s, getRange) {
  const ranges = getRange(s);
  return ranges.some(([smin, smax]) => (min === null || (smin ?? 0) >= min) && (max === null || (smax ?? 999) <= max));
}
function nearPostcode(params, s) {
  const postcode = params.get('postcode');
  if (!postcode) return true;
  const centre = POSTCODES[postcode.toUpperCase()];
  if (!centre || centre.lat === null) return false;
  const proximity = Number(params.get('proximity') ?? 'NaN');
  if (!Number.isFinite(proximity)) return true;
  return locationsOf(s).some((l) => Number.isFinite(Number(l.latitude)) && metresBetween(centre, { lat: Number(l.latitude), lon: Number(l.longitude) }) <= proximity);
}
const numberParam = (params, key) => (params.has(key) && params.get(key) !== '' ? Number(params.get(key)) : null);

function pageOf(items, params, defaultPerPage) {
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const perPage = Math.max(1, Number(params.get('per_page') ?? String(defaultPerPage)) || defaultPerPage);
  const totalPages = Math.ceil(items.length / perPage);
  return { page, perPage, totalPages, slice: items.slice((page - 1) * perPage, page * perPage) };
}

const ORUK1_COLLECTIONS = ['service_taxonomys', 'eligibilitys', 'service_at_locations', 'regular_schedules', 'holiday_schedules', 'cost_options', 'languages', 'contacts'];

function oruk1Api(rest, params, { localgov = false } = {}) {
  const all = feeds().oruk1;
  if (rest === '/' || rest === '') {
    return localgov
      ? { status: 200, type: 'text/html', body: '<!DOCTYPE html><html><head><title>Ashcombe Council</title></head><body><h1>Directory</h1></body></html>' }
      : { status: 404, type: 'text/html', body: '<html><body><h1>Whitelabel Error Page</h1></body></html>' };
  }
  if (rest === '/services') {
    const text = params.get('text')?.toLowerCase();
    const taxonomyIds = params.getAll('taxonomy_id');
    const vocabularies = params.getAll('vocabulary');
    if (!localgov && taxonomyIds.length && taxonomyIds.length !== vocabularies.length) {
      return json(400, { message: 'Missing parameter vocabulary', code: 'MISSING_PARAMETER' });
    }
    let items = all.filter((s) => (!text || textOf(s).includes(text)) && taxonomyIds.every((t) => oruk1Terms(s).some((term) => term.id === t)));
    if (!localgov) {
      const days = params.getAll('day');
      const min = numberParam(params, 'minimum_age');
      const max = numberParam(params, 'maximum_age');
      items = items.filter(
        (s) =>
          (!days.length || oruk1Schedules(s).length === 0 || oruk1Schedules(s).some((r) => days.some((d) => String(r.byday ?? '').includes(d)))) &&
          (min === null && max === null ? true : ageInside(min, max, s, (x) => (x.eligibilitys ?? []).map((e) => [e.minimum_age, e.maximum_age]))) &&
          (s.attending_type === 'online' || nearPostcode(params, s)),
      );
    }
    const include = new Set((params.get('include') ?? '').split(',').filter(Boolean));
    const project = (s) => Object.fromEntries(Object.entries(s).filter(([key]) => !ORUK1_COLLECTIONS.includes(key) || include.has(key)));
    if (localgov) {
      const content = items.slice(0, 10);
      return json(200, { totalElements: content.length, totalPages: 1, number: 1, size: 10, first: true, last: true, content });
    }
    const { page, perPage, totalPages, slice } = pageOf(items, params, 50);
    return json(200, {
      content: slice.map(project),
      totalElements: items.length,
      totalPages,
      number: page - 1,
      size: perPage,
      numberOfElements: slice.length,
      first: page === 1,
      last: page >= totalPages,
      empty: slice.length === 0,
    });
  }
  const one = /^\/services\/([^/]+)$/.exec(rest);
  if (one) {
    const service = all.find((s) => String(s.id) === decodeURIComponent(one[1]));
    return service ? json(200, service) : json(404, { message: 'Service not found' });
  }
  if (rest === '/taxonomies') {
    const vocabulary = params.get('vocabulary');
    const items = feeds().oruk1Taxonomies.filter((t) => !vocabulary || t.vocabulary === vocabulary);
    const { page, perPage, totalPages, slice } = pageOf(items, params, 50);
    return json(200, { content: slice, totalElements: items.length, totalPages, number: page - 1, size: perPage, first: page === 1, last: page >= totalPages });
  }
  return json(404, { message: 'Not found' });
}

const HSDS_COLLECTIONS = ['phones', 'schedules', 'service_areas', 'service_at_locations', 'languages', 'funding', 'cost_options', 'required_documents', 'contacts', 'attributes', 'metadata', 'program'];
const minimal = (s) => Object.fromEntries(Object.entries(s).filter(([key]) => !HSDS_COLLECTIONS.includes(key)));

function hsds3Page(items, params) {
  const { page, perPage, totalPages, slice } = pageOf(items, params, 50);
  return json(200, {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: slice.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: slice.length === 0,
    contents: slice,
  });
}

function hsds3Api(rest, params, services, profile) {
  if (rest === '/' || rest === '') {
    return json(200, { version: '3.0', profile, openapi_url: `${profile}/schema/openapi.json` });
  }
  const search = params.get('search')?.toLowerCase();
  const termId = params.get('taxonomy_term_id');
  const taxonomyId = params.get('taxonomy_id');
  const day = params.get('day');
  const min = numberParam(params, 'minimum_age');
  const max = numberParam(params, 'maximum_age');
  const full = params.get('full') === 'true';
  const matches = (s) =>
    (!search || textOf(s).includes(search)) &&
    (!termId || hsdsTerms(s).some((t) => t.id === termId)) &&
    (!taxonomyId || hsdsTerms(s).some((t) => t.taxonomy_id === taxonomyId)) &&
    (!day || hsdsSchedules(s).some((r) => String(r.byday ?? '').includes(day))) &&
    (min === null && max === null ? true : ageInside(min, max, s, (x) => [[x.minimum_age, x.maximum_age]]));
  if (rest === '/services') {
    const items = services.filter(matches);
    return hsds3Page(full ? items : items.map(minimal), params);
  }
  if (rest === '/service_at_locations') {
    const rows = services.filter(matches).flatMap((s) =>
      (s.service_at_locations ?? [])
        .filter((sal) => nearPostcode(params, { service_at_locations: [sal] }))
        .map((sal) => ({ ...sal, service: full ? { ...s, service_at_locations: [] } : minimal(s) })),
    );
    return hsds3Page(rows, params);
  }
  const one = /^\/services\/([^/]+)$/.exec(rest);
  if (one) {
    const service = services.find((s) => s.id === decodeURIComponent(one[1]));
    return service ? json(200, service) : json(404, { detail: 'Not found' });
  }
  if (rest === '/taxonomy_terms') {
    return hsds3Page(feeds().hsdsTerms.filter((t) => !taxonomyId || t.taxonomy_id === taxonomyId), params);
  }
  return json(404, { detail: 'Not found' });
}

function postcodesIo(rest) {
  const match = /^\/postcodes\/(.+)$/.exec(rest);
  if (!match) return json(404, { status: 404, error: 'Resource not found' });
  const postcode = decodeURIComponent(match[1]).toUpperCase().replace(/\s+/g, ' ').trim();
  if (!/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(postcode)) return json(404, { status: 404, error: 'Invalid postcode' });
  const known = POSTCODES[postcode];
  if (!known) return json(404, { status: 404, error: 'Postcode not found' });
  return json(200, { status: 200, result: { postcode, latitude: known.lat, longitude: known.lon, codes: { admin_district: 'E06000016' } } });
}

// ---------------------------------------------------------------------------------------------------
// Routing

const json = (status, value) => ({ status, type: 'application/json', body: JSON.stringify(value) });
const sessions = new Map();
function session(id) {
  if (!sessions.has(id)) sessions.set(id, { log: [], seen: new Set() });
  return sessions.get(id);
}

async function route(feed, rest, params, state, url) {
  switch (feed) {
    case 'oruk1':
    case 'no-cors':
      return oruk1Api(rest, params);
    case 'localgov':
      return oruk1Api(rest, params, { localgov: true });
    case 'hsds3':
      return hsds3Api(rest, params, feeds().hsds3, 'https://openreferral.org/hsds');
    case 'ukprofile3':
      return hsds3Api(rest, params, feeds().ukprofile3, 'https://github.com/OpenReferralUK/uk-profile');
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return oruk1Api(rest, params);
    case 'flaky':
      if (!state.seen.has(url)) {
        state.seen.add(url);
        return json(503, { message: 'Service temporarily unavailable' });
      }
      return oruk1Api(rest, params);
    case 'status-500':
      return json(500, { message: 'Internal server error' });
    case 'rate-limited':
      return { ...json(429, { message: 'Too many requests' }), headers: { 'Retry-After': '0' } };
    case 'html':
      return { status: 200, type: 'text/html', body: '<!DOCTYPE html><html><body><h1>Sign in</h1><form></form></body></html>' };
    case 'malformed':
      return { status: 200, type: 'application/json', body: '{"content": [{"id": "1", "name": "Half a record' };
    case 'wrong-shape':
      if (rest === '/' || rest === '') return json(404, {});
      return json(200, { services: [{ id: '1', name: 'Not where a list should be' }], total: 1 });
    case 'postcodes-io':
      return postcodesIo(rest);
    default:
      return json(404, { message: `No test feed called ${feed}` });
  }
}

async function respond(ctx) {
  const rest = ctx.path.slice(PREFIX.length);
  if (rest.startsWith('fixtures/')) {
    const relative = path.normalize(rest.slice('fixtures/'.length));
    if (relative.startsWith('..') || !relative.endsWith('.json')) return json(404, {});
    try {
      return { status: 200, type: 'application/json', body: readFileSync(path.join(SHARED_FIXTURES, relative), 'utf8') };
    } catch {
      return json(404, { message: 'No such fixture' });
    }
  }
  const [sessionId, feed, ...tail] = rest.split('/');
  if (!sessionId || !feed) return json(404, {});
  const state = session(sessionId);
  if (feed === '_log') return json(200, state.log);
  const params = new URLSearchParams(ctx.querystring);
  const feedPath = `/${tail.join('/')}`;
  state.log.push({ feed, path: feedPath, params: Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)])) });
  return route(feed, feedPath, params, state, `${feed}${feedPath}?${ctx.querystring}`);
}

const STATUS = Symbol('open-referral-test-feed-status');

export default {
  name: 'open-referral-test-feeds',
  async serve(context) {
    if (!context.path.startsWith(PREFIX)) return undefined;
    let result;
    try {
      result = await respond(context);
    } catch (error) {
      result = json(500, { message: `Test feed failed: ${error.message}` });
    }
    context.state[STATUS] = result.status;
    const headers = { 'Cache-Control': 'no-store', ...(result.headers ?? {}) };
    if (!context.path.includes('/no-cors/')) headers['Access-Control-Allow-Origin'] = '*';
    return { body: result.body, type: result.type, headers };
  },
  // serve() always answers 200: the real status is put back here, after serving.
  transform(context) {
    const status = context.state[STATUS];
    if (status !== undefined && status !== 200) context.status = status;
  },
};
