/**
 * Named adapters, so a CMS editor can write `adapter="demo"` or `adapter="my-council"` without JavaScript.
 * A council's developers call `registerAdapter('my-council', () => new MyAdapter())` once.
 */
import { composeAdapters, validatingAdapter, type HubAdapter } from '../core/adapter.js';

export interface AdapterFactoryOptions {
  /** From the widget's `src` or `api-base` attribute, for adapters that take a URL. */
  baseUrl?: string;
}
export type AdapterFactory = (options: AdapterFactoryOptions) => HubAdapter;

// Kept on globalThis so two copies of the library on one page see the same registrations.
const REGISTRY_KEY = Symbol.for('family-hub-widgets/adapter-registry@1');
interface Registry {
  factories: Map<string, AdapterFactory>;
  instances: Map<string, HubAdapter>;
  /** Added by later versions: a registry made by an older copy has none until first needed. */
  listeners?: Set<(name: string) => void>;
}
function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  holder[REGISTRY_KEY] ??= { factories: new Map(), instances: new Map() };
  return holder[REGISTRY_KEY];
}

/** Registers a named adapter. Registering a name again replaces it for widgets created later. */
export function registerAdapter(name: string, factory: AdapterFactory): void {
  const shared = registry();
  shared.factories.set(name, factory);
  for (const key of [...shared.instances.keys()]) {
    if (key.startsWith(`${name}|`) || (key.startsWith('composed|') && (name === 'open-referral' || name === 'http' || name === 'postcodes-io'))) shared.instances.delete(key);
  }
  for (const listener of [...(shared.listeners ?? [])]) listener(name);
}

/**
 * Calls `listener(name)` each time an adapter is registered, by this or any other copy of the library, so
 * a widget that rendered before its adapter existed can pick it up. Returns a function that stops it.
 */
export function onAdapterRegistered(listener: (name: string) => void): () => void {
  const shared = registry();
  (shared.listeners ??= new Set()).add(listener);
  return () => shared.listeners?.delete(listener);
}

export function isAdapterRegistered(name: string): boolean {
  return registry().factories.has(name);
}

/**
 * The adapter for a name (and URL), validated at the boundary. One instance per name and URL, so every
 * widget on a page with `adapter="demo"` shares one store.
 */
export function resolveAdapter(name: string, options: AdapterFactoryOptions = {}): HubAdapter | undefined {
  const { factories, instances } = registry();
  const key = `${name}|${options.baseUrl ?? ''}`;
  const existing = instances.get(key);
  if (existing) return existing;
  const factory = factories.get(name);
  if (!factory) return undefined;
  const adapter = guard(factory(options));
  instances.set(key, adapter);
  return adapter;
}

const guardedAdapters = new WeakSet<HubAdapter>();
const guardedFor = new WeakMap<HubAdapter, HubAdapter>();

/**
 * Wraps an adapter with validation once: the same adapter always gives the same wrapper, and wrapping a
 * wrapper returns it unchanged.
 */
export function guard(adapter: HubAdapter): HubAdapter {
  if (guardedAdapters.has(adapter)) return adapter;
  let wrapped = guardedFor.get(adapter);
  if (!wrapped) {
    wrapped = validatingAdapter(adapter);
    guardedAdapters.add(wrapped);
    guardedFor.set(adapter, wrapped);
  }
  return wrapped;
}

export interface AdapterSource {
  /** An adapter object, or the name of a registered one. */
  adapter?: HubAdapter | string;
  /** An Open Referral feed, for the directory. */
  src?: string;
  /** The project's HTTP API, for sessions, bookings, forms and postcodes. */
  apiBase?: string;
  /** A postcodes.io-compatible service's base URL, for postcode look-ups beside `src`. */
  postcodeLookup?: string;
}

/**
 * The adapter that a widget's or provider's `adapter`, `src` and `api-base` name, in that order; with both
 * `src` and `api-base`, the feed serves the directory and the API the rest. With `src`, `postcode-lookup`
 * names a postcodes.io-compatible service that answers postcode look-ups (instead of the API, if any).
 * Undefined when they name none. Throws when a named factory cannot build its adapter (e.g.
 * `adapter="http"` without a URL).
 */
export function adapterFromSource({ adapter, src, apiBase, postcodeLookup }: AdapterSource): HubAdapter | undefined {
  if (adapter && typeof adapter === 'object') return guard(adapter);
  if (typeof adapter === 'string' && adapter) return resolveAdapter(adapter, { baseUrl: src ?? apiBase });
  if (src && (apiBase || postcodeLookup)) return composedAdapter(src, apiBase, postcodeLookup);
  if (src) return resolveAdapter('open-referral', { baseUrl: src });
  if (apiBase) return resolveAdapter('http', { baseUrl: apiBase });
  return undefined;
}

function composedAdapter(src: string, apiBase: string | undefined, postcodeLookup: string | undefined): HubAdapter | undefined {
  const { instances } = registry();
  const key = `composed|${src}|${apiBase ?? ''}|${postcodeLookup ?? ''}`;
  const existing = instances.get(key);
  if (existing) return existing;
  const directory = resolveAdapter('open-referral', { baseUrl: src });
  const backend = apiBase ? resolveAdapter('http', { baseUrl: apiBase }) : undefined;
  const postcodes = postcodeLookup ? resolveAdapter('postcodes-io', { baseUrl: postcodeLookup }) : backend;
  if (!directory) return backend;
  if ((apiBase && !backend) || (postcodeLookup && !postcodes)) return directory;
  const adapter = guard(composeAdapters({ directory, bookings: backend, forms: backend, postcodes }));
  instances.set(key, adapter);
  return adapter;
}
