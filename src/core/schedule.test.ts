import { expect } from '@open-wc/testing';
import { ScheduleSchema, type Schedule } from './model.js';
import { expandSchedule, scheduleInWords, scheduleRunsOn } from './schedule.js';
import { londonInstant, londonParts, toLondonIso } from './time.js';

const schedule = (s: Partial<Schedule> & Pick<Schedule, 'freq'>): Schedule => ScheduleSchema.parse(s);

describe('schedules in words', () => {
  it('says weekly schedules plainly', () => {
    expect(scheduleInWords(schedule({ freq: 'WEEKLY', byday: ['TU'], opensAt: '10:00', closesAt: '11:30' }))).to.equal(
      'Every Tuesday, 10am to 11:30am',
    );
    expect(scheduleInWords(schedule({ freq: 'WEEKLY', byday: ['TH', 'MO'], opensAt: '09:30', closesAt: '12:00' }))).to.equal(
      'Every Monday and Thursday, 9:30am to midday',
    );
    expect(
      scheduleInWords(schedule({ freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' })),
    ).to.equal('Monday to Friday, 9am to 5pm');
    expect(scheduleInWords(schedule({ freq: 'WEEKLY', interval: 2, byday: ['WE'], opensAt: '18:30', closesAt: '20:00' }))).to.equal(
      'Every other Wednesday, 6:30pm to 8pm',
    );
  });

  it('says monthly schedules by ordinal weekday or day of the month', () => {
    expect(scheduleInWords(schedule({ freq: 'MONTHLY', byday: ['1SA'], opensAt: '10:00', closesAt: '12:00' }))).to.equal(
      'First Saturday of the month, 10am to midday',
    );
    expect(scheduleInWords(schedule({ freq: 'MONTHLY', byday: ['-1FR'] }))).to.equal('Last Friday of the month');
    expect(scheduleInWords(schedule({ freq: 'MONTHLY', bymonthday: [15] }))).to.equal('The 15th of the month');
  });

  it('says how long a course runs', () => {
    expect(
      scheduleInWords(schedule({ freq: 'WEEKLY', byday: ['WE'], count: 6, opensAt: '13:00', closesAt: '15:00' })),
    ).to.equal('Every Wednesday for 6 weeks, 1pm to 3pm');
  });

  it('knows which weekdays a schedule can fall on', () => {
    const tuesdays = schedule({ freq: 'WEEKLY', byday: ['TU'] });
    expect(scheduleRunsOn(tuesdays, 'TU')).to.equal(true);
    expect(scheduleRunsOn(tuesdays, 'WE')).to.equal(false);
    expect(scheduleRunsOn(schedule({ freq: 'MONTHLY', byday: ['1SA'] }), 'SA')).to.equal(true);
  });
});

describe('occurrence expansion', () => {
  it('keeps a weekly 10:00 session at 10:00 London time across the March clock change', () => {
    // Clocks go forward on Sunday 29 March 2026.
    const sundays = schedule({ freq: 'WEEKLY', byday: ['SU'], opensAt: '10:00', closesAt: '11:30' });
    const found = expandSchedule(sundays, londonInstant(2026, 3, 20), londonInstant(2026, 4, 6));
    expect(found.map((o) => toLondonIso(o.start))).to.deep.equal([
      '2026-03-22T10:00:00+00:00',
      '2026-03-29T10:00:00+01:00',
      '2026-04-05T10:00:00+01:00',
    ]);
    expect(found[0]!.start.toISOString()).to.equal('2026-03-22T10:00:00.000Z');
    expect(found[1]!.start.toISOString()).to.equal('2026-03-29T09:00:00.000Z');
    for (const o of found) expect(londonParts(o.start).hours).to.equal(10);
  });

  it('keeps a weekly 10:00 session at 10:00 London time across the October clock change', () => {
    // Clocks go back on Sunday 25 October 2026.
    const sundays = schedule({ freq: 'WEEKLY', byday: ['SU'], opensAt: '10:00', closesAt: '11:00' });
    const found = expandSchedule(sundays, londonInstant(2026, 10, 17), londonInstant(2026, 11, 2));
    expect(found.map((o) => o.start.toISOString())).to.deep.equal([
      '2026-10-18T09:00:00.000Z',
      '2026-10-25T10:00:00.000Z',
      '2026-11-01T10:00:00.000Z',
    ]);
    expect(found.map((o) => o.end.getTime() - o.start.getTime())).to.deep.equal([3600000, 3600000, 3600000]);
  });

  it('expands "first Saturday of the month" and "last Friday of the month"', () => {
    const first = schedule({ freq: 'MONTHLY', byday: ['1SA'], opensAt: '10:00', closesAt: '12:00' });
    const last = schedule({ freq: 'MONTHLY', byday: ['-1FR'], opensAt: '10:00', closesAt: '12:00' });
    const from = londonInstant(2026, 1, 1);
    const to = londonInstant(2026, 4, 1);
    expect(expandSchedule(first, from, to).map((o) => toLondonIso(o.start).slice(0, 10))).to.deep.equal([
      '2026-01-03',
      '2026-02-07',
      '2026-03-07',
    ]);
    expect(expandSchedule(last, from, to).map((o) => toLondonIso(o.start).slice(0, 10))).to.deep.equal([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
    ]);
  });

  it('runs every other week from the date the schedule starts', () => {
    const fortnightly = schedule({ freq: 'WEEKLY', interval: 2, byday: ['WE'], validFrom: '2026-01-07', opensAt: '18:00' });
    const dates = expandSchedule(fortnightly, londonInstant(2026, 1, 1), londonInstant(2026, 2, 15)).map((o) =>
      toLondonIso(o.start).slice(0, 10),
    );
    expect(dates).to.deep.equal(['2026-01-07', '2026-01-21', '2026-02-04']);
  });

  it('stops a course after its count, numbering each session', () => {
    const course = schedule({ freq: 'WEEKLY', byday: ['TH'], validFrom: '2026-01-01', count: 6, opensAt: '13:00', closesAt: '15:00' });
    const found = expandSchedule(course, londonInstant(2026, 1, 1), londonInstant(2026, 6, 1));
    expect(found).to.have.length(6);
    expect(found.map((o) => o.index)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    // A window that starts mid-course still numbers from the course's start.
    const later = expandSchedule(course, londonInstant(2026, 1, 20), londonInstant(2026, 6, 1));
    expect(later.map((o) => o.index)).to.deep.equal([4, 5, 6]);
  });

  it('respects validTo', () => {
    const ending = schedule({ freq: 'DAILY', validFrom: '2026-05-01', validTo: '2026-05-03', opensAt: '09:00' });
    expect(expandSchedule(ending, londonInstant(2026, 4, 1), londonInstant(2026, 6, 1))).to.have.length(3);
  });
});
