/** Words for <hub-session-booking>. */
export const booking = {
  'booking.placeholder': 'Book a place',
} as const;
