/**
 * Reading a month a family typed, in the words of their language: "Gorffennaf", "يوليو", "تموز", "July",
 * "jul" or "٧". The names come from the catalogue (`common.calendar.month.*`, which the language packs
 * fill in) and from the browser's `Intl`, so they are never written twice; weekday names are never
 * candidates, so the Welsh "Mawrth" can only be March, not Tuesday.
 */
import { intlSupports } from './format.js';
import { DEFAULT_LOCALE, hasOwnMessage, isEnglish, localesWith, translate, type MessageKey } from './messages.js';

const monthKey = (month: number) => `common.calendar.month.${month}` as MessageKey;

/**
 * Arabic is written with several sets of month names: those the `ar` catalogue and Intl use (يناير), and
 * the Levantine and Iraqi (كانون الثاني), Algerian and Tunisian (جانفي) and Moroccan (يناير, غشت) sets.
 */
const REGIONAL_MONTH_NAMES: Record<string, readonly string[]> = { ar: ['ar-SY', 'ar-DZ', 'ar-MA'] };

/** Digits in any script people type numbers in here (0–9, Arabic-Indic ٠–٩, Persian and Urdu ۰–۹), as 0–9. */
export function toAsciiDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/**
 * A form of a word to compare with: lower case; no accents' variants, bidirectional marks or Arabic vowel
 * signs and stretching; one kind of alef (أبريل, إبريل and ابريل are one word); single spaces.
 */
export function matchable(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Welsh soft mutation of a word's first letter ("Mawrth" → "Fawrth" after "o" or "i"), or undefined. */
function welshSoftMutation(word: string): string | undefined {
  const rules: [RegExp, string][] = [
    [/^p/, 'b'],
    [/^t(?!h)/, 'd'],
    [/^c(?!h)/, 'g'],
    [/^b/, 'f'],
    [/^d(?!d)/, 'dd'],
    [/^g/, ''],
    [/^m/, 'f'],
    [/^ll/, 'l'],
    [/^rh/, 'r'],
  ];
  for (const [pattern, replacement] of rules) if (pattern.test(word)) return word.replace(pattern, replacement);
  return undefined;
}

const intlNames = new Map<string, string[]>();

/** The browser's own names of the twelve months in a locale, when it knows the language. */
function intlMonthNames(locale: string): string[] {
  let names = intlNames.get(locale);
  if (!names) {
    names = [];
    if (intlSupports('DateTimeFormat', locale)) {
      try {
        const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
        names = Array.from({ length: 12 }, (_, index) => format.format(Date.UTC(2000, index, 1)));
      } catch {
        names = [];
      }
    }
    intlNames.set(locale, names);
  }
  return names;
}

/** Matchable month names of one language, each with its month (1–12). */
function namesOf(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  const add = (name: string, month: number) => {
    const key = matchable(name);
    if (key && !/\d/.test(key)) names.set(key, month);
  };
  const base = locale.toLowerCase().split('-')[0]!;
  for (let month = 1; month <= 12; month++) {
    // English from Intl only: the English catalogue is what every other language falls back to.
    if (!isEnglish(locale) && hasOwnMessage(locale, monthKey(month))) add(translate(locale, monthKey(month)), month);
  }
  for (const each of [locale, ...(REGIONAL_MONTH_NAMES[base] ?? [])]) intlMonthNames(each).forEach((name, index) => add(name, index + 1));
  if (base === 'cy') {
    for (const [name, month] of [...names]) {
      const mutated = welshSoftMutation(name);
      if (mutated) names.set(mutated, month);
    }
  }
  return names;
}

/**
 * The month a name stands for in one language: the whole name, or its first three letters or more when
 * they begin only one month's name ("sept", "Gorff"). Undefined when it names none; null when it could
 * be more than one.
 */
function monthIn(value: string, names: Map<string, number>): number | null | undefined {
  const exact = names.get(value);
  if (exact) return exact;
  if ([...value].length < 3) return undefined;
  const months = new Set([...names].filter(([name]) => name.startsWith(value)).map(([, month]) => month));
  if (months.size > 1) return null;
  return months.size ? [...months][0]! : undefined;
}

/**
 * 1 to 12 from a month a family typed: digits in any script ("3", "03", "٣"), or a month's name or its
 * start in the widget's language, in English, or in any other language the page has month names for (so
 * an answer still reads after the family changes language). The widget's language is tried first. Null
 * when it is not a month.
 */
export function monthFromText(input: string, locale: string = DEFAULT_LOCALE): number | null {
  let value = matchable(toAsciiDigits(input));
  if (/^\d{1,2}$/.test(value)) {
    const month = Number(value);
    return month >= 1 && month <= 12 ? month : null;
  }
  // Welsh "mis Mawrth": the month of March (as opposed to dydd Mawrth, Tuesday).
  value = value.replace(/^(mis|fis) /, '');
  if (!value) return null;
  const others = localesWith(monthKey(1)).filter((each) => !isEnglish(each) && each !== locale.toLowerCase());
  const languages = isEnglish(locale) ? [locale, ...others] : [locale, DEFAULT_LOCALE, ...others];
  for (const language of languages) {
    const month = monthIn(value, namesOf(language));
    if (month !== undefined) return month;
  }
  return null;
}
