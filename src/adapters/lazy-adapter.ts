/**
 * An adapter whose code is fetched the first time a widget calls it. The per-widget CDN files use it for
 * the Open Referral reader, so a page that never names a feed never downloads it. Every adapter method
 * returns a promise, so waiting for the code is invisible to the widget; what the adapter can do is
 * declared up front, because widgets read `capabilities` before their first call.
 *
 * A download that fails is a `network` error and the next call tries again; one that takes longer than
 * `timeoutMs` is a `timeout`; a caller whose signal aborts stops waiting (`aborted`) while the download
 * carries on for the next.
 */
import { ADAPTER_METHODS, type AdapterCapabilities, type AdapterMethod, type CallOptions, type HubAdapter } from '../core/adapter.js';
import { unsupported } from '../core/capabilities.js';
import { AdapterError, isAdapterError, untilAborted } from '../core/errors.js';

/** How long a widget waits for an adapter's code before saying so. */
export const LAZY_LOAD_TIMEOUT_MS = 15_000;

export function lazyAdapter(
  declared: AdapterCapabilities,
  load: () => Promise<HubAdapter>,
  { timeoutMs = LAZY_LOAD_TIMEOUT_MS }: { timeoutMs?: number } = {},
): HubAdapter {
  let loading: Promise<HubAdapter> | undefined;
  const loaded = (): Promise<HubAdapter> => {
    loading ??= withTimeout(load(), timeoutMs).catch((error: unknown) => {
      loading = undefined; // the next call (a "Try again") asks again
      throw isAdapterError(error)
        ? error
        : new AdapterError('network', 'The code that reads this service could not be loaded', { cause: error });
    });
    return loading;
  };
  const adapter: Partial<Record<AdapterMethod, unknown>> & { capabilities: AdapterCapabilities } = { capabilities: declared };
  for (const method of declared.methods) {
    adapter[method] = async (...args: unknown[]) => {
      const real = await untilAborted(loaded(), signalOf(args.at(-1)));
      return (real[method] as (...callArgs: unknown[]) => Promise<unknown>)(...args);
    };
  }
  // Every required method exists, as on any adapter; the optional lookupPostcode only when declared.
  for (const method of ADAPTER_METHODS) {
    if (method !== 'lookupPostcode') adapter[method] ??= async () => unsupported(method);
  }
  return adapter as unknown as HubAdapter;
}

/** The signal of a call's options (every adapter method takes them last). */
function signalOf(options: unknown): AbortSignal | undefined {
  return options && typeof options === 'object' && 'signal' in options ? (options as CallOptions).signal : undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AdapterError('timeout', 'The code that reads this service took too long to load')), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
