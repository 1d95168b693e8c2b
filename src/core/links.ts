/** Safe links from untrusted data: only https, http, mailto and tel. */

/** A safe URL for `href`, or null. Relative and protocol-less web addresses ("www.x.org") become https. */
export function safeWebUrl(value: string | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/+/, '')}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** A `tel:` link for a UK phone number as people write it ("01632 960 001", "+44 (0)1632 960001"), or null. */
export function telHref(phone: string | undefined): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('0')) digits = `+44${digits.slice(1)}`;
  if (!/^\+\d{7,15}$/.test(digits)) return null;
  return `tel:${digits}`;
}

/** A `mailto:` link for a plausible email address, or null. */
export function mailtoHref(email: string | undefined): string | null {
  if (!email) return null;
  const trimmed = email.trim();
  if (!/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(trimmed)) return null;
  return `mailto:${trimmed}`;
}
