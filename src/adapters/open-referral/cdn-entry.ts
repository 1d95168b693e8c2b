/**
 * `dist/cdn/hub-adapter-open-referral.js`: the Open Referral reader on its own, which the per-widget CDN
 * files fetch the first time a widget reads a `src` feed (see src/adapters/defaults-cdn.ts). It borrows
 * the widget file's model through `lendModel` rather than carrying its own copy of zod. A page that wants
 * Subresource Integrity for it may load it first with its own script tag; the widget then finds it loaded.
 */
export { lendModel } from './schemas-lent.js';
/** Checked by the widget file that fetches the reader: the two must come from one release. */
export { VERSION as READER_VERSION } from '../../core/version.js';
export { openReferralFactory, postcodesIoFactory } from './register.js';
