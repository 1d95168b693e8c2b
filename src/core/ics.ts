/**
 * An RFC 5545 iCalendar (.ics) writer for "Add to calendar" files: CRLF line endings, lines folded at 75
 * octets (never inside a UTF-8 character), TEXT values escaped, and times either as UTC instants or as
 * Europe/London wall-clock times with a VTIMEZONE, so a calendar shows the right time on both sides of
 * the March and October clock changes.
 *
 * The file describes a session, never the family: no names, contact details or party sizes.
 */
import { LONDON, londonDateKey, londonParts } from './time.js';

export interface CalendarEvent {
  /** Globally unique and stable, e.g. `session-123@family-hub-widgets`: the same UID updates the same entry. */
  uid: string;
  /** Instants, e.g. `2026-03-30T10:00:00+01:00`. */
  start: Date | string;
  end: Date | string;
  summary: string;
  location?: string;
  description?: string;
  /** An `https:` page about the event (added only when it parses as a URL). */
  url?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Adds a display alarm this many minutes before the start. */
  alarmMinutesBefore?: number;
}

export interface CalendarOptions {
  /** `Europe/London` (default): local times with a VTIMEZONE. `utc`: instants ending in Z. */
  timeZone?: typeof LONDON | 'utc';
  /** When the file was made (DTSTAMP). Defaults to now. */
  now?: Date;
  /** PRODID: who made the file. */
  productId?: string;
}

export const CRLF = '\r\n';
const MAX_OCTETS = 75;
const DEFAULT_PRODUCT_ID = '-//Family Hub Widgets//Session booking//EN';

/**
 * Europe/London since 1996: BST starts at 01:00 GMT on the last Sunday of March (local 01:00 becomes
 * 02:00) and ends at 01:00 GMT on the last Sunday of October (local 02:00 becomes 01:00). Each DTSTART
 * below is local time in the offset in force before that change.
 */
const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return (
    value
      // Control characters other than tab and line breaks are not allowed in TEXT.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75 octets; each continuation
 * starts with a single space. Splits between characters, so a multi-byte character is never cut in two.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; continuation lines hold 74 after their leading space.
  let limit = MAX_OCTETS;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > limit) {
      physical.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  physical.push(current);
  return physical.join(`${CRLF} `);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `20260330T090000Z` */
export function formatUtc(instant: Date | string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(instant)}`);
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** `20260330T100000`, the London wall-clock time of an instant. */
export function formatLondonLocal(instant: Date | string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(instant)}`);
  const parts = londonParts(date);
  return `${parts.year}${pad(parts.month)}${pad(parts.day)}T${pad(parts.hours)}${pad(parts.minutes)}${pad(date.getUTCSeconds())}`;
}

function dateProperty(name: 'DTSTART' | 'DTEND', instant: Date | string, timeZone: CalendarOptions['timeZone']): string {
  return timeZone === 'utc' ? `${name}:${formatUtc(instant)}` : `${name};TZID=${LONDON}:${formatLondonLocal(instant)}`;
}

function safeUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function eventLines(event: CalendarEvent, options: Required<Pick<CalendarOptions, 'timeZone'>> & { stamp: string }): string[] {
  if (new Date(event.end).getTime() < new Date(event.start).getTime()) throw new RangeError('An event cannot end before it starts');
  const lines = [
    'BEGIN:VEVENT',
    // A UID is not TEXT, but it must not break the line structure either.
    `UID:${event.uid.replace(/[\r\n]/g, '')}`,
    `DTSTAMP:${options.stamp}`,
    dateProperty('DTSTART', event.start, options.timeZone),
    dateProperty('DTEND', event.end, options.timeZone),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  const url = safeUrl(event.url);
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${event.status ?? 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'SEQUENCE:0');
  if (event.alarmMinutesBefore !== undefined && event.alarmMinutesBefore >= 0) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:-PT${Math.round(event.alarmMinutesBefore)}M`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A complete VCALENDAR with one or more events, ready to save as a `.ics` file. */
export function buildIcs(events: CalendarEvent | readonly CalendarEvent[], options: CalendarOptions = {}): string {
  const list = Array.isArray(events) ? events : [events as CalendarEvent];
  const timeZone = options.timeZone ?? LONDON;
  const stamp = formatUtc(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? DEFAULT_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(timeZone === 'utc' ? [] : LONDON_VTIMEZONE),
    ...list.flatMap((event) => eventLines(event, { timeZone, stamp })),
    'END:VCALENDAR',
  ];
  // Every line, the last included, ends with CRLF.
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A download name like `baby-massage-2026-03-30.ics`: ASCII, no spaces, the London date of the start. */
export function icsFileName(summary: string, start: Date | string): string {
  const slug =
    summary
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/g, '') || 'session';
  return `${slug}-${londonDateKey(start)}.ics`;
}
