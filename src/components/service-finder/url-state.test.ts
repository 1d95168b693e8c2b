import { expect } from '@open-wc/testing';
import { emptyFilters } from './filters.js';
import { DEFAULT_URL_PREFIX, readUrlState, urlPrefix, urlStateOf, urlWithState } from './url-state.js';

describe('finder URL state (plain functions)', () => {
  it('writes only its own prefixed parameters and keeps the page’s own', () => {
    const filters = {
      ...emptyFilters(),
      text: 'my private words',
      postcode: 'BK1 3QT',
      radiusMiles: 2,
      ages: ['pregnancy', 'm7'],
      categoryIds: ['health/oral-health', 'family-support/domestic-abuse'],
      days: ['MO' as const, 'SA' as const],
      freeOnly: true,
      deliveryModes: ['online' as const],
      language: 'pl',
      atFamilyHub: true,
    };
    const href = urlWithState('https://council.example/family-hubs?ref=menu#main', urlStateOf(filters, 3, 'feeding-cafe'));
    const url = new URL(href);
    expect(url.hash).to.equal('#main');
    expect(url.searchParams.get('ref')).to.equal('menu');
    const own = [...url.searchParams.keys()].filter((k) => k !== 'ref');
    expect(own.every((k) => k.startsWith(`${DEFAULT_URL_PREFIX}-`))).to.be.true;
    expect(url.searchParams.getAll('hubfinder-category')).to.deep.equal(filters.categoryIds);
    expect(url.searchParams.get('hubfinder-page')).to.equal('3');
    expect(url.searchParams.get('hubfinder-service')).to.equal('feeding-cafe');
    // What the family typed or what describes them never goes in the URL.
    const decoded = decodeURIComponent(href);
    expect(decoded).to.not.contain('private');
    expect(decoded.replace(/\s/g, '')).to.not.contain('BK13QT');
    expect(decoded).to.not.contain('BK1');
    expect(decoded).to.not.contain('pregnancy');
    expect(decoded).to.not.match(/m7|radius/);
    expect([...new Set(own)].sort()).to.deep.equal(
      ['category', 'day', 'delivery', 'free', 'hub', 'language', 'page', 'service'].map((name) => `hubfinder-${name}`),
    );
  });

  it('reads back what it wrote, and replaces its old parameters', () => {
    const state = { ...urlStateOf({ ...emptyFilters(), days: ['TU'], deliveryModes: ['telephone', 'in_person'], language: 'British Sign Language' }, 2, null) };
    const first = urlWithState('https://x.example/p?hubfinder-day=SU&hubfinder-page=9&keep=1', state);
    expect(new URL(first).searchParams.getAll('hubfinder-day')).to.deep.equal(['TU']);
    expect(readUrlState(new URL(first).search)).to.deep.equal(state);
    const cleared = urlWithState(first, urlStateOf(emptyFilters(), 1, null));
    expect(cleared).to.equal('https://x.example/p?keep=1');
  });

  it('ignores malformed values', () => {
    const state = readUrlState('?hubfinder-day=XX&hubfinder-day=MO&hubfinder-delivery=teleport&hubfinder-page=-3&hubfinder-free=1&hubfinder-language=%3Cscript%3E&hubfinder-service=a%20b');
    expect(state).to.deep.equal({
      categoryIds: [],
      days: ['MO'],
      freeOnly: false,
      deliveryModes: [],
      language: '',
      atFamilyHub: false,
      page: 1,
      serviceId: null,
    });
  });

  it('uses the attribute’s value as a prefix when it is a safe name', () => {
    expect(urlPrefix('')).to.equal('hubfinder');
    expect(urlPrefix('true')).to.equal('hubfinder');
    expect(urlPrefix('sfl')).to.equal('sfl');
    expect(urlPrefix('bad prefix!')).to.equal('hubfinder');
    const href = urlWithState('https://x.example/', urlStateOf({ ...emptyFilters(), freeOnly: true }, 1, null), 'sfl');
    expect(href).to.equal('https://x.example/?sfl-free=yes');
    expect(readUrlState('?sfl-free=yes', 'sfl').freeOnly).to.be.true;
    expect(readUrlState('?sfl-free=yes').freeOnly).to.be.false;
  });
});
