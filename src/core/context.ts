import { createContext } from '@lit/context';
import type { HubAdapter } from './adapter.js';
import type { HubConfig } from './config.js';

// Symbol.for with a version: two copies of the same major version on one page can share a provider.
export const adapterContext = createContext<HubAdapter | undefined>(Symbol.for('family-hub-widgets/adapter@1'));
export const configContext = createContext<HubConfig | undefined>(Symbol.for('family-hub-widgets/config@1'));
