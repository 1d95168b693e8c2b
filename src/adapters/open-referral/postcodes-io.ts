/**
 * `PostcodesIoGeocoder`: postcode → point with postcodes.io (or a self-hosted copy), the look-up every UK
 * service finder uses. It implements only `lookupPostcode`, so it composes as the `postcodes` part:
 * `composeAdapters({ directory: OpenReferralAdapter(…), postcodes: PostcodesIoGeocoder() })`.
 */
import type { CallOptions, HubAdapter } from '../../core/adapter.js';
import { unsupported } from '../../core/capabilities.js';
import { postcodesIoCapabilities } from './capabilities.js';
import { AdapterError } from '../../core/errors.js';
import { normalisePostcode } from '../../core/geo.js';
import type { GeoPoint } from '../../core/model.js';
import { isRecord, point } from './clean.js';
import { getJson, ResponseCache, type HttpSettings } from './http.js';

export interface PostcodesIoOptions {
  /** Default `https://api.postcodes.io`. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per request. Default 8 seconds. */
  timeoutMs?: number;
  /** Pause before the one retry. Default 500 ms. */
  retryDelayMs?: number;
}

class PostcodesIo implements HubAdapter {
  readonly capabilities = postcodesIoCapabilities();
  private readonly base: string;
  private readonly http: HttpSettings;

  constructor(options: PostcodesIoOptions) {
    this.base = (options.baseUrl ?? 'https://api.postcodes.io').replace(/\/+$/, '');
    this.http = {
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      timeoutMs: options.timeoutMs ?? 8000,
      retryDelayMs: options.retryDelayMs ?? 500,
      // A postcode's centre does not move during a visit.
      cache: new ResponseCache(60 * 60 * 1000, 50),
    };
  }

  /**
   * The centre of a postcode. A postcode in the wrong format is a `validation` error (nothing is sent);
   * one postcodes.io does not know (a 404 with `error: "Postcode not found"`), or one without coordinates
   * (some Crown Dependency and new postcodes), is `not-found`.
   */
  async lookupPostcode(postcode: string, options: CallOptions = {}): Promise<GeoPoint> {
    const normalised = normalisePostcode(postcode);
    if (!normalised) {
      throw new AdapterError('validation', 'Enter a real postcode', {
        fields: [{ path: 'postcode', message: 'Enter a full UK postcode, like SW1A 1AA' }],
      });
    }
    const json = await getJson(`${this.base}/postcodes/${encodeURIComponent(normalised)}`, this.http, options.signal);
    const result = isRecord(json) && isRecord(json.result) ? json.result : undefined;
    if (!result) throw new AdapterError('invalid-response', 'The postcode service answered in an unexpected shape');
    const location = point(result.latitude, result.longitude);
    if (!location) throw new AdapterError('not-found', 'This postcode has no location');
    return location;
  }

  async searchServices(): Promise<never> {
    unsupported('searchServices');
  }
  async getService(): Promise<never> {
    unsupported('getService');
  }
  async listCategories(): Promise<never> {
    unsupported('listCategories');
  }
  async listSessions(): Promise<never> {
    unsupported('listSessions');
  }
  async book(): Promise<never> {
    unsupported('book');
  }
  async cancelBooking(): Promise<never> {
    unsupported('cancelBooking');
  }
  async submitSelfReferral(): Promise<never> {
    unsupported('submitSelfReferral');
  }
  async submitPanelApplication(): Promise<never> {
    unsupported('submitPanelApplication');
  }
}

export function PostcodesIoGeocoder(options: PostcodesIoOptions = {}): HubAdapter & Required<Pick<HubAdapter, 'lookupPostcode'>> {
  return new PostcodesIo(options);
}
