/**
 * family-hub-widgets: the public API for npm users. Importing this module defines no elements (no side
 * effects); import `family-hub-widgets/define/<tag>.js` for that, or load `dist/cdn/hub-widgets.js`.
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
export { registerMessages, type Messages, type MessageKey } from './i18n/messages.js';
export { MemoryAdapter } from './adapters/memory/index.js';
export { HubElement } from './components/base/hub-element.js';
export { HubProvider } from './components/provider/hub-provider.js';
