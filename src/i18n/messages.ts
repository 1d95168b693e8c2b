/**
 * The message catalogue. Every word a widget shows goes through `translate()`.
 *
 * - en-GB is complete. The words every widget shares (`common.*`) are registered here; each widget module
 *   registers its own words when it loads, so a per-widget bundle carries only its own English.
 * - Language packs (`src/i18n/lang-cy.ts`, `src/i18n/lang-ar.ts`) add whole languages with
 *   `addLanguagePack()`.
 * - Councils add or override words with `registerMessages(locale, messages)`; their words always win over
 *   the built-in ones, whatever order the scripts load in.
 *
 * A missing key falls back to the base language (`cy-GB` → `cy`), then to English, never to the key's name.
 *
 * The catalogues live on `globalThis`, so that separately bundled files on one page (a widget from the CDN
 * and `hub-lang-cy.js`) share them.
 */
import { isolate, isRightToLeft } from './direction.js';
import { common } from './en-gb/common.js';
import type { booking } from './en-gb/booking.js';
import type { bookingRules } from './en-gb/booking-rules.js';
import type { finder } from './en-gb/finder.js';
import type { panel } from './en-gb/panel.js';
import type { referral } from './en-gb/referral.js';

/**
 * A plural message, chosen by `Intl.PluralRules` for the `count` parameter. English uses `one` and
 * `other`; Welsh and Arabic use all six.
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralMessage;

/** Every message key, across every widget. */
export type MessageKey =
  | keyof typeof common
  | keyof typeof finder
  | keyof typeof booking
  | keyof typeof bookingRules
  | keyof typeof referral
  | keyof typeof panel;
export type Messages = Partial<Record<MessageKey, Message>>;
/** A complete translation of one English catalogue module: every key, no others. */
export type Translation<English> = { [K in keyof English]: Message };
export type MessageParams = Record<string, string | number>;

/**
 * Looks a message up. `locale` says which language it speaks (the core wording helpers format dates,
 * times and numbers for it); a plain function without it is taken to be English.
 */
export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  readonly locale?: string;
}

export const DEFAULT_LOCALE = 'en-GB';
const DEFAULT_KEY = DEFAULT_LOCALE.toLowerCase();

interface Store {
  /** Words that ship with the library: English from each widget, and the language packs. */
  builtIn: Map<string, Messages>;
  /** Words a council registered: they win over the built-in ones. */
  custom: Map<string, Messages>;
  listeners: Set<() => void>;
  fallbackListeners: Set<(locale: string, key: MessageKey) => void>;
}

const STORE_KEY = Symbol.for('family-hub-widgets/messages@1');

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  let found = holder[STORE_KEY];
  if (!found) {
    found = { builtIn: new Map(), custom: new Map(), listeners: new Set(), fallbackListeners: new Set() };
    holder[STORE_KEY] = found;
  }
  return found;
}

function merge(map: Map<string, Messages>, locale: string, messages: Messages): void {
  const key = locale.toLowerCase();
  map.set(key, { ...map.get(key), ...messages });
}

function notify(): void {
  for (const listener of store().listeners) listener();
}

/**
 * Adds or overrides messages for a locale (e.g. `cy`, `pl`, `en-GB`). Widgets on the page re-render.
 * A council's messages win over the library's own, whichever loads first.
 */
export function registerMessages(locale: string, messages: Messages): void {
  merge(store().custom, locale, messages);
  notify();
}

/**
 * Adds the library's own words for a locale: a widget's English, or a language pack. Words a council
 * registered with `registerMessages()` still win.
 */
export function addLanguagePack(locale: string, messages: Messages): void {
  const current = store().builtIn.get(locale.toLowerCase());
  // Loading the same words twice (two bundles on one page) changes nothing: no re-render.
  if (current && Object.entries(messages).every(([key, value]) => current[key as MessageKey] === value)) return;
  merge(store().builtIn, locale, messages);
  notify();
}

/** Called whenever a catalogue changes; returns a function that stops listening. */
export function onMessagesChanged(listener: () => void): () => void {
  store().listeners.add(listener);
  return () => store().listeners.delete(listener);
}

/**
 * Called whenever a message for a language other than English had to be shown in English because that
 * language has no words for it. For checking a translation; returns a function that stops listening.
 */
export function onFallback(listener: (locale: string, key: MessageKey) => void): () => void {
  store().fallbackListeners.add(listener);
  return () => store().fallbackListeners.delete(listener);
}

/** The locales to search, most specific first: `cy-gb` → `cy` → `en-gb`. */
function candidates(locale: string): string[] {
  const lower = (locale || DEFAULT_LOCALE).toLowerCase();
  const base = lower.split('-')[0]!;
  const found = [lower];
  if (base !== lower) found.push(base);
  if (!found.includes(DEFAULT_KEY)) found.push(DEFAULT_KEY);
  return found;
}

function lookup(candidate: string, key: MessageKey): Message | undefined {
  const { custom, builtIn } = store();
  return custom.get(candidate)?.[key] ?? builtIn.get(candidate)?.[key];
}

/** Whether a locale has its own message for a key, without falling back to English (used by tests). */
export function hasOwnMessage(locale: string, key: MessageKey): boolean {
  return candidates(locale)
    .filter((candidate) => candidate !== DEFAULT_KEY || locale.toLowerCase().startsWith('en'))
    .some((candidate) => lookup(candidate, key) !== undefined);
}

/** Every locale (in lower case) that has words of its own for a key: the library's, or a council's. */
export function localesWith(key: MessageKey): string[] {
  const { custom, builtIn } = store();
  return [...new Set([...builtIn.keys(), ...custom.keys()])].filter((locale) => lookup(locale, key) !== undefined);
}

/** Every key a locale has words for (its own, not English's), for checking a translation. */
export function ownKeys(locale: string): MessageKey[] {
  const lower = locale.toLowerCase();
  const { custom, builtIn } = store();
  return [...new Set([...Object.keys(builtIn.get(lower) ?? {}), ...Object.keys(custom.get(lower) ?? {})])] as MessageKey[];
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules(DEFAULT_LOCALE);
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number for a locale, e.g. `1,234.5`. */
export function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = new Intl.NumberFormat(DEFAULT_LOCALE);
    }
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function interpolate(template: string, params: MessageParams, locale: string): string {
  if (!template.includes('{')) return template;
  // In a right-to-left language, a left-to-right name, phone number or reference keeps its own order.
  const rtl = isRightToLeft(locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(locale, value);
    return rtl ? isolate(value) : value;
  });
}

export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const list = candidates(locale);
  for (const candidate of list) {
    const message = lookup(candidate, key);
    if (message === undefined) continue;
    if (candidate === DEFAULT_KEY && list[0] !== DEFAULT_KEY && !list[0]!.startsWith('en')) {
      for (const listener of store().fallbackListeners) listener(locale, key);
    }
    if (typeof message === 'string') return interpolate(message, params, locale);
    // Plural forms follow the language the message is written in (English ones for an English fallback).
    const count = Number(params.count ?? 0);
    const category = pluralCategory(candidate === DEFAULT_KEY ? DEFAULT_LOCALE : locale, count);
    const chosen = message[category] ?? message.other;
    return interpolate(chosen, params, locale);
  }
  // Unreachable for typed keys; an untyped key from a council's override shows nothing rather than a key name.
  return '';
}

/** A `Translate` for one locale. */
export function translator(locale: string): Translate {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  return Object.defineProperty(t, 'locale', { value: locale, enumerable: true }) as Translate;
}

/** English, for the wording helpers' default. */
export const ENGLISH: Translate = translator(DEFAULT_LOCALE);

/** The locale a `Translate` speaks; English when it does not say. */
export function localeOf(t: Translate | undefined): string {
  return t?.locale || DEFAULT_LOCALE;
}

/** Whether a locale is English (the GOV.UK wording for times and dates applies). */
export function isEnglish(locale: string): boolean {
  return locale.toLowerCase().split('-')[0] === 'en';
}

addLanguagePack(DEFAULT_LOCALE, common);
