// Prints the size of each CDN file (raw, gzip level 9, brotli), then the size goals: the full bundle, Lit
// included, at most 45 KiB gzip; the finder alone at most 25 KiB gzip; then what a page with a feed
// fetches, where the full bundle's bytes go, and the floor under each goal (the file without any widget's
// own code). `npm run size` builds first.
// Exits 0 either way: the goals are reported, not enforced.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lazyOpenReferralPlugin } from './build.mjs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dir = 'dist/cdn';
if (!existsSync(dir)) {
  console.error('No dist/cdn: run `npm run build` first.');
  process.exit(1);
}

const GOALS = [
  { file: 'hub-widgets.js', gzipKiB: 45, what: 'every tag, Lit included' },
  { file: 'hub-service-finder.js', gzipKiB: 25, what: 'the finder alone' },
];

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizes = new Map();
const files = [
  ...readdirSync(dir).filter((file) => file.endsWith('.js')),
  ...(existsSync(`${dir}/presets`) ? readdirSync(`${dir}/presets`).filter((file) => file.endsWith('.css')).map((file) => `presets/${file}`) : []),
].sort((a, b) => (a === 'hub-widgets.js' ? -1 : b === 'hub-widgets.js' ? 1 : a.localeCompare(b)));
const rows = files.map((file) => {
  const content = readFileSync(`${dir}/${file}`);
  const size = { raw: content.length, gzip: gzipSync(content, { level: 9 }).length, brotli: brotliCompressSync(content).length };
  sizes.set(file, size);
  return [file, kib(size.raw), kib(size.gzip), kib(size.brotli)];
});

const header = ['file', 'raw', 'gzip', 'brotli'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
for (const row of [header, ...rows]) {
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}

console.log('\nGoals (gzip):');
for (const goal of GOALS) {
  const size = sizes.get(goal.file);
  if (!size) continue;
  const over = size.gzip - goal.gzipKiB * 1024;
  const verdict = over <= 0 ? 'within the goal' : `${kib(over)} over`;
  console.log(`  ${goal.file.padEnd(widths[0])}  ${kib(size.gzip).padStart(9)} of ${goal.gzipKiB} KiB  ${over <= 0 ? '✓' : '✗'} ${verdict} (${goal.what})`);
}

// A page with an Open Referral feed and one per-widget file also fetches the reader.
const finder = sizes.get('hub-service-finder.js');
const reader = sizes.get('hub-adapter-open-referral.js');
if (finder && reader) {
  console.log(`\nA page with the finder's file and a src feed fetches hub-adapter-open-referral.js too: ${kib(finder.gzip + reader.gzip)} gzip in all.`);
}

// Where the full bundle's bytes go: for each part, how much smaller the gzip file is without it and
// without whatever only that part uses (so the parts overlap, and add up to more than the whole).
const { build } = await import('esbuild');
const PARTS = [
  ['Lit (lit-html, reactive-element, @lit/context, @lit/task)', /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/],
  ['zod (zod/mini)', /node_modules[\\/]zod[\\/]/],
  ['English words (src/i18n/en-gb)', /src[\\/]i18n[\\/]en-gb[\\/]/],
  ['styles (*.styles.ts)', /\.styles\.ts$/],
  ['widgets (src/components)', /src[\\/]components[\\/](?!.*\.styles\.ts$)/],
  ['adapters (src/adapters)', /src[\\/]adapters[\\/]/],
  ['model, domain rules, partials, i18n code', /src[\\/](core|partials|controllers|i18n[\\/](?!en-gb))/],
];
/**
 * The gzip size of a bundle: of `src/cdn.ts` by default, or of `entry` (a file, or `{ contents }` written
 * as a module in src/); `leaveOut` (a path pattern) keeps those modules out; `plugins` go first.
 */
async function bundledGzip(leaveOut, { entry = 'src/cdn.ts', plugins = [] } = {}) {
  const result = await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: 'src', loader: 'ts', sourcefile: 'floor.ts' } }),
    bundle: true,
    format: 'esm',
    target: 'es2021',
    minify: true,
    write: false,
    charset: 'utf8',
    conditions: ['production'],
    logLevel: 'silent',
    plugins: [
      ...plugins,
      ...(leaveOut
        ? [
          {
            name: 'leave-out',
            setup(b) {
              // Imports that resolve into the part become external imports: the part's code is not bundled.
              b.onResolve({ filter: /.*/ }, async (args) => {
                if (args.pluginData?.leaveOut) return undefined;
                const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { leaveOut: true } });
                return leaveOut.test(resolved.path) ? { path: args.path, external: true } : resolved;
              });
            },
          },
          ]
        : []),
    ],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}
const whole = await bundledGzip(null);
console.log(`\nWhere hub-widgets.js's ${kib(whole)} gzip goes (each part: how much smaller the file is without it and what only it uses):`);
for (const [name, pattern] of PARTS) {
  const share = whole - (await bundledGzip(pattern));
  console.log(`  ${name.padEnd(58)} ${kib(share).padStart(9)}  ${String(Math.round((share / whole) * 100)).padStart(3)}%`);
}

// The floor under each goal: what the file must carry before any widget's own code, measured the same way.
// hub-widgets.js exports the adapters, the model, the base element and the provider, and every widget needs
// its English words; the finder's file needs Lit, the base element, the model that checks what a backend
// sends, its HTTP adapter and the finder's English words. A floor over its goal means no tuning of the
// widgets' own code can reach the goal; the second figure leaves out zod's runtime checks as well.
const widgetClass = /^export \{ Hub(ServiceFinder|SessionBooking|SelfReferral|PanelSignup) \}.*$/gm;
const apiWithoutWidgets = readFileSync('src/index.ts', 'utf8').replace(widgetClass, '');
const zod = /node_modules[\\/]zod[\\/]/;
const finderCode = /src[\\/]components[\\/]service-finder[\\/]/;
const FLOORS = [
  {
    file: 'hub-widgets.js',
    goal: 45,
    entry: { contents: `import './define/hub-provider.js';\n${apiWithoutWidgets}\nexport { enGB } from './i18n/en-gb/index.js';\n` },
    leaveOut: null,
  },
  {
    file: 'hub-service-finder.js',
    goal: 25,
    entry: { contents: `import './define/hub-service-finder.js';\nexport { finder } from './i18n/en-gb/finder.js';\n` },
    leaveOut: finderCode,
    plugins: [lazyOpenReferralPlugin()],
  },
];
console.log(`\nThe floor under each goal (gzip): the same file with none of the widgets' own code, which is
Lit, the base element and provider, the model, adapters, partials, styles and the widgets' English words`);
const floorHeader = ['', 'floor', 'floor without zod', 'goal', 'widget code today'];
const floorRows = [];
for (const { file, goal, entry, leaveOut, plugins = [] } of FLOORS) {
  const floor = await bundledGzip(leaveOut, { entry, plugins });
  const withoutZod = await bundledGzip(leaveOut ? new RegExp(`${leaveOut.source}|${zod.source}`) : zod, { entry, plugins });
  floorRows.push([file, kib(floor), kib(withoutZod), `${goal} KiB`, kib(sizes.get(file).gzip - floor)]);
}
const floorWidths = floorHeader.map((_, i) => Math.max(...[floorHeader, ...floorRows].map((row) => row[i].length)));
for (const row of [floorHeader, ...floorRows]) {
  console.log(`  ${row.map((cell, i) => (i === 0 ? cell.padEnd(floorWidths[i]) : cell.padStart(floorWidths[i]))).join('  ')}`);
}
