/**
 * This file defines what counts as a usable email address, shared by program setup (the
 * contact person, the project group) and intake (applicants). It is deliberately practical
 * rather than RFC 5322-complete: it accepts what real mail systems deliver to (including
 * international domain names) and refuses the typing mistakes forms actually see
 * ('anna@gmail', 'anna@@x.se', 'anna @x.se', 'anna@x..se').
 */

// Combining marks (\p{M}) may follow a letter or digit: scripts such as Devanagari need them,
// and Unicode lower-casing makes one of 'İ' (U+0130 -> 'i' + U+0307).
const ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]\\p{M}*";
const LOCAL = new RegExp(`^(?:${ATOM})+(?:\\.(?:${ATOM})+)*$`, 'u');
const LABEL = /^[\p{L}\p{N}]\p{M}*(?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}]\p{M}*)?$/u;
const TLD = /^(\p{L}{2,}|xn--[a-z0-9-]+)$/u;

/** True when `value` (already trimmed) looks like a deliverable address. */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at !== value.indexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local) || labels.length < 2) return false;
  return labels.every((label) => label.length <= 63 && LABEL.test(label)) && TLD.test(labels[labels.length - 1] ?? '');
}

/**
 * The canonical form used for comparing and storing addresses: trimmed, a 'mailto:' prefix
 * and surrounding angle brackets removed, Unicode-normalised (NFC) and lower-cased. Lower-casing
 * the local part is technically lossy, but every provider our applicants use treats it
 * case-insensitively, and it is what lets a resubmission find the same person. Lower-casing
 * is Unicode's default, locale-independent mapping (the same on every server, whatever its
 * locale): 'İ' becomes 'i' + U+0307, and the result is NFC again, so 'İnci' typed precomposed
 * or decomposed gives one address.
 */
export function normaliseEmail(value: string): string {
  let text = value.trim();
  if (/^mailto:/i.test(text)) text = text.slice(7).trim();
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim();
  return text.normalize('NFC').toLowerCase().normalize('NFC');
}
