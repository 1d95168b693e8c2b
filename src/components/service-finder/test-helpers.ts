/** Set-up shared by the finder's tests (not shipped: nothing outside the tests imports it). */
import { waitUntil } from '@open-wc/testing';
import { validatingAdapter, type CallOptions, type HubAdapter } from '../../core/adapter.js';
import type { ServiceQuery } from '../../core/model.js';
import type { HubSearchEvent } from '../../core/events.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../adapters/memory/index.js';
import '../../define/hub-service-finder.js';
import type { HubServiceFinder } from './hub-service-finder.js';

/** Monday 2 March 2026, 9am in London: the memory adapter's sessions are generated from it. */
export const NOW = new Date('2026-03-02T09:00:00Z');

export function memoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter({ now: () => NOW, ...options });
}

const mounted: HTMLElement[] = [];

/** Removes every finder the test created. Call in afterEach. */
export function cleanUp(): void {
  for (const element of mounted.splice(0)) element.remove();
}

export interface FinderSetup {
  adapter?: HubAdapter;
  attributes?: Record<string, string>;
  /** Wait for the first search to finish (default true). */
  waitForResults?: boolean;
  /** Where to put it (default: document.body). */
  parent?: HTMLElement;
}

/** A finder on the page, with the memory adapter unless told otherwise, after its first results. */
export async function renderFinder(setup: FinderSetup = {}): Promise<HubServiceFinder> {
  const element = document.createElement('hub-service-finder');
  for (const [name, value] of Object.entries(setup.attributes ?? {})) element.setAttribute(name, value);
  element.now = () => NOW;
  element.adapter = setup.adapter ?? memoryAdapter();
  const searched = nextSearch(element);
  (setup.parent ?? document.body).append(element);
  mounted.push(element);
  if (setup.waitForResults !== false) {
    await searched;
    await element.updateComplete;
  }
  return element;
}

/** Resolves with the next hub-search event, after the widget has rendered its results. */
export function nextSearch(element: HubServiceFinder): Promise<HubSearchEvent> {
  return new Promise((resolve) => {
    element.addEventListener(
      'hub-search',
      (event) => {
        void element.updateComplete.then(() => resolve(event));
      },
      { once: true },
    );
  });
}

export function shadow(element: HubServiceFinder): ShadowRoot {
  return element.shadowRoot!;
}

export function query<T extends Element = HTMLElement>(element: HubServiceFinder, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

export function queryAll<T extends Element = HTMLElement>(element: HubServiceFinder, selector: string): T[] {
  return [...shadow(element).querySelectorAll<T>(selector)];
}

/** The names of the services on the current page of results, in order. */
export function resultNames(element: HubServiceFinder): string[] {
  return queryAll(element, '.finder-card [data-service-id]').map((el) => el.textContent!.trim());
}

export function resultIds(element: HubServiceFinder): string[] {
  return queryAll(element, '.finder-card [data-service-id]').map((el) => el.dataset.serviceId!);
}

/** The results heading's text, e.g. "12 services found". */
export function heading(element: HubServiceFinder): string {
  return query(element, '[data-results-heading]').textContent!.trim();
}

/** The polite live region's text. */
export function announced(element: HubServiceFinder): string {
  return query(element, '[role="status"]').textContent!.trim();
}

export async function waitForAnnouncement(element: HubServiceFinder, text: string | RegExp): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? announced(element).includes(text) : text.test(announced(element))),
    `expected the announcement "${String(text)}", got "${announced(element)}"`,
    { timeout: 3000 },
  );
}

/** Ticks a checkbox (or unticks it) as a click would, and waits for the search it starts. */
export async function toggle(element: HubServiceFinder, selector: string): Promise<HubSearchEvent> {
  const searched = nextSearch(element);
  query<HTMLInputElement>(element, selector).click();
  return searched;
}

/** Chooses an option in a select as a person would (change event), and waits for the search it starts. */
export async function choose(element: HubServiceFinder, selector: string, value: string): Promise<HubSearchEvent> {
  const searched = nextSearch(element);
  const select = query<HTMLSelectElement>(element, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return searched;
}

/** The checkbox input whose label is `text`. */
export function checkboxLabelled(element: HubServiceFinder, text: string): HTMLInputElement {
  const label = queryAll<HTMLLabelElement>(element, 'label').find((l) => l.textContent!.trim() === text);
  if (!label) throw new Error(`No label "${text}"`);
  return shadow(element).getElementById(label.htmlFor) as HTMLInputElement;
}

/** The element focused inside the widget. */
export function focused(element: HubServiceFinder): Element | null {
  return shadow(element).activeElement;
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export interface Spied {
  adapter: HubAdapter;
  /** Every searchServices query, in order. */
  searches: ServiceQuery[];
  /** Every searchServices signal, in order. */
  signals: AbortSignal[];
}

/** Wraps an adapter to record its searches (the wrapper behaves exactly as the adapter). */
export function spy(inner: HubAdapter): Spied {
  const searches: ServiceQuery[] = [];
  const signals: AbortSignal[] = [];
  const adapter = new Proxy(inner, {
    get(target, property) {
      if (property === 'searchServices') {
        return (query: ServiceQuery, options?: CallOptions) => {
          searches.push(query);
          if (options?.signal) signals.push(options.signal);
          return target.searchServices(query, options);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { adapter, searches, signals };
}

/** What the memory backend itself returns for a query's first page, to compare the finder with. */
export async function backendPage(query: ServiceQuery, perPage = 10) {
  return validatingAdapter(memoryAdapter()).searchServices({ ...query, page: 1, perPage });
}

/** The card facts (dt → dd) of every result on the page. */
export function cardFacts(element: HubServiceFinder): Record<string, string>[] {
  return queryAll(element, '.finder-card').map((card) => {
    const facts: Record<string, string> = {};
    for (const row of card.querySelectorAll('.finder-facts__row')) {
      facts[row.querySelector('dt')!.textContent!.trim()] = row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim();
    }
    return facts;
  });
}
