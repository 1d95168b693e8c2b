import { expect } from '@open-wc/testing';
import { ageMatches, ageMatchesAny, ageRangeFromYears, ageRangeInWords } from './age.js';
import type { AgeRange, ChildAge } from './model.js';

const months = (m: number, send = false): ChildAge => ({ kind: 'age', months: m, send });
const pregnancy: ChildAge = { kind: 'pregnancy' };
const range = (r: Partial<AgeRange>): AgeRange => ({ pregnancy: false, minMonths: 0, maxMonths: null, sendTo25: false, ...r });

describe('age matching', () => {
  it('matches a 7-month-old to 0-1 and 0-2 year services', () => {
    expect(ageMatches(ageRangeFromYears(0, 1), months(7))).to.equal(true);
    expect(ageMatches(ageRangeFromYears(0, 2), months(7))).to.equal(true);
  });

  it('does not match a 7-month-old to a 2-5 year service', () => {
    expect(ageMatches(ageRangeFromYears(2, 5), months(7))).to.equal(false);
  });

  it('treats "0 to 5" as including a child of five and a half, but not six', () => {
    expect(ageMatches(ageRangeFromYears(0, 5), months(66))).to.equal(true);
    expect(ageMatches(ageRangeFromYears(0, 5), months(72))).to.equal(false);
  });

  it('matches pregnancy only to antenatal services', () => {
    expect(ageMatches(range({ pregnancy: true, minMonths: null, maxMonths: null }), pregnancy)).to.equal(true);
    expect(ageMatches(range({ pregnancy: true, minMonths: 0, maxMonths: 11 }), pregnancy)).to.equal(true);
    expect(ageMatches(ageRangeFromYears(0, 2), pregnancy)).to.equal(false);
  });

  it('does not match a child to a pregnancy-only service', () => {
    expect(ageMatches(range({ pregnancy: true, minMonths: null }), months(3))).to.equal(false);
  });

  it('extends to 25 only for young people with SEND and services that allow it', () => {
    const youth = ageRangeFromYears(11, 19, { sendTo25: true });
    expect(ageMatches(youth, months(22 * 12))).to.equal(false);
    expect(ageMatches(youth, months(22 * 12, true))).to.equal(true);
    expect(ageMatches(ageRangeFromYears(11, 19), months(22 * 12, true))).to.equal(false);
  });

  it('matches when any one of several children fits, and everything when no age is given', () => {
    const babies = range({ minMonths: 0, maxMonths: 11 });
    expect(ageMatchesAny(babies, [months(60), months(4)])).to.equal(true);
    expect(ageMatchesAny(babies, [months(60), months(30)])).to.equal(false);
    expect(ageMatchesAny(babies, [])).to.equal(true);
  });
});

describe('ages in words', () => {
  it('says baby ranges in months and older ranges in years', () => {
    expect(ageRangeInWords(range({ minMonths: 0, maxMonths: 12 }))).to.equal('0 to 1 year');
    expect(ageRangeInWords(range({ minMonths: 0, maxMonths: 11 }))).to.equal('0 to 11 months');
    expect(ageRangeInWords(ageRangeFromYears(0, 5))).to.equal('0 to 5 years');
    expect(ageRangeInWords(ageRangeFromYears(2, 4))).to.equal('2 to 4 years');
    expect(ageRangeInWords(range({ minMonths: 6, maxMonths: 18 }))).to.equal('6 months to 18 months');
  });

  it('names pregnancy and SEND', () => {
    expect(ageRangeInWords(range({ pregnancy: true, minMonths: null }))).to.equal('During pregnancy');
    expect(ageRangeInWords(range({ pregnancy: true, minMonths: 0, maxMonths: 23 }))).to.equal('During pregnancy to 1 year');
    expect(ageRangeInWords(ageRangeFromYears(0, 19, { sendTo25: true }))).to.equal('0 to 19 years (up to 25 with SEND)');
  });
});
