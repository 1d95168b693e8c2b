import { expect } from '@open-wc/testing';
import type { CallOptions } from '../../core/adapter.js';
import { AdapterError } from '../../core/errors.js';
import { failure } from '../../adapters/memory/test-helpers.js';
import type { GeoPoint } from '../../core/model.js';
import { memoryAdapter } from './test-helpers.js';
import { PostcodeLookups } from './postcode-lookup.js';

/** A postcode service that never answers, and says `aborted` when its signal fires, as the built-in adapters do. */
function silentLookups() {
  const adapter = memoryAdapter();
  let calls = 0;
  adapter.lookupPostcode = (_postcode: string, options?: CallOptions) => {
    calls += 1;
    return new Promise<GeoPoint>((_, reject) => {
      options?.signal?.addEventListener('abort', () => reject(new AdapterError('aborted', 'The request was cancelled')), { once: true });
    });
  };
  return { adapter, calls: () => calls };
}

describe('PostcodeLookups', () => {
  it('a look-up past its time limit is a timeout (with Try again), and the next search asks again', async () => {
    const { adapter, calls } = silentLookups();
    const lookups = new PostcodeLookups(adapter, 50);
    const error = await failure(lookups.find('BK2 4PA', new AbortController().signal));
    expect(error.code).to.equal('timeout');
    expect(error.retryable).to.equal(true);
    void lookups.find('BK2 4PA', new AbortController().signal).catch(() => undefined);
    expect(calls()).to.equal(2);
  });

  it('an overtaken search stops waiting (aborted) while the look-up runs on for the next search', async () => {
    const adapter = memoryAdapter({ latencyMs: 100 });
    let calls = 0;
    const lookUp = adapter.lookupPostcode.bind(adapter);
    adapter.lookupPostcode = (postcode, options) => {
      calls += 1;
      return lookUp(postcode, options);
    };
    const lookups = new PostcodeLookups(adapter);
    const first = new AbortController();
    const overtaken = lookups.find('BK2 4PA', first.signal);
    first.abort();
    expect((await failure(overtaken)).code).to.equal('aborted');
    const point = await lookups.find('BK2 4PA', new AbortController().signal);
    expect(point).to.have.property('latitude').that.is.a('number');
    expect(calls).to.equal(1);
  });

  it('a postcode the service does not know is null, not an error', async () => {
    const lookups = new PostcodeLookups(memoryAdapter());
    expect(await lookups.find('BK9 9ZZ', new AbortController().signal)).to.equal(null);
  });
});
