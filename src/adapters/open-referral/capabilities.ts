/**
 * What the Open Referral reader and the postcodes.io geocoder can do, known without loading them (the
 * per-widget CDN files declare them before the reader's code arrives).
 */
import type { AdapterCapabilities } from '../../core/adapter.js';
import { capabilities } from '../../core/capabilities.js';
import type { SearchFilter } from '../../core/model.js';

/**
 * The filters every Open Referral feed applies itself: text and category. Ages are not among them: both
 * the ORUK v1 reference API and the UK profile 3.0 read `minimum_age`/`maximum_age` as "the service's
 * range lies inside this one", which cannot ask "does it suit a 3-year-old?" without losing 0–19 services.
 * Days, place, cost, language, delivery and Family Hub buildings are left to the finder.
 */
export const OPEN_REFERRAL_SEARCH_FILTERS: readonly SearchFilter[] = ['text', 'categoryIds'];

export function openReferralCapabilities(): AdapterCapabilities {
  return capabilities(['searchServices', 'getService', 'listCategories'], OPEN_REFERRAL_SEARCH_FILTERS);
}

/** A feed's base address as the reader takes it: http or https, or a path on the page's own site. */
export function isFeedAddress(baseUrl: string | undefined): baseUrl is string {
  return Boolean(baseUrl && (/^https?:\/\//i.test(baseUrl) || baseUrl.startsWith('/')));
}

export function postcodesIoCapabilities(): AdapterCapabilities {
  return capabilities(['lookupPostcode']);
}
