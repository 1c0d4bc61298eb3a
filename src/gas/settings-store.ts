/**
 * This file defines the add-on's small persistent state: JSON values in the program store
 * (src/gas/program-store: document properties of a bound script, a hidden sheet of a
 * published add-on), which every editor of the spreadsheet can read (settings, form ids). It is
 * only touched outside AuthMode.NONE. A property holds at most 9 KB (key and value), and the
 * settings, each field within its limits, can exceed that (20 members, 40 fields, two long
 * links), so a value too big for one property is split: the key then holds a small head,
 * {"$parts": n}, and the parts are `key#0` .. `key#n-1`, all written in one setProperties
 * call, so a reader sees the old value or the new one, never half of each. Writers of a
 * split value hold the document lock (the caller's), so removing stale parts races nobody.
 */
import { utf8Length } from '../core/text/utf8-length';
import { programStore } from './program-store';

/** Bytes per property (key plus value), below Google's 9 KB with room for the part key. */
const PART_BYTES = 8 * 1024;
const PART_SEPARATOR = '#';

interface Head {
  $parts: number;
}

function isHead(value: unknown): value is Head {
  return typeof value === 'object' && value !== null && Number.isInteger((value as Head).$parts) && Object.keys(value).length === 1;
}

/** Splits text at code point boundaries into pieces of at most `bytes` UTF-8 bytes. */
function split(text: string, bytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (size + n > bytes) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  if (current !== '') parts.push(current);
  return parts;
}

const partKey = (key: string, i: number) => `${key}${PART_SEPARATOR}${i}`;

function parse<T>(raw: string | null | undefined): T | null {
  if (raw === null || raw === undefined || raw === '') return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    // A hand-edited or truncated value: treat as absent rather than break the sidebar.
    return null;
  }
}

export function readJson<T>(key: string): T | null {
  const props = programStore();
  const value = parse<unknown>(props.getProperty(key));
  if (!isHead(value)) return value as T | null;
  // One snapshot of the store, so the head and its parts are of the same write.
  const all = props.getProperties();
  const head = parse<unknown>(all[key]);
  if (!isHead(head)) return head as T | null;
  const parts: string[] = [];
  for (let i = 0; i < head.$parts; i++) {
    const part = all[partKey(key, i)];
    if (part === undefined) return null;
    parts.push(part);
  }
  return parse<T>(parts.join(''));
}

export function writeJson(key: string, value: unknown): void {
  const props = programStore();
  const json = JSON.stringify(value);
  const stale = props.getKeys().filter((k) => k.startsWith(`${key}${PART_SEPARATOR}`));
  let written = 0;
  if (utf8Length(key) + utf8Length(json) <= PART_BYTES) {
    props.setProperty(key, json);
  } else {
    const parts = split(json, PART_BYTES - utf8Length(partKey(key, 999)));
    const batch: Record<string, string> = { [key]: JSON.stringify({ $parts: parts.length }) };
    parts.forEach((part, i) => {
      batch[partKey(key, i)] = part;
    });
    props.setProperties(batch);
    written = parts.length;
  }
  for (const k of stale) {
    const index = Number(k.slice(key.length + PART_SEPARATOR.length));
    if (!(Number.isInteger(index) && index < written)) props.deleteProperty(k);
  }
}
