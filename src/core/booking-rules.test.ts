import { expect } from '@open-wc/testing';
import { translator } from '../i18n/messages.js';
import { ageRangeFromYears } from './age.js';
import {
  availabilityInWords,
  availabilityOf,
  checkParty,
  isAgeFilter,
  partyProblemInWords,
  placesNeeded,
  sessionSuitsAgeFilter,
  type Party,
} from './booking-rules.js';
import type { AgeRange, ChildAge, HouseholdRules, Session } from './model.js';

const t = translator('en-GB');
const NOW = new Date('2026-02-26T12:00:00Z'); // Thursday 26 February 2026

function session(overrides: Partial<Session> = {}): Session {
  return {
    id: 's1',
    serviceId: 'svc',
    title: 'Stay and play',
    location: null,
    online: false,
    start: '2026-03-03T10:00:00+00:00',
    end: '2026-03-03T11:30:00+00:00',
    mode: 'bookable',
    capacity: 20,
    placesLeft: 12,
    waitingList: false,
    rules: { maxAdults: 2, maxChildren: 3, adultsOnly: false },
    ...overrides,
  };
}

const words = (s: Session, now = NOW) => availabilityInWords(availabilityOf(s, now), t, now);

describe('booking rules: availability', () => {
  it('says "Places available" when plenty are left or there is no limit, without a number', () => {
    expect(words(session({ placesLeft: 12 }))).to.equal('Places available');
    expect(words(session({ placesLeft: 6 }))).to.equal('Places available');
    expect(words(session({ capacity: null, placesLeft: null }))).to.equal('Places available');
    expect(availabilityOf(session(), NOW)).to.include({ canBook: true, canJoinWaitingList: false });
  });

  it('gives the number only when 5 or fewer are left', () => {
    expect(words(session({ placesLeft: 5 }))).to.equal('5 places left');
    expect(words(session({ placesLeft: 3 }))).to.equal('3 places left');
    expect(words(session({ placesLeft: 1 }))).to.equal('1 place left');
  });

  it('says full, and offers the waiting list only when the session keeps one', () => {
    const withList = availabilityOf(session({ placesLeft: 0, waitingList: true }), NOW);
    expect(withList).to.include({ kind: 'full-waiting-list', canBook: false, canJoinWaitingList: true });
    expect(availabilityInWords(withList, t)).to.equal('Full — join the waiting list');
    const without = availabilityOf(session({ placesLeft: 0, waitingList: false }), NOW);
    expect(without).to.include({ kind: 'full', canBook: false, canJoinWaitingList: false });
    expect(availabilityInWords(without, t)).to.equal('Full');
  });

  it('says when booking opens, in London time, and does not let anyone book before then', () => {
    // Midnight on Monday 2 March (GMT).
    const opensAtMidnight = session({ bookingOpensAt: '2026-03-02T00:00:00+00:00', placesLeft: 20 });
    expect(words(opensAtMidnight)).to.equal('Booking opens Monday 2 March');
    expect(availabilityOf(opensAtMidnight, NOW)).to.include({ kind: 'not-open', canBook: false, canJoinWaitingList: false });
    // 9am BST on Monday 30 March, after the clocks change: 08:00 UTC.
    const later = session({ start: '2026-04-06T09:00:00Z', bookingOpensAt: '2026-03-30T08:00:00Z' });
    expect(words(later)).to.equal('Booking opens Monday 30 March at 9am');
    // Once it has opened, the places show.
    expect(words(opensAtMidnight, new Date('2026-03-02T00:00:00Z'))).to.equal('Places available');
  });

  it('says "Just turn up" for drop-ins, whatever their capacity', () => {
    const dropIn = session({ mode: 'drop_in', capacity: 8, placesLeft: 0 });
    expect(words(dropIn)).to.equal('Just turn up — no need to book');
    expect(availabilityOf(dropIn, NOW)).to.include({ canBook: false, canJoinWaitingList: false });
  });

  it('closes booking once a session has started', () => {
    const started = availabilityOf(session(), new Date('2026-03-03T10:00:00Z'));
    expect(started).to.include({ kind: 'closed', canBook: false });
    expect(availabilityInWords(started, t)).to.equal('Booking has closed');
  });
});

const months = (m: number): ChildAge => ({ kind: 'age', months: m, send: false });
const rules = (r: Partial<HouseholdRules> = {}): HouseholdRules => ({ maxAdults: 2, maxChildren: 3, adultsOnly: false, ...r });
const babies: AgeRange = { pregnancy: false, minMonths: 0, maxMonths: 11, sendTo25: false };
const party = (adults: number, ...children: ChildAge[]): Party => ({ adults, children });
const messages = (r: HouseholdRules, p: Party) => checkParty(r, p).map((problem) => [problem.field, partyProblemInWords(problem, t)]);

describe('booking rules: who is coming', () => {
  it('accepts a party within the rules', () => {
    expect(checkParty(rules(), party(1, months(30)))).to.deep.equal([]);
    expect(checkParty(rules({ childAgeRange: babies }), party(2, months(0), months(11)))).to.deep.equal([]);
    expect(checkParty(rules({ maxChildren: 0, adultsOnly: true }), party(2))).to.deep.equal([]);
  });

  it('limits adults per family', () => {
    expect(messages(rules({ maxAdults: 1 }), party(2, months(5)))).to.deep.equal([
      ['adults', 'Each family can bring 1 adult to this session. Enter 1'],
    ]);
    expect(messages(rules({ maxAdults: 2 }), party(3, months(5)))).to.deep.equal([
      ['adults', 'Each family can bring up to 2 adults to this session. Enter 2 or fewer'],
    ]);
  });

  it('limits children per family', () => {
    expect(messages(rules({ maxChildren: 1 }), party(1, months(5), months(30)))).to.deep.equal([
      ['children', 'Each family can bring 1 child to this session. Enter 1'],
    ]);
    expect(messages(rules({ maxChildren: 3 }), party(1, months(5), months(30), months(40), months(50)))).to.deep.equal([
      ['children', 'Each family can bring up to 3 children to this session. Enter 3 or fewer'],
    ]);
  });

  it('checks each child against the age band, naming the child to check', () => {
    const problems = checkParty(rules({ childAgeRange: babies }), party(1, months(4), months(14)));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ field: 'child', childIndex: 1, code: 'child-age' });
    expect(partyProblemInWords(problems[0]!, t)).to.equal(
      'This session is for children aged 0 to 11 months. Check child 2’s age, or choose another session',
    );
    const preschool = checkParty(rules({ childAgeRange: ageRangeFromYears(3, 4) }), party(1, months(24)));
    expect(partyProblemInWords(preschool[0]!, t)).to.contain('children aged 3 to 4 years');
  });

  it('lets SEND young people stay eligible to 25 where the session says so', () => {
    const send = rules({ childAgeRange: ageRangeFromYears(0, 19, { sendTo25: true }) });
    expect(checkParty(send, party(1, { kind: 'age', months: 22 * 12, send: true }))).to.deep.equal([]);
    expect(checkParty(send, party(1, { kind: 'age', months: 22 * 12, send: false }))[0]).to.include({ code: 'child-age' });
  });

  it('asks for children on family sessions, and refuses them on adults-only sessions', () => {
    expect(messages(rules(), party(1))).to.deep.equal([
      ['children', 'This session is for children and their grown-ups. Enter how many children are coming'],
    ]);
    expect(messages(rules({ maxChildren: 0, adultsOnly: true }), party(1, months(3)))).to.deep.equal([
      ['children', 'This session is for adults only. Enter 0 children'],
    ]);
    // Adults may come without their baby when the session allows it.
    expect(checkParty(rules({ maxChildren: 1, adultsOnly: true, childAgeRange: babies }), party(1))).to.deep.equal([]);
  });

  it('needs an adult with the children, and someone to come at all', () => {
    expect(messages(rules(), party(0, months(20)))).to.deep.equal([
      ['adults', 'Children must come with an adult. Enter how many adults are coming'],
    ]);
    expect(messages(rules({ maxChildren: 0, adultsOnly: true }), party(0))).to.deep.equal([['adults', 'Enter how many adults are coming']]);
    expect(checkParty(rules(), party(0)).map((p) => p.field)).to.deep.equal(['adults', 'children']);
    // A children's session with no adults allowed.
    expect(messages(rules({ maxAdults: 0 }), party(1, months(150)))).to.deep.equal([
      ['adults', 'This session is for children and young people only. Enter 0 adults'],
    ]);
    expect(checkParty(rules({ maxAdults: 0 }), party(0, months(150)))).to.deep.equal([]);
  });

  it('does not check ages while the number of children is wrong', () => {
    const problems = checkParty(rules({ maxChildren: 1, childAgeRange: babies }), party(1, months(30), months(40)));
    expect(problems.map((p) => p.code)).to.deep.equal(['children-too-many']);
  });

  it('counts places for adults and born children, not an expected baby', () => {
    expect(placesNeeded(party(2, months(3), months(40)))).to.equal(4);
    expect(placesNeeded(party(1, { kind: 'pregnancy' }))).to.equal(1);
  });
});

describe('booking rules: filtering the timetable by a child’s age', () => {
  const aged = (ageRange: AgeRange | undefined, rulesRange?: AgeRange) =>
    session({ ...(ageRange ? { ageRange } : {}), rules: rules(rulesRange ? { childAgeRange: rulesRange } : {}) });

  it('matches sessions whose age range overlaps the band', () => {
    const toddlers = aged(ageRangeFromYears(1, 3));
    expect(sessionSuitsAgeFilter(toddlers, 'under-1')).to.equal(false);
    expect(sessionSuitsAgeFilter(toddlers, '1')).to.equal(true);
    expect(sessionSuitsAgeFilter(toddlers, '3-4')).to.equal(true);
    expect(sessionSuitsAgeFilter(toddlers, '5-11')).to.equal(false);
    expect(sessionSuitsAgeFilter(toddlers, 'pregnancy')).to.equal(false);
  });

  it('matches pregnancy only where the session welcomes it', () => {
    const antenatal: AgeRange = { pregnancy: true, minMonths: null, maxMonths: null, sendTo25: false };
    expect(sessionSuitsAgeFilter(aged(antenatal), 'pregnancy')).to.equal(true);
    expect(sessionSuitsAgeFilter(aged(antenatal), 'under-1')).to.equal(false);
  });

  it('uses the booking rule’s band when the session states no ages, and matches all when neither does', () => {
    expect(sessionSuitsAgeFilter(aged(undefined, babies), 'under-1')).to.equal(true);
    expect(sessionSuitsAgeFilter(aged(undefined, babies), '2')).to.equal(false);
    expect(sessionSuitsAgeFilter(aged(undefined), '12-19')).to.equal(true);
  });

  it('knows its filter names', () => {
    expect(isAgeFilter('3-4')).to.equal(true);
    expect(isAgeFilter('toString')).to.equal(false);
  });
});
