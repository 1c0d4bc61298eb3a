/**
 * This file defines the cleaning of single answers: text, names, phone numbers, counts and
 * ticked boxes. Text is cleaned by the function settings use too (src/core/text), which only
 * removes what no one typed on purpose; emojis, accents and right-to-left text pass through.
 *
 * Phone numbers go through libphonenumber-js with its 'min' metadata: it parses and
 * validates Swedish and international numbers by length and prefix (enough to reject
 * garbage and to write E.164), at about half the size of the 'max' metadata, which would
 * only add finer number-type detection the program has no use for.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { cleanLine } from '../text/clean-text';

export { cleanLine, cleanName, cleanText } from '../text/clean-text';

/** Google Sheets' limit is 50,000 characters per cell; keep a margin for the apostrophe. */
export const MAX_CELL_TEXT = 49_000;

/**
 * `value` cut to at most `max` UTF-16 units, never between the two halves of an emoji or
 * other astral character, with '…' marking the cut.
 */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max - 1;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${value.slice(0, end)}…`;
}

export type PhoneResult = { ok: true; e164: string } | { ok: false; text: string };

/**
 * A phone number in E.164 form ('+46701234567'), with Sweden as the default country so
 * '070-123 45 67' and '0046 70 ...' both work. Anything that is not a valid number keeps its
 * cleaned text, so nothing typed is lost and the group can fix it by hand.
 */
export function normalisePhone(value: string): PhoneResult {
  const text = cleanLine(value);
  if (text === '') return { ok: true, e164: '' };
  const parsed = parsePhoneNumberFromString(text, 'SE');
  return parsed?.isValid() ? { ok: true, e164: parsed.number } : { ok: false, text };
}

const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, one: 1, två: 2, two: 2, tre: 3, three: 3 };

/**
 * How many mentees a mentor takes: the first whole number in the answer ('2', '2 st') or a
 * number word ('två', 'two'); undefined when there is none or it is below 1.
 */
export function parseCapacity(value: string): number | undefined {
  const text = cleanLine(value).toLowerCase();
  const digits = /\d+/.exec(text);
  if (digits) {
    const n = Number(digits[0]);
    return n >= 1 ? n : undefined;
  }
  const word = /^[\p{L}]+/u.exec(text)?.[0];
  return word !== undefined ? NUMBER_WORDS[word] : undefined;
}

/**
 * Ticked checkbox answers (Google joins them with ', ') matched against the shared list:
 * known entries come back in the list's own spelling, in list order; anything else is
 * returned in `unknown` (kept by the caller, since data is never dropped). `aliases` maps
 * other spellings (another language's label) to entries of the list.
 */
export function splitChecked(
  value: string,
  sharedFields: readonly string[],
  aliases: ReadonlyMap<string, string> = new Map(),
): { known: string[]; unknown: string[] } {
  const text = cleanLine(value);
  if (text === '') return { known: [], unknown: [] };
  const byLower = new Map<string, string>();
  // The list is cleaned the same way as the answer (settings saved before the shared cleaning may hold controls).
  for (const [alias, field] of aliases) byLower.set(cleanLine(alias).toLowerCase(), field);
  for (const field of sharedFields) byLower.set(cleanLine(field).toLowerCase(), field);
  const ticked = new Set<string>();
  const unknown: string[] = [];
  for (const part of text.split(/\s*,\s*/)) {
    if (part === '') continue;
    const match = byLower.get(part.toLowerCase());
    if (match !== undefined) ticked.add(match);
    else if (!unknown.includes(part)) unknown.push(part);
  }
  return { known: sharedFields.filter((f) => ticked.has(f)), unknown };
}
