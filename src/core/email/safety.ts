/**
 * This file defines what keeps applicant text from changing an email's envelope: a subject
 * or a display name never holds a line break or any other control character (so a name
 * such as "Ann\r\nBcc: x@y.se" cannot add a header or a recipient), and a recipient is one
 * validated address, never a list. Gmail builds the headers itself; this is the add-on's own
 * guarantee, independent of how Gmail treats what it is given.
 */
import { isEmailAddress, normaliseEmail } from '../program/email';

/** Longest subject the add-on sends; Gmail's limit is higher, a readable subject is shorter. */
export const MAX_SUBJECT_LENGTH = 200;

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** One line of header-safe text: controls become spaces, runs of spaces one, trimmed, capped. */
export function headerSafe(text: string, maxLength = MAX_SUBJECT_LENGTH): string {
  const line = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return line.length > maxLength ? `${line.slice(0, maxLength - 1).trimEnd()}…` : line;
}

/** A display name (the sender's name): header-safe, without the characters that delimit addresses. */
export function safeDisplayName(name: string): string {
  return headerSafe(name.replace(/[<>"',;:@\\]/g, ' '), 100);
}

/** The one address to send to, normalised, or null when it is not a single valid address. */
export function safeRecipient(address: string): string | null {
  if (CONTROL.test(address)) {
    CONTROL.lastIndex = 0;
    return null;
  }
  CONTROL.lastIndex = 0;
  const normal = normaliseEmail(address);
  return isEmailAddress(normal) ? normal : null;
}

/** Text safe inside HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
