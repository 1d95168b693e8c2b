/**
 * The adapters that `src` (an Open Referral feed), `postcode-lookup` (a postcodes.io-compatible service)
 * and `api-base` (the project's HTTP API) attributes build. Registered by each define entry; idempotent.
 * The demo borough (`adapter="demo"`) is registered by `src/demo.ts` instead, so production bundles do
 * not carry its data. The per-widget CDN files use `defaults-cdn.ts` in place of this module.
 */
import { registerHttpAdapter } from './http/register.js';
import { registerOpenReferralAdapters } from './open-referral/register.js';

export function registerDefaultAdapters(): void {
  registerOpenReferralAdapters();
  registerHttpAdapter();
}
