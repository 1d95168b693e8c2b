/**
 * A generator of many varied, valid services around Brackenford, for benchmarks and paging tests.
 * Deterministic: the same count and seed always give the same services.
 */
import type {
  AgeRange,
  Category,
  Cost,
  Language,
  Location,
  Schedule,
  Service,
  Weekday,
} from '../../core/model.js';
import { ACCESS_ROUTES, DELIVERY_MODES, WEEKDAYS } from '../../core/model.js';
import { BOROUGH_NAME, LOCALITIES } from './borough.js';
import { demoCategories } from './categories.js';
import { intBetween, pick, pickSome, seededRandom } from './random.js';
import { LANG, ORGS, PREGNANCY_ONLY, months, paid, pregnancyTo, years } from './service-builder.js';

const QUALIFIERS = ['Little', 'Family', 'Community', 'Saturday', 'Evening', 'Weekday', 'Neighbourhood', 'Friendly', 'Open', 'Together'];
const ACTIVITIES = [
  'stay and play',
  'parenting group',
  'advice drop-in',
  'feeding support',
  'youth club',
  'homework club',
  'coffee morning',
  'sensory session',
  'story time',
  'football club',
  'art club',
  'support line',
  'peer support group',
  'health clinic',
  'music session',
  'cooking club',
  'swim session',
  'walking group',
  'wellbeing group',
  'language café',
];
const PLACES = ['Elm Park', 'Kingsmead', 'Hollow Lane', 'Fairfield', 'Brook Street', 'Ashby Road', 'Cherry Tree', 'Foxhill', 'Meadowbank', 'Station Quarter'];
const VENUE_TYPES = ['Community Centre', 'Primary School', 'Church Hall', 'Library', 'Youth Centre', 'Sports Hall', 'Children’s Centre'];
const STREETS = ['High Street', 'Church Road', 'Mill Lane', 'Victoria Road', 'Park Avenue', 'School Lane', 'Green Way'];
const ACCESSIBILITY = ['Step-free access', 'Accessible toilet', 'Hearing loop', 'Baby changing facilities', 'Parking nearby', 'Lift'];
const LANGUAGES: Language[] = Object.values(LANG);
const ORGANISATIONS = Object.values(ORGS);
const AGE_BANDS: AgeRange[] = [
  PREGNANCY_ONLY,
  pregnancyTo(11),
  pregnancyTo(23),
  months(0, 11),
  months(6, 23),
  years(0, 4),
  years(2, 4),
  years(5, 11),
  years(11, 19, { sendTo25: true }),
  years(0, 19, { pregnancy: true, sendTo25: true }),
];
const COSTS: Cost[] = [paid(1.5, 'Per family'), paid(3, 'Per child'), paid(5, 'Per session')];
/** Letters a postcode's inward code may use. */
const POSTCODE_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ'];
const TIMES: [string, string][] = [
  ['09:30', '11:00'],
  ['10:00', '11:30'],
  ['13:00', '14:30'],
  ['15:30', '17:00'],
  ['18:30', '20:00'],
];
const VENUE_COUNT = 150;

/** `count` services (e.g. 10,000), each valid against ServiceSchema, with ids `scale-<seed>-<n>`. */
export function generateServices(count: number, seed = 1): Service[] {
  const random = seededRandom(seed);
  const categories = demoCategories().filter((c) => c.parentId !== null);
  const venues = Array.from({ length: VENUE_COUNT }, (_, n) => makeVenue(random, seed, n));
  return Array.from({ length: count }, (_, n) => makeService(random, seed, n, categories, venues));
}

function makeVenue(random: () => number, seed: number, n: number): Location {
  const latitude = round(52.43 + (random() - 0.5) * 0.07, 5);
  const longitude = round(-1.009 + (random() - 0.5) * 0.09, 5);
  const district = intBetween(random, 1, 3);
  const postcode = `BK${district} ${intBetween(random, 1, 9)}${pick(random, POSTCODE_LETTERS)}${pick(random, POSTCODE_LETTERS)}`;
  return {
    id: `scale-venue-${seed}-${n}`,
    name: `${pick(random, PLACES)} ${pick(random, VENUE_TYPES)}`,
    address: { line1: `${intBetween(random, 1, 180)} ${pick(random, STREETS)}`, town: BOROUGH_NAME, postcode },
    point: { latitude, longitude },
    accessibility: pickSome(random, ACCESSIBILITY, intBetween(random, 0, 3)),
    isFamilyHub: random() < 0.08,
    locality: LOCALITIES[district - 1],
  };
}

function makeService(random: () => number, seed: number, n: number, categories: Category[], venues: Location[]): Service {
  const activity = pick(random, ACTIVITIES);
  const deliveryModes = pickSome(random, DELIVERY_MODES, intBetween(random, 1, 2));
  const inPerson = deliveryModes.includes('in_person') || deliveryModes.includes('home_visit');
  const locations = inPerson ? pickSome(random, venues, intBetween(random, 1, 2)).map((v) => structuredClone(v)) : [];
  const where = locations[0] ? ` at ${locations[0].name}` : '';
  const languages = [LANG.en, ...pickSome(random, LANGUAGES.slice(1), intBetween(random, 0, 2))];
  const service: Service = {
    id: `scale-${seed}-${n}`,
    name: `${pick(random, QUALIFIERS)} ${activity}${where}`,
    description: `A ${activity} for families in ${BOROUGH_NAME}. Generated for testing at scale (number ${n + 1}).`,
    status: 'active',
    organisation: { ...pick(random, ORGANISATIONS) },
    categories: pickSome(random, categories, intBetween(random, 1, 2)).map((c) => ({ ...c })),
    ageRange: { ...pick(random, AGE_BANDS) },
    cost: random() < 0.7 ? { free: true, options: [] } : structuredClone(pick(random, COSTS)),
    languages: languages.map((l) => ({ ...l })),
    deliveryModes,
    access: pickSome(random, ACCESS_ROUTES, intBetween(random, 1, 2)),
    locations,
    schedules: Array.from({ length: intBetween(random, 0, 2) }, () => makeSchedule(random)),
    contacts: { phone: `01632 960${String(n % 1000).padStart(3, '0')}`, email: `service${n + 1}@scale.example.org` },
    lastUpdated: `2026-${String(intBetween(random, 1, 11)).padStart(2, '0')}-${String(intBetween(random, 1, 28)).padStart(2, '0')}`,
  };
  return service;
}

function makeSchedule(random: () => number): Schedule {
  const [opensAt, closesAt] = pick(random, TIMES);
  const day: Weekday = pick(random, WEEKDAYS);
  if (random() < 0.25) {
    return { freq: 'MONTHLY', interval: 1, byday: [`${intBetween(random, 1, 4)}${day}`], bymonthday: [], opensAt, closesAt };
  }
  return { freq: 'WEEKLY', interval: random() < 0.2 ? 2 : 1, byday: [day], bymonthday: [], opensAt, closesAt, validFrom: '2026-01-05' };
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
