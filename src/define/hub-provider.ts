import { HubProvider } from '../components/provider/hub-provider.js';
import { defineElement } from '../components/base/hub-element.js';
import { registerDefaultAdapters } from '../adapters/defaults.js';
import { ensureContextRoot } from './context-root.js';

registerDefaultAdapters();
ensureContextRoot();
defineElement('hub-provider', HubProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hub-provider': HubProvider;
  }
}
