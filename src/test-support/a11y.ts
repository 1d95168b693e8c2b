/**
 * axe-core with the WCAG 2.2 AA rule tags (and best practice), run on an element including its shadow
 * root. Fails with every violation listed, so a failing test says what to fix.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function axeViolations(element: Element): Promise<string[]> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    // A widget is a fragment of a page: landmarks and the page's h1 belong to the host page.
    rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
  });
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Throws when axe finds anything. */
export async function expectAccessible(element: Element, state = ''): Promise<void> {
  const violations = await axeViolations(element);
  if (violations.length) throw new Error(`axe found ${violations.length} problem(s)${state ? ` in ${state}` : ''}:\n${violations.join('\n')}`);
}
