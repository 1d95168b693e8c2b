/** The in-memory adapter and the Brackenford demo data. */
export {
  MemoryAdapter,
  type BookingStatusReport,
  type MemoryAdapterCounts,
  type MemoryAdapterFailures,
  type MemoryAdapterOptions,
} from './memory-adapter.js';
export {
  BOROUGH_NAME,
  DEMO_SESSION_WEEKS,
  LOCALITIES,
  START_FOR_LIFE_ID,
  STRANDS,
  demoCategories,
  demoLocations,
  demoPostcodes,
  demoServices,
  demoSessions,
} from './demo-data.js';
export { generateServices } from './scale.js';
export { REFERENCE_ALPHABET } from './references.js';
