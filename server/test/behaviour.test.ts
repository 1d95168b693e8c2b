// The shared behaviour suite against the MemoryAdapter and against HttpAdapter → reference server on PGlite.
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { TEST_SERVICES, testSessions } from '../fixtures/test-seed.js';
import { behaviourSuite } from './behaviour-suite.js';
import { httpAdapterUnderTest, pgliteBackend } from './helpers.js';

behaviourSuite('MemoryAdapter', async () => {
  const now = new Date();
  const adapter = new MemoryAdapter({ now: () => now, services: TEST_SERVICES, sessions: testSessions(now) });
  return {
    adapter,
    now,
    bookingStatus: async (reference) => adapter.bookingStatus(reference)?.status,
    close: async () => undefined,
  };
});

behaviourSuite('HttpAdapter → reference server on PGlite', () => httpAdapterUnderTest(pgliteBackend));
