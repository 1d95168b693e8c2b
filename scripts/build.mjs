// Builds what users install:
//   dist/cdn/hub-widgets.js   one ES module, no imports: every tag defined, adapters exported (for a script tag)
//   dist/cdn/<tag>.js         one self-contained file per widget
//   dist/cdn/hub-demo.js      the demo borough (adapter="demo"), kept out of the others
//   dist/esm/                 unbundled ES modules with type declarations, for npm users and bundlers
//   custom-elements.json      the custom elements manifest, from the components' JSDoc
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The CDN files: one bundle with every tag, and one per tag. */
export async function buildCdn(outdir = `${root}dist/cdn`) {
  const defineEntries = readdirSync(`${root}src/define`)
    .filter((file) => /^hub-[a-z-]+\.ts$/.test(file))
    .map((file) => ({ in: `${root}src/define/${file}`, out: file.replace(/\.ts$/, '') }));
  await build({
    entryPoints: [{ in: `${root}src/cdn.ts`, out: 'hub-widgets' }, { in: `${root}src/demo.ts`, out: 'hub-demo' }, ...defineEntries],
    outdir,
    bundle: true,
    splitting: false,
    format: 'esm',
    target: 'es2021',
    minify: true,
    conditions: ['production'],
    legalComments: 'eof',
    logLevel: 'warning',
  });
  return defineEntries.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(`${root}dist`, { recursive: true, force: true });
  const tags = await buildCdn();
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
  execFileSync(
    'npx',
    ['cem', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/**/*.test.ts', '--exclude', 'src/**/*.bench.ts', '--exclude', 'src/**/*.styles.ts', '--exclude', 'src/**/test-*.ts'],
    { stdio: 'inherit', cwd: root },
  );
  console.log(`Built dist/cdn (hub-widgets.js and ${tags} per-tag files), dist/esm and custom-elements.json`);
}
