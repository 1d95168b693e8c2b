/**
 * The single-file build for a script tag: defines every tag and exports the public API, e.g.
 *   <script type="module" src="https://…/hub-widgets.js"></script>
 *   <script type="module">import { registerAdapter } from 'https://…/hub-widgets.js'; …</script>
 */
import './define/hub-provider.js';
import './define/hub-service-finder.js';
import './define/hub-session-booking.js';
import './define/hub-self-referral.js';
import './define/hub-panel-signup.js';

export * from './index.js';
