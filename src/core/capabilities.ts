/**
 * Building an adapter's capabilities, and refusing what it cannot do. Kept apart from the contract's
 * validation (core/adapter.ts) so that an adapter loaded on its own (the Open Referral reader's CDN file)
 * does not carry the model's schemas.
 */
import type { AdapterCapabilities, AdapterMethod } from './adapter.js';
import type { SearchFilter } from './model.js';
import { AdapterError } from './errors.js';

export function capabilities(methods: Iterable<AdapterMethod>, searchFilters: Iterable<SearchFilter> = []): AdapterCapabilities {
  return { methods: new Set(methods), searchFilters: new Set(searchFilters) };
}

export function unsupported(method: AdapterMethod): never {
  throw new AdapterError('unsupported', `This service does not support ${method}`);
}
