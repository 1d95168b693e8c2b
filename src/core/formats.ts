/**
 * String formats the model checks: instants, calendar dates and email addresses. (Web addresses from a
 * backend stay text until `safeWebUrl` in links.ts makes a link of them.)
 *
 * Written here, not taken from zod's `z.iso` and `z.email`, because those pull zod's whole table of
 * format patterns (about 3.5 KB gzip) into every widget for three checks.
 */

const CALENDAR_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const INSTANT_WITH_OFFSET = /^(\d{4}-\d\d-\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** `2026-02-28` yes; `2026-02-30`, `2026-2-3` and `28/02/2026` no. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `2026-03-31T10:00:00+01:00` or `…Z`, with seconds and a real calendar date; no offset means no. */
export function isInstantWithOffset(value: string): boolean {
  const match = INSTANT_WITH_OFFSET.exec(value);
  return Boolean(match && isCalendarDate(match[1]!));
}

/**
 * An email address in the form people and services expect: letters, digits and `. _ ' + -` before one
 * `@` (starting with a letter, digit or `_`), then a domain with a dot and a top-level part of two or more
 * letters. No spaces or quotes, no consecutive or edge dots, and none of the rarer characters the standard
 * allows (`=`, `|`, `{`…), which real addresses do not use. No address can start with `=`, `+`, `-` or
 * `@`, which would start a formula when staff open a list in a spreadsheet.
 */
const EMAIL = /^[A-Za-z0-9_][A-Za-z0-9_'+-]*(\.[A-Za-z0-9_'+-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}
