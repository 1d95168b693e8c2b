/**
 * Benchmarks for the finder on an Open Referral feed. They print nothing and assert nothing: `npm run bench`
 * reports the figures. The bench page has no test server, so the feed is in the page: a wrapping `fetch`
 * given to the adapter answers from a generated ORUK v1 payload, after a set delay, and counts requests.
 *
 * - Requests per settled search: a real `<hub-service-finder>` on the adapter; a family types a word letter
 *   by letter. Goal: exactly one request reaches the feed for the word; a search overtaken by a later one
 *   is aborted before its answer arrives.
 * - Client-side filtering: the finder's `client-filters.ts` over a 5,000-service feed (read once through
 *   the adapter, as the finder does when the feed lacks a filter), for the filters Open Referral feeds
 *   leave to the finder: ages, days, cost, delivery, language, Family Hub buildings and distance.
 */
import { measure, summarise, type BenchResult } from '../../bench/stats.js';
import type { ServiceQuery, ServiceSummary } from '../../core/model.js';
import { defineElement } from '../../components/base/hub-element.js';
import { applyClientFilters } from '../../components/service-finder/client-filters.js';
import { HubServiceFinder } from '../../components/service-finder/hub-service-finder.js';
import { splitQuery } from '../../components/service-finder/search.js';
import { OpenReferralAdapter } from './adapter.js';

// Defined through a binding, not a bare `import '…/define/…'`, which a bundler may drop as side-effect free.
defineElement('hub-service-finder', HubServiceFinder);

const FEED = 'https://feed.bench.invalid/openreferral/v1';
/** The finder's pause after typing before it searches (TEXT_DEBOUNCE_MS in hub-service-finder.ts). */
const DEBOUNCE_MS = 350;

// ---------------------------------------------------------------------------------------------------
// A generated ORUK v1 feed, served by a wrapping fetch

const ACTIVITIES = [
  { name: 'Stay and Play', category: 'parent-baby-and-toddler-groups', ages: [0, 5], days: 'TU', cost: 0 },
  { name: 'Baby Sensory', category: 'early-years-language-and-learning', ages: [0, 1], days: 'WE', cost: 4.5 },
  { name: 'Toddler Talk', category: 'speech-language-and-communication-needs', ages: [1, 3], days: 'TH', cost: 0 },
  { name: 'Money and benefits drop-in', category: 'money-benefits-and-housing', ages: [0, 19], days: 'MO,FR', cost: 0 },
  { name: 'Breastfeeding café', category: 'infant-feeding-support', ages: [0, 2], days: 'MO', cost: 0 },
  { name: 'Parenting course', category: 'parenting-support', ages: [0, 19], days: 'WE', cost: 0 },
  { name: 'Holiday activities and food', category: 'holiday-clubs-and-schemes', ages: [5, 16], days: 'MO,TU,WE,TH,FR', cost: 0 },
  { name: 'Healthy teeth session', category: 'oral-health', ages: [1, 5], days: 'FR', cost: 2 },
];
const LANGUAGES = ['English', 'Polish', 'Urdu', 'Somali'];

function oruk1Service(index: number): Record<string, unknown> {
  const activity = ACTIVITIES[index % ACTIVITIES.length]!;
  const venue = index % 23;
  const hour = 9 + (index % 6);
  return {
    id: `bench-${index + 1}`,
    name: `${activity.name} ${index + 1}`,
    description: `${activity.name} at venue ${venue}.`,
    status: 'active',
    attending_type: index % 7 === 0 ? 'online' : 'venue',
    attending_access: index % 2 ? 'drop-in' : 'appointment',
    organization: { id: 'org-bench', name: 'Bench Borough Council' },
    eligibilitys: [{ id: `e-${index}`, minimum_age: activity.ages[0], maximum_age: activity.ages[1] }],
    service_taxonomys: [{ id: `t-${index}`, taxonomy: { id: activity.category, name: activity.name, vocabulary: 'bench' } }],
    service_at_locations: [
      {
        id: `sal-${index}`,
        location: {
          id: `loc-${venue}`,
          name: venue % 3 === 0 ? `Venue ${venue} Family Hub` : `Venue ${venue}`,
          latitude: 52.6 + venue * 0.004,
          longitude: -1.2 + venue * 0.005,
          physical_addresses: [{ id: `a-${venue}`, address_1: `${venue} High Street`, city: 'Bench', postal_code: 'LE1 1AA' }],
        },
        regular_schedules: [{ id: `rs-${index}`, freq: 'WEEKLY', interval: 1, byday: activity.days, opens_at: `${hour}:00`, closes_at: `${hour + 1}:30` }],
      },
    ],
    cost_options: activity.cost ? [{ id: `c-${index}`, option: 'Per session', amount: activity.cost }] : [],
    languages: [{ id: `l-${index}`, language: LANGUAGES[index % LANGUAGES.length] }],
    contacts: [{ id: `ct-${index}`, phones: [{ id: `p-${index}`, number: '01632 960000' }] }],
  };
}

interface FakeFeed {
  fetch: typeof fetch;
  /** `/services` requests sent since the last reset, and how they ended. */
  sent: number;
  answered: number;
  aborted: number;
  pending: number;
  reset(): void;
}

function fakeFeed(size: number, latencyMs: number): FakeFeed {
  const services = Array.from({ length: size }, (_, i) => oruk1Service(i));
  const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200, headers: { 'Content-Type': 'application/json' } });
  const answer = (url: URL): Response => {
    const path = url.pathname.slice(new URL(FEED).pathname.length);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
    const perPage = Math.max(1, Number(url.searchParams.get('per_page') ?? '50') || 50);
    const list = (items: unknown[]) =>
      json({ content: items.slice((page - 1) * perPage, page * perPage), totalElements: items.length, totalPages: Math.ceil(items.length / perPage), number: page - 1, size: perPage, last: page * perPage >= items.length });
    if (path === '/services') {
      const text = url.searchParams.get('text')?.toLowerCase();
      return list(text ? services.filter((s) => `${String(s.name)} ${String(s.description)}`.toLowerCase().includes(text)) : services);
    }
    if (path === '/taxonomies') return list(ACTIVITIES.map((a) => ({ id: a.category, name: a.name, vocabulary: 'bench', parent_id: null })));
    return new Response('{"message":"Not found"}', { status: 404, headers: { 'Content-Type': 'application/json' } });
  };
  const feed: FakeFeed = {
    sent: 0,
    answered: 0,
    aborted: 0,
    pending: 0,
    reset() {
      feed.sent = feed.answered = feed.aborted = 0;
    },
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const counted = url.pathname.endsWith('/services');
      if (counted) feed.sent++;
      feed.pending++;
      return new Promise<Response>((resolve, reject) => {
        const signal = init?.signal;
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          feed.pending--;
          if (counted) feed.answered++;
          resolve(answer(url));
        }, latencyMs);
        const onAbort = () => {
          clearTimeout(timer);
          feed.pending--;
          if (counted) feed.aborted++;
          reject(new DOMException('The request was aborted', 'AbortError'));
        };
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
  return feed;
}

// ---------------------------------------------------------------------------------------------------
// (a) Requests per settled search while a family types

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until the finder has searched for what is in the box and nothing is in flight. */
async function settled(finder: HubServiceFinder, feed: FakeFeed, lastKeyAt: number): Promise<void> {
  for (;;) {
    await sleep(20);
    if (feed.pending === 0 && performance.now() - lastKeyAt > DEBOUNCE_MS + 100) break;
  }
  await finder.updateComplete;
}

async function typeWord(finder: HubServiceFinder, feed: FakeFeed, word: string, keyIntervalMs: number): Promise<void> {
  const input = finder.shadowRoot!.querySelector<HTMLInputElement>('#finder-text')!;
  let lastKeyAt = performance.now();
  for (let i = 1; i <= word.length; i++) {
    input.value = word.slice(0, i);
    input.dispatchEvent(new Event('input'));
    lastKeyAt = performance.now();
    if (i < word.length) await sleep(keyIntervalMs);
  }
  await settled(finder, feed, lastKeyAt);
}

async function clearWords(finder: HubServiceFinder, feed: FakeFeed): Promise<void> {
  const input = finder.shadowRoot!.querySelector<HTMLInputElement>('#finder-text')!;
  input.value = '';
  input.dispatchEvent(new Event('input'));
  await settled(finder, feed, performance.now());
}

interface TypingFigures {
  sent: number[];
  answered: number[];
  aborted: number[];
}

/** Types each word into a real finder on the fake feed; counts the `/services` requests per word. */
async function typingRun(words: readonly string[], keyIntervalMs: number, latencyMs: number): Promise<TypingFigures> {
  const feed = fakeFeed(500, latencyMs);
  const adapter = OpenReferralAdapter({ baseUrl: FEED, version: 'oruk-1', fetch: feed.fetch, cacheTtlMs: 0, retryDelayMs: 0 });
  const finder = document.createElement('hub-service-finder');
  finder.adapter = adapter;
  document.body.append(finder);
  const figures: TypingFigures = { sent: [], answered: [], aborted: [] };
  try {
    await settled(finder, feed, performance.now());
    for (const word of words) {
      await clearWords(finder, feed);
      feed.reset();
      await typeWord(finder, feed, word, keyIntervalMs);
      figures.sent.push(feed.sent);
      figures.answered.push(feed.answered);
      figures.aborted.push(feed.aborted);
    }
  } finally {
    finder.remove();
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------------
// (b) Client-side filtering of a 5,000-service feed

const CLIENT_QUERIES: ServiceQuery[] = [
  { ages: [{ kind: 'age', months: 30 }] },
  { ages: [{ kind: 'pregnancy' }, { kind: 'age', months: 120 }] },
  { days: ['MO', 'SA'] },
  { freeOnly: true, deliveryModes: ['in_person'] },
  { languages: ['Polish'] },
  { atFamilyHub: true },
  { near: { latitude: 52.62, longitude: -1.17 }, radiusMiles: 2 },
  { near: { latitude: 52.62, longitude: -1.17 }, ages: [{ kind: 'age', months: 18 }], days: ['TU'], freeOnly: true },
];

async function feedOf(size: number): Promise<ServiceSummary[]> {
  const feed = fakeFeed(size, 0);
  const adapter = OpenReferralAdapter({ baseUrl: FEED, version: 'oruk-1', fetch: feed.fetch, cacheTtlMs: 0 });
  // Every page of the feed, as the finder reads it when it filters in the browser (100 a page).
  const pages = await Promise.all(Array.from({ length: Math.ceil(size / 100) }, (_, i) => adapter.searchServices({ page: i + 1, perPage: 100 })));
  return pages.flatMap((p) => p.items);
}

export async function runOpenReferralBenchmark(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const words = ['baby', 'teeth', 'money', 'holiday', 'parenting', 'toddler', 'play', 'sensory'];
  // A quick typist: 8 keys a second, each key within the finder's pause; the feed answers in 150 ms.
  const quick = await typingRun(words, 125, 150);
  results.push(summarise('Open Referral: feed requests per settled search, typing 8 keys/s (feed 150 ms)', quick.sent, 'exactly 1'));
  // A hesitant typist: a pause longer than the finder's after every key, on a feed slower than the pauses.
  const hesitant = await typingRun(words.slice(0, 4), DEBOUNCE_MS + 50, 900);
  results.push(summarise('Open Referral: requests answered per settled search, hesitant typing (400 ms a key, feed 900 ms)', hesitant.answered, 'exactly 1'));
  results.push(summarise('  requests sent, the stale ones aborted', hesitant.sent));
  results.push(summarise('  of which aborted before their answer', hesitant.aborted, 'sent − 1'));

  const all = await feedOf(5000);
  // The filters an Open Referral feed applies itself (text and category): everything else is client-side.
  const adapterFilters = OpenReferralAdapter({ baseUrl: FEED, version: 'oruk-1' }).capabilities.searchFilters;
  const parentOf = new Map<string, string | null>();
  const samples = await measure(80, (i) => {
    const query = CLIENT_QUERIES[i % CLIENT_QUERIES.length]!;
    const { client } = splitQuery(query, adapterFilters);
    return applyClientFilters(all, query, client, parentOf).length;
  });
  results.push(summarise(`Open Referral: client-side filter of a ${all.length.toLocaleString('en-GB')}-service feed (client-filters.ts)`, samples));
  return results;
}
