/**
 * Adds Welsh (Cymraeg) to every widget on the page. Load it once, before or after the widgets:
 *
 *   <script type="module" src="https://…/hub-lang-cy.js"></script>
 *   import 'family-hub-widgets/lang/cy.js';
 *
 * A widget speaks Welsh when its `lang` attribute, or the nearest one in the page, is `cy` (or `cy-GB`).
 * Councils can still change any word with `registerMessages('cy', { … })`: theirs always win.
 */
import { cy } from './cy/index.js';
import { addLanguagePack } from './messages.js';

addLanguagePack('cy', cy);

export { cy };
/** Also here, so a page that loads only per-widget files can add or change words: the catalogues are shared. */
export { registerMessages, onFallback, type Messages, type MessageKey } from './messages.js';
