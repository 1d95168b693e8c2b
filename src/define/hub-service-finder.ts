import { HubServiceFinder } from '../components/service-finder/hub-service-finder.js';
import { defineElement } from '../components/base/hub-element.js';
import { registerDefaultAdapters } from '../adapters/defaults.js';
import { ensureContextRoot } from './context-root.js';

registerDefaultAdapters();
ensureContextRoot();
defineElement('hub-service-finder', HubServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'hub-service-finder': HubServiceFinder;
  }
}
