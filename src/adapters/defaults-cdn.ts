/**
 * `registerDefaultAdapters` for the per-widget CDN files (scripts/build.mjs swaps it in for defaults.ts).
 * The HTTP adapter is small and most pages use it, so it is built in. The Open Referral reader is a third
 * of a widget's code and only pages with a `src` feed need it, so it lives in `hub-adapter-open-referral.js`
 * beside the widget file and is fetched the first time a widget calls it; it borrows this file's model
 * (and zod) rather than bringing its own. A page that wants Subresource Integrity for it too loads that
 * file first with its own script tag and hash: the widget then finds it (`readersOnPage`) and fetches
 * nothing, and if the browser refused it, the widget never fetches it another way.
 */
import { AdapterError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { registerHttpAdapter } from './http/register.js';
import { lazyAdapter } from './lazy-adapter.js';
import { isFeedAddress, openReferralCapabilities, postcodesIoCapabilities } from './open-referral/capabilities.js';
// The parts of the model the reader borrows instead of downloading its own copy (and zod's).
import * as lentModel from './open-referral/schemas.js';
import { readersOnPage, type ReaderModule } from './open-referral/readers-on-page.js';
import { isAdapterRegistered, registerAdapter } from './registry.js';
import { requireUrl } from './require-url.js';

/** The reader's file, beside the file this module was bundled into (scripts/build.mjs names it too). */
export const READER_FILE = 'hub-adapter-open-referral.js';

let reader: Promise<ReaderModule> | undefined;
let failedLoads = 0;

function loadReader(): Promise<ReaderModule> {
  reader ??= importReader().catch((error: unknown) => {
    reader = undefined;
    failedLoads += 1;
    throw error;
  });
  return reader;
}

async function importReader(): Promise<ReaderModule> {
  const url = new URL(`./${READER_FILE}`, import.meta.url);
  const readers = readersOnPage();
  const pinned = pinnedByPage();
  // The copy beside this file, however its address was written (`?ver=…` from WordPress, say); or, when the
  // page pins the reader with a hash, whichever copy of it ran (its address may have been redirected).
  let module = [...readers].find(([address]) => sameFile(address, url))?.[1] ?? (pinned ? readers.values().next().value : undefined);
  if (!module) {
    // The page loads the reader itself with an integrity hash, and it has not run: the browser refused it
    // (a file other than the one the hash names) or could not download it. Fetching it here would run it
    // unchecked, so the widget says there is a problem instead.
    if (pinned) {
      console.warn(`family-hub-widgets: this page loads ${READER_FILE} with an integrity hash, and it did not run. Check the hash and the address, and load it before the widget files.`);
      throw new AdapterError('unsupported', 'The page’s own copy of the Open Referral reader did not run');
    }
    // A browser remembers a failed module download for the page's life: a retry asks under a new address.
    if (failedLoads) url.searchParams.set('retry', String(failedLoads));
    module = (await import(url.href)) as ReaderModule;
  }
  if (module.READER_VERSION !== VERSION) {
    console.warn(`family-hub-widgets: ${READER_FILE} is version ${String(module.READER_VERSION)}, not ${VERSION}. Serve the files of one release together.`);
    throw new AdapterError('unsupported', `The Open Referral reader is another version (${String(module.READER_VERSION)})`);
  }
  module.lendModel(lentModel);
  return module;
}

/**
 * Whether the page loads a reader itself with a script tag and an integrity hash, from any address: then no
 * reader may run but one the browser checked. (A module preload is not enough: it runs nothing, so the widget
 * could only fetch the file again.)
 */
function pinnedByPage(): boolean {
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[integrity][src]');
  return [...scripts].some((script) => new URL(script.src).pathname.endsWith(`/${READER_FILE}`));
}

/** The same file: origin and path, whatever the query or fragment. */
function sameFile(address: string, file: URL): boolean {
  const other = new URL(address);
  return other.origin === file.origin && other.pathname === file.pathname;
}

export function registerDefaultAdapters(): void {
  registerHttpAdapter();
  if (!isAdapterRegistered('open-referral')) {
    registerAdapter('open-referral', (options) => {
      // Checked here, before any download, so a wrong `src` is a configuration problem, as in hub-widgets.js.
      if (!isFeedAddress(requireUrl(options.baseUrl, 'src'))) throw new TypeError('The src attribute needs an http or https address');
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
