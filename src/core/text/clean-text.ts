/**
 * This file defines the one way text typed by people is normalised, shared by program
 * settings (src/core/program/validate-settings.ts) and intake (src/core/intake), so a value
 * the settings accept (a shared field offered on the form) is exactly the value intake finds
 * in an answer: a field 'Data\u0000science' is saved as 'Datascience', offered so, and a
 * tick of it matches. Cleaning only removes what no one typed on purpose: control
 * characters (other than tab and newline), the difference between Unicode compositions (NFC),
 * surrounding space, and, in one-line text, line breaks and runs of space. Names, which go
 * into email subjects and greetings, also lose the invisible formatting characters that can
 * reorder or hide what a reader sees (bidi overrides and isolates, zero-width characters).
 */

// C0 controls other than tab and newline, DEL, and the C1 block: never typed on purpose.
const CONTROL = /(?![\t\n])\p{Cc}/gu;
// Bidi embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), zero-width space,
// non-joiner and joiner (U+200B-U+200D), word joiner (U+2060) and the BOM (U+FEFF).
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/g;

/** Text: controls removed, line breaks unified to '\n', NFC, surrounding space trimmed. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').normalize('NFC').trim();
}

/** One-line text (short answers, names, list entries): every run of whitespace, line breaks included, is one space. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ');
}

/** A name shown to people (in a greeting, a subject, a list): one line, invisible formatting removed. */
export function cleanName(value: string): string {
  return cleanLine(value.replace(INVISIBLE, ''));
}
