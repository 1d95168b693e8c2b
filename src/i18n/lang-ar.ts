/**
 * Adds Arabic (العربية) to every widget on the page. Load it once, before or after the widgets:
 *
 *   <script type="module" src="https://…/hub-lang-ar.js"></script>
 *   import 'family-hub-widgets/lang/ar.js';
 *
 * A widget speaks Arabic, right to left, when its `lang` attribute, or the nearest one in the page, is
 * `ar` (or `ar-GB`, `ar-SY`…). Numbers use the digits the browser's Arabic locale uses; for Arabic-Indic
 * digits set `lang="ar-u-nu-arab"`. Councils can still change any word with `registerMessages('ar', { … })`.
 */
import { ar } from './ar/index.js';
import { addLanguagePack } from './messages.js';

addLanguagePack('ar', ar);

export { ar };
/** Also here, so a page that loads only per-widget files can add or change words: the catalogues are shared. */
export { registerMessages, onFallback, type Messages, type MessageKey } from './messages.js';
