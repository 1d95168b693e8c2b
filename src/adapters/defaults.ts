/**
 * The adapters that `src` (an Open Referral feed), `postcode-lookup` (a postcodes.io-compatible service)
 * and `api-base` (the project's HTTP API) attributes build. Registered by each define entry; idempotent.
 * The demo borough (`adapter="demo"`) is registered by `src/demo.ts` instead, so production bundles do
 * not carry its data.
 */
import { HttpAdapter } from './http/index.js';
import { OpenReferralAdapter, PostcodesIoGeocoder } from './open-referral/index.js';
import { reportFeedWarning } from './open-referral/warnings.js';
import { isAdapterRegistered, registerAdapter } from './registry.js';

export function registerDefaultAdapters(): void {
  if (!isAdapterRegistered('open-referral')) {
    registerAdapter('open-referral', ({ baseUrl }) => {
      const feedUrl = requireUrl(baseUrl, 'src');
      return OpenReferralAdapter({ baseUrl: feedUrl, onWarning: (warning) => reportFeedWarning(warning, feedUrl) });
    });
  }
  if (!isAdapterRegistered('postcodes-io')) {
    registerAdapter('postcodes-io', ({ baseUrl }) => PostcodesIoGeocoder({ baseUrl: requireUrl(baseUrl, 'postcode-lookup') }));
  }
  if (!isAdapterRegistered('http')) registerAdapter('http', ({ baseUrl }) => new HttpAdapter({ baseUrl: requireUrl(baseUrl, 'api-base') }));
}

function requireUrl(baseUrl: string | undefined, attribute: string): string {
  if (!baseUrl) throw new Error(`The ${attribute} attribute needs a URL`);
  return baseUrl;
}
