/**
 * The languages the finder's language filter offers: common ones from the start, and every language seen
 * in results since. Each is named when shown, in the widget's language at the time.
 */
import type { Language, ServiceSummary } from '../../core/model.js';
import type { MessageKey, Translate } from '../../i18n/messages.js';
import { languageName } from './service-words.js';

/**
 * Languages offered in the filter before any results arrive: English, Welsh, BSL and languages commonly
 * spoken in England. Their names come from the catalogue (`finder.language.name.<code>`).
 */
const COMMON_LANGUAGES: readonly string[] = [
  'en', 'cy', 'bfi', 'ar', 'bn', 'zh', 'fa', 'fr', 'gu', 'ku', 'lt', 'ps', 'pl', 'pt', 'pa', 'ro', 'so', 'es', 'ta', 'ti', 'tr', 'uk', 'ur',
];

/** Languages seen in results, by code (or name). */
export type LanguagesSeen = ReadonlyMap<string, Language>;

/** Adds the languages of these results to those seen (the first seen for a value is kept). */
export function rememberLanguages(seen: Map<string, Language>, items: readonly ServiceSummary[]): void {
  for (const item of items) {
    for (const language of item.languages) {
      const value = language.code ?? language.name;
      if (!seen.has(value)) seen.set(value, language);
    }
  }
}

/** The name of a filter value (a code or a name), e.g. for "Filters in use". */
export function languageLabel(t: Translate, lang: string, seen: LanguagesSeen, value: string): string {
  const known = seen.get(value);
  if (known) return languageName(lang, known, t);
  if (COMMON_LANGUAGES.includes(value)) return t(`finder.language.name.${value}` as MessageKey);
  return languageName(lang, { name: value, code: /^[a-z]{2,3}$/i.test(value) ? value : undefined }, t);
}

/** The filter's options as `[value, name]`, sorted by name; the chosen value is kept even if unseen. */
export function languageOptions(t: Translate, lang: string, seen: LanguagesSeen, chosen: string): [string, string][] {
  const options = new Map<string, string>();
  for (const code of COMMON_LANGUAGES) options.set(code, t(`finder.language.name.${code}` as MessageKey));
  for (const [value, language] of seen) options.set(value, languageName(lang, language, t));
  if (chosen && !options.has(chosen)) options.set(chosen, languageLabel(t, lang, seen, chosen));
  const collator = new Intl.Collator(lang);
  return [...options].sort((a, b) => collator.compare(a[1], b[1]));
}
