/**
 * family-hub-widgets: the public API for npm users. Importing this module defines no elements (no side
 * effects); import `family-hub-widgets/define/<tag>.js` for that, or load `dist/cdn/hub-widgets.js`.
 * The in-memory demo borough is in `family-hub-widgets/demo.js`.
 */
export * from './core/model.js';
export * from './core/adapter.js';
export * from './core/errors.js';
export * from './core/events.js';
export type { HubConfig } from './core/config.js';
export { adapterContext, configContext } from './core/context.js';
export { ageMatches, ageMatchesAny, ageRangeFromYears, ageRangeInWords } from './core/age.js';
export { distanceMiles, normalisePostcode, isValidPostcode } from './core/geo.js';
export { scheduleInWords, expandSchedule } from './core/schedule.js';
export { VERSION } from './core/version.js';
export { registerAdapter, resolveAdapter } from './adapters/registry.js';
export {
  registerMessages,
  onFallback,
  hasOwnMessage,
  type Message,
  type Messages,
  type MessageKey,
  type PluralMessage,
} from './i18n/messages.js';
export { HubElement } from './components/base/hub-element.js';
export { HubProvider } from './components/provider/hub-provider.js';
export { HttpAdapter } from './adapters/http/index.js';
export {
  OpenReferralAdapter,
  PostcodesIoGeocoder,
  OPEN_REFERRAL_SEARCH_FILTERS,
  type OpenReferralOptions,
  type OpenReferralQuery,
  type OpenReferralWarning,
  type FeedVersion,
} from './adapters/open-referral/index.js';
export { HubServiceFinder } from './components/service-finder/hub-service-finder.js';
export { HubSessionBooking } from './components/session-booking/session-booking.js';
export { HubSelfReferral } from './components/self-referral/self-referral.js';
export { HubPanelSignup } from './components/panel-signup/hub-panel-signup.js';
export * from './partials/exit-page.js';
