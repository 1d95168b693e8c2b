import { expect } from '@open-wc/testing';
import { capabilities, type HubAdapter } from '../core/adapter.js';
import { AdapterError, toAdapterError } from '../core/errors.js';
import { lazyAdapter } from './lazy-adapter.js';

const DIRECTORY = capabilities(['searchServices', 'getService', 'listCategories'], ['text']);
const categories = [{ id: 'c1', name: 'Health', parentId: null }];

/** A stand-in for the reader's code: answers listCategories, and counts how often it was "downloaded". */
function loader(outcomes: Array<'ok' | 'fail' | 'hang' | 'adapter-error'>) {
  const calls = { count: 0 };
  const real = { listCategories: async () => categories } as unknown as HubAdapter;
  const load = () => {
    const outcome = outcomes[Math.min(calls.count, outcomes.length - 1)];
    calls.count += 1;
    if (outcome === 'fail') return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    if (outcome === 'adapter-error') return Promise.reject(new AdapterError('unsupported', 'another version'));
    if (outcome === 'hang') return new Promise<HubAdapter>(() => {});
    return Promise.resolve(real);
  };
  return { load, calls };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return toAdapterError(error).code;
  }
}

describe('lazyAdapter', () => {
  it('declares what it can do before any download, and downloads once, on the first call, for every caller', async () => {
    const { load, calls } = loader(['ok']);
    const adapter = lazyAdapter(DIRECTORY, load);
    expect([...adapter.capabilities.methods]).to.deep.equal(['searchServices', 'getService', 'listCategories']);
    expect([...adapter.capabilities.searchFilters]).to.deep.equal(['text']);
    expect(calls.count).to.equal(0);
    const answers = await Promise.all([adapter.listCategories(), adapter.listCategories(), adapter.listCategories()]);
    expect(answers).to.deep.equal([categories, categories, categories]);
    expect(calls.count).to.equal(1);
  });

  it('calls a failed download a network problem, and tries again on the next call', async () => {
    const { load, calls } = loader(['fail', 'ok']);
    const adapter = lazyAdapter(DIRECTORY, load);
    const failure = await adapter.listCategories().catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(AdapterError);
    expect((failure as AdapterError).code).to.equal('network');
    expect((failure as AdapterError).retryable, 'a "Try again" makes sense').to.equal(true);
    expect(await adapter.listCategories()).to.deep.equal(categories);
    expect(calls.count).to.equal(2);
  });

  it('passes an adapter error from the loader on as it is', async () => {
    const adapter = lazyAdapter(DIRECTORY, loader(['adapter-error']).load);
    expect(await codeOf(adapter.listCategories())).to.equal('unsupported');
  });

  it('gives up on a download that takes too long, as a timeout, and asks again next time', async () => {
    const { load, calls } = loader(['hang', 'ok']);
    const adapter = lazyAdapter(DIRECTORY, load, { timeoutMs: 50 });
    expect(await codeOf(adapter.listCategories())).to.equal('timeout');
    expect(await adapter.listCategories()).to.deep.equal(categories);
    expect(calls.count).to.equal(2);
  });

  it('stops waiting when the caller aborts, while the download carries on for the next caller', async () => {
    let finish!: (adapter: HubAdapter) => void;
    let downloads = 0;
    const adapter = lazyAdapter(DIRECTORY, () => {
      downloads += 1;
      return new Promise<HubAdapter>((resolve) => (finish = resolve));
    });
    const controller = new AbortController();
    const first = adapter.listCategories({ signal: controller.signal });
    const second = adapter.listCategories();
    controller.abort();
    expect(await codeOf(first)).to.equal('aborted');
    finish({ listCategories: async () => categories } as unknown as HubAdapter);
    expect(await second).to.deep.equal(categories);
    expect(downloads).to.equal(1);
  });

  it('refuses what it does not declare, without downloading, and has no postcode look-up unless declared', async () => {
    const { load, calls } = loader(['ok']);
    const adapter = lazyAdapter(DIRECTORY, load);
    expect(await codeOf(adapter.listSessions({ from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' }))).to.equal('unsupported');
    expect(adapter.lookupPostcode).to.equal(undefined);
    expect(calls.count).to.equal(0);
    const geocoder = lazyAdapter(capabilities(['lookupPostcode']), load);
    expect(geocoder.lookupPostcode).to.be.a('function');
  });
});
