import type { lendModel } from './schemas-lent.js';
import type { openReferralFactory, postcodesIoFactory } from './register.js';

/** What the reader's CDN file gives the widget files. */
export interface ReaderModule {
  lendModel: typeof lendModel;
  openReferralFactory: typeof openReferralFactory;
  postcodesIoFactory: typeof postcodesIoFactory;
  READER_VERSION: string;
}

const KEY = Symbol.for('family-hub-widgets.open-referral-readers');

/**
 * The Open Referral reader files that have run on this page, by address. A widget file finds a reader the
 * page loaded itself (with an integrity hash) here, so it never has to fetch that file another way.
 */
export function readersOnPage(): Map<string, ReaderModule> {
  const global = globalThis as unknown as Record<symbol, Map<string, ReaderModule> | undefined>;
  return (global[KEY] ??= new Map());
}
