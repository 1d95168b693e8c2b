/**
 * The adapters every page can name without JavaScript: `adapter="demo"` (the in-memory demo borough),
 * and the ones `src` and `api-base` attributes build. Registered by each define entry; idempotent.
 */
import { MemoryAdapter } from './memory/index.js';
import { isAdapterRegistered, registerAdapter } from './registry.js';

export function registerDefaultAdapters(): void {
  if (!isAdapterRegistered('demo')) registerAdapter('demo', () => new MemoryAdapter());
}
