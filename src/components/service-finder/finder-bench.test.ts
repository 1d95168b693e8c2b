import { expect } from '@open-wc/testing';
import { runFinderBenchmark } from './finder.bench.js';

describe('finder benchmark', () => {
  it('runs and reports a median and 95th percentile for filter changes and first render', async () => {
    // A small run: this checks the benchmark still works, never how fast it is.
    const result = await runFinderBenchmark({ services: 200, filterChanges: 12, firstRenders: 3, warmUp: 1 });
    for (const timing of [result.filterChange, result.firstRender]) {
      expect(timing.median).to.be.a('number').and.be.at.least(0);
      expect(timing.p95).to.be.at.least(timing.median);
    }
    expect(result.filterChange.runs).to.equal(12);
    expect(result.firstRender.runs).to.equal(3);
  });
});
