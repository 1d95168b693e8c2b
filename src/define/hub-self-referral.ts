import { HubSelfReferral } from '../components/self-referral/self-referral.js';
import { defineElement } from '../components/base/hub-element.js';
import { registerDefaultAdapters } from '../adapters/defaults.js';
import { ensureContextRoot } from './context-root.js';

registerDefaultAdapters();
ensureContextRoot();
defineElement('hub-self-referral', HubSelfReferral);

declare global {
  interface HTMLElementTagNameMap {
    'hub-self-referral': HubSelfReferral;
  }
}
