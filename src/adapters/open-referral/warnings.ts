/**
 * Warnings from the Open Referral adapters that `src` attributes build (see src/adapters/defaults.ts), for
 * the widgets on the page: a widget subscribes while connected and tells the host page with a
 * `hub-data-warning` event. Kept on globalThis so two copies of the library on one page share one set.
 */
import type { OpenReferralWarning } from './adapter.js';

/** `feedUrl` is the feed's base URL as the `src` attribute gave it. */
export type FeedWarningListener = (warning: OpenReferralWarning, feedUrl: string) => void;

const LISTENERS_KEY = Symbol.for('family-hub-widgets/open-referral-warnings@1');

function listeners(): Set<FeedWarningListener> {
  const holder = globalThis as unknown as Record<symbol, Set<FeedWarningListener> | undefined>;
  holder[LISTENERS_KEY] ??= new Set();
  return holder[LISTENERS_KEY];
}

/** Calls `listener` with each warning from a feed named by a `src` attribute. Returns a function that stops it. */
export function onFeedWarning(listener: FeedWarningListener): () => void {
  const set = listeners();
  set.add(listener);
  return () => set.delete(listener);
}

/** Passes a warning to every listener (the `onWarning` of the adapters that `src` attributes build). */
export function reportFeedWarning(warning: OpenReferralWarning, feedUrl: string): void {
  for (const listener of [...listeners()]) {
    try {
      listener(warning, feedUrl);
    } catch {
      // One listener's failure must not stop the others, nor the search that found the warning.
    }
  }
}
