// Prints the size of each CDN file (raw, gzip level 9, brotli), then the size goals: the full bundle, Lit
// included, at most 45 KiB gzip; the finder alone at most 25 KiB gzip. `npm run size` builds first.
// Exits 0 either way: the goals are reported, not enforced.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
