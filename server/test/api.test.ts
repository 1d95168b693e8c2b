// Server-only behaviour over real HTTP, on embedded PGlite.
import { apiSuite } from './api-suite.js';
import { pgliteBackend } from './helpers.js';

apiSuite('PGlite', 'pglite', () => pgliteBackend);
