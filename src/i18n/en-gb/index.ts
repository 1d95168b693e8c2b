import { booking } from './booking.js';
import { bookingRules } from './booking-rules.js';
import { common } from './common.js';
import { finder } from './finder.js';
import { panel } from './panel.js';
import { referral } from './referral.js';

/**
 * The complete en-GB catalogue: the reference every other language is checked against (tests and the
 * key list in docs/languages.md). Widgets do not import it: each registers only its own words.
 */
export const enGB = { ...common, ...finder, ...booking, ...bookingRules, ...referral, ...panel } as const;

/** The English catalogue modules, by the part of the library that registers them. */
export const englishModules = { common, finder, booking, bookingRules, referral, panel } as const;
