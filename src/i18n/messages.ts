/**
 * The message catalogue. Every word a widget shows goes through `translate()`: en-GB is complete; other
 * languages add or override keys with `registerMessages()`. A missing key falls back to English, never to
 * the key's name.
 */
import { enGB } from './en-gb/index.js';

/** A plural message, chosen by `Intl.PluralRules` for the `count` parameter (Welsh uses all six forms). */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralMessage;
export type MessageKey = keyof typeof enGB;
export type Messages = Partial<Record<MessageKey, Message>>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const DEFAULT_LOCALE = 'en-GB';

const catalogues = new Map<string, Messages>([[DEFAULT_LOCALE.toLowerCase(), enGB as Messages]]);
const listeners = new Set<() => void>();

/** Adds or overrides messages for a locale (e.g. `cy`, `pl`). Widgets on the page re-render. */
export function registerMessages(locale: string, messages: Messages): void {
  const key = locale.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...messages });
  for (const listener of listeners) listener();
}

/** Called whenever a catalogue changes; returns a function that stops listening. */
export function onMessagesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The catalogues to search, most specific first: `cy-GB` → `cy` → `en-GB`. */
function chain(locale: string): Messages[] {
  const lower = locale.toLowerCase();
  const base = lower.split('-')[0]!;
  const found: Messages[] = [];
  for (const candidate of [lower, base]) {
    const catalogue = catalogues.get(candidate);
    if (catalogue && !found.includes(catalogue)) found.push(catalogue);
  }
  found.push(catalogues.get(DEFAULT_LOCALE.toLowerCase())!);
  return found;
}

/** Whether a locale has its own message for a key (used by tests that forbid falling back). */
export function hasOwnMessage(locale: string, key: MessageKey): boolean {
  return chain(locale)[0] !== catalogues.get('en-gb') && chain(locale)[0]![key] !== undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function interpolate(template: string, params: MessageParams, locale: string): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  for (const catalogue of chain(locale)) {
    const message = catalogue[key];
    if (message === undefined) continue;
    if (typeof message === 'string') return interpolate(message, params, locale);
    const count = Number(params.count ?? 0);
    const category = pluralCategory(locale, count);
    const chosen = message[category] ?? message.other;
    return interpolate(chosen, params, locale);
  }
  // Unreachable for typed keys; an untyped key from a council's override shows nothing rather than a key name.
  return '';
}

export function translator(locale: string): Translate {
  return (key, params) => translate(locale, key, params);
}
