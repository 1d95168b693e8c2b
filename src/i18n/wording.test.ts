import { expect } from '@open-wc/testing';
import './lang-cy.js';
import './lang-ar.js';
import { translator } from './messages.js';
import { capitalise, formatList, formatMoney, formatMonthYear, intlSupports } from './format.js';
import { ageRangeFromYears, ageRangeInWords, monthsInWords } from '../core/age.js';
import { availabilityInWords, checkParty, partyProblemInWords } from '../core/booking-rules.js';
import { distanceInWords } from '../core/geo.js';
import type { Schedule } from '../core/model.js';
import { scheduleInWords } from '../core/schedule.js';
import { clockInWords, dateInWords, dateTimeRangeInWords, timeRangeInWords } from '../core/time.js';

const schedule = (overrides: Partial<Schedule>): Schedule => ({ freq: 'WEEKLY', interval: 1, byday: [], bymonthday: [], ...overrides }) as Schedule;
const en = translator('en-GB');
const cy = translator('cy');
const ar = translator('ar');

const SCHEDULES: Schedule[] = [
  schedule({ byday: ['TU'], opensAt: '10:00', closesAt: '11:30' }),
  schedule({ byday: ['TH', 'MO'], opensAt: '09:30', closesAt: '12:00' }),
  schedule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' }),
  schedule({ interval: 2, byday: ['WE'], opensAt: '18:30', closesAt: '20:00' }),
  schedule({ freq: 'MONTHLY', byday: ['1SA'], opensAt: '10:00', closesAt: '12:00' }),
  schedule({ freq: 'MONTHLY', interval: 2, byday: ['1MO', '3WE'] }),
  schedule({ freq: 'MONTHLY', byday: ['-1FR'] }),
  schedule({ freq: 'MONTHLY', bymonthday: [15] }),
  schedule({ byday: ['WE'], count: 6, opensAt: '13:00', closesAt: '15:00' }),
  schedule({ freq: 'DAILY', interval: 3, opensAt: '13:00' }),
];

describe('Wording in every language (core helpers)', () => {
  it('keeps the English exactly as it was when no language is given', () => {
    expect(SCHEDULES.map((s) => scheduleInWords(s))).to.deep.equal([
      'Every Tuesday, 10am to 11:30am',
      'Every Monday and Thursday, 9:30am to midday',
      'Monday to Friday, 9am to 5pm',
      'Every other Wednesday, 6:30pm to 8pm',
      'First Saturday of the month, 10am to midday',
      'First Monday and third Wednesday of every other month',
      'Last Friday of the month',
      'The 15th of the month',
      'Every Wednesday for 6 weeks, 1pm to 3pm',
      'Every 3 days, from 1pm',
    ]);
    expect(SCHEDULES.map((s) => scheduleInWords(s, en))).to.deep.equal(SCHEDULES.map((s) => scheduleInWords(s)));
    expect(dateInWords('2026-03-03T10:00:00Z', { withYear: false })).to.equal('Tuesday 3 March');
    expect(timeRangeInWords('2026-07-03T09:00:00Z', '2026-07-03T10:30:00Z')).to.equal('10am to 11:30am');
    expect(distanceInWords(1.02)).to.equal('1 mile');
    expect(monthsInWords(18)).to.equal('18 months');
  });

  it('says when a service runs in Welsh, with the mutations Welsh needs', () => {
    expect(SCHEDULES.map((s) => scheduleInWords(s, cy))).to.deep.equal([
      'Bob dydd Mawrth, 10:00 i 11:30',
      'Bob dydd Llun a dydd Iau, 09:30 i 12:00',
      'Dydd Llun i ddydd Gwener, 09:00 i 17:00',
      'Dydd Mercher bob pythefnos, 18:30 i 20:00',
      'Dydd Sadwrn cyntaf y mis, 10:00 i 12:00',
      'Dydd Llun cyntaf a thrydydd dydd Mercher bob deufis',
      'Dydd Gwener olaf y mis',
      'Diwrnod 15 y mis',
      'Bob dydd Mercher am 6 wythnos, 13:00 i 15:00',
      'Bob 3 diwrnod, o 13:00',
    ]);
  });

  it('says when a service runs in Arabic', () => {
    expect(SCHEDULES.map((s) => scheduleInWords(s, ar))).to.deep.equal([
      'كل يوم الثلاثاء، من 10:00 ص إلى 11:30 ص',
      'كل يوم الاثنين والخميس، من 9:30 ص إلى 12:00 م',
      'من الاثنين إلى الجمعة، من 9:00 ص إلى 5:00 م',
      'الأربعاء، كل أسبوعين، من 6:30 م إلى 8:00 م',
      'يوم السبت الأول من كل شهر، من 10:00 ص إلى 12:00 م',
      'يوم الاثنين الأول ويوم الأربعاء الثالث من كل شهرين',
      'يوم الجمعة الأخير من كل شهر',
      'اليوم 15 من كل شهر',
      'كل يوم الأربعاء لمدة 6 أسابيع، من 1:00 م إلى 3:00 م',
      'كل 3 أيام، ابتداءً من 1:00 م',
    ]);
  });

  it('words age ranges', () => {
    const ranges = [
      { pregnancy: true, minMonths: 0, maxMonths: 23, sendTo25: false },
      ageRangeFromYears(0, 19, { sendTo25: true }),
      { pregnancy: false, minMonths: 6, maxMonths: 18, sendTo25: false },
      ageRangeFromYears(2, 4),
      { pregnancy: false, minMonths: 24, maxMonths: null, sendTo25: false },
      { pregnancy: true, minMonths: null, maxMonths: null, sendTo25: false },
    ];
    expect(ranges.map((r) => ageRangeInWords(r))).to.deep.equal([
      'During pregnancy to 1 year',
      '0 to 19 years (up to 25 with SEND)',
      '6 months to 18 months',
      '2 to 4 years',
      '2 years and over',
      'During pregnancy',
    ]);
    expect(ranges.map((r) => ageRangeInWords(r, cy))).to.deep.equal([
      'O feichiogrwydd hyd at 1 oed',
      '0 i 19 oed (hyd at 25 oed i bobl ifanc ag anghenion addysgol arbennig neu anabledd)',
      '6 mis i 18 mis',
      '2 i 4 oed',
      '2 oed a hŷn',
      'Yn ystod beichiogrwydd',
    ]);
    expect(ranges.map((r) => ageRangeInWords(r, ar))).to.deep.equal([
      'من الحمل حتى سنة واحدة',
      'من 0 إلى 19 سنة (وحتى 25 سنة لذوي الاحتياجات التعليمية الخاصة أو الإعاقة)',
      'من 6 أشهر إلى 18 شهرًا',
      'من 2 إلى 4 سنوات',
      'سنتان فأكثر',
      'أثناء الحمل',
    ]);
  });

  it('gives dates and times in London, across the clock change, in each language', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    // 10am BST on Monday 30 March 2026 is 09:00 UTC.
    const start = '2026-03-30T09:00:00Z';
    const end = '2026-03-30T10:30:00Z';
    expect(dateTimeRangeInWords(start, end, { now })).to.equal('Monday 30 March, 10am to 11:30am');
    expect(dateTimeRangeInWords(start, end, { now, t: cy })).to.equal('Dydd Llun 30 Mawrth, 10:00 i 11:30');
    expect(dateTimeRangeInWords(start, end, { now, t: ar })).to.equal('الاثنين، 30 مارس، من 10:00 ص إلى 11:30 ص');
    expect(dateInWords('2027-01-05T12:00:00Z', { now, t: cy })).to.equal('Dydd Mawrth 5 Ionawr 2027');
    expect(clockInWords(12, 0, cy)).to.equal('12:00');
    expect(formatMonthYear('cy', 2027, 4)).to.equal('Ebrill 2027');
    expect(formatMonthYear('ar', 2027, 4)).to.equal('أبريل 2027');
  });

  it('uses Intl where the browser knows the language and the catalogue where it does not', () => {
    // Chromium has Arabic dates but no Welsh ones: Welsh comes from common.calendar.* in the Welsh pack.
    expect(intlSupports('DateTimeFormat', 'ar')).to.equal(true);
    expect(dateInWords('2026-03-03T10:00:00Z', { withYear: false, t: cy })).to.equal('Dydd Mawrth 3 Mawrth');
    expect(formatList('cy', ['wyneb yn wyneb', 'ar-lein', 'dros y ffôn'])).to.equal('wyneb yn wyneb, ar-lein a dros y ffôn');
    expect(formatList('cy', ['archebu lle', 'atgyfeirio eich hun'], 'disjunction')).to.equal('archebu lle neu atgyfeirio eich hun');
    expect(formatList('cy', ['dydd Llun', 'ar-lein'])).to.equal('dydd Llun ac ar-lein');
    expect(formatList('ar', ['حضوريًا', 'عبر الإنترنت'])).to.equal('حضوريًا وعبر الإنترنت');
    expect(capitalise('ŵyr', 'cy')).to.equal('Ŵyr');
  });

  it('gives prices in pounds, with a sign families know', () => {
    expect(formatMoney('en-GB', 2.5)).to.equal('£2.50');
    expect(formatMoney('en-GB', 3)).to.equal('£3');
    expect(formatMoney('cy', 2.5)).to.equal('£2.50');
    expect(formatMoney('ar', 2.5)).to.not.match(/[A-Za-z]/);
    expect(formatMoney('ar', 2.5)).to.contain('2.50');
  });

  it('words distances, availability and party problems', () => {
    expect([0.44, 1.02, 2, 12.6].map((m) => distanceInWords(m, cy))).to.deep.equal(['0.4 milltir', '1 filltir', '2 filltir', '13 milltir']);
    expect([0.44, 1.02, 2, 12.6].map((m) => distanceInWords(m, ar))).to.deep.equal(['0.4 ميل', 'ميل واحد', 'ميلان', '13 ميلًا']);
    const notOpen = { kind: 'not-open' as const, opensAt: '2026-03-27T00:00:00+00:00', canBook: false, canJoinWaitingList: false };
    expect(availabilityInWords(notOpen, cy, new Date('2026-03-26T10:00:00Z'))).to.equal('Bydd archebu’n agor: Dydd Gwener 27 Mawrth');
    expect(availabilityInWords(notOpen, ar, new Date('2026-03-26T10:00:00Z'))).to.equal('يبدأ الحجز يوم الجمعة، 27 مارس');
    const problems = checkParty(
      { maxAdults: 1, maxChildren: 1, adultsOnly: false, childAgeRange: { pregnancy: false, minMonths: 36, maxMonths: 59, sendTo25: false } },
      { adults: 1, children: [{ kind: 'age', months: 12, send: false }] },
    );
    expect(partyProblemInWords(problems[0]!, cy)).to.equal(
      'Mae’r sesiwn hon ar gyfer plant yn y grŵp oedran hwn: 3 i 4 oed. Gwiriwch oed plentyn 1, neu dewiswch sesiwn arall',
    );
    expect(partyProblemInWords(problems[0]!, ar)).to.equal(
      'هذه الجلسة مخصصة للأطفال في هذه الفئة العمرية: من 3 إلى 4 سنوات. يُرجى التحقق من عمر الطفل 1، أو اختيار جلسة أخرى',
    );
  });
});
