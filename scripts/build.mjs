// Builds what users install:
//   dist/cdn/hub-widgets.js   one ES module, no imports: every tag defined, adapters exported (for a script tag)
//   dist/cdn/<tag>.js         one file per widget (fetches hub-adapter-open-referral.js when a page names a feed)
//   dist/cdn/hub-adapter-open-referral.js  the Open Referral reader, for the per-widget files
//   dist/cdn/hub-demo.js      the demo borough (adapter="demo"), kept out of the others
//   dist/cdn/hub-lang-*.js    language packs (Welsh, Arabic)
//   dist/cdn/presets/*.css    opt-in theme presets, e.g. presets/localgov-drupal.css
//   dist/cdn/sri.json         each CDN file's Subresource Integrity hash (sha384), also printed
//   dist/esm/                 unbundled ES modules with type declarations, for npm users and bundlers
//   custom-elements.json      the custom elements manifest, from the components' JSDoc
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Replaces the library's version number, so a test can put two different versions on one page.
 * @param {string} version
 */
function versionPlugin(version) {
  return {
    name: 'hub-version',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]src[\\/]core[\\/]version\.ts$/ }, () => ({
        contents: `export const VERSION: string = ${JSON.stringify(version)};`,
        loader: 'ts',
      }));
    },
  };
}

/** The Open Referral reader's CDN file (without `.js`); `READER_FILE` in src/adapters/defaults-cdn.ts names it too. */
export const OPEN_REFERRAL_READER = 'hub-adapter-open-referral';

/**
 * In the per-widget files, the define entries register the adapters of `defaults-cdn.ts` (the Open Referral
 * reader is fetched when needed), and the reader's own file borrows the model from them (`schemas-lent.ts`).
 */
export function lazyOpenReferralPlugin() {
  return {
    name: 'hub-lazy-open-referral',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /[\\/]adapters[\\/]defaults\.js$/ }, (args) =>
        /[\\/]src[\\/]define[\\/]/.test(args.importer) ? { path: `${root}src/adapters/defaults-cdn.ts` } : undefined,
      );
      pluginBuild.onResolve({ filter: /^\.\/schemas\.js$/ }, (args) =>
        /[\\/]adapters[\\/]open-referral[\\/]/.test(args.importer) ? { path: `${root}src/adapters/open-referral/schemas-lent.ts` } : undefined,
      );
    },
  };
}

/** `sha384-…` for a file's bytes, the value of a script or link tag's `integrity` attribute. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * The CDN files: one bundle with every tag, one per tag, the demo borough, the opt-in CSS presets
 * (`presets/*.css`) and `sri.json` (each file's Subresource Integrity hash). Returns the number of per-tag files.
 * `options.version` overrides the version number (tests only).
 * @param {string} [outdir]
 * @param {{ version?: string }} [options]
 */
export async function buildCdn(outdir = `${root}dist/cdn`, options = {}) {
  const defineEntries = readdirSync(`${root}src/define`)
    .filter((file) => /^hub-[a-z-]+\.ts$/.test(file))
    .map((file) => ({ in: `${root}src/define/${file}`, out: file.replace(/\.ts$/, '') }));
  // Language packs: a page adds Welsh or Arabic by loading hub-lang-cy.js or hub-lang-ar.js.
  const languageEntries = readdirSync(`${root}src/i18n`)
    .filter((file) => /^lang-[a-z-]+\.ts$/.test(file))
    .map((file) => ({ in: `${root}src/i18n/${file}`, out: `hub-${file.replace(/\.ts$/, '')}` }));
  const common = {
    charset: 'utf8',
    outdir,
    bundle: true,
    splitting: false,
    format: 'esm',
    target: 'es2021',
    minify: true,
    conditions: ['production'],
    legalComments: 'eof',
    logLevel: 'warning',
  };
  const versioned = options.version ? [versionPlugin(options.version)] : [];
  // The full bundle has no imports of any kind: every tag and every adapter in one file.
  await build({
    ...common,
    entryPoints: [{ in: `${root}src/cdn.ts`, out: 'hub-widgets' }, { in: `${root}src/demo.ts`, out: 'hub-demo' }, ...languageEntries],
    plugins: versioned,
  });
  // Each per-widget file fetches the Open Referral reader (its own file) only when a page names a feed.
  const perWidget = await build({
    ...common,
    entryPoints: [...defineEntries, { in: `${root}src/adapters/open-referral/cdn-entry.ts`, out: OPEN_REFERRAL_READER }],
    plugins: [...versioned, lazyOpenReferralPlugin()],
    metafile: true,
  });
  // The empty, borrowed schemas belong in the reader only: a widget file with them would validate nothing.
  for (const [file, output] of Object.entries(perWidget.metafile.outputs)) {
    const borrows = Object.keys(output.inputs).some((input) => input.endsWith('schemas-lent.ts'));
    if (borrows && !file.endsWith(`${OPEN_REFERRAL_READER}.js`)) throw new Error(`${file} took the reader's borrowed schemas (schemas-lent.ts)`);
  }
  mkdirSync(`${outdir}/presets`, { recursive: true });
  for (const file of readdirSync(`${root}src/presets`).filter((name) => name.endsWith('.css'))) {
    copyFileSync(`${root}src/presets/${file}`, `${outdir}/presets/${file}`);
  }
  writeFileSync(`${outdir}/sri.json`, `${JSON.stringify(sriHashes(outdir), null, 2)}\n`);
  return defineEntries.length;
}

/** Every CDN file's integrity hash, keyed by its path under the CDN folder. */
export function sriHashes(outdir) {
  const files = [
    ...readdirSync(outdir).filter((name) => name.endsWith('.js')),
    ...readdirSync(`${outdir}/presets`).filter((name) => name.endsWith('.css')).map((name) => `presets/${name}`),
  ].sort();
  return Object.fromEntries(files.map((file) => [file, sriHash(readFileSync(`${outdir}/${file}`))]));
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
  console.log('Subresource Integrity (dist/cdn/sri.json):');
  for (const [file, hash] of Object.entries(sriHashes(`${root}dist/cdn`))) console.log(`  ${file.padEnd(28)} ${hash}`);
}
