/**
 * The same suites against a real PostgreSQL server: a throwaway cluster started in a temp folder on a free
 * port (as the `postgres` user when running as root). Skipped, with a message, only when no PostgreSQL
 * binaries are installed; if they are installed and the cluster cannot start, every test here fails.
 */
import { after, before, describe, it } from 'node:test';
import { apiSuite } from './api-suite.js';
import { behaviourSuite } from './behaviour-suite.js';
import { findPostgresBin, httpAdapterUnderTest, startPostgresCluster, type PostgresCluster } from './helpers.js';

const bin = findPostgresBin();

if (!bin) {
  describe('PostgreSQL server', () => {
    it('needs the PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)', { skip: 'PostgreSQL is not installed' }, () => undefined);
  });
} else {
  let cluster: PostgresCluster | undefined;
  before(async () => {
    cluster = await startPostgresCluster(bin);
  });
  after(() => cluster?.stop());
  const backend = () => {
    if (!cluster) throw new Error('The PostgreSQL test cluster did not start');
    return cluster.backend;
  };
  behaviourSuite('HttpAdapter → reference server on a PostgreSQL server', () => httpAdapterUnderTest(backend()));
  apiSuite('PostgreSQL server', 'postgres', backend);
}
