// What `npm pack` puts in the package: a real build (CDN files, unbundled ESM with types, the custom
// elements manifest) in a temporary folder, packed with `npm pack --dry-run --json`. Users get what they
// need and nothing else: no sources, tests, test helpers, benchmarks, demo pages, server or screenshots.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildCdn } from '../../scripts/build.mjs';
import { root } from '../e2e/server.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TAGS = ['hub-provider', 'hub-service-finder', 'hub-session-booking', 'hub-self-referral', 'hub-panel-signup'];

let work;
let packed;

/** A development tool from this repository's node_modules/.bin (the temporary folder has none). */
const bin = (name) => join(root, 'node_modules/.bin', name);

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'hub-pack-'));
  cpSync(join(root, 'package.json'), join(work, 'package.json'));
  cpSync(join(root, 'README.md'), join(work, 'README.md'));
  cpSync(join(root, 'docs'), join(work, 'docs'), { recursive: true });
  await buildCdn(join(work, 'dist/cdn'));
  execFileSync(bin('tsc'), ['-p', join(root, 'tsconfig.build.json'), '--outDir', join(work, 'dist/esm')], { cwd: root, stdio: 'pipe' });
  // The manifest, analysed in the temporary folder (the analyser also writes the path into the
  // package.json next to it: the copy, not the repository's).
  symlinkSync(join(root, 'src'), join(work, 'src'), 'dir');
  execFileSync(
    bin('cem'),
    ['analyze', '--litelement', '--quiet', '--globs', 'src/components/**/*.ts', '--exclude', 'src/**/*.test.ts', '--exclude', 'src/**/*.bench.ts', '--exclude', 'src/**/*.styles.ts', '--exclude', 'src/**/test-*.ts'],
    { cwd: work, stdio: 'pipe' },
  );
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [result] = JSON.parse(output.slice(output.indexOf('[')));
  packed = { ...result, paths: new Set(result.files.map((file) => file.path)) };
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  test('contains the CDN files, presets and integrity hashes', () => {
    for (const file of ['hub-widgets.js', 'hub-demo.js', 'hub-adapter-open-referral.js', 'sri.json', 'presets/localgov-drupal.css', ...TAGS.map((tag) => `${tag}.js`)]) {
      assert.ok(packed.paths.has(`dist/cdn/${file}`), `dist/cdn/${file}`);
    }
  });

  test('hub-widgets.js imports nothing; a per-widget file imports only the Open Referral reader, on demand', () => {
    const code = (file) => readFileSync(join(work, 'dist/cdn', file), 'utf8');
    // `import x from`, `import {…} from`, `import * as`, `import "…"` and `export … from`, as a minifier writes them.
    const staticImport = /(^|[;}\s])(import\s*([{*"'`]|[\w$]+\s*(,|from\b))|export\s*[{*][^;]*\bfrom\s*["'`])/;
    for (const file of ['hub-widgets.js', 'hub-adapter-open-referral.js', ...TAGS.map((tag) => `${tag}.js`)]) {
      assert.doesNotMatch(code(file), staticImport, `${file} has no static import`);
    }
    assert.doesNotMatch(code('hub-widgets.js'), /\bimport\s*\(/, 'hub-widgets.js has no dynamic import');
    for (const tag of TAGS) {
      const source = code(`${tag}.js`);
      assert.equal(source.match(/\bimport\s*\(/g)?.length ?? 0, 1, `${tag}.js has one dynamic import`);
      assert.ok(source.includes('hub-adapter-open-referral.js'), `${tag}.js names the reader`);
    }
  });

  test('contains the unbundled ES modules with type declarations, one define entry per tag', () => {
    for (const file of ['index.js', 'index.d.ts', 'demo.js', 'demo.d.ts', ...TAGS.flatMap((tag) => [`define/${tag}.js`, `define/${tag}.d.ts`])]) {
      assert.ok(packed.paths.has(`dist/esm/${file}`), `dist/esm/${file}`);
    }
  });

  test('every path package.json points to is in the package', () => {
    const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (key.includes('*')) continue;
      targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
    }
    for (const target of targets) assert.ok(packed.paths.has(target.replace(/^\.\//, '')), `${target} is packed`);
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (!key.includes('*')) continue;
      const prefix = value.replace(/^\.\//, '').split('*')[0];
      assert.ok([...packed.paths].some((path) => path.startsWith(prefix)), `${key} matches packed files`);
    }
  });

  test('contains nothing users do not need', () => {
    const unwanted = [...packed.paths].filter(
      (path) =>
        /^(src|server|test|demo|scripts|coverage|node_modules|\.ci|\.data)\//.test(path) ||
        /(^|\/)(test-[^/]*|[^/]*\.(test|bench)\.[^/]*)$/.test(path) ||
        path.startsWith('dist/esm/bench/') ||
        path.startsWith('docs/images/') ||
        path === 'docs/server.md' ||
        /\.(map|tsbuildinfo|log)$/.test(path) ||
        /^(tsconfig[^/]*|vite\.config\.ts|web-test-runner\.config\.mjs|package-lock\.json)$/.test(path),
    );
    assert.deepEqual(unwanted, []);
  });

  test('contains the manifest, README and user documentation', () => {
    for (const file of ['custom-elements.json', 'README.md', 'package.json', 'docs/embedding.md', 'docs/theming.md', 'docs/adapter.md', 'docs/events.md']) {
      assert.ok(packed.paths.has(file), file);
    }
    assert.ok(existsSync(join(work, 'custom-elements.json')));
    const manifest = JSON.parse(readFileSync(join(work, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean);
    for (const tag of TAGS) assert.ok(tags.includes(tag), `${tag} in custom-elements.json`);
  });
});
