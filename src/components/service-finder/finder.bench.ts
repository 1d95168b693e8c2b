/**
 * Benchmark for <hub-service-finder> over MemoryAdapter with many generated services, measured in the
 * browser it runs in. It prints nothing and asserts nothing: `npm run bench` reports the figures.
 *
 * - firstRender: from adding a finder to the page until its first results are in the DOM and laid out
 *   (categories, the first search and ten cards). The adapter, with its generated directory, is built once
 *   beforehand: indexing the data is the backend's cost, not the widget's.
 * - filterChange: from a family's click on a filter until the new results are in the DOM and laid out,
 *   cycling through free only, a day, a delivery mode, Family Hub buildings, a child's age and a language.
 *   Goal: under 10 ms at the 95th percentile.
 */
import { MemoryAdapter } from '../../adapters/memory/index.js';
import type { CallOptions, HubAdapter } from '../../core/adapter.js';
import type { ServiceQuery } from '../../core/model.js';
import { defineElement } from '../base/hub-element.js';
import { HubServiceFinder } from './hub-service-finder.js';

// Defined through a binding, not a bare `import '…/define/…'`, which a bundler may drop as side-effect free.
defineElement('hub-service-finder', HubServiceFinder);

export interface FinderBenchmarkOptions {
  /** Generated services in the directory (the demo's own are added). */
  services: number;
  /** Measured filter changes. Default 60. */
  filterChanges?: number;
  /** Measured first renders. Default 15. */
  firstRenders?: number;
  /** Unmeasured runs first, so the JIT and caches settle. Default 5. */
  warmUp?: number;
}

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export interface FinderBenchmarkResult {
  filterChange: Timing;
  firstRender: Timing;
  /** The filter change less the time spent inside the adapter's searchServices: the widget's own share. */
  filterChangeWidgetOnly: Timing;
  services: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

function timing(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

/** Resolves when the finder has rendered the results of the search now under way, with layout done. */
function searchRendered(finder: HubServiceFinder): Promise<void> {
  return new Promise((resolve) => {
    finder.addEventListener(
      'hub-search',
      () => {
        void finder.updateComplete.then(() => {
          // Reading a size forces style and layout, so they are part of the figure.
          finder.shadowRoot!.querySelector('.finder-results')?.getBoundingClientRect();
          resolve();
        });
      },
      { once: true },
    );
  });
}

function mount(adapter: HubAdapter, now: Date): HubServiceFinder {
  const finder = document.createElement('hub-service-finder');
  finder.now = () => now;
  finder.adapter = adapter;
  return finder;
}

/** A click on a checkbox, or a choice in a select, as a family makes it. */
type Change = (root: ShadowRoot) => void;

const click = (selector: string): Change => (root) => root.querySelector<HTMLInputElement>(selector)!.click();
const pick =
  (selector: string, value: string): Change =>
  (root) => {
    const select = root.querySelector<HTMLSelectElement>(selector)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };

/** Each change is later undone by its pair, so the cycle can repeat from the same state. */
const CHANGES: Change[] = [
  click('#finder-free'),
  pick('#age-0', 'm7'),
  click('#finder-days'),
  pick('#finder-language', 'pl'),
  click('#finder-delivery-2'),
  click('#finder-hub'),
  click('#finder-free'),
  pick('#age-0', ''),
  click('#finder-days'),
  pick('#finder-language', ''),
  click('#finder-delivery-2'),
  click('#finder-hub'),
];

export async function runFinderBenchmark(options: FinderBenchmarkOptions): Promise<FinderBenchmarkResult> {
  const { services, filterChanges = 60, firstRenders = 15, warmUp = 5 } = options;
  const now = new Date('2026-03-02T09:00:00Z');
  const memory = new MemoryAdapter({ now: () => now, scale: services });
  // Times the backend's share of each search, so the widget's own cost can be read apart from it.
  let inAdapter = 0;
  const adapter: HubAdapter = new Proxy(memory, {
    get(target, property) {
      if (property === 'searchServices') {
        return async (query: ServiceQuery, callOptions?: CallOptions) => {
          const start = performance.now();
          try {
            return await target.searchServices(query, callOptions);
          } finally {
            inAdapter += performance.now() - start;
          }
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const host = document.createElement('div');
  document.body.append(host);
  try {
    const firstRenderSamples: number[] = [];
    for (let run = 0; run < warmUp + firstRenders; run++) {
      const finder = mount(adapter, now);
      const rendered = searchRendered(finder);
      const start = performance.now();
      host.append(finder);
      await rendered;
      const elapsed = performance.now() - start;
      if (run >= warmUp) firstRenderSamples.push(elapsed);
      finder.remove();
    }

    const finder = mount(adapter, now);
    const ready = searchRendered(finder);
    host.append(finder);
    await ready;
    // The category list arrives alongside the first search; wait for it so no later render is counted.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await finder.updateComplete;
    const root = finder.shadowRoot!;
    const filterSamples: number[] = [];
    const widgetSamples: number[] = [];
    for (let run = 0; run < warmUp + filterChanges; run++) {
      const change = CHANGES[run % CHANGES.length]!;
      const rendered = searchRendered(finder);
      inAdapter = 0;
      const start = performance.now();
      change(root);
      await rendered;
      const elapsed = performance.now() - start;
      if (run >= warmUp) {
        filterSamples.push(elapsed);
        widgetSamples.push(elapsed - inAdapter);
      }
    }
    finder.remove();
    return {
      filterChange: timing(filterSamples),
      firstRender: timing(firstRenderSamples),
      filterChangeWidgetOnly: timing(widgetSamples),
      services,
    };
  } finally {
    host.remove();
  }
}
