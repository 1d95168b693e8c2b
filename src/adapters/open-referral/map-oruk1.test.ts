import { expect } from '@open-wc/testing';
import { ServiceSchema, type Service } from '../../core/model.js';
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
      alert: 'Closed from Monday 21 December 2026 to Friday 1 January 2027.',
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

  it('shows no closure once it has passed', () => {
    const raw = records.find((r) => r.id === 'oruk1-stay-and-play');
    const later = mapOruk1Service(raw, { now: new Date('2027-01-02T12:00:00Z') });
    expect(later?.service.alert).to.equal(undefined);
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
