/** Geiriau ar gyfer y rheolau archebu (Welsh: availability and household rules, src/core/booking-rules.ts). */
import type { bookingRules as english } from '../en-gb/booking-rules.js';
import type { Translation } from '../messages.js';

export const bookingRules = {
  'booking.availability.available': 'Lleoedd ar gael',
  'booking.availability.fewLeft': {
    zero: 'Dim lleoedd ar ôl',
    one: '{count} lle ar ôl',
    two: '{count} le ar ôl',
    few: '{count} lle ar ôl',
    many: '{count} lle ar ôl',
    other: '{count} o leoedd ar ôl',
  },
  'booking.availability.fullWaitingList': 'Llawn — ymunwch â’r rhestr aros',
  'booking.availability.full': 'Llawn',
  'booking.availability.opens': 'Bydd archebu’n agor: {date}',
  'booking.availability.opensAt': 'Bydd archebu’n agor: {date} am {time}',
  'booking.availability.dropIn': 'Dewch draw — does dim angen archebu',
  'booking.availability.closed': 'Mae archebu wedi cau',

  'booking.party.error.nobody': 'Rhowch faint o oedolion sy’n dod',
  'booking.party.error.adultsNeeded': 'Rhaid i blant ddod gydag oedolyn. Rhowch faint o oedolion sy’n dod',
  'booking.party.error.adultsTooMany': {
    zero: 'Ni all teuluoedd ddod ag oedolion i’r sesiwn hon. Rhowch 0',
    one: 'Gall pob teulu ddod ag 1 oedolyn i’r sesiwn hon. Rhowch 1',
    two: 'Gall pob teulu ddod â hyd at {count} oedolyn i’r sesiwn hon. Rhowch {count} neu lai',
    few: 'Gall pob teulu ddod â hyd at {count} oedolyn i’r sesiwn hon. Rhowch {count} neu lai',
    many: 'Gall pob teulu ddod â hyd at {count} oedolyn i’r sesiwn hon. Rhowch {count} neu lai',
    other: 'Gall pob teulu ddod â hyd at {count} o oedolion i’r sesiwn hon. Rhowch {count} neu lai',
  },
  'booking.party.error.adultsNotAllowed': 'Mae’r sesiwn hon ar gyfer plant a phobl ifanc yn unig. Rhowch 0 ar gyfer nifer yr oedolion',
  'booking.party.error.childrenNeeded': 'Mae’r sesiwn hon ar gyfer plant a’r oedolion sy’n dod gyda nhw. Rhowch faint o blant sy’n dod',
  'booking.party.error.childrenTooMany': {
    zero: 'Ni all teuluoedd ddod â phlant i’r sesiwn hon. Rhowch 0',
    one: 'Gall pob teulu ddod ag 1 plentyn i’r sesiwn hon. Rhowch 1',
    two: 'Gall pob teulu ddod â hyd at {count} blentyn i’r sesiwn hon. Rhowch {count} neu lai',
    few: 'Gall pob teulu ddod â hyd at {count} phlentyn i’r sesiwn hon. Rhowch {count} neu lai',
    many: 'Gall pob teulu ddod â hyd at {count} phlentyn i’r sesiwn hon. Rhowch {count} neu lai',
    other: 'Gall pob teulu ddod â hyd at {count} o blant i’r sesiwn hon. Rhowch {count} neu lai',
  },
  'booking.party.error.childrenNotAllowed': 'Mae’r sesiwn hon ar gyfer oedolion yn unig. Rhowch 0 ar gyfer nifer y plant',
  'booking.party.error.childAge':
    'Mae’r sesiwn hon ar gyfer plant yn y grŵp oedran hwn: {ages}. Gwiriwch oed plentyn {number}, neu dewiswch sesiwn arall',
} satisfies Translation<typeof english>;
