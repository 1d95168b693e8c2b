import { HubPanelSignup } from '../components/panel-signup/hub-panel-signup.js';
import { defineElement } from '../components/base/hub-element.js';
import { registerDefaultAdapters } from '../adapters/defaults.js';
import { ensureContextRoot } from './context-root.js';

registerDefaultAdapters();
ensureContextRoot();
defineElement('hub-panel-signup', HubPanelSignup);

declare global {
  interface HTMLElementTagNameMap {
    'hub-panel-signup': HubPanelSignup;
  }
}
