import { expect } from '@open-wc/testing';
import { ScheduleSchema } from '../../core/model.js';
import { accessRoutesFrom, ageRangeFromFeed, deliveryModesFrom, mapCost, mapLanguage, mapSchedule, mapTaxonomyTerm } from './map-shared.js';

describe('open-referral: shared mapping', () => {
  describe('schedules', () => {
    it('maps an HSDS 3 weekly rule with times and validity', () => {
      const schedule = mapSchedule(
        { id: 's1', freq: 'WEEKLY', interval: 1, byday: 'MO,TU,WE,TH', opens_at: '09:00:00Z', closes_at: '12:00:00Z', valid_from: '2026-01-05', valid_to: '2026-07-17', timezone: 3 },
        'loc-1',
      );
      expect(schedule).to.deep.equal({
        freq: 'WEEKLY',
        interval: 1,
        byday: ['MO', 'TU', 'WE', 'TH'],
        bymonthday: [],
        opensAt: '09:00',
        closesAt: '12:00',
        validFrom: '2026-01-05',
        validTo: '2026-07-17',
        locationId: 'loc-1',
      });
      expect(ScheduleSchema.safeParse(schedule).success).to.equal(true);
    });

    it('maps a monthly "first Saturday" rule ending at until, and a count', () => {
      const schedule = mapSchedule({ freq: 'MONTHLY', byday: '1SA', dtstart: '2026-01-03', until: '2026-12-31', valid_to: '2027-06-30', count: '6' });
      expect(schedule).to.include({ freq: 'MONTHLY', validFrom: '2026-01-03', validTo: '2026-12-31', count: 6 });
      expect(schedule?.byday).to.deep.equal(['1SA']);
    });

    it('anchors "every other week" on dtstart', () => {
      const schedule = mapSchedule({ freq: 'WEEKLY', interval: 2, byday: 'TH', dtstart: '2026-01-08', valid_from: '2026-01-01' });
      expect(schedule).to.include({ interval: 2, validFrom: '2026-01-08' });
    });

    it('reads an ORUK v1 weekday when there is no byday', () => {
      expect(mapSchedule({ weekday: 'Friday', opens_at: '13:00' })?.byday).to.deep.equal(['FR']);
      expect(mapSchedule({ weekday: 1, opens_at: '13:00' })?.byday).to.deep.equal(['MO']);
    });

    it('drops rules it cannot express rather than show them wrongly', () => {
      expect(mapSchedule({ freq: 'WEEKLY', byday: 'TH', byweekno: '41,42' })).to.equal(undefined);
      expect(mapSchedule({ freq: 'WEEKLY', byday: 'TH', byyearday: '2,3,4' })).to.equal(undefined);
      expect(mapSchedule({ freq: 'YEARLY', bymonthday: '1' })).to.equal(undefined);
      expect(mapSchedule({ freq: 'WEEKLY', byday: 'TH', interval: 60 })).to.equal(undefined);
      expect(mapSchedule({ freq: 'WEEKLY', byday: 'Someday' })).to.equal(undefined);
      expect(mapSchedule({ opens_at: '10:00', closes_at: '12:00' })).to.equal(undefined);
      expect(mapSchedule({ freq: 'WEEKLY', byday: 'MO', valid_from: '2026-05-01', valid_to: '2026-01-01' })).to.equal(undefined);
    });

    it('keeps a rule but drops a closing time before the opening time, and weekly bymonthday', () => {
      const schedule = mapSchedule({ freq: 'WEEKLY', byday: 'TH,FR', bymonthday: '2,3,4', opens_at: '18:00', closes_at: '10:00' });
      expect(schedule?.opensAt).to.equal('18:00');
      expect(schedule).not.to.have.property('closesAt');
      expect(schedule?.bymonthday).to.deep.equal([]);
    });
  });

  describe('ages', () => {
    it('maps years to months, with no upper limit for 26 and over', () => {
      expect(ageRangeFromFeed(0, 5)).to.deep.equal({ pregnancy: false, sendTo25: false, minMonths: 0, maxMonths: 71 });
      expect(ageRangeFromFeed(12, 100)).to.deep.equal({ pregnancy: false, sendTo25: false, minMonths: 144, maxMonths: null });
      expect(ageRangeFromFeed('2', '4')).to.include({ minMonths: 24, maxMonths: 59 });
      expect(ageRangeFromFeed(0, 25)).to.include({ maxMonths: 311 });
    });

    it('reads 0/0 as not stated, and swaps a reversed pair', () => {
      expect(ageRangeFromFeed(0, 0)).to.equal(undefined);
      expect(ageRangeFromFeed(undefined, undefined, true)).to.deep.equal({ pregnancy: true, sendTo25: false, minMonths: null, maxMonths: null });
      expect(ageRangeFromFeed(5, 2)).to.include({ minMonths: 24, maxMonths: 71 });
      expect(ageRangeFromFeed('old', 'older')).to.equal(undefined);
    });
  });

  describe('cost', () => {
    it('is free without cost options and without a fees text', () => {
      expect(mapCost([])).to.deep.equal({ free: true, options: [] });
      expect(mapCost([], 'Free for everyone')).to.deep.equal({ free: true, options: [] });
    });

    it('is not free when fees text says otherwise or an option has an amount', () => {
      expect(mapCost([], '£2 per session')).to.deep.equal({ free: false, options: [{ description: '£2 per session' }] });
      expect(mapCost([{ option: 'Per family', amount: '2.50', amount_description: 'pay on the day' }])).to.deep.equal({
        free: false,
        options: [{ amount: 2.5, description: 'Per family: pay on the day' }],
      });
      expect(mapCost([{ amount: 0, option: 'Free' }, { amount: -3 }])).to.deep.equal({ free: true, options: [{ amount: 0, description: 'Free' }] });
    });
  });

  describe('languages, categories, delivery and access', () => {
    it('names a language from its code when the feed gives only a code', () => {
      expect(mapLanguage({ name: 'Urdu', code: 'ur' })).to.deep.equal({ name: 'Urdu', code: 'ur' });
      expect(mapLanguage({ code: 'cy' })).to.deep.equal({ name: 'Welsh', code: 'cy' });
      expect(mapLanguage({ language: 'pl' })).to.deep.equal({ name: 'Polish', code: 'pl' });
      expect(mapLanguage({ id: 'only-an-id' })).to.equal(undefined);
    });

    it('reads taxonomy terms, dropping placeholder names', () => {
      expect(mapTaxonomyTerm({ id: 'a/b', name: 'Health visiting', parent_id: 'a', vocabulary: 'familyHub' })).to.deep.equal({
        category: { id: 'a/b', name: 'Health visiting', parentId: 'a' },
        vocabulary: 'familyHub',
      });
      expect(mapTaxonomyTerm({ id: 'x', name: 'name', term: 'name' })).to.equal(undefined);
    });

    it('reads delivery modes from ORUK v1 values and HSDS 3 words', () => {
      expect(deliveryModesFrom('venue')).to.deep.equal(['in_person']);
      expect(deliveryModesFrom('phone, home visit')).to.deep.equal(['telephone', 'home_visit']);
      expect(deliveryModesFrom('You can attend this service in-person or remotely via video conferencing')).to.deep.equal(['in_person', 'online']);
      expect(deliveryModesFrom(undefined)).to.deep.equal([]);
    });

    it('reads how to access from ORUK v1 attending_access', () => {
      expect(accessRoutesFrom('drop-in')).to.deep.equal(['drop_in']);
      expect(accessRoutesFrom('appointment')).to.deep.equal(['book']);
      expect(accessRoutesFrom('referral')).to.deep.equal(['referral']);
      expect(accessRoutesFrom('self-referral')).to.deep.equal(['self_refer']);
      expect(accessRoutesFrom('membership')).to.deep.equal([]);
    });
  });
});
