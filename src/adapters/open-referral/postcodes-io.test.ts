import { expect } from '@open-wc/testing';
import { composeAdapters, validatingAdapter } from '../../core/adapter.js';
import { OpenReferralAdapter } from './adapter.js';
import { PostcodesIoGeocoder } from './postcodes-io.js';
import { expectAdapterError, feedUrl, newSession, requestsTo } from '../../test-support/open-referral-feeds.js';

describe('PostcodesIoGeocoder', () => {
  const geocoder = (session = newSession()) => validatingAdapter(PostcodesIoGeocoder({ baseUrl: feedUrl(session, 'postcodes-io'), retryDelayMs: 10 }));

  it('finds the centre of a postcode, however it was typed', async () => {
    const session = newSession();
    expect(await geocoder(session).lookupPostcode!('le1 1aa')).to.deep.equal({ latitude: 52.636, longitude: -1.133 });
    expect((await requestsTo(session)).map((r) => r.path)).to.deep.equal(['/postcodes/LE1%201AA']);
  });

  it('says not-found for a postcode postcodes.io does not know, or one without coordinates', async () => {
    await expectAdapterError(geocoder().lookupPostcode!('LE9 9ZZ'), 'not-found');
    await expectAdapterError(geocoder().lookupPostcode!('GY1 1AA'), 'not-found');
  });

  it('says validation, without asking, for text that is not a postcode', async () => {
    const session = newSession();
    const error = await expectAdapterError(geocoder(session).lookupPostcode!('not a postcode'), 'validation');
    expect((error as unknown as { fields: { path: string }[] }).fields.map((f) => f.path)).to.deep.equal(['postcode']);
    expect(await requestsTo(session)).to.deep.equal([]);
  });

  it('declares only lookupPostcode, and composes with an Open Referral directory', async () => {
    const session = newSession();
    const geo = PostcodesIoGeocoder({ baseUrl: feedUrl(session, 'postcodes-io') });
    expect([...geo.capabilities.methods]).to.deep.equal(['lookupPostcode']);
    await expectAdapterError(validatingAdapter(geo).searchServices({}), 'unsupported');
    const hub = validatingAdapter(
      composeAdapters({ directory: OpenReferralAdapter({ baseUrl: feedUrl(session, 'oruk1'), version: 'oruk-1' }), postcodes: geo }),
    );
    const near = await hub.lookupPostcode!('LE1 5WW');
    const page = await hub.searchServices({ near, perPage: 5 });
    expect(page.items[0]).to.include({ id: 'oruk1-stay-and-play', distanceMiles: 0 });
    expect([...hub.capabilities.searchFilters].sort()).to.deep.equal(['categoryIds', 'text']);
  });
});
