import { defineConfig } from 'vite';

// `npm start` serves the demo: a mock council page and a voluntary-sector partner page, each embedding the
// widgets the way a CMS editor would (one script tag, one tag per widget).
export default defineConfig({
  root: '.',
  server: { open: false, port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  resolve: { conditions: ['development', 'browser'] },
  build: { outDir: 'dist/demo', emptyOutDir: true },
  // The demo and library load no fonts, maps or data from the internet.
});
