import { HubSessionBooking } from '../components/session-booking/session-booking.js';
import { defineElement } from '../components/base/hub-element.js';
import { registerDefaultAdapters } from '../adapters/defaults.js';
import { ensureContextRoot } from './context-root.js';

registerDefaultAdapters();
ensureContextRoot();
defineElement('hub-session-booking', HubSessionBooking);

declare global {
  interface HTMLElementTagNameMap {
    'hub-session-booking': HubSessionBooking;
  }
}
