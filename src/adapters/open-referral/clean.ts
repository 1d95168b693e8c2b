/**
 * Reading untrusted Open Referral JSON, field by field. Every reader takes `unknown` and returns a clean
 * value or `undefined`: it never throws, never returns HTML, and never returns a placeholder that a feed
 * left in a field (`"wait_time": "wait_time"`, `"name": "name"`, `"string"`).
 */
import { normalisePostcode } from '../../core/geo.js';
import { safeWebUrl, telHref } from '../../core/links.js';
import { londonDateKey } from '../../core/london-time.js';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The records in an array field; anything else (null, a string, an object) reads as empty. */
export function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function record(value: unknown): Json | undefined {
  return isRecord(value) ? value : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Text

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Control characters and lone surrogates are dropped rather than decoded.
      if (!Number.isFinite(code) || code < 32 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
const HAS_TAG = new RegExp(TAG.source, 'i');
const BLOCK_BOUNDARY = /<(?:br|\/p|\/div|\/h[1-6]|\/tr|\/ul|\/ol|\/blockquote|\/section|\/article)\b[^<>]*>/gi;

/**
 * Plain text from text that may hold HTML (LocalGov Drupal and Outpost publish rich-text descriptions).
 * Scripts, styles and comments go with their content; paragraph and line breaks become new lines; other
 * tags are dropped; entities are decoded; and tags that were escaped once (`&lt;p&gt;`) are dropped too.
 */
export function htmlToText(value: string, options: { multiline?: boolean } = {}): string {
  const strip = (html: string) =>
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
      .replace(BLOCK_BOUNDARY, '\n')
      .replace(/<li\b[^<>]*>/gi, '\n')
      .replace(TAG, '');
  let text = decodeEntities(strip(value));
  // The HTML was escaped once on the way (`&lt;p&gt;For dads &amp;amp; carers`): undo that too.
  if (HAS_TAG.test(text)) text = decodeEntities(strip(text));
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim());
  if (!options.multiline) return lines.filter(Boolean).join(' ');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A value a feed left unfilled: the field's own name, a snake_case field name (`wait_time`,
 * `fees_description`), or a stand-in such as `string`, `null`, `n/a`, `[object Object]`.
 */
export function isPlaceholder(value: string, key?: string): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return true;
  if (key && v === key.toLowerCase()) return true;
  if (/^[a-z]+(?:_[a-z0-9]+)+$/.test(v)) return true;
  return ['string', 'null', 'undefined', 'n/a', 'na', 'tbc', 'tba', '-', '[object object]'].includes(v);
}

/** Cuts text to `max` characters at a word boundary where there is one, marking the cut with "…". */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * Text from a field: strings (and numbers) only, as plain text, placeholders dropped, cut to `max`.
 * `key` is the field's name, so `"name": "name"` reads as missing.
 */
export function text(value: unknown, max: number, options: { key?: string; multiline?: boolean } = {}): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const plain = htmlToText(value, { multiline: options.multiline });
  if (!plain || isPlaceholder(plain, options.key)) return undefined;
  return truncate(plain, max);
}

/** The first field of `source` (in order) that reads as text. */
export function firstText(source: Json, keys: string[], max: number, options: { multiline?: boolean } = {}): string | undefined {
  const siblings = new Set(Object.keys(source).map((k) => k.toLowerCase()));
  for (const key of keys) {
    const value = text(source[key], max, { ...options, key });
    // `{"name": "name", "term": "name"}`: a value naming another field of the record is a placeholder too.
    if (value && !siblings.has(value.toLowerCase())) return value;
  }
  return undefined;
}

/** An identifier: a non-empty string or an integer, as a string of at most 200 characters. */
export function id(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 200 || /[<>]/.test(trimmed)) return undefined;
  return trimmed;
}

// ---------------------------------------------------------------------------------------------------
// Numbers, dates and times

/** A finite number, also from a numeric string ("5", " 2.5 "). */
export function number(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dateKey(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || !isRealDate(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A calendar date (`2026-03-31`) from `2026-03-31`, an ISO date-time (its London date), a UK `31/03/2026`,
 * or epoch milliseconds (how the ORUK v1 reference API serialises dates).
 */
export function calendarDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e13) {
    return londonDateKey(value);
  }
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  let match = /^(\d{4})-?(\d{2})-?(\d{2})(?:T\d{4,6}Z?)?$/.exec(trimmed); // also iCalendar's 20260331T100000
  if (match && (trimmed.length <= 10 || !trimmed.includes('-'))) return dateKey(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (match) return dateKey(Number(match[3]), Number(match[2]), Number(match[1]));
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const ms = Date.parse(trimmed);
    if (Number.isNaN(ms)) return undefined;
    // With an offset or Z it is an instant; without one it is already local.
    return /(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed) ? londonDateKey(ms) : trimmed.slice(0, 10);
  }
  return undefined;
}

/** An instant with an offset (`2023-03-15T10:30:45.123Z`) or a calendar date, for `lastUpdated`. */
export function instantOrDate(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i.test(trimmed)) {
      const ms = Date.parse(trimmed);
      return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
    }
  }
  return calendarDate(value);
}

/**
 * A 24-hour local time (`09:30`) from `09:30`, `9:30`, `09:30:00`, `09:30:00Z`, `09:30:00+01:00`,
 * `0930` or `9.30am`. Offsets are ignored: UK feeds write the wall-clock time of the session (the HSDS
 * guidance's own example writes 9am as `09:00:00Z`), and the widgets read every time as Europe/London.
 */
export function localTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().toLowerCase().replace(/(?:z|[+-]\d{2}:?\d{2})$/, '');
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?$/.exec(trimmed);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const meridiem = match[4];
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (match[2] === undefined) {
    return undefined; // a bare "9" is too ambiguous to be a time
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Comma-separated values, or an array of them, as trimmed non-empty strings (`"TH,FR"`, `["TH","FR"]`). */
export function list(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;]/) : typeof value === 'number' ? [value] : [];
  return parts.map((part) => (typeof part === 'number' ? String(part) : typeof part === 'string' ? part.trim() : '')).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------
// Contact details and places

const QUOTES = /["'“”‘’`]/g;
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{4,}\d/g;

/**
 * A phone number as people write it, cleaned of what feeds wrap around it: literal quote characters
 * (`"\"+44 1234 234567\""`), a `tel:` prefix, words ("Call 01632 960 001 (option 2)"). Only numbers that
 * make a working `tel:` link are kept.
 */
export function phone(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    // A spreadsheet on the way may have turned "01632 960001" into the number 1632960001.
    value = /^[1-9]\d{9}$/.test(String(value)) ? `0${value}` : String(value);
  }
  if (typeof value !== 'string') return undefined;
  // Taking the number out of the text leaves behind the quotes, `tel:` and words around it; the first
  // run of digits that dials wins ("Mon to Fri 9.00 - 17.00 on 01632 960001").
  for (const [candidate] of htmlToText(value).matchAll(PHONE_LIKE)) {
    const cleaned = candidate.replace(/\s+/g, ' ').trim();
    if (cleaned.length <= 40 && telHref(cleaned) !== null) return cleaned;
  }
  return undefined;
}

export function email(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(QUOTES, '').trim().replace(/^mailto:/i, '');
  if (trimmed.length > 254 || !/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(trimmed)) return undefined;
  return trimmed;
}

/** An http or https link; `javascript:`, `data:` and every other scheme are dropped. */
export function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(QUOTES, '').trim();
  if (!trimmed || isPlaceholder(trimmed, 'url')) return undefined;
  const url = safeWebUrl(trimmed);
  return url && url.length <= 2000 ? url : undefined;
}

/** A UK postcode in its usual form ("sw1a1aa" → "SW1A 1AA"); other postal codes as given, if short. */
export function postcode(value: unknown): string | undefined {
  const raw = text(value, 20, { key: 'postal_code' });
  if (!raw) return undefined;
  const uk = normalisePostcode(raw);
  if (uk) return uk;
  return raw.length <= 10 ? raw : undefined;
}

/** A latitude/longitude pair, or undefined when either is missing or out of range (e.g. 100, 101). */
export function point(latitude: unknown, longitude: unknown): { latitude: number; longitude: number } | undefined {
  const lat = number(latitude);
  const lon = number(longitude);
  if (lat === undefined || lon === undefined) return undefined;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return undefined;
  // 0,0 is in the Gulf of Guinea: a feed's way of saying "not known".
  if (lat === 0 && lon === 0) return undefined;
  return { latitude: lat, longitude: lon };
}

/** The object without its undefined properties (so a parsed result never carries `key: undefined`). */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Pushes a value into a list once. */
export function addOnce<T>(list: T[], value: T | undefined): void {
  if (value !== undefined && !list.includes(value)) list.push(value);
}
