// Builds what users install:
//   dist/cdn/hub-widgets.js   one ES module, no imports: every tag defined, adapters exported (for a script tag)
//   dist/cdn/<tag>.js         one self-contained file per widget
//   dist/esm/                 unbundled ES modules with type declarations, for npm users and bundlers
//   custom-elements.json      the custom elements manifest, from the components' JSDoc
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

const defineEntries = readdirSync('src/define')
  .filter((file) => /^hub-[a-z-]+\.ts$/.test(file))
  .map((file) => ({ in: `src/define/${file}`, out: file.replace(/\.ts$/, '') }));

await build({
  entryPoints: [{ in: 'src/cdn.ts', out: 'hub-widgets' }, ...defineEntries],
  outdir: 'dist/cdn',
  bundle: true,
  splitting: false,
  format: 'esm',
  target: 'es2021',
  minify: true,
  conditions: ['production'],
  legalComments: 'eof',
  logLevel: 'warning',
});

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(
  'npx',
  ['cem', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/**/*.test.ts', '--exclude', 'src/**/*.bench.ts', '--exclude', 'src/**/*.styles.ts'],
  { stdio: 'inherit' },
);
console.log(`Built dist/cdn (hub-widgets.js and ${defineEntries.length} per-tag files), dist/esm and custom-elements.json`);
