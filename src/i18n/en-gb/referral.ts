/** Words for <hub-self-referral>. */
export const referral = {
  'referral.placeholder': 'Ask for support',
} as const;
