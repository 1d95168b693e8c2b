/**
 * The finder's filters as the family set them, and how they become a `ServiceQuery`.
 */
import { WEEKDAYS, type Category, type ChildAge, type DeliveryMode, type GeoPoint, type ServiceQuery, type Weekday } from '../../core/model.js';
import { childAgeFor, type AgeChoice } from './age-choices.js';

/** The distances a family can search within, in miles (as the national directory offers). */
export const DISTANCES = [1, 2, 5, 10, 20] as const;

/** Delivery modes in the order the filter lists them. */
export const FINDER_DELIVERY_MODES: readonly DeliveryMode[] = ['in_person', 'online', 'telephone', 'home_visit'];

export interface FinderFilters {
  /** Words typed into the search box (never leaves the page except to the adapter). */
  text: string;
  /** Categories the family ticked. */
  categoryIds: string[];
  /** One entry per child row; '' while a row has no age chosen. */
  ages: AgeChoice[];
  /** As typed; normalised and looked up when a search runs. '' for none. */
  postcode: string;
  /** Only with a postcode; null for any distance. */
  radiusMiles: number | null;
  days: Weekday[];
  freeOnly: boolean;
  deliveryModes: DeliveryMode[];
  /** A language code (or name), '' for any. */
  language: string;
  atFamilyHub: boolean;
}

export function emptyFilters(): FinderFilters {
  return {
    text: '',
    categoryIds: [],
    ages: [''],
    postcode: '',
    radiusMiles: null,
    days: [],
    freeOnly: false,
    deliveryModes: [],
    language: '',
    atFamilyHub: false,
  };
}

/** The children's ages that are set, as the adapter takes them. */
export function chosenAges(filters: FinderFilters): ChildAge[] {
  return filters.ages.map(childAgeFor).filter((age): age is ChildAge => age !== null);
}

/**
 * The names of the filters in use (for `hub-search`: names only, never values). The names are the
 * `ServiceQuery` fields, plus `radiusMiles`.
 */
export function filtersInUse(filters: FinderFilters): string[] {
  const names: string[] = [];
  if (filters.text.trim()) names.push('text');
  if (filters.categoryIds.length) names.push('categoryIds');
  if (chosenAges(filters).length) names.push('ages');
  if (filters.postcode.trim()) names.push('near');
  if (filters.postcode.trim() && filters.radiusMiles !== null) names.push('radiusMiles');
  if (filters.days.length) names.push('days');
  if (filters.freeOnly) names.push('freeOnly');
  if (filters.deliveryModes.length) names.push('deliveryModes');
  if (filters.language) names.push('languages');
  if (filters.atFamilyHub) names.push('atFamilyHub');
  return names;
}

/**
 * How many of the filter panel's choices the family has made (for "Show filters (3 in use)"). Search words,
 * postcode and distance are in the search form, always in view, so they do not count.
 */
export function countPanelFiltersInUse(filters: FinderFilters): number {
  return (
    filters.categoryIds.length +
    chosenAges(filters).length +
    filters.days.length +
    (filters.freeOnly ? 1 : 0) +
    filters.deliveryModes.length +
    (filters.language ? 1 : 0) +
    (filters.atFamilyHub ? 1 : 0)
  );
}

/**
 * The ids a `categories` attribute allows: each listed id and, for a parent, its children. Empty when
 * the attribute lists nothing (everything allowed).
 */
export function allowedCategoryIds(limit: readonly string[], categories: readonly Category[]): Set<string> {
  const allowed = new Set<string>();
  if (!limit.length) return allowed;
  const wanted = new Set(limit);
  for (const category of categories) {
    if (wanted.has(category.id) || (category.parentId !== null && wanted.has(category.parentId))) allowed.add(category.id);
  }
  // An id the list does not know yet (categories still loading) is kept: the adapter may still know it.
  for (const id of limit) allowed.add(id);
  return allowed;
}

/** The filters as a `ServiceQuery` (without paging). `near` is the looked-up postcode. */
export function toServiceQuery(filters: FinderFilters, near: GeoPoint | undefined, allowed: ReadonlySet<string>): ServiceQuery {
  const query: ServiceQuery = {};
  const text = filters.text.trim();
  if (text) query.text = text;
  const ticked = allowed.size ? filters.categoryIds.filter((id) => allowed.has(id)) : filters.categoryIds;
  if (ticked.length) query.categoryIds = [...ticked];
  else if (allowed.size) query.categoryIds = [...allowed];
  const ages = chosenAges(filters);
  if (ages.length) query.ages = ages;
  if (near) {
    query.near = near;
    if (filters.radiusMiles !== null) query.radiusMiles = filters.radiusMiles;
  }
  if (filters.days.length) query.days = WEEKDAYS.filter((day) => filters.days.includes(day));
  if (filters.freeOnly) query.freeOnly = true;
  if (filters.deliveryModes.length) query.deliveryModes = [...filters.deliveryModes];
  if (filters.language) query.languages = [filters.language];
  if (filters.atFamilyHub) query.atFamilyHub = true;
  return query;
}
