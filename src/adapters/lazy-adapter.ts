/**
 * An adapter whose code is fetched the first time a widget calls it. The per-widget CDN files use it for
 * the Open Referral reader, so a page that never names a feed never downloads it. Every adapter method
 * returns a promise, so waiting for the code is invisible to the widget; what the adapter can do is
 * declared up front, because widgets read `capabilities` before their first call.
 */
import { ADAPTER_METHODS, type AdapterCapabilities, type AdapterMethod, type HubAdapter } from '../core/adapter.js';
import { unsupported } from '../core/capabilities.js';
import { AdapterError, isAdapterError } from '../core/errors.js';

export function lazyAdapter(declared: AdapterCapabilities, load: () => Promise<HubAdapter>): HubAdapter {
  let loading: Promise<HubAdapter> | undefined;
  const loaded = (): Promise<HubAdapter> => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined; // a later call (a "Try again") fetches again
      throw isAdapterError(error)
        ? error
        : new AdapterError('network', 'The code that reads this service could not be loaded', { cause: error });
    });
    return loading;
  };
  const adapter: Partial<Record<AdapterMethod, unknown>> & { capabilities: AdapterCapabilities } = { capabilities: declared };
  for (const method of declared.methods) {
    adapter[method] = async (...args: unknown[]) => {
      const real = await loaded();
      return (real[method] as (...callArgs: unknown[]) => Promise<unknown>)(...args);
    };
  }
  // Every required method exists, as on any adapter; the optional lookupPostcode only when declared.
  for (const method of ADAPTER_METHODS) {
    if (method !== 'lookupPostcode') adapter[method] ??= async () => unsupported(method);
  }
  return adapter as unknown as HubAdapter;
}
