/** Words for <hub-panel-signup>. */
export const panel = {
  'panel.placeholder': 'Join the Parent and Carer Panel',
} as const;
