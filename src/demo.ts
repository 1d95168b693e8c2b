/**
 * The demo borough: registers `adapter="demo"` (an in-memory MemoryAdapter over fictional Brackenford) and
 * exports MemoryAdapter. Load it next to the widgets for demos, prototypes and training:
 *   <script type="module" src="…/hub-widgets.js"></script>
 *   <script type="module" src="…/hub-demo.js"></script>
 * It is a separate file so that production pages never download the demo data.
 */
import { MemoryAdapter } from './adapters/memory/index.js';
import { isAdapterRegistered, registerAdapter } from './adapters/registry.js';

export function registerDemoAdapter(): void {
  if (!isAdapterRegistered('demo')) registerAdapter('demo', () => new MemoryAdapter());
}

registerDemoAdapter();

export * from './adapters/memory/index.js';
