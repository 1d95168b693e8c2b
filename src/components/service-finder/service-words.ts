/**
 * A service's facts in words for cards and details: cost, delivery, how to use it, where, when,
 * languages and distance. Words come from the catalogue; numbers, money, lists and language names are
 * formatted for the widget's language with `Intl`.
 */
import type { AccessRoute, Cost, DeliveryMode, Language, Location, Schedule, Service, ServiceSummary, Weekday } from '../../core/model.js';
import { scheduleInWords, scheduleRunsOn } from '../../core/schedule.js';
import type { MessageKey, Translate } from '../../i18n/messages.js';
import { FINDER_DELIVERY_MODES } from './filters.js';

const ACCESS_ORDER: readonly AccessRoute[] = ['drop_in', 'book', 'self_refer', 'referral'];

function capitalise(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

// Intl formatters are slow to make and fast to use: one of each per language, kept for the page's life.
const formatters = new Map<string, Intl.ListFormat | Intl.NumberFormat | Intl.DisplayNames>();
function cached<T extends Intl.ListFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "a, b and c" (or "a, b or c") in the widget's language. */
export function list(lang: string, items: string[], type: 'conjunction' | 'disjunction'): string {
  try {
    return cached(`list|${lang}|${type}`, () => new Intl.ListFormat(lang, { style: 'long', type })).format(items);
  } catch {
    return items.join(', ');
  }
}

/** "£3", "£2.50". */
export function moneyInWords(lang: string, amount: number): string {
  const whole = Number.isInteger(amount);
  const format = cached(
    `money|${lang}|${whole}`,
    () => new Intl.NumberFormat(lang, { style: 'currency', currency: 'GBP', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }),
  );
  return format.format(amount);
}

/** "Free", or one line per price: "£2.50 – Per child". */
export function costLines(t: Translate, lang: string, cost: Cost): string[] {
  if (cost.free) return [t('finder.cost.free')];
  const lines = cost.options
    .map((option) => {
      const amount = option.amount !== undefined ? moneyInWords(lang, option.amount) : '';
      if (amount && option.description) return t('finder.cost.option', { amount, description: option.description });
      return amount || option.description || '';
    })
    .filter(Boolean);
  return lines.length ? lines : [t('finder.cost.paid')];
}

/** "In person and online". */
export function deliveryInWords(t: Translate, lang: string, modes: readonly DeliveryMode[]): string {
  const known = FINDER_DELIVERY_MODES.filter((mode) => modes.includes(mode));
  if (!known.length) return '';
  return capitalise(list(lang, known.map((mode) => t(`finder.deliveryText.${mode}` as MessageKey)), 'conjunction'));
}

/** "Just turn up or book a place". */
export function accessInWords(t: Translate, lang: string, access: readonly AccessRoute[]): string {
  const known = ACCESS_ORDER.filter((route) => access.includes(route));
  if (!known.length) return t('finder.access.unknown');
  return capitalise(list(lang, known.map((route) => t(`finder.accessText.${route}` as MessageKey)), 'disjunction'));
}

/** One sentence per way in, for the details page. */
export function accessLines(t: Translate, access: readonly AccessRoute[]): string[] {
  const known = ACCESS_ORDER.filter((route) => access.includes(route));
  return known.length ? known.map((route) => t(`finder.access.${route}` as MessageKey)) : [t('finder.access.unknown')];
}

/** "0.4 miles", "1 mile", "12 miles": one decimal place under 10 miles, as the core wording does. */
export function milesInWords(t: Translate, miles: number): string {
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return t('finder.distance.miles', { count: rounded });
}

/**
 * A language's name for the widget's language. In English the feed's own name is used (services say
 * "Bengali", "Farsi"); other languages name it with Intl.DisplayNames, falling back to the feed's name.
 */
export function languageName(lang: string, language: Pick<Language, 'name' | 'code'>): string {
  if (!language.code || lang.toLowerCase().startsWith('en')) return language.name;
  try {
    const name = cached(`language|${lang}`, () => new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' })).of(language.code);
    return name ?? language.name;
  } catch {
    return language.name;
  }
}

export function languagesInWords(lang: string, languages: readonly Language[]): string {
  return list(lang, languages.map((l) => languageName(lang, l)), 'conjunction');
}

/**
 * The place a card names: the nearest one when the search had a postcode; else, when the family chose
 * days, the first place open on one of them; else the first place.
 */
export function mainLocation(service: ServiceSummary, days: readonly Weekday[] = []): Location | undefined {
  const nearest = service.locations.find((l) => l.id === service.nearestLocationId);
  if (nearest) return nearest;
  const onDay = days.length
    ? service.locations.find((l) => schedulesAt(service, l.id).some((s) => days.some((day) => scheduleRunsOn(s, day))))
    : undefined;
  return onDay ?? service.locations[0];
}

/** "North Family Hub, 0.4 miles away and 2 other places", or why there is no place. */
export function whereInWords(t: Translate, service: ServiceSummary, days: readonly Weekday[] = []): string {
  const location = mainLocation(service, days);
  if (!location) {
    const remote = service.deliveryModes.some((mode) => mode !== 'in_person');
    return remote ? t('finder.where.noVenue') : t('finder.where.ask');
  }
  const place =
    service.distanceMiles !== undefined && location.id === service.nearestLocationId
      ? t('finder.where.distance', { place: location.name, distance: milesInWords(t, service.distanceMiles) })
      : location.name;
  const others = service.locations.length - 1;
  return others > 0 ? `${place} ${t('finder.where.more', { count: others })}` : place;
}

/** The schedules that apply at a place: its own and the service-wide ones. */
export function schedulesAt(service: Service, locationId: string | undefined): Schedule[] {
  return service.schedules.filter((s) => !s.locationId || s.locationId === locationId);
}

/**
 * "Every Tuesday, 10am to 11:30am and 1 other time", or "Contact the service for days and times". When the
 * family chose days, a time on one of those days comes first.
 */
export function whenInWords(t: Translate, service: ServiceSummary, days: readonly Weekday[] = []): string {
  const location = mainLocation(service, days);
  const here = location ? schedulesAt(service, location.id) : service.schedules;
  const schedules = here.length ? here : service.schedules;
  const onDay = days.length ? schedules.find((s) => days.some((day) => scheduleRunsOn(s, day))) : undefined;
  const first = onDay ?? schedules[0];
  if (!first) return t('finder.when.ask');
  const others = schedules.length - 1;
  const words = scheduleInWords(first);
  return others > 0 ? `${words} ${t('finder.when.more', { count: others })}` : words;
}

/** A schedule with its note from the feed: "Every Monday, 10am to midday (term time only)". */
export function scheduleLine(schedule: Schedule): string {
  const words = scheduleInWords(schedule);
  return schedule.description ? `${words}. ${schedule.description}` : words;
}
