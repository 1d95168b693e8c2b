import { expect } from '@open-wc/testing';
import { capabilities, unsupported, validatingAdapter, type HubAdapter } from './adapter.js';
import { failure } from '../adapters/memory/test-helpers.js';

const cancel = { reference: 'BK-7KQ4XM', contact: 'family@example.org' };
const write = { idempotencyKey: 'cancel-key-1' };
const answer = {
  reference: 'BK-7KQ4XM',
  status: 'cancelled',
  sessionId: 'stay-thu',
  title: 'Stay and play',
  start: '2026-03-26T14:00:00+00:00',
  end: '2026-03-26T15:30:00+00:00',
};

/** An adapter whose cancelBooking resolves `value`, as a custom adapter of any age might; the rest unsupported. */
function cancelsWith(value: unknown): HubAdapter {
  return {
    capabilities: capabilities(['cancelBooking']),
    searchServices: () => unsupported('searchServices'),
    getService: () => unsupported('getService'),
    listCategories: () => unsupported('listCategories'),
    listSessions: () => unsupported('listSessions'),
    book: () => unsupported('book'),
    cancelBooking: async () => value as never,
    submitSelfReferral: () => unsupported('submitSelfReferral'),
    submitPanelApplication: () => unsupported('submitPanelApplication'),
  };
}

describe('validatingAdapter: cancelBooking', () => {
  it('lets an adapter written for the first contract answer nothing: cancelled, without details', async () => {
    expect(await validatingAdapter(cancelsWith(undefined)).cancelBooking(cancel, write)).to.equal(undefined);
    expect(await validatingAdapter(cancelsWith(null)).cancelBooking(cancel, write)).to.equal(undefined);
  });

  it('keeps the session facts of a whole answer and drops anything about who booked', async () => {
    const withPersonalData = { ...answer, name: 'Alex Jones', email: 'family@example.org' };
    expect(await validatingAdapter(cancelsWith(withPersonalData)).cancelBooking(cancel, write)).to.deep.equal(answer);
  });

  it('refuses an answer that is given but is not a whole cancelled booking', async () => {
    const { sessionId: _sessionId, ...withoutSession } = answer;
    const garbage: [string, unknown][] = [
      ['no session', withoutSession],
      ['not cancelled', { ...answer, status: 'confirmed' }],
      ['a start that is not a time', { ...answer, start: 'Thursday afternoon' }],
      ['a word', 'ok'],
      ['true', true],
      ['an empty object', {}],
    ];
    for (const [label, value] of garbage) {
      expect((await failure(validatingAdapter(cancelsWith(value)).cancelBooking(cancel, write))).code, label).to.equal('invalid-response');
    }
  });
});
