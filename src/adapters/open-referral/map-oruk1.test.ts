import { expect } from '@open-wc/testing';
import { MAX_CLOSURES, ServiceSchema, type Service } from '../../core/model.js';
import { mapOruk1Service } from './map-oruk1.js';
import { expectNoGarbage, handMadeOruk1 } from '../../test-support/open-referral-feeds.js';

const context = { now: new Date('2026-06-01T12:00:00Z') };

describe('open-referral: ORUK v1 mapping (hand-made fixture)', () => {
  let records: Record<string, unknown>[];
  const mapped = (id: string | number): Service => {
    const raw = records.find((r) => r.id === id);
    const result = mapOruk1Service(raw, context);
    expect(result, `record ${id} should map`).to.not.equal(undefined);
    return result!.service;
  };

  before(async () => {
    records = await handMadeOruk1();
  });

  it('maps a full record field by field', () => {
    expect(mapped('oruk1-stay-and-play')).to.deep.equal({
      id: 'oruk1-stay-and-play',
      name: 'Stay and Play at Riverside Family Hub',
      description: 'Songs, stories and messy play for babies and young children with their parents and carers.\nJust turn up – no need to book.',
      status: 'active',
      organisation: { id: 'org-ashcombe-council', name: 'Ashcombe Borough Council', url: 'https://www.ashcombe.example/' },
      categories: [{ id: 'activities-clubs-and-groups/parent-baby-and-toddler-groups', name: 'Parent, baby and toddler groups', parentId: 'activities-clubs-and-groups' }],
      ageRange: { pregnancy: false, minMonths: 0, maxMonths: 71, sendTo25: false },
      cost: { free: true, options: [] },
      languages: [{ name: 'English' }, { name: 'Polish', code: 'pl' }],
      deliveryModes: ['in_person'],
      access: ['drop_in'],
      locations: [
        {
          id: 'loc-riverside',
          name: 'Riverside Family Hub',
          address: { line1: '12 Mill Lane', line2: 'Riverside', town: 'Ashcombe', postcode: 'LE1 5WW' },
          point: { latitude: 52.6369, longitude: -1.1398 },
          accessibility: ['Step-free access', 'Ramp at the side door', 'Accessible toilet'],
          isFamilyHub: true,
        },
      ],
      schedules: [
        { freq: 'WEEKLY', interval: 1, byday: ['TU'], bymonthday: [], opensAt: '10:00', closesAt: '11:30', validFrom: '2025-09-02', locationId: 'loc-riverside', description: 'Term time only' },
      ],
      contacts: { phone: '01632 960001', email: 'familyhubs@ashcombe.example', website: 'https://www.ashcombe.example/stay-and-play' },
      closures: [{ from: '2026-12-21', to: '2027-01-01' }],
    });
  });

  it('turns HTML into plain text and drops javascript: links', () => {
    const service = mapped('oruk1-baby-massage');
    expect(service.description).to.equal('Five weekly sessions\nLearn gentle massage for your baby.\n\nBring a towel\nWear comfy clothes');
    expect(service.contacts).to.deep.equal({ phone: '01632 960 002', email: 'babymassage@ashcombe.example' });
    expect(service.organisation).to.deep.equal({ id: 'org-ashcombe-council', name: 'Ashcombe Borough Council' });
    expect(service.cost).to.deep.equal({ free: false, options: [{ amount: 25, description: 'Whole course: includes oil' }] });
    expect(service.access).to.deep.equal(['book']);
    expect(service.ageRange).to.include({ minMonths: 0, maxMonths: 23 });
    // A service-level schedule naming its service_at_location gets that venue; epoch-millisecond and iCalendar dates read.
    expect(service.schedules).to.deep.equal([
      { freq: 'WEEKLY', interval: 1, byday: ['WE'], bymonthday: [], opensAt: '13:30', closesAt: '14:30', validFrom: '2026-01-07', count: 5, locationId: 'loc-riverside' },
    ]);
    expect(service.locations[0]!.point).to.deep.equal({ latitude: 52.6369, longitude: -1.1398 });
    expectNoGarbage(service);
  });

  it('reads weekday-only schedules, drops byweekno rules and bad days, and combines eligibilitys', () => {
    const service = mapped('oruk1-feeding-line');
    expect(service.schedules).to.deep.equal([{ freq: 'WEEKLY', interval: 1, byday: ['MO'], bymonthday: [], opensAt: '09:00', closesAt: '17:00' }]);
    expect(service.ageRange).to.deep.equal({ pregnancy: false, minMonths: 0, maxMonths: 59, sendTo25: false });
    expect(service.deliveryModes).to.deep.equal(['telephone']);
    expect(service.access).to.deep.equal(['drop_in', 'referral']);
    expect(service.cost).to.deep.equal({ free: true, options: [{ amount: 0, description: 'Free to call' }] });
    expect(service.languages).to.deep.equal([{ name: 'Urdu' }]);
    expect(service.contacts).to.deep.equal({ phone: '01632960123', website: 'https://www.ashcombehealth.example/' });
    expect(service.locations).to.deep.equal([]);
  });

  it('tolerates a numeric id, escaped HTML, odd status, 0,0 coordinates, a 99 maximum age and a placeholder category', () => {
    const service = mapped(42);
    expect(service.id).to.equal('42');
    expect(service.description).to.equal('For dads & male carers and their children under 5.');
    expect(service.status).to.equal('temporarily closed');
    expect(service.ageRange).to.deep.equal({ pregnancy: false, minMonths: 0, maxMonths: null, sendTo25: false });
    expect(service.categories.map((c) => c.id)).to.deep.equal(['family-support/parenting-support']);
    expect(service.deliveryModes).to.deep.equal(['in_person', 'online']);
    expect(service.access).to.deep.equal([]);
    expect(service.locations).to.deep.equal([
      { id: 'loc-park', name: 'Northfield Park Pavilion', address: { line1: 'Park Road', town: 'Ashcombe', postcode: 'LE4 9ZZ' }, accessibility: [], isFamilyHub: false },
    ]);
    expect(service.schedules).to.deep.equal([
      { freq: 'MONTHLY', interval: 1, byday: ['1SA'], bymonthday: [], opensAt: '09:30', closesAt: '11:00', validFrom: '2026-01-03', locationId: 'loc-park' },
    ]);
  });

  it('reads "expectant parents" with 0/0 ages as a pregnancy service', () => {
    const service = mapped('oruk1-antenatal');
    expect(service.ageRange).to.deep.equal({ pregnancy: true, minMonths: null, maxMonths: null, sendTo25: false });
    expect(service.access).to.deep.equal(['self_refer']);
    expect(service.cost).to.deep.equal({ free: false, options: [{ description: 'Donations welcome' }] });
    expect(service.contacts).to.deep.equal({ email: 'antenatal@ashcombehealth.example' });
  });

  it('keeps a closure through its last day (London time), and drops it the day after', () => {
    const raw = records.find((r) => r.id === 'oruk1-stay-and-play');
    // 11:30pm on 1 January in London is still the closure's last day.
    expect(mapOruk1Service(raw, { now: new Date('2027-01-01T23:30:00Z') })?.service.closures).to.deep.equal([{ from: '2026-12-21', to: '2027-01-01' }]);
    const later = mapOruk1Service(raw, { now: new Date('2027-01-02T00:30:00Z') });
    expect(later?.service).to.not.have.property('closures');
    expect(later?.service).to.not.have.property('alert');
  });

  describe('closures (holiday_schedules with closed: true)', () => {
    const closed = (start_date: unknown, end_date?: unknown) => ({ closed: true, start_date, ...(end_date === undefined ? {} : { end_date }) });
    const withHolidays = (service: unknown[], venue: unknown[] = []) =>
      mapOruk1Service(
        {
          id: 'closures',
          name: 'Closures',
          holiday_schedules: service,
          service_at_locations: [{ id: 'sal-1', location: { id: 'loc-1', name: 'Hall' }, holiday_schedules: venue }],
        },
        context, // 1 June 2026
      )!.service;

    it('gives dates, not English words: sorted soonest first, past ones dropped, at most three', () => {
      const service = withHolidays(
        [closed('2026-12-24', '2027-01-01'), closed('2026-05-25', '2026-05-29'), closed('2026-08-31')],
        [closed('2026-07-20', '2026-07-24'), closed('2026-05-20', '2026-06-02'), closed('2027-04-02', '2027-04-05')],
      );
      expect(service.closures).to.deep.equal([
        { from: '2026-05-20', to: '2026-06-02' }, // started before today, not ended: kept
        { from: '2026-07-20', to: '2026-07-24' },
        { from: '2026-08-31', to: '2026-08-31' },
      ]);
      expect(service.closures).to.have.length(MAX_CLOSURES);
      expect(service).to.not.have.property('alert');
      expect(JSON.stringify(service)).to.not.match(/Closed|December|Monday/);
    });

    it('reads one day from no end date or an end on the same day, and the same closure twice as one', () => {
      const service = withHolidays([closed('2026-08-31'), closed('31/08/2026', '2026-08-31'), closed('2026-10-30', '2026-10-30')], [closed('2026-10-30')]);
      expect(service.closures).to.deep.equal([
        { from: '2026-08-31', to: '2026-08-31' },
        { from: '2026-10-30', to: '2026-10-30' },
      ]);
    });

    it('ignores bad dates, an end before the start, and holiday hours that are not closures', () => {
      const service = withHolidays([
        closed('soon', '2026-12-31'),
        closed(undefined, '2026-12-31'),
        closed('2026-09-01', 'next week'),
        closed('2026-12-01', '2026-11-01'),
        closed('2026-02-30'),
        { closed: false, start_date: '2026-07-01', end_date: '2026-07-03', opens_at: '10:00', closes_at: '12:00' },
        { start_date: '2026-07-06' },
        closed('2026-09-14', '2026-09-18'),
      ]);
      expect(service.closures).to.deep.equal([{ from: '2026-09-14', to: '2026-09-18' }]);
    });

    it('leaves closures out when none is usable, and the result is always a valid service', () => {
      const none = withHolidays([closed('2025-12-24', '2026-01-02'), closed('nonsense')]);
      expect(none).to.not.have.property('closures');
      const some = withHolidays([closed(Date.UTC(2026, 11, 25)), closed('2026-12-28T00:00:00', '2026-12-31T23:00:00Z')]);
      expect(some.closures).to.deep.equal([
        { from: '2026-12-25', to: '2026-12-25' }, // epoch milliseconds, as the reference API writes dates
        { from: '2026-12-28', to: '2026-12-31' },
      ]);
      expect(ServiceSchema.safeParse(some).success).to.equal(true);
    });

    it('the model refuses a closure that ends before it starts, or more than 50', () => {
      const base = { id: 's', name: 'S' };
      expect(ServiceSchema.safeParse({ ...base, closures: [{ from: '2026-12-02', to: '2026-12-01' }] }).success).to.equal(false);
      expect(ServiceSchema.safeParse({ ...base, closures: [{ from: '2026-12-01', to: '2026-12-01' }] }).success).to.equal(true);
      const day = (i: number) => ({ from: `2027-01-${String(i + 1).padStart(2, '0')}`, to: `2027-01-${String(i + 1).padStart(2, '0')}` });
      expect(ServiceSchema.safeParse({ ...base, closures: Array.from({ length: 50 }, (_, i) => day(i % 28)) }).success).to.equal(true);
      expect(ServiceSchema.safeParse({ ...base, closures: Array.from({ length: 51 }, (_, i) => day(i % 28)) }).success).to.equal(false);
      expect(ServiceSchema.safeParse({ ...base, closures: [{ from: '2026-13-01', to: '2026-13-01' }] }).success).to.equal(false);
    });
  });

  it('skips a record without a name, and anything that is not a record', () => {
    expect(mapOruk1Service(records.find((r) => r.id === 'oruk1-no-name'), context)).to.equal(undefined);
    for (const junk of [null, 'service', 42, [], { name: 'No id' }]) expect(mapOruk1Service(junk, context)).to.equal(undefined);
  });

  it('gives only valid, clean services for every hand-made record', () => {
    for (const raw of records) {
      const result = mapOruk1Service(raw, context);
      if (!result) continue;
      expect(ServiceSchema.safeParse(result.service).success, String(raw.id)).to.equal(true);
      expectNoGarbage(result.service);
    }
  });

  it('remembers each category\'s vocabulary, for taxonomy_id searches', () => {
    const result = mapOruk1Service(records.find((r) => r.id === 'oruk1-stay-and-play'), context);
    expect([...result!.vocabularies]).to.deep.equal([['activities-clubs-and-groups/parent-baby-and-toddler-groups', 'familyHubCategories']]);
  });
});
