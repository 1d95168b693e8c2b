/**
 * Checks for the language tests (not shipped: only tests import this). A widget is shown in English,
 * Welsh and Arabic in turn, on the same page of the journey, and its text is compared:
 *
 * - Everything the backend said (names, descriptions, addresses) is marked ⟦like this⟧ by `markedAdapter`,
 *   and what the test typed is listed, so both can be taken out: what is left is the widget's own words.
 * - Welsh may share no word with the English page (but for a short list of words Welsh shares, like "help").
 * - Arabic may contain no Latin-script word at all (but for the Shift key and the web team's attribute names).
 * - No message may fall back to English (`onFallback`), axe finds nothing, and Arabic reads right to left.
 */
import { expect } from '@open-wc/testing';
import type { HubAdapter } from '../core/adapter.js';
import { onFallback, type MessageKey } from './messages.js';
import './lang-ar.js';
import './lang-cy.js';

export const OPEN = '⟦';
export const CLOSE = '⟧';
export const mark = (text: string) => `${OPEN}${text}${CLOSE}`;

/** Keys whose text comes from the backend (a service's, a place's, a session's or a category's words). */
const DATA_KEYS = new Set(['name', 'title', 'description', 'audience', 'eligibility', 'alert', 'line1', 'line2', 'town', 'postcode', 'locality', 'accessibility']);

/** Marks every backend text in a value (deeply), so the checks can tell it from the widget's own words. */
export function markData<T>(value: T, key?: string): T {
  if (typeof value === 'string') {
    if (!key || !DATA_KEYS.has(key) || value.includes(OPEN)) return value;
    // Paragraphs of a description are shown one by one: each is marked.
    return value
      .split(/(\n{2,})/)
      .map((part) => (part.trim() && !/^\n+$/.test(part) ? mark(part) : part))
      .join('') as T;
  }
  if (Array.isArray(value)) return value.map((item) => markData(item, key)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markData(v, k)])) as T;
  }
  return value;
}

/** An adapter whose answers have every backend text marked. */
export function markedAdapter(inner: HubAdapter): HubAdapter {
  return new Proxy(inner, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise ? result.then((answer) => markData(answer)) : result;
      };
    },
  });
}

/** Words Welsh shares with English (the same word in both languages), and names that are not translated. */
export const WELSH_SHARES = new Set(['am', 'at', 'problem', 'partner', 'print', 'staff', 'help', 'panel', 'tab', 'shift', 'roma', 'adapter', 'src', 'api', 'base', 'docs', 'embedding', 'md']);
/** Latin-script words an Arabic page may hold: the Shift key, and attribute names for the web team. */
export const ARABIC_ALLOWS = new Set(['shift', 'adapter', 'src', 'api', 'base', 'docs', 'embedding', 'md']);

/** The words a person (or a screen reader) meets in a widget, live region aside: text and labelling attributes. */
export function widgetText(el: Element): string {
  const root = el.shadowRoot ?? el;
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('role') === 'status' && node.getAttribute('aria-live')) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'label']) {
        const value = node.getAttribute(name);
        if (value) parts.push(` ${value} `);
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The widget's own words: backend text, what the family typed, emails, web addresses and references taken out. */
export function ownWords(text: string, typed: readonly string[] = []): string {
  let rest = text.replace(/⟦[^⟧]*⟧/g, ' ');
  for (const value of typed) if (value) rest = rest.split(value).join(' ');
  return rest
    .replace(/\S+@\S+\.\w+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[A-Z]{2,4}-[A-Z0-9]{4,}\b/g, ' ');
}

/** Words of two letters or more with no digits, lower case ("10am" and "SW1A" are not words). */
export function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .split(/[^\p{L}\p{M}0-9]+/u)
      .filter((token) => token.length >= 2 && !/\d/.test(token))
      .map((token) => token.toLowerCase()),
  );
}

/** Where each word appears, for a failure message that says what to fix. */
function contexts(text: string, words: string[]): string {
  return words
    .map((word) => {
      const at = text.toLowerCase().search(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
      return `"…${text.slice(Math.max(0, at - 60), at + word.length + 60).trim()}…"`;
    })
    .join('; ');
}

export async function nextRender(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  // The language observer runs as a microtask after the attribute changes; then the widget renders.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
  await el.updateComplete;
}

export type Lang = 'en-GB' | 'cy' | 'ar';

/**
 * The accessibility check `checkPage` runs (src/test-support/a11y.ts's `expectAccessible`). Each test file
 * passes it in, so this module, which the build also compiles, does not pull axe into the package.
 */
let accessibilityCheck: ((el: Element, state: string) => Promise<void>) | undefined;
export function useAccessibilityCheck(check: (el: Element, state: string) => Promise<void>): void {
  accessibilityCheck = check;
}

export interface PageCheck {
  /** Re-does what made the page (e.g. presses Continue again so the error messages are in the new language). */
  redo?: (lang: Lang) => Promise<void>;
  /** Text the test typed, shown back on the page. */
  typed?: readonly string[];
  /** The language to leave the widget in afterwards (default English). */
  leaveIn?: Lang;
  /** Skip axe (for a page another test already checks). */
  skipAxe?: boolean;
}

/**
 * Shows the widget's current page in English, Welsh and Arabic (switching `lang` on the live widget) and
 * checks the Welsh and Arabic pages have no English left, no fallback, pass axe, and read in the right direction.
 */
export async function checkPage(el: HTMLElement & { updateComplete: Promise<unknown> }, state: string, check: PageCheck = {}): Promise<void> {
  const texts = {} as Record<Lang, string>;
  const fallbacks: string[] = [];
  const stop = onFallback((locale, key: MessageKey) => fallbacks.push(`${locale}: ${key}`));
  try {
    for (const lang of ['en-GB', 'cy', 'ar'] as const) {
      el.setAttribute('lang', lang);
      await nextRender(el);
      if (check.redo) {
        await check.redo(lang);
        await nextRender(el);
      }
      texts[lang] = widgetText(el);
      if (lang === 'en-GB') continue;
      expect(el.getAttribute('dir'), `${state} (${lang}): dir`).to.equal(lang === 'ar' ? 'rtl' : null);
      if (!check.skipAxe) {
        if (!accessibilityCheck) throw new Error('Call useAccessibilityCheck(expectAccessible) first');
        await accessibilityCheck(el, `${state} (${lang})`);
      }
    }
  } finally {
    stop();
  }
  expect(fallbacks, `${state}: messages that fell back to English`).to.deep.equal([]);
  const english = wordsOf(ownWords(texts['en-GB'], check.typed));
  expect(english.size, `${state}: the English page has words of its own`).to.be.greaterThan(0);
  const welsh = wordsOf(ownWords(texts.cy, check.typed));
  const sharedWithEnglish = [...welsh].filter((word) => english.has(word) && !WELSH_SHARES.has(word));
  expect(sharedWithEnglish, `${state}: English words on the Welsh page: ${contexts(ownWords(texts.cy, check.typed), sharedWithEnglish)}`).to.deep.equal([]);
  const arabicLatin = [...wordsOf(ownWords(texts.ar, check.typed))].filter((word) => /\p{Script=Latin}/u.test(word) && !ARABIC_ALLOWS.has(word));
  expect(arabicLatin, `${state}: Latin-script words on the Arabic page: ${contexts(ownWords(texts.ar, check.typed), arabicLatin)}`).to.deep.equal([]);
  el.setAttribute('lang', check.leaveIn ?? 'en-GB');
  await nextRender(el);
}
