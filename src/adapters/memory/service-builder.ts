/**
 * Building blocks for the demo directory: organisations, languages, ages, costs, schedules, and
 * `buildService`, which turns a compact seed into a full `Service` (and its session plan, if any).
 */
import { ageRangeFromYears } from '../../core/age.js';
import type {
  AccessRoute,
  AgeRange,
  Contacts,
  Cost,
  DeliveryMode,
  HouseholdRules,
  Language,
  Organisation,
  Schedule,
  Service,
  Weekday,
} from '../../core/model.js';
import { locationById } from './borough.js';
import { categoryById } from './categories.js';

// ---------------------------------------------------------------------------------------------------
// Organisations (all invented)

const org = (id: string, name: string, site: string): Organisation => ({ id, name, url: `https://${site}.example.org` });

export const ORGS = {
  council: org('org-brackenford-council', 'Brackenford Borough Council', 'brackenford'),
  maternity: org('org-brackenford-vale-nhs', 'Brackenford and Vale NHS Foundation Trust', 'brackenford-vale-nhs'),
  community: org('org-brackenford-community-health', 'Brackenford Community Health NHS Trust', 'brackenford-community-health'),
  mentalHealth: org('org-vale-minds-nhs', 'Vale Minds NHS Partnership Trust', 'vale-minds-nhs'),
  littleSteps: org('org-little-steps', 'Little Steps Brackenford', 'little-steps-brackenford'),
  dadsDen: org('org-dads-den', "Dad's Den Brackenford", 'dads-den-brackenford'),
  milkMatters: org('org-milk-matters', 'Milk Matters Peer Support', 'milk-matters'),
  kinshipCircle: org('org-kinship-circle', 'Kinship Circle', 'kinship-circle'),
  moneyAdvice: org('org-brackenford-money-advice', 'Brackenford Money Advice Centre', 'brackenford-money-advice'),
  safeHarbour: org('org-safe-harbour', 'Safe Harbour Domestic Abuse Service', 'safe-harbour'),
  valeYouth: org('org-vale-youth-trust', 'Vale Youth Trust', 'vale-youth-trust'),
  sendNetwork: org('org-send-family-network', 'Brackenford SEND Family Network', 'send-family-network'),
  stAidans: org('org-st-aidans', "St Aidan's Church, Northgate", 'st-aidans-northgate'),
  bridgeMediation: org('org-bridge-mediation', 'Bridge Family Mediation', 'bridge-mediation'),
  steppingStones: org('org-stepping-stones', 'Stepping Stones Speech and Play CIC', 'stepping-stones-cic'),
  leisureTrust: org('org-brackenford-leisure', 'Brackenford Leisure Trust', 'brackenford-leisure'),
  recovery: org('org-new-leaf', 'New Leaf Recovery', 'new-leaf-recovery'),
} satisfies Record<string, Organisation>;

// ---------------------------------------------------------------------------------------------------
// Languages (ISO 639 codes; British Sign Language is `bfi`)

export const LANG = {
  en: { name: 'English', code: 'en' },
  pl: { name: 'Polish', code: 'pl' },
  ur: { name: 'Urdu', code: 'ur' },
  bn: { name: 'Bengali', code: 'bn' },
  ar: { name: 'Arabic', code: 'ar' },
  cy: { name: 'Welsh', code: 'cy' },
  bsl: { name: 'British Sign Language', code: 'bfi' },
  pa: { name: 'Punjabi', code: 'pa' },
  ro: { name: 'Romanian', code: 'ro' },
  so: { name: 'Somali', code: 'so' },
} satisfies Record<string, Language>;

// ---------------------------------------------------------------------------------------------------
// Ages

/** Whole years, as feeds state them: `years(0, 5)` includes a child of five and a half. */
export const years = (min: number, max: number | null, extra: Partial<AgeRange> = {}): AgeRange => ageRangeFromYears(min, max, extra);
/** Completed months, inclusive: `months(0, 11)` is "under 1". */
export const months = (min: number, max: number | null): AgeRange => ({ pregnancy: false, minMonths: min, maxMonths: max, sendTo25: false });
export const PREGNANCY_ONLY: AgeRange = { pregnancy: true, minMonths: null, maxMonths: null, sendTo25: false };
/** During pregnancy and from birth to `maxMonths`. */
export const pregnancyTo = (maxMonths: number): AgeRange => ({ pregnancy: true, minMonths: 0, maxMonths, sendTo25: false });

// ---------------------------------------------------------------------------------------------------
// Costs

export const FREE: Cost = { free: true, options: [] };
export const paid = (amount: number, description: string): Cost => ({ free: false, options: [{ amount, description }] });

// ---------------------------------------------------------------------------------------------------
// Schedules (times are London wall-clock)

/** Anchor for "every other week" rules, so fortnightly sessions fall on the same weeks whatever today is. */
const FORTNIGHT_ANCHOR = '2026-01-05';

type ScheduleExtra = Partial<Pick<Schedule, 'locationId' | 'description' | 'count' | 'validFrom' | 'validTo'>>;

const schedule = (s: Pick<Schedule, 'freq'> & Partial<Schedule>): Schedule => ({ interval: 1, byday: [], bymonthday: [], ...s });

export const weekly = (days: Weekday | Weekday[], opensAt: string, closesAt: string, extra: ScheduleExtra = {}): Schedule =>
  schedule({ freq: 'WEEKLY', byday: Array.isArray(days) ? days : [days], opensAt, closesAt, ...extra });

export const fortnightly = (day: Weekday, opensAt: string, closesAt: string, extra: ScheduleExtra = {}): Schedule =>
  schedule({ freq: 'WEEKLY', interval: 2, byday: [day], opensAt, closesAt, validFrom: FORTNIGHT_ANCHOR, ...extra });

/** Monthly by ordinal weekday: `monthly(['1SA'], …)` is the first Saturday of the month. */
export const monthly = (byday: string[], opensAt: string, closesAt: string, extra: ScheduleExtra & { interval?: number } = {}): Schedule =>
  schedule({ freq: 'MONTHLY', byday, opensAt, closesAt, ...extra });

export const daily = (opensAt: string, closesAt: string, extra: ScheduleExtra = {}): Schedule =>
  schedule({ freq: 'DAILY', opensAt, closesAt, ...extra });

// ---------------------------------------------------------------------------------------------------
// Contacts (phone numbers from Ofcom's drama ranges; example.org addresses)

export const HUB_CONTACTS = {
  north: { phone: '01632 960101', email: 'north.familyhub@brackenford.example.org' },
  central: { phone: '01632 960102', email: 'central.familyhub@brackenford.example.org' },
  south: { phone: '01632 960103', email: 'south.familyhub@brackenford.example.org' },
} satisfies Record<string, Contacts>;

export const FAMILY_HUBS_WEBSITE = 'https://brackenford.example.org/family-hubs';

// ---------------------------------------------------------------------------------------------------
// Session plans: how a bookable or drop-in service becomes dated sessions (see demo-sessions.ts)

export interface SessionPlan {
  mode: 'bookable' | 'drop_in';
  /** People in the room (adults and children); drop-ins have none. */
  capacity?: number;
  waitingList?: boolean;
  rules?: Partial<HouseholdRules>;
  /** Places are released this many days before each session. */
  opensDaysBefore?: number;
  /** Book the whole series as one course; it starts on the first date a week or more after `now`. */
  course?: boolean;
  /** Runs online (no venue). */
  online?: boolean;
  /** Which upcoming sessions (0 = the next one) are already full. */
  fullOccurrences?: number[];
  /** Largest share of places already taken on the others, chosen per session by a seeded PRNG. */
  maxTakenShare?: number;
  /** Session title when it differs from the service name. */
  title?: string;
}

// ---------------------------------------------------------------------------------------------------
// Services

export interface ServiceSeed {
  id: string;
  name: string;
  description: string;
  organisation: Organisation;
  /** Category ids; each must exist in categories.ts. */
  categories: string[];
  ageRange: AgeRange;
  eligibility?: string;
  audience?: string;
  cost?: Cost;
  languages?: Language[];
  deliveryModes: DeliveryMode[];
  access: AccessRoute[];
  /** Location ids; each must exist in borough.ts. */
  locations?: string[];
  schedules?: Schedule[];
  contacts: Contacts;
  alert?: string;
  status?: Service['status'];
  lastUpdated: string;
  sessions?: SessionPlan;
}

export interface DemoEntry {
  service: Service;
  sessions?: SessionPlan;
}

export function buildService(seed: ServiceSeed): DemoEntry {
  const service: Service = {
    id: seed.id,
    name: seed.name,
    description: seed.description,
    status: seed.status ?? 'active',
    organisation: { ...seed.organisation },
    categories: seed.categories.map(categoryById),
    ageRange: { ...seed.ageRange },
    cost: structuredClone(seed.cost ?? FREE),
    languages: (seed.languages ?? [LANG.en]).map((l) => ({ ...l })),
    deliveryModes: [...seed.deliveryModes],
    access: [...seed.access],
    locations: (seed.locations ?? []).map(locationById),
    schedules: structuredClone(seed.schedules ?? []),
    contacts: { ...seed.contacts },
    lastUpdated: seed.lastUpdated,
  };
  if (seed.eligibility) service.eligibility = seed.eligibility;
  if (seed.audience) service.audience = seed.audience;
  if (seed.alert) service.alert = seed.alert;
  return seed.sessions ? { service, sessions: seed.sessions } : { service };
}
