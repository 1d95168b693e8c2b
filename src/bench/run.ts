/** The benchmark page's entry: `npm run bench` calls window.__runBenchmarks() in Chromium and prints the figures. */
import { runMemorySearchBenchmark } from '../adapters/memory/search.bench.js';
import type { BenchResult } from './stats.js';

declare global {
  interface Window {
    __runBenchmarks: () => Promise<BenchResult[]>;
  }
}

window.__runBenchmarks = async () => [...(await runMemorySearchBenchmark(10_000))];
