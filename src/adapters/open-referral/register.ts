/**
 * The adapters that `src` (an Open Referral feed) and `postcode-lookup` (a postcodes.io-compatible
 * service) attributes build. Also the body of the CDN file `hub-adapter-open-referral.js`, which the
 * per-widget files fetch the first time a widget reads a feed.
 */
import type { AdapterFactory } from '../registry.js';
import { isAdapterRegistered, registerAdapter } from '../registry.js';
import { requireUrl } from '../require-url.js';
import { OpenReferralAdapter } from './adapter.js';
import { PostcodesIoGeocoder } from './postcodes-io.js';
import { reportFeedWarning } from './warnings.js';

export const openReferralFactory: AdapterFactory = ({ baseUrl }) => {
  const feedUrl = requireUrl(baseUrl, 'src');
  return OpenReferralAdapter({ baseUrl: feedUrl, onWarning: (warning) => reportFeedWarning(warning, feedUrl) });
};

export const postcodesIoFactory: AdapterFactory = ({ baseUrl }) => PostcodesIoGeocoder({ baseUrl: requireUrl(baseUrl, 'postcode-lookup') });

/** Registers `open-referral` and `postcodes-io` unless something (a council's own code) already did. */
export function registerOpenReferralAdapters(): void {
  if (!isAdapterRegistered('open-referral')) registerAdapter('open-referral', openReferralFactory);
  if (!isAdapterRegistered('postcodes-io')) registerAdapter('postcodes-io', postcodesIoFactory);
}
