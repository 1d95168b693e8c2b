/** Benchmarks of MemoryAdapter search over a scaled directory (10,000 generated services). */
import { validatingAdapter } from '../../core/adapter.js';
import type { ServiceQuery } from '../../core/model.js';
import { measure, summarise, type BenchResult } from '../../bench/stats.js';
import { MemoryAdapter } from './memory-adapter.js';

const QUERIES: ServiceQuery[] = [
  { text: 'baby' },
  { ages: [{ kind: 'age', months: 7, send: false }] },
  { ages: [{ kind: 'pregnancy' }], freeOnly: true },
  { near: { latitude: 53.81, longitude: -3.04 }, radiusMiles: 5 },
  { days: ['SA'], deliveryModes: ['in_person'] },
  { languages: ['Polish'], atFamilyHub: true },
];

export async function runMemorySearchBenchmark(services = 10_000): Promise<BenchResult[]> {
  const started = performance.now();
  const adapter = validatingAdapter(new MemoryAdapter({ scale: services, latencyMs: 0 }));
  const setup = performance.now() - started;
  const samples = await measure(120, (i) => adapter.searchServices({ ...QUERIES[i % QUERIES.length], page: 1, perPage: 10 }));
  return [
    { name: `MemoryAdapter set-up with ${services} extra services`, median: setup, p95: setup, runs: 1 },
    summarise(`MemoryAdapter search, ${services + 73} services (validated page of 10)`, samples),
  ];
}
