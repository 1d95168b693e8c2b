import { booking } from './booking.js';
import { common } from './common.js';
import { finder } from './finder.js';
import { panel } from './panel.js';
import { referral } from './referral.js';

/** The complete en-GB catalogue: the reference every other language is checked against. */
export const enGB = { ...common, ...finder, ...booking, ...referral, ...panel } as const;
