/**
 * Words for the booking rules in src/core/booking-rules.ts (availability and the party's household rules),
 * which register them: used by <hub-session-booking> and by anything else that words a session's places.
 */
export const bookingRules = {
  // Availability (src/core/booking-rules.ts)
  'booking.availability.available': 'Places available',
  'booking.availability.fewLeft': { one: '{count} place left', other: '{count} places left' },
  'booking.availability.fullWaitingList': 'Full — join the waiting list',
  'booking.availability.full': 'Full',
  'booking.availability.opens': 'Booking opens {date}',
  'booking.availability.opensAt': 'Booking opens {date} at {time}',
  'booking.availability.dropIn': 'Just turn up — no need to book',
  'booking.availability.closed': 'Booking has closed',

  // Party rules (src/core/booking-rules.ts)
  'booking.party.error.nobody': 'Enter how many adults are coming',
  'booking.party.error.adultsNeeded': 'Children must come with an adult. Enter how many adults are coming',
  'booking.party.error.adultsTooMany': {
    one: 'Each family can bring 1 adult to this session. Enter 1',
    other: 'Each family can bring up to {count} adults to this session. Enter {count} or fewer',
  },
  'booking.party.error.adultsNotAllowed': 'This session is for children and young people only. Enter 0 adults',
  'booking.party.error.childrenNeeded': 'This session is for children and their grown-ups. Enter how many children are coming',
  'booking.party.error.childrenTooMany': {
    one: 'Each family can bring 1 child to this session. Enter 1',
    other: 'Each family can bring up to {count} children to this session. Enter {count} or fewer',
  },
  'booking.party.error.childrenNotAllowed': 'This session is for adults only. Enter 0 children',
  'booking.party.error.childAge': 'This session is for children aged {ages}. Check child {number}’s age, or choose another session',
} as const;
