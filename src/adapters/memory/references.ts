/**
 * References families read out over the phone: a prefix and six characters from an alphabet without
 * look-alikes (no 0, O, 1 or I), e.g. `BK-7KQ4XM`. Random, not sequential, so they cannot be guessed.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const LENGTH = 6;

export type ReferencePrefix = 'BK' | 'SR' | 'PP';

/** A new reference not already taken (`taken` says whether one is in use). */
export function newReference(prefix: ReferencePrefix, taken: (reference: string) => boolean = () => false): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
    // 256 is a multiple of the 32-letter alphabet, so every character is equally likely.
    const body = Array.from(bytes, (byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]).join('');
    const reference = `${prefix}-${body}`;
    if (!taken(reference)) return reference;
  }
}

/** JSON with object keys sorted, so two equal requests give the same text whatever their key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
