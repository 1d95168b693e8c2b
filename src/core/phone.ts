/** UK phone numbers as people write them. */

/**
 * A UK phone number in one plain format ("07700900982"), from the ways people write them: spaces, dashes,
 * dots or brackets anywhere, "+44", "0044" or "+44 (0)" in front. Null when it is not a UK number.
 */
export function normaliseUkPhone(input: string): string | null {
  let value = input.trim().replace(/\(0\)/g, '');
  if (!/^[+\d\s().\-]+$/.test(value)) return null;
  value = value.replace(/[\s().\-]/g, '');
  if (value.startsWith('+44')) value = value.slice(3);
  else if (value.startsWith('0044')) value = value.slice(4);
  else if (value.startsWith('0')) value = value.slice(1);
  else return null;
  if (value.startsWith('0')) value = value.slice(1); // "+44 07700…" written with the trunk zero
  // UK national numbers are 10 digits and never start with 0, 4 or 6; a few geographic (01) and
  // freephone (0800) numbers have 9.
  if (!/^(?:[1235789]\d{9}|[18]\d{8})$/.test(value)) return null;
  return `0${value}`;
}

/** Mobiles (which can receive texts) are 07 numbers. */
export function isUkMobile(normalised: string): boolean {
  return /^07\d{9}$/.test(normalised);
}
