/*
 * Field-by-field checks against the Open Referral example payloads in ../shared/fixtures/openreferral
 * (© Open Referral, CC BY-SA 4.0; the expected values below quote them).
 */
import { expect } from '@open-wc/testing';
import { ServiceSchema } from '../../core/model.js';
import { isRecord } from './clean.js';
import { hsds3ServiceFromServiceAtLocation, mapHsds3Service } from './map-hsds3.js';
import { expectNoGarbage, sharedFixture } from '../../test-support/open-referral-feeds.js';

const context = { now: new Date('2026-06-01T12:00:00Z') };
const ID = 'ac148810-d857-441c-9679-408f346de14b';
const DESCRIPTION =
  'Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances.';
const ALERT =
  'Following COVID-19 we have moved most of our counselling sessions online. Please contact the reception if you require further information.';
const ACCESSIBILITY = [
  'The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels.',
  'Switch hearing aid to T-coil to access the induction loop facility.',
];

describe('open-referral: HSDS 3 mapping (shared fixtures)', () => {
  it('maps hsds-3.0/service_full.json field by field', async () => {
    const service = mapHsds3Service(await sharedFixture('openreferral/hsds-3.0/service_full.json'), context)?.service;
    expect(service).to.deep.equal({
      id: ID,
      name: 'Community Counselling',
      description: DESCRIPTION,
      status: 'active',
      organisation: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Organization Inc.', url: 'http://example.com/' },
      // The example's only taxonomy term is named "name": a placeholder, so no category.
      categories: [],
      ageRange: { pregnancy: false, minMonths: 144, maxMonths: null, sendTo25: false },
      eligibility: 'This service is intended for all people aged 12 and over who require counselling services in the MyCity area',
      cost: { free: false, options: [{ amount: 35, description: 'Under 18s and Over 60s: per 1 hour session' }] },
      languages: [{ name: 'Urdu', code: 'ur' }],
      deliveryModes: ['in_person', 'online'],
      access: [],
      locations: [
        {
          id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
          name: 'MyCity Civic Center',
          // latitude 100, longitude 101 are out of range: no point.
          address: { line1: '1-30 Main Street', line2: 'MyVillage', town: 'MyCity', postcode: 'ABC 1234' },
          accessibility: ACCESSIBILITY,
          isFamilyHub: false,
        },
      ],
      // Its one schedule uses byweekno and byyearday, which cannot be shown truthfully: dropped.
      schedules: [],
      // The phone number arrives wrapped in literal quote characters.
      contacts: { phone: '+44 1234 234567', email: 'email@example.com', website: 'http://example.com/counselling' },
      alert: ALERT,
      lastUpdated: '2023-03-15T10:30:45.123Z',
    });
  });

  it('maps uk-profile-3.0/service_full.json field by field', async () => {
    const service = mapHsds3Service(await sharedFixture('openreferral/uk-profile-3.0/service_full.json'), context)?.service;
    expect(service).to.deep.equal({
      id: ID,
      name: 'Community Counselling',
      description: DESCRIPTION,
      status: 'active',
      organisation: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Organization Inc.', url: 'http://example.com/' },
      categories: [],
      ageRange: { pregnancy: false, minMonths: 144, maxMonths: null, sendTo25: false },
      cost: { free: false, options: [{ amount: 35, description: 'Under 18s and Over 60s: per 1 hour session' }] },
      // The profile's language has only an id.
      languages: [],
      deliveryModes: ['in_person', 'online'],
      access: [],
      locations: [
        {
          id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
          name: 'MyCity Civic Center',
          address: { line1: '1-30 Main Street', town: 'MyCity', postcode: 'ABC 1234' },
          accessibility: ACCESSIBILITY,
          isFamilyHub: false,
        },
      ],
      schedules: [
        {
          freq: 'WEEKLY',
          interval: 1,
          byday: ['TH', 'FR'],
          // bymonthday "2,3,4" is not allowed in a weekly rule: dropped.
          bymonthday: [],
          opensAt: '10:00',
          closesAt: '18:00',
          validFrom: '2005-01-01',
          validTo: '2005-01-01',
          description:
            'The service is available from 10 am to 6pm weekdays. The service is not available on public holidays. Some of our staff will be unavailable during their lunch break which may be any 30 minute period between 1200 and 1400',
        },
      ],
      // The profile removes phones.
      contacts: { email: 'email@example.com', website: 'http://example.com/counselling' },
      alert: ALERT,
      lastUpdated: '2023-03-15T10:30:45.123Z',
    });
  });

  it('loads every service in every fixture file: lists, service_at_location and organization payloads', async () => {
    const raws: unknown[] = [];
    for (const profile of ['hsds-3.0', 'uk-profile-3.0']) {
      raws.push(await sharedFixture(`openreferral/${profile}/service_full.json`));
      const list = (await sharedFixture(`openreferral/${profile}/service_list.json`)) as { contents: unknown[] };
      raws.push(...list.contents);
      const salList = (await sharedFixture(`openreferral/${profile}/service_at_location_list.json`)) as { contents: unknown[] };
      raws.push(...salList.contents.map(hsds3ServiceFromServiceAtLocation));
      raws.push(hsds3ServiceFromServiceAtLocation(await sharedFixture(`openreferral/${profile}/service_at_location_full.json`)));
      const organisation = await sharedFixture(`openreferral/${profile}/organization_full.json`);
      raws.push(...(isRecord(organisation) && Array.isArray(organisation.services) ? organisation.services : []));
    }
    expect(raws.length).to.equal(10);
    for (const raw of raws) {
      const service = mapHsds3Service(raw, context)?.service;
      expect(service?.name).to.equal('Community Counselling');
      expect(ServiceSchema.safeParse(service).success).to.equal(true);
      expectNoGarbage(service);
    }
  });

  it('gives a service_at_location row its venue and the schedules nested there', async () => {
    const row = await sharedFixture('openreferral/hsds-3.0/service_at_location_full.json');
    const service = mapHsds3Service(hsds3ServiceFromServiceAtLocation(row), context)?.service;
    expect(service?.locations.map((l) => l.name)).to.deep.equal(['MyCity Civic Center']);
    expect(service?.contacts.phone).to.equal('+44 1234 234567');
  });

  it('maps schedules nested under a venue to that venue, once each', () => {
    const schedule = { id: 's-1', freq: 'WEEKLY', byday: 'SA', opens_at: '10:00:00', closes_at: '12:00:00' };
    const service = mapHsds3Service(
      {
        id: 'svc',
        name: 'Saturday stay and play',
        service_at_locations: [
          { id: 'sal', schedules: [schedule], location: { id: 'hub', name: 'Central Family Hub', location_type: 'physical', schedules: [schedule] } },
        ],
        schedules: [schedule],
      },
      context,
    )?.service;
    expect(service?.schedules).to.deep.equal([{ freq: 'WEEKLY', interval: 1, byday: ['SA'], bymonthday: [], opensAt: '10:00', closesAt: '12:00', locationId: 'hub' }]);
    expect(service?.locations[0]).to.include({ id: 'hub', isFamilyHub: true });
  });

  it('reads a pregnancy service from its eligibility description, and a virtual venue as online', () => {
    const service = mapHsds3Service(
      {
        id: 'ante',
        name: 'Antenatal group',
        eligibility_description: 'For pregnant women and birthing people, and babies up to 1',
        minimum_age: 0,
        maximum_age: 1,
        service_at_locations: [{ location: { name: 'Online', location_type: 'virtual' } }],
      },
      context,
    )?.service;
    expect(service?.ageRange).to.deep.equal({ pregnancy: true, minMonths: 0, maxMonths: 23, sendTo25: false });
    expect(service?.deliveryModes).to.deep.equal(['online']);
    expect(service?.locations.map((l) => l.id)).to.deep.equal(['ante-location-1']);
  });

  it('skips records it cannot make valid', () => {
    expect(mapHsds3Service({ id: 'x', name: '' }, context)).to.equal(undefined);
    expect(mapHsds3Service({ name: 'No id' }, context)).to.equal(undefined);
    expect(mapHsds3Service('not a record', context)).to.equal(undefined);
  });
});
