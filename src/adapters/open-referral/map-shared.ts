/**
 * Pieces both Open Referral generations share: schedules in RRULE fields, ages in years, cost options,
 * languages, taxonomy terms, delivery modes, addresses and contacts. Each piece is checked with the domain
 * schema on its own, so one bad schedule or venue is dropped without losing the service.
 */
import { ageRangeFromYears } from '../../core/age.js';
import { distanceMiles } from '../../core/geo.js';
import {
  AddressSchema,
  CategorySchema,
  CostOptionSchema,
  LanguageSchema,
  LocationSchema,
  MAX_AGE_MONTHS,
  ScheduleSchema,
  ServiceSchema,
  ServiceSummarySchema,
  SERVICE_STATUSES,
  WEEKDAYS,
} from './schemas.js';
import type {
  AccessRoute,
  Address,
  AgeRange,
  Category,
  Contacts,
  Cost,
  DeliveryMode,
  GeoPoint,
  Language,
  Location,
  Schedule,
  Service,
  ServiceSummary,
  Weekday,
} from '../../core/model.js';
import { addOnce, calendarDate, compact, email, firstText, id, list, localTime, number, phone, point, postcode, text, webUrl, type Json } from './clean.js';

/** What mapping one feed record gives: the service, plus the vocabularies its taxonomy terms came from. */
export interface MappedService {
  service: Service;
  /** Category id → ORUK v1 vocabulary, for sending `vocabulary` with `taxonomy_id`. */
  vocabularies: Map<string, string>;
}

export interface MapContext {
  /** Today, for dropping closures that have passed. */
  now: Date;
}

// ---------------------------------------------------------------------------------------------------
// Schedules

const WEEKDAY_WORDS: Record<string, Weekday> = {
  monday: 'MO',
  mon: 'MO',
  tuesday: 'TU',
  tue: 'TU',
  tues: 'TU',
  wednesday: 'WE',
  wed: 'WE',
  thursday: 'TH',
  thu: 'TH',
  thur: 'TH',
  thurs: 'TH',
  friday: 'FR',
  fri: 'FR',
  saturday: 'SA',
  sat: 'SA',
  sunday: 'SU',
  sun: 'SU',
};

/** One BYDAY entry (`MO`, `1SA`, `-1FR`), also from a weekday name; undefined when it is not one. */
function byDayEntry(value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  if (/^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.test(upper)) return upper.replace(/^\+/, '');
  return WEEKDAY_WORDS[value.trim().toLowerCase()];
}

/** ORUK v1 `weekday`: a name ("Monday"), a code ("MO") or an ISO 8601 day number (1 = Monday … 7 = Sunday). */
function weekdayCode(value: unknown): Weekday | undefined {
  const n = number(value);
  if (n !== undefined) return Number.isInteger(n) && n >= 1 && n <= 7 ? WEEKDAYS[n - 1] : undefined;
  if (typeof value !== 'string') return undefined;
  const entry = byDayEntry(value);
  return entry && (WEEKDAYS as readonly string[]).includes(entry) ? (entry as Weekday) : undefined;
}

/**
 * A schedule from RRULE-style fields (HSDS 3 `schedule`, ORUK v1 `regular_schedule`). Dropped, rather
 * than shown wrongly, when it uses a rule we cannot express (`byweekno`, `byyearday`, a frequency other
 * than daily, weekly or monthly, an interval over 52) or says nothing about which days.
 */
export function mapSchedule(raw: Json, locationId?: string): Schedule | undefined {
  if (list(raw.byweekno).length || list(raw.byyearday).length) return undefined;

  const rawDays = list(raw.byday);
  const byday = rawDays.map(byDayEntry).filter((d): d is string => d !== undefined);
  if (rawDays.length && !byday.length) return undefined;
  const weekday = weekdayCode(raw.weekday);
  if (!byday.length && weekday) byday.push(weekday);
  const bymonthday = list(raw.bymonthday)
    .map(Number)
    .filter((d) => Number.isInteger(d) && d !== 0 && d >= -31 && d <= 31);

  const freqText = typeof raw.freq === 'string' ? raw.freq.trim().toUpperCase() : '';
  let freq: Schedule['freq'];
  if (freqText === 'DAILY' || freqText === 'WEEKLY' || freqText === 'MONTHLY') freq = freqText;
  else if (freqText) return undefined;
  else if (byday.some((d) => /\d/.test(d)) || bymonthday.length) freq = 'MONTHLY';
  else if (byday.length) freq = 'WEEKLY';
  else return undefined;
  if (freq === 'WEEKLY' && !byday.length && !bymonthday.length && !calendarDate(raw.dtstart) && !calendarDate(raw.valid_from)) {
    return undefined;
  }

  const intervalValue = number(raw.interval);
  const interval = intervalValue === undefined || intervalValue === 0 ? 1 : intervalValue;
  if (!Number.isInteger(interval) || interval < 1 || interval > 52) return undefined;

  const validFromValue = calendarDate(raw.valid_from);
  const dtstart = calendarDate(raw.dtstart);
  // "Every other week" counts from dtstart, so it wins as the anchor when the rule repeats less than weekly.
  const validFrom = interval > 1 ? (dtstart ?? validFromValue) : (validFromValue ?? dtstart);
  const ends = [calendarDate(raw.valid_to), calendarDate(raw.until)].filter((d): d is string => d !== undefined).sort();
  const validTo = ends[0];
  if (validFrom && validTo && validTo < validFrom) return undefined;

  const opensAt = localTime(raw.opens_at);
  let closesAt = localTime(raw.closes_at);
  if (opensAt && closesAt && closesAt <= opensAt) closesAt = undefined;

  const count = number(raw.count);
  const notes = [text(raw.description, 500, { key: 'description' }), text(raw.notes, 500, { key: 'notes' })].filter(Boolean);
  const candidate = {
    freq,
    interval,
    byday: freq === 'DAILY' ? [] : [...new Set(byday)],
    // RFC 5545 allows BYMONTHDAY only in monthly rules here (the HSDS example puts it on a weekly one).
    bymonthday: freq === 'MONTHLY' ? [...new Set(bymonthday)] : [],
    opensAt,
    closesAt,
    validFrom,
    validTo,
    count: count !== undefined && Number.isInteger(count) && count >= 1 && count <= 520 ? count : undefined,
    locationId,
    description: notes.length ? text(notes.join(' '), 500) : undefined,
  };
  const parsed = ScheduleSchema.safeParse(compact(candidate));
  return parsed.success ? parsed.data : undefined;
}

/** Adds schedules, once per feed id (the same schedule is often nested under the service and its venue). */
export function addSchedules(target: Schedule[], seen: Set<string>, raws: Json[], locationId?: string): void {
  for (const raw of raws) {
    const key = id(raw.id);
    if (key && seen.has(key)) continue;
    const schedule = mapSchedule(raw, locationId);
    if (!schedule) continue;
    if (key) seen.add(key);
    target.push(schedule);
  }
}

// ---------------------------------------------------------------------------------------------------
// Ages

const PREGNANCY_WORDS = /\b(pregnan\w*|antenatal|ante-natal|expectant|expecting)\b/i;
const NEGATED_PREGNANCY = /\bnot\b[^.]*\b(pregnan|antenatal|ante-natal|expect)/i;

/** Whether eligibility wording opens a service to families during pregnancy. */
export function mentionsPregnancy(...texts: (string | undefined)[]): boolean {
  return texts.some((t) => t !== undefined && PREGNANCY_WORDS.test(t) && !NEGATED_PREGNANCY.test(t));
}

/**
 * An age range from a feed's `minimum_age`/`maximum_age` in years. `0`/`0` is how ORUK v1 feeds (where
 * both fields are required) say "not stated"; a maximum of 26 or more (feeds write 99 or 100) means no
 * upper limit for a family service; a reversed pair is swapped.
 */
export function ageRangeFromFeed(minimum: unknown, maximum: unknown, pregnancy = false): AgeRange | undefined {
  let min = number(minimum);
  let max = number(maximum);
  if (min !== undefined && min < 0) min = 0;
  if (max !== undefined && max < 0) max = undefined;
  if (min === 0 && max === 0) min = max = undefined;
  // Ages not stated but the wording is about pregnancy: antenatal, not "all ages".
  if (min === undefined && max === undefined) return pregnancy ? { pregnancy, minMonths: null, maxMonths: null, sendTo25: false } : undefined;
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  const maxYears = max === undefined || max >= 26 ? null : max;
  const minYears = min === undefined ? null : Math.min(min, MAX_AGE_MONTHS / 12);
  const range = ageRangeFromYears(minYears, maxYears, { pregnancy });
  range.minMonths = Math.min(range.minMonths ?? 0, MAX_AGE_MONTHS);
  if (range.maxMonths !== null) range.maxMonths = Math.min(range.maxMonths, MAX_AGE_MONTHS);
  return range;
}

// ---------------------------------------------------------------------------------------------------
// Cost, languages, categories, delivery and access

/**
 * Cost from `cost_options` (an amount in pounds, with `option` and `amount_description` as words), or
 * from the older free-text `fees`/`fees_description` when there are no options. No options and no fees
 * text means free, as the national directory reads it.
 */
export function mapCost(options: Json[], feesText?: string): Cost {
  const mapped = options
    .map((raw) => {
      const amount = number(raw.amount);
      const words = [text(raw.option, 150, { key: 'option' }), text(raw.amount_description, 150, { key: 'amount_description' })].filter(Boolean);
      return CostOptionSchema.safeParse(
        compact({
          amount: amount !== undefined && amount >= 0 && amount <= 100000 ? amount : undefined,
          description: words.length ? text(words.join(': '), 300) : undefined,
        }),
      );
    })
    .filter((r) => r.success)
    .map((r) => r.data)
    .filter((o) => o.amount !== undefined || o.description !== undefined);
  if (!mapped.length) {
    if (feesText && !/^free\b/i.test(feesText)) return { free: false, options: [{ description: text(feesText, 300) }] };
    return { free: true, options: [] };
  }
  const free = mapped.every((o) => o.amount === 0 || (o.amount === undefined && /\bfree\b/i.test(o.description ?? '')));
  return { free, options: mapped };
}

let languageNames: Intl.DisplayNames | null | undefined;
function languageName(code: string): string | undefined {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'none' });
    } catch {
      languageNames = null;
    }
  }
  try {
    return languageNames?.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** A language from `{name, code}` (HSDS 3) or `{language}` (ORUK v1); a code alone is named in English. */
export function mapLanguage(raw: Json): Language | undefined {
  const codeText = typeof raw.code === 'string' ? raw.code.trim() : '';
  let code = LANGUAGE_CODE.test(codeText) && codeText.length <= 12 ? codeText.toLowerCase() : undefined;
  let name = firstText(raw, ['name', 'language'], 100);
  if (name && !code && /^[a-z]{2,3}$/.test(name)) {
    // "pl" in a name field is a code.
    code = name;
    name = languageName(name);
  }
  if (!name && code) name = languageName(code);
  const parsed = LanguageSchema.safeParse(compact({ name, code }));
  return parsed.success ? parsed.data : undefined;
}

export function addLanguages(target: Language[], raws: Json[]): void {
  for (const raw of raws) {
    const language = mapLanguage(raw);
    if (language && !target.some((l) => l.name.toLowerCase() === language.name.toLowerCase())) target.push(language);
  }
}

/** A category from a taxonomy term (`{id, name, parent_id, vocabulary}`), with its vocabulary if any. */
export function mapTaxonomyTerm(raw: Json): { category: Category; vocabulary?: string } | undefined {
  const parsed = CategorySchema.safeParse(
    compact({
      id: id(raw.id),
      name: firstText(raw, ['name', 'term'], 300),
      parentId: id(raw.parent_id) ?? null,
    }),
  );
  if (!parsed.success) return undefined;
  const vocabulary = text(raw.vocabulary, 200, { key: 'vocabulary' });
  return vocabulary ? { category: parsed.data, vocabulary } : { category: parsed.data };
}

export function addCategory(target: Category[], vocabularies: Map<string, string>, raw: Json | undefined): void {
  if (!raw) return;
  const term = mapTaxonomyTerm(raw);
  if (!term || target.some((c) => c.id === term.category.id)) return;
  target.push(term.category);
  if (term.vocabulary) vocabularies.set(term.category.id, term.vocabulary);
}

/**
 * Delivery modes from ORUK v1 `attending_type` (`venue`, `online`, `phone`, `home visit`) and from the
 * free text HSDS 3 puts in `schedule.attending_type` ("in-person or remotely via video conferencing").
 */
export function deliveryModesFrom(value: unknown): DeliveryMode[] {
  const words = list(value).join(' ').toLowerCase();
  const modes: DeliveryMode[] = [];
  if (/\b(venue|in[- ]person|face[- ]to[- ]face|on[- ]site)\b/.test(words)) modes.push('in_person');
  if (/\b(online|remote\w*|video|virtual|zoom|teams)\b/.test(words)) modes.push('online');
  if (/\b(phone|telephone)\b/.test(words)) modes.push('telephone');
  if (/\bhome[- ]visits?\b/.test(words)) modes.push('home_visit');
  return modes;
}

/** How to access, from ORUK v1 `attending_access` (`drop-in`, `appointment`, `referral`; `membership` has no match). */
export function accessRoutesFrom(value: unknown): AccessRoute[] {
  const words = list(value).join(' ').toLowerCase();
  const routes: AccessRoute[] = [];
  if (/\bdrop[- ]?in\b/.test(words)) routes.push('drop_in');
  if (/\b(appointment|booking|book)\b/.test(words)) routes.push('book');
  if (/\bself[- ]?referr?al\b/.test(words)) routes.push('self_refer');
  if (/(?<!self[- ]?)\breferr?al\b/.test(words)) routes.push('referral');
  return routes;
}

export function mapStatus(value: unknown): Service['status'] | undefined {
  if (typeof value !== 'string') return undefined;
  const normalised = value.trim().toLowerCase().replace(/[_-]+/g, ' ');
  return (SERVICE_STATUSES as readonly string[]).includes(normalised) ? (normalised as Service['status']) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Venues and contacts

/** An address from ORUK v1 `physical_address` or HSDS 3 `address`; undefined without a street, town and postcode. */
export function mapAddress(raw: Json): Address | undefined {
  const extra = ['address_2', 'address_3', 'address_4']
    .map((key) => text(raw[key], 200, { key }))
    .filter(Boolean)
    .join(', ');
  const parsed = AddressSchema.safeParse(
    compact({
      line1: text(raw.address_1, 200, { key: 'address_1' }),
      line2: extra ? text(extra, 200) : undefined,
      town: firstText(raw, ['city', 'region', 'state_province'], 100),
      postcode: postcode(raw.postal_code),
    }),
  );
  return parsed.success ? parsed.data : undefined;
}

/** The address to show: a physical one before a postal one; never a virtual one. */
export function pickAddress(raws: Json[]): Address | undefined {
  const usable = raws.filter((a) => String(a.address_type ?? 'physical').toLowerCase() !== 'virtual');
  usable.sort((a, b) => Number(String(b.address_type ?? '').toLowerCase() === 'physical') - Number(String(a.address_type ?? '').toLowerCase() === 'physical'));
  for (const raw of usable) {
    const address = mapAddress(raw);
    if (address) return address;
  }
  return undefined;
}

export interface LocationParts {
  raw: Json;
  fallbackId: string;
  addresses: Json[];
  accessibility: Json[];
}

/**
 * A venue. Named by its `name`, else its first address line; a venue with neither is dropped. Coordinates
 * out of range (the HSDS example's 100, 101) are dropped. "Family hub" in the name marks a Family Hub
 * building: no Open Referral generation has a field for it.
 */
export function mapLocation(parts: LocationParts): Location | undefined {
  const { raw } = parts;
  const address = pickAddress(parts.addresses);
  const accessibility: string[] = [];
  for (const entry of parts.accessibility) {
    addOnce(accessibility, firstText(entry, ['description', 'accessibility'], 300));
    addOnce(accessibility, text(entry.details, 300, { key: 'details' }));
  }
  const name = firstText(raw, ['name', 'alternate_name'], 300) ?? address?.line1;
  const parsed = LocationSchema.safeParse(
    compact({
      id: id(raw.id) ?? parts.fallbackId,
      name,
      address,
      point: point(raw.latitude, raw.longitude),
      accessibility,
      isFamilyHub: /\bfamily hub\b/i.test(name ?? ''),
    }),
  );
  return parsed.success ? parsed.data : undefined;
}

export function addLocation(target: Location[], location: Location | undefined): void {
  if (location && !target.some((l) => l.id === location.id)) target.push(location);
}

/** Contacts from the first source that has each: the service itself, then its contacts, venues and organisation. */
export function mapContacts(sources: { phones: Json[]; emails: unknown[]; websites: unknown[] }): Contacts {
  const contacts: Contacts = {};
  for (const raw of sources.phones) {
    contacts.phone = phone(raw.number);
    if (contacts.phone) break;
  }
  for (const value of sources.emails) {
    contacts.email = email(value);
    if (contacts.email) break;
  }
  for (const value of sources.websites) {
    contacts.website = webUrl(value);
    if (contacts.website) break;
  }
  return compact(contacts);
}

export function mapOrganisation(raw: Json | undefined): Service['organisation'] {
  if (!raw) return undefined;
  const name = text(raw.name, 300, { key: 'name' });
  const orgId = id(raw.id);
  if (!name || !orgId) return undefined;
  const url = webUrl(raw.website) ?? webUrl(raw.url);
  return { id: orgId, name, ...(url ? { url } : {}) };
}

// ---------------------------------------------------------------------------------------------------
// The whole record

/** Checks a mapped service against the domain schema; undefined when it cannot be made valid. */
export function finishService(candidate: Record<string, unknown>): Service | undefined {
  const parsed = ServiceSchema.safeParse(compact(candidate));
  return parsed.success ? parsed.data : undefined;
}

/**
 * A search result: the service, plus the distance to its nearest venue with coordinates when the search
 * had a place. Online-only services have no distance.
 */
export function toSummary(service: Service, near?: GeoPoint): ServiceSummary {
  let nearest: { id: string; miles: number } | undefined;
  if (near) {
    for (const location of service.locations) {
      if (!location.point) continue;
      const miles = distanceMiles(near, location.point);
      if (!nearest || miles < nearest.miles) nearest = { id: location.id, miles };
    }
  }
  const summary = nearest ? { ...service, distanceMiles: Math.round(nearest.miles * 100) / 100, nearestLocationId: nearest.id } : service;
  return ServiceSummarySchema.parse(summary);
}
