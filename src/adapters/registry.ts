/**
 * Named adapters, so a CMS editor can write `adapter="demo"` or `adapter="my-council"` without JavaScript.
 * A council's developers call `registerAdapter('my-council', () => new MyAdapter())` once.
 */
import { validatingAdapter, type HubAdapter } from '../core/adapter.js';

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
}
function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  holder[REGISTRY_KEY] ??= { factories: new Map(), instances: new Map() };
  return holder[REGISTRY_KEY];
}

/** Registers a named adapter. Registering a name again replaces it for widgets created later. */
export function registerAdapter(name: string, factory: AdapterFactory): void {
  const { factories, instances } = registry();
  factories.set(name, factory);
  for (const key of [...instances.keys()]) if (key.startsWith(`${name}|`)) instances.delete(key);
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
