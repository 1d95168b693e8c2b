/** The complete Arabic catalogue (العربية): every key the en-GB catalogue has, in one object. */
import { booking } from './booking.js';
import { bookingRules } from './booking-rules.js';
import { common } from './common.js';
import { finder } from './finder.js';
import { panel } from './panel.js';
import { referral } from './referral.js';

export const ar = { ...common, ...finder, ...booking, ...bookingRules, ...referral, ...panel };

/** The catalogue by part, mirroring src/i18n/en-gb/ (for a bundle that only needs some widgets' words). */
export const arModules = { common, finder, booking, bookingRules, referral, panel } as const;
