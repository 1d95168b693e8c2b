import { expect } from '@open-wc/testing';
import { ServiceSchema } from '../../core/model.js';
import { generateServices } from './scale.js';
import { makeAdapter } from './test-helpers.js';

describe('generateServices', () => {
  const services = generateServices(10_000);

  it('makes 10,000 services that are all valid, with unique ids', () => {
    expect(services.length).to.equal(10_000);
    const invalid = services.filter((s) => !ServiceSchema.safeParse(s).success).map((s) => s.id);
    expect(invalid).to.deep.equal([]);
    expect(new Set(services.map((s) => s.id)).size).to.equal(10_000);
  });

  it('is deterministic for a seed, and different for another seed', () => {
    expect(generateServices(50, 7)).to.deep.equal(generateServices(50, 7));
    expect(generateServices(50, 7).map((s) => s.name)).to.not.deep.equal(generateServices(50, 8).map((s) => s.name));
    expect(generateServices(20)).to.deep.equal(services.slice(0, 20));
  });

  it('varies what matters to search: categories, ages, cost, languages, modes, venues and days', () => {
    const count = <T>(values: T[]) => new Set(values).size;
    expect(count(services.flatMap((s) => s.categories.map((c) => c.id)))).to.be.at.least(40);
    expect(count(services.map((s) => JSON.stringify(s.ageRange)))).to.be.at.least(8);
    expect(services.some((s) => s.cost.free) && services.some((s) => !s.cost.free)).to.equal(true);
    expect(count(services.flatMap((s) => s.languages.map((l) => l.code)))).to.be.at.least(8);
    expect(count(services.flatMap((s) => s.deliveryModes))).to.equal(4);
    expect(services.some((s) => s.locations.length === 0) && services.some((s) => s.locations.some((l) => l.isFamilyHub))).to.equal(true);
    expect(count(services.flatMap((s) => s.schedules.flatMap((x) => x.byday.map((d) => d.slice(-2)))))).to.equal(7);
  });

  it('can fill the adapter for searching at scale', async () => {
    const { adapter } = makeAdapter({ scale: 10_000 });
    const all = await adapter.searchServices({ perPage: 100 });
    expect(all.totalItems).to.be.greaterThan(10_000);
    const near = await adapter.searchServices({ near: { latitude: 52.43, longitude: -1.009 }, radiusMiles: 1, freeOnly: true, perPage: 100 });
    expect(near.items.every((s) => s.cost.free && (s.distanceMiles === undefined || s.distanceMiles <= 1))).to.equal(true);
    expect(near.totalItems).to.be.lessThan(all.totalItems);
    const postcode = generateServices(1)[0]!.locations[0]?.address?.postcode;
    if (postcode) expect(await adapter.lookupPostcode!(postcode)).to.have.keys(['latitude', 'longitude']);
  });
});
