/** Which languages are written right to left, and keeping left-to-right names and numbers in order within them. */

/** Languages written right to left (by their base subtag). */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'ur', 'fa', 'he', 'ps', 'sd', 'yi', 'ku', 'ckb', 'dv', 'ug']);

/** Whether a language is written right to left. */
export function isRightToLeft(lang: string): boolean {
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0]!);
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Keeps a value that is (or holds) left-to-right text in order inside right-to-left text: "Brackenford
 * Family Hubs", a phone number like "01632 960 001" (whose groups would otherwise be shown in reverse) or a
 * reference. Invisible, and ignored by screen readers.
 */
export function isolate(value: string): string {
  if (!/[A-Za-z]|\d[\s\-./]+\d/.test(value) || value.startsWith(FIRST_STRONG_ISOLATE)) return value;
  return `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`;
}
