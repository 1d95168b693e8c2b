/** Distance and UK postcodes. */
import type { GeoPoint, Service } from './model.js';
import { ENGLISH, type Translate } from '../i18n/messages.js';

const EARTH_RADIUS_MILES = 3958.8;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in miles (haversine); accurate to well under 1% at the distances families travel. */
export function distanceMiles(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "0.4 miles", "1 mile", "12 miles": one decimal place under 10 miles (in `t`'s language). */
export function distanceInWords(miles: number, t: Translate = ENGLISH): string {
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return t('common.distance.miles', { count: rounded });
}

// Outward code: A9, A99, AA9, AA99, A9A, AA9A; inward code: 9AA. Also the special GIR 0AA.
const POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRVWXY]?|[A-HK-Y]\d\d) ?\d[ABD-HJLNP-UW-Z]{2})$/;

/**
 * Normalises a UK postcode to upper case with one space ("sw1a1aa" → "SW1A 1AA"), or returns null when it
 * is not in a valid format. Accepts spaces anywhere and a common O/0 slip in the inward code's digit.
 */
export function normalisePostcode(input: string): string | null {
  let compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (compact.length < 5 || compact.length > 7) return null;
  // The inward code always starts with a digit: people often type the letter O for zero there.
  const inwardDigit = compact.length - 3;
  if (compact[inwardDigit] === 'O') compact = compact.slice(0, inwardDigit) + '0' + compact.slice(inwardDigit + 1);
  const formatted = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return POSTCODE.test(formatted) ? formatted : null;
}

export function isValidPostcode(input: string): boolean {
  return normalisePostcode(input) !== null;
}

/** The outward code ("SW1A") of a normalised postcode: enough for a rough area, never stored with names. */
export function outwardCode(postcode: string): string {
  return postcode.split(' ')[0] ?? postcode;
}

export interface NearestVenue {
  distanceMiles: number;
  locationId: string;
}

/** The closest of a service's places with a known position, or null when it has none (online, phone). */
export function nearestVenue(service: Service, from: GeoPoint): NearestVenue | null {
  let best: NearestVenue | null = null;
  for (const location of service.locations) {
    if (!location.point) continue;
    const miles = distanceMiles(from, location.point);
    if (!best || miles < best.distanceMiles) best = { distanceMiles: miles, locationId: location.id };
  }
  return best;
}
