import { expect } from '@open-wc/testing';
import { londonDateKey, londonInstant, londonOffsetMinutes, londonParts, toLondonIso } from './time.js';

const iso = (date: Date) => date.toISOString();

describe('London time', () => {
  it('knows GMT from British Summer Time, changing at 1am UTC on the last Sundays of March and October', () => {
    expect(londonOffsetMinutes(Date.parse('2026-03-29T00:59:59Z'))).to.equal(0);
    expect(londonOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).to.equal(60);
    expect(londonOffsetMinutes(Date.parse('2026-10-25T00:59:59Z'))).to.equal(60);
    expect(londonOffsetMinutes(Date.parse('2026-10-25T01:00:00Z'))).to.equal(0);
    expect(londonOffsetMinutes(Date.parse('2027-03-28T01:00:00Z'))).to.equal(60);
  });

  it('turns wall-clock times into instants on both sides of each change', () => {
    expect(iso(londonInstant(2026, 1, 15, 10, 0))).to.equal('2026-01-15T10:00:00.000Z');
    expect(iso(londonInstant(2026, 7, 15, 10, 0))).to.equal('2026-07-15T09:00:00.000Z');
    expect(iso(londonInstant(2026, 3, 29, 0, 30))).to.equal('2026-03-29T00:30:00.000Z');
    expect(iso(londonInstant(2026, 3, 29, 2, 0))).to.equal('2026-03-29T01:00:00.000Z');
    expect(iso(londonInstant(2026, 10, 25, 0, 30))).to.equal('2026-10-24T23:30:00.000Z');
    expect(iso(londonInstant(2026, 10, 25, 2, 0))).to.equal('2026-10-25T02:00:00.000Z');
  });

  it('moves a time the clocks skip an hour on, and takes the second of a time that happens twice', () => {
    // 1:30am on 29 March 2026 never happens in London: the clocks go from 1am to 2am.
    expect(iso(londonInstant(2026, 3, 29, 1, 30))).to.equal('2026-03-29T01:30:00.000Z');
    expect(toLondonIso(londonInstant(2026, 3, 29, 1, 30))).to.equal('2026-03-29T02:30:00+01:00');
    // 1:30am on 25 October 2026 happens twice: first in BST, then in GMT.
    expect(toLondonIso(londonInstant(2026, 10, 25, 1, 30))).to.equal('2026-10-25T01:30:00+00:00');
  });

  it('reads the London date and weekday, not the UTC one, late on summer evenings', () => {
    const lateSummerNight = '2026-07-31T23:30:00Z'; // 00:30 on Saturday 1 August in London
    expect(londonDateKey(lateSummerNight)).to.equal('2026-08-01');
    expect(londonParts(lateSummerNight)).to.deep.equal({ year: 2026, month: 8, day: 1, hours: 0, minutes: 30, weekday: 'SA' });
    expect(toLondonIso(lateSummerNight)).to.equal('2026-08-01T00:30:00+01:00');
    expect(toLondonIso('2026-12-31T23:30:05Z')).to.equal('2026-12-31T23:30:05+00:00');
  });

  it('rolls over month ends like a calendar does', () => {
    expect(iso(londonInstant(2026, 2, 29, 9, 0))).to.equal('2026-03-01T09:00:00.000Z');
    expect(iso(londonInstant(2026, 12, 32, 9, 0))).to.equal('2027-01-01T09:00:00.000Z');
  });
});
