/**
 * A service's facts in words for cards and details: cost, delivery, how to use it, where, when,
 * languages and distance. Words come from the catalogue; numbers, money, lists and language names are
 * formatted for the widget's language with `Intl`.
 */
import { distanceInWords } from '../../core/geo.js';
import type { AccessRoute, Cost, DeliveryMode, Language, Location, Schedule, Service, ServiceSummary, Weekday } from '../../core/model.js';
import { scheduleInWords, scheduleRunsOn } from '../../core/schedule.js';
import { capitalise, formatList, formatMoney, languageDisplayName } from '../../i18n/format.js';
import { hasOwnMessage, type MessageKey, type Translate } from '../../i18n/messages.js';
import { FINDER_DELIVERY_MODES } from './filters.js';

const ACCESS_ORDER: readonly AccessRoute[] = ['drop_in', 'book', 'self_refer', 'referral'];

/** "a, b and c" (or "a, b or c") in the widget's language. */
export function list(lang: string, items: string[], type: 'conjunction' | 'disjunction'): string {
  return formatList(lang, items, type);
}

/** "£3", "£2.50". */
export function moneyInWords(lang: string, amount: number): string {
  return formatMoney(lang, amount);
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
  return capitalise(list(lang, known.map((mode) => t(`finder.deliveryText.${mode}` as MessageKey)), 'conjunction'), lang);
}

/** "Just turn up or book a place". */
export function accessInWords(t: Translate, lang: string, access: readonly AccessRoute[]): string {
  const known = ACCESS_ORDER.filter((route) => access.includes(route));
  if (!known.length) return t('finder.access.unknown');
  return capitalise(list(lang, known.map((route) => t(`finder.accessText.${route}` as MessageKey)), 'disjunction'), lang);
}

/** One sentence per way in, for the details page. */
export function accessLines(t: Translate, access: readonly AccessRoute[]): string[] {
  const known = ACCESS_ORDER.filter((route) => access.includes(route));
  return known.length ? known.map((route) => t(`finder.access.${route}` as MessageKey)) : [t('finder.access.unknown')];
}

/** "0.4 miles", "1 mile", "12 miles": one decimal place under 10 miles, as the core wording does. */
export function milesInWords(t: Translate, miles: number): string {
  return distanceInWords(miles, t);
}

/**
 * A language's name for the widget's language. In English the feed's own name is used (services say
 * "Bengali", "Farsi"). Other languages name it from the catalogue (`finder.language.name.<code>`, for the
 * languages the filter offers), else with Intl.DisplayNames, else the feed's name.
 */
export function languageName(lang: string, language: Pick<Language, 'name' | 'code'>, t?: Translate): string {
  if (!language.code || lang.toLowerCase().startsWith('en')) return language.name;
  const code = language.code.toLowerCase();
  if (t && hasOwnMessage(lang, `finder.language.name.${code}` as MessageKey)) return t(`finder.language.name.${code}` as MessageKey);
  return languageDisplayName(lang, code) ?? language.name;
}

export function languagesInWords(lang: string, languages: readonly Language[], t?: Translate): string {
  return list(lang, languages.map((l) => languageName(lang, l, t)), 'conjunction');
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
  const words = scheduleInWords(first, t);
  return others > 0 ? `${words} ${t('finder.when.more', { count: others })}` : words;
}

/** A schedule with its note from the feed: "Every Monday, 10am to midday (term time only)". */
export function scheduleLine(schedule: Schedule, t?: Translate): string {
  const words = scheduleInWords(schedule, t);
  return schedule.description ? `${words}. ${schedule.description}` : words;
}
