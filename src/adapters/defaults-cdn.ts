/**
 * `registerDefaultAdapters` for the per-widget CDN files (scripts/build.mjs swaps it in for defaults.ts).
 * The HTTP adapter is small and most pages use it, so it is built in. The Open Referral reader is a third
 * of a widget's code and only pages with a `src` feed need it, so it lives in `hub-adapter-open-referral.js`
 * beside the widget file and is fetched the first time a widget calls it; it borrows this file's model
 * (and zod) rather than bringing its own. A page that wants Subresource Integrity for it too loads that
 * file first with its own script tag: the fetch then finds it already loaded.
 */
import { registerHttpAdapter } from './http/register.js';
import { lazyAdapter } from './lazy-adapter.js';
import { openReferralCapabilities, postcodesIoCapabilities } from './open-referral/capabilities.js';
// The parts of the model the reader borrows instead of downloading its own copy (and zod's).
import * as lentModel from './open-referral/schemas.js';
import { isAdapterRegistered, registerAdapter } from './registry.js';
import { requireUrl } from './require-url.js';

type OpenReferralModule = typeof import('./open-referral/cdn-entry.js');

/** Where the reader's CDN file is: beside the file this module was bundled into. */
const READER_FILE = 'hub-adapter-open-referral.js';

let reader: Promise<OpenReferralModule> | undefined;
function loadReader(): Promise<OpenReferralModule> {
  const url = new URL(`./${READER_FILE}`, import.meta.url).href;
  reader ??= (import(url) as Promise<OpenReferralModule>).then((module) => {
    module.lendModel(lentModel);
    return module;
  }, (error: unknown) => {
    reader = undefined;
    throw error;
  });
  return reader;
}

export function registerDefaultAdapters(): void {
  registerHttpAdapter();
  if (!isAdapterRegistered('open-referral')) {
    registerAdapter('open-referral', (options) => {
      requireUrl(options.baseUrl, 'src');
      return lazyAdapter(openReferralCapabilities(), async () => (await loadReader()).openReferralFactory(options));
    });
  }
  if (!isAdapterRegistered('postcodes-io')) {
    registerAdapter('postcodes-io', (options) => {
      requireUrl(options.baseUrl, 'postcode-lookup');
      return lazyAdapter(postcodesIoCapabilities(), async () => (await loadReader()).postcodesIoFactory(options));
    });
  }
}
