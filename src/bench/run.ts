/**
 * The benchmark page's entry: `npm run bench` calls window.__runBenchmarks() in Chromium and prints the
 * figures (milliseconds, except rows whose names say they count requests).
 */
import { runMemorySearchBenchmark } from '../adapters/memory/search.bench.js';
import { runOpenReferralBenchmark } from '../adapters/open-referral/open-referral.bench.js';
import { runFinderBenchmark } from '../components/service-finder/finder.bench.js';
import type { BenchResult } from './stats.js';

declare global {
  interface Window {
    __runBenchmarks: () => Promise<BenchResult[]>;
  }
}

async function finderResults(): Promise<BenchResult[]> {
  const runs = 60;
  const result = await runFinderBenchmark({ services: 10_000, filterChanges: runs });
  return [
    { name: '<hub-service-finder> filter change, 10,073 services', ...result.filterChange, runs, goal: 'p95 < 10 ms' },
    { name: '  of which the widget itself (not the adapter)', ...result.filterChangeWidgetOnly, runs },
    { name: '<hub-service-finder> first render, 10,073 services', ...result.firstRender, runs: 15 },
  ];
}

window.__runBenchmarks = async () => [
  ...(await runMemorySearchBenchmark(10_000)),
  ...(await finderResults()),
  ...(await runOpenReferralBenchmark()),
];
