/**
 * `dist/cdn/hub-adapter-open-referral.js`: the Open Referral reader on its own, which the per-widget CDN
 * files fetch the first time a widget reads a `src` feed (see src/adapters/defaults-cdn.ts). It borrows
 * the widget file's model through `lendModel` rather than carrying its own copy of zod. A page that wants
 * Subresource Integrity for it may load it first with its own script tag; the widget then finds it here,
 * in `readersOnPage()`, under its address.
 */
import { VERSION } from '../../core/version.js';
import { lendModel } from './schemas-lent.js';
import { openReferralFactory, postcodesIoFactory } from './register.js';
import { readersOnPage } from './readers-on-page.js';

export { lendModel, openReferralFactory, postcodesIoFactory };
/** Checked by the widget file that fetches the reader: the two must come from one release. */
export const READER_VERSION = VERSION;

readersOnPage().set(import.meta.url, { lendModel, openReferralFactory, postcodesIoFactory, READER_VERSION });
