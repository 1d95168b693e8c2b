export {
  OpenReferralAdapter,
  OPEN_REFERRAL_SEARCH_FILTERS,
  type FeedVersion,
  type OpenReferralAdapterInstance,
  type OpenReferralOptions,
  type OpenReferralQuery,
  type OpenReferralWarning,
} from './adapter.js';
export { PostcodesIoGeocoder, type PostcodesIoOptions } from './postcodes-io.js';
export { mapOruk1Service } from './map-oruk1.js';
export { mapHsds3Service } from './map-hsds3.js';
