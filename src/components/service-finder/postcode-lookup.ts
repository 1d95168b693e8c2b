/**
 * The family's postcode, for searching by distance: checked as typed (missing for a distance, malformed),
 * then looked up through the adapter. Each problem is kept as an `ErrorItem` on the postcode box, so it is
 * worded when shown and follows a change of language.
 */
import type { HubAdapter } from '../../core/adapter.js';
import { AdapterError, toAdapterError, untilAborted } from '../../core/errors.js';
import { normalisePostcode } from '../../core/geo.js';
import type { GeoPoint } from '../../core/model.js';
import type { ErrorItem } from '../../partials/error-summary.js';
import type { FinderFilters } from './filters.js';
import { milesInWords } from './service-words.js';

/** The postcode box's id (its error is linked to it). */
export const POSTCODE_FIELD = 'finder-postcode';
/** A postcode look-up shared by searches gives up after this long (a timeout error, with "Try again"). */
const POSTCODE_LOOKUP_MS = 15_000;

/** The postcode is well formed but the adapter does not know it. */
export const UNKNOWN_POSTCODE: ErrorItem = { fieldId: POSTCODE_FIELD, key: 'finder.postcode.errorUnknown' };

/**
 * The typed postcode, normalised, when it can be looked up; otherwise `error` says what is wrong with it,
 * or is null when there is no postcode and none is needed.
 */
export type PostcodeCheck = { postcode: string; error?: undefined } | { postcode?: undefined; error: ErrorItem | null };

export function checkPostcode(filters: Pick<FinderFilters, 'postcode' | 'radiusMiles'>): PostcodeCheck {
  const typed = filters.postcode.trim();
  if (!typed) {
    const radius = filters.radiusMiles;
    if (radius === null) return { error: null };
    return { error: { fieldId: POSTCODE_FIELD, key: 'finder.postcode.errorNeeded', params: { distance: (t) => milesInWords(t, radius) } } };
  }
  const postcode = normalisePostcode(typed);
  return postcode ? { postcode } : { error: { fieldId: POSTCODE_FIELD, key: 'finder.postcode.errorFormat' } };
}

/**
 * Postcode look-ups by postcode, finished or under way. A search that is overtaken (leaving the postcode
 * box starts one, and pressing Search straight after starts another) leaves its look-up running for the
 * next search to share, so a postcode is looked up once.
 */
export class PostcodeLookups {
  private readonly points = new Map<string, Promise<GeoPoint>>();

  constructor(
    private readonly adapter: HubAdapter,
    private readonly timeoutMs = POSTCODE_LOOKUP_MS,
  ) {}

  /**
   * Where a normalised postcode is, or null when the adapter does not know it. Other failures are thrown;
   * `signal` stops the wait, not the shared look-up.
   */
  async find(postcode: string, signal: AbortSignal): Promise<GeoPoint | null> {
    let lookup = this.points.get(postcode);
    if (!lookup) {
      // Its own time limit, not a search's signal: an overtaken search must not cancel what the next one needs.
      // Adapters answer any fired signal with `aborted`; when the limit fired it, that is a timeout.
      const limit = AbortSignal.timeout(this.timeoutMs);
      lookup = this.adapter.lookupPostcode!(postcode, { signal: limit }).catch((error: unknown) => {
        throw limit.aborted ? new AdapterError('timeout', 'The postcode look-up took too long', { cause: error }) : error;
      });
      this.points.set(postcode, lookup);
      // A failed look-up is forgotten, so "Try again" asks again.
      lookup.catch(() => this.points.get(postcode) === lookup && this.points.delete(postcode));
    }
    try {
      return await untilAborted(lookup, signal);
    } catch (error) {
      const adapterError = toAdapterError(error);
      if (adapterError.code === 'not-found' || adapterError.code === 'validation') return null;
      throw adapterError;
    }
  }
}
