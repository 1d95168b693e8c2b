/** Words for <hub-service-finder>. */
export const finder = {
  'finder.placeholder': 'Find services',
} as const;
