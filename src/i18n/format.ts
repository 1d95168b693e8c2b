/**
 * Dates, times, money, lists and language names for a locale, always in Europe/London.
 *
 * `Intl` does the work when the browser knows the language. Browsers do not all know every language
 * (Chrome, for one, has no Welsh dates, lists or language names), so for a language Intl does not support
 * the words come from the catalogue instead (`common.calendar.*`, `common.list.*`): the language pack
 * supplies them, and English fills any gap.
 *
 * Intl formatters are slow to make and fast to use: one of each kind per locale, kept for the page's life.
 */
import { isolate, isRightToLeft } from './direction.js';
import { DEFAULT_LOCALE, formatNumber, translate, type MessageKey } from './messages.js';

export const LONDON_TIME_ZONE = 'Europe/London';

type IntlApi = 'DateTimeFormat' | 'ListFormat' | 'DisplayNames' | 'NumberFormat';

const supported = new Map<string, boolean>();

/** Whether this browser's `Intl.<api>` has data for the locale's language (not just a silent fallback). */
export function intlSupports(api: IntlApi, locale: string): boolean {
  const key = `${api}|${locale}`;
  let found = supported.get(key);
  if (found === undefined) {
    try {
      const ctor = (Intl as unknown as Record<IntlApi, { supportedLocalesOf(locales: string[]): string[] } | undefined>)[api];
      const base = locale.split('-')[0]!.toLowerCase();
      found = Boolean(ctor?.supportedLocalesOf([locale]).some((l) => l.toLowerCase().split('-')[0] === base));
    } catch {
      found = false;
    }
    supported.set(key, found);
  }
  return found;
}

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: (locale: string) => T, locale: string): T {
  const full = `${key}|${locale}`;
  let found = cache.get(full) as T | undefined;
  if (!found) {
    try {
      found = make(locale);
    } catch {
      found = make(DEFAULT_LOCALE);
    }
    cache.set(full, found);
  }
  return found;
}

const WEEKDAY_BY_INDEX = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The London calendar parts of an instant (without importing the core time module). */
function londonCalendar(instant: Date | number): { year: number; month: number; day: number; weekday: string; hours: number; minutes: number } {
  const parts = cached(
    'parts',
    () =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: LONDON_TIME_ZONE,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      }),
    'en-GB',
  ).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  return { year, month, day, weekday: WEEKDAY_BY_INDEX[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!, hours: get('hour') % 24, minutes: get('minute') };
}

function calendarWords(locale: string, key: MessageKey, parts: { weekday?: string; day?: number; month?: number; year?: number }): string {
  return translate(locale, key, {
    ...(parts.weekday ? { weekday: translate(locale, `common.calendar.weekday.${parts.weekday}` as MessageKey) } : {}),
    ...(parts.month ? { month: translate(locale, `common.calendar.month.${parts.month}` as MessageKey) } : {}),
    // Days and years are never grouped ("2026", not "2,026").
    ...(parts.day !== undefined ? { day: String(parts.day) } : {}),
    ...(parts.year !== undefined ? { year: String(parts.year) } : {}),
  });
}

/** "Dydd Mawrth, 3 Mawrth" (with the year when asked), in London. */
export function formatLongDate(locale: string, instant: Date | number, withYear: boolean): string {
  if (!intlSupports('DateTimeFormat', locale)) {
    const { year, month, day, weekday } = londonCalendar(instant);
    return calendarWords(locale, withYear ? 'common.calendar.longWithYear' : 'common.calendar.long', { weekday, day, month, ...(withYear ? { year } : {}) });
  }
  const format = cached(
    `date|${withYear}`,
    (l) =>
      new Intl.DateTimeFormat(l, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        ...(withYear ? { year: 'numeric' } : {}),
        timeZone: LONDON_TIME_ZONE,
      }),
    locale,
  );
  return format.format(instant);
}

/** "3 Mawrth 2026", in London. */
export function formatDayMonthYear(locale: string, instant: Date | number): string {
  if (!intlSupports('DateTimeFormat', locale)) {
    const { year, month, day } = londonCalendar(instant);
    return calendarWords(locale, 'common.calendar.dayMonthYear', { day, month, year });
  }
  return cached('dmy', (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON_TIME_ZONE }), locale).format(
    instant,
  );
}

/** "Ebrill 2027": a month and year (a calendar month, no time zone involved). */
export function formatMonthYear(locale: string, year: number, month: number): string {
  if (!intlSupports('DateTimeFormat', locale)) return calendarWords(locale, 'common.calendar.monthYear', { month, year });
  return cached('my', (l) => new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' }), locale).format(
    Date.UTC(year, month - 1, 1),
  );
}

/** A wall-clock time as the language writes it: "10:30", "10:30 ص" (24-hour when Intl does not know the language). */
export function formatClock(locale: string, hours: number, minutes: number): string {
  if (!intlSupports('DateTimeFormat', locale)) {
    return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  }
  return cached('clock', (l) => new Intl.DateTimeFormat(l, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }), locale).format(
    Date.UTC(2000, 0, 1, hours, minutes),
  );
}

/** The London time of an instant: "10:30", "10:30 ص". */
export function formatTime(locale: string, instant: Date | number): string {
  const { hours, minutes } = londonCalendar(instant);
  return formatClock(locale, hours, minutes);
}

/** "£3", "£2.50" (or always two decimal places with `decimals: 2`). */
export function formatMoney(locale: string, amount: number, options: { decimals?: 2 } = {}): string {
  const whole = Number.isInteger(amount) && options.decimals !== 2;
  const target = intlSupports('NumberFormat', locale) ? locale : DEFAULT_LOCALE;
  const make = (display: 'narrowSymbol' | 'name') => (l: string) =>
    new Intl.NumberFormat(l, {
      style: 'currency',
      currency: 'GBP',
      currencyDisplay: display,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
  // "£", not "UK£": the sign families see on every price in the UK. A language whose Intl still writes
  // Latin letters (Arabic's "UK£") names the currency in its own words instead.
  const text = cached(`money|${whole}`, make('narrowSymbol'), target).format(amount);
  if (!/[A-Za-z]/.test(text)) return text;
  return cached(`money-name|${whole}`, make('name'), target).format(amount);
}

/**
 * Welsh "and" is "a" before a consonant and "ac" before a vowel: Intl (and the catalogue) write "a(c)".
 * After "a", a Welsh word starting c, p or t takes the aspirate mutation ("a thrydydd"); names (capitals)
 * are left as they are.
 */
function welshAnd(text: string): string {
  return text.replace(/(^|\s)a\(c\) (\S+)/g, (_whole, space: string, next: string) => {
    if (/^[aeiouwyâêîôûŵŷ]/i.test(next)) return `${space}ac ${next}`;
    const mutated = /^[cpt](?!h)/.test(next) ? `${next[0]}h${next.slice(1)}` : next;
    return `${space}a ${mutated}`;
  });
}

/** "a, b and c" (or "a, b or c"). */
export function formatList(locale: string, given: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  // English names in an Arabic list keep their order, and "و" stays with the next item.
  const items = isRightToLeft(locale) ? given.map(isolate) : given;
  let text: string;
  if (items.length <= 1) {
    text = items.join('');
  } else if (intlSupports('ListFormat', locale)) {
    text = cached(`list|${type}`, (l) => new Intl.ListFormat(l, { style: 'long', type }), locale).format(items);
  } else {
    const first = items.slice(0, -1).join(translate(locale, 'common.separator'));
    text = translate(locale, type === 'conjunction' ? 'common.list.and' : 'common.list.or', { first, last: items[items.length - 1]! });
  }
  return locale.toLowerCase().split('-')[0] === 'cy' ? welshAnd(text) : text;
}

/** The name of a language in a locale ("البولندية"), or undefined when the browser does not know it. */
export function languageDisplayName(locale: string, code: string): string | undefined {
  if (!intlSupports('DisplayNames', locale)) return undefined;
  try {
    const names = cached('language', (l) => new Intl.DisplayNames([l], { type: 'language', fallback: 'none' }), locale);
    const name = names.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : undefined;
  } catch {
    return undefined;
  }
}

/** A number in a locale ("1,234.5"). */
export { formatNumber };

/** The first letter in capitals, for a phrase built from parts. */
export function capitalise(text: string, locale: string = DEFAULT_LOCALE): string {
  if (!text) return text;
  const first = String.fromCodePoint(text.codePointAt(0)!);
  try {
    return first.toLocaleUpperCase(locale) + text.slice(first.length);
  } catch {
    return first.toUpperCase() + text.slice(first.length);
  }
}
