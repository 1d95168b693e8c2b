// Prints the size of each CDN file: raw, gzip (level 9) and brotli. Run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dir = 'dist/cdn';
if (!existsSync(dir)) {
  console.error('No dist/cdn: run `npm run build` first.');
  process.exit(1);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = readdirSync(dir)
  .filter((file) => file.endsWith('.js'))
  .sort((a, b) => (a === 'hub-widgets.js' ? -1 : b === 'hub-widgets.js' ? 1 : a.localeCompare(b)))
  .map((file) => {
    const content = readFileSync(`${dir}/${file}`);
    return [file, kb(content.length), kb(gzipSync(content, { level: 9 }).length), kb(brotliCompressSync(content).length)];
  });
const widths = [0, 1, 2, 3].map((i) => Math.max(...[['file', 'raw', 'gzip', 'brotli'], ...rows].map((r) => r[i].length)));
for (const row of [['file', 'raw', 'gzip', 'brotli'], ...rows]) {
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}
