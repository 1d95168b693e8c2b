/**
 * The list of every message key, with its English, as docs/languages.md shows it. A test checks the doc
 * against this; to refresh the doc after changing the English catalogue, run
 *
 *   npx tsx -e "import('./src/i18n/key-list.ts').then((m) => m.writeKeyListInto('docs/languages.md'))"
 */
import { englishModules } from './en-gb/index.js';
import type { Message } from './messages.js';

export const KEY_LIST_START = '<!-- message keys: generated from src/i18n/en-gb by src/i18n/key-list.ts; do not edit by hand -->';
export const KEY_LIST_END = '<!-- end of message keys -->';

const SECTIONS: Record<keyof typeof englishModules, string> = {
  common: 'Every widget (`common.*`): registered by every widget',
  finder: '`<hub-service-finder>` (`finder.*`)',
  booking: '`<hub-session-booking>` (`booking.*`)',
  bookingRules: 'Booking rules (`booking.availability.*`, `booking.party.error.*`): registered by src/core/booking-rules.ts',
  referral: '`<hub-self-referral>` (`referral.*`)',
  panel: '`<hub-panel-signup>` (`panel.*`)',
};

const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function english(message: Message): string {
  if (typeof message === 'string') return cell(message);
  return Object.entries(message)
    .map(([category, text]) => `*${category}:* ${cell(text)}`)
    .join('<br>');
}

/** The generated part of docs/languages.md, between its markers. */
export function messageKeyList(): string {
  const parts = [KEY_LIST_START, ''];
  for (const [module, messages] of Object.entries(englishModules) as [keyof typeof englishModules, Record<string, Message>][]) {
    const keys = Object.keys(messages);
    parts.push(`### ${SECTIONS[module]}`, '', `${keys.length} keys.`, '', '| Key | English |', '| --- | --- |');
    for (const key of keys) parts.push(`| \`${key}\` | ${english(messages[key]!)} |`);
    parts.push('');
  }
  parts.push(KEY_LIST_END);
  return parts.join('\n');
}

/** Replaces the list in a Markdown document's text (between the markers). */
export function withKeyList(doc: string): string {
  const start = doc.indexOf(KEY_LIST_START);
  const end = doc.indexOf(KEY_LIST_END);
  if (start === -1 || end === -1) throw new Error('The document has no message key markers');
  return doc.slice(0, start) + messageKeyList() + doc.slice(end + KEY_LIST_END.length);
}

/** For the command above (Node only). */
export async function writeKeyListInto(path: string): Promise<void> {
  const fs = (await import(/* @vite-ignore */ 'node:fs' as string)) as { readFileSync(p: string, e: string): string; writeFileSync(p: string, d: string): void };
  fs.writeFileSync(path, withKeyList(fs.readFileSync(path, 'utf8')));
}
