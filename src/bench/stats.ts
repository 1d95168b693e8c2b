/** Timing helpers for benchmarks (never used in tests). */
export interface BenchResult {
  name: string;
  median: number;
  p95: number;
  runs: number;
  goal?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function summarise(name: string, samples: number[], goal?: string): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, median: percentile(sorted, 50), p95: percentile(sorted, 95), runs: samples.length, goal };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export async function measure(runs: number, fn: (i: number) => unknown | Promise<unknown>, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}
