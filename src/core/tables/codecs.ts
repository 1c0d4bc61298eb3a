/**
 * This file defines how the cells of a sheet the add-on owns are decoded to canonical
 * strings and encoded again. Inside an owned table every owned cell is one canonical string
 * ('true', '2', 'approved', an ISO time), independent of the language its label is shown in,
 * so comparing strings tells a real edit from a relabelling. Decoding takes whatever getValues
 * returns (text exactly as stored, a number, a boolean, a Date of any realm); encoding gives
 * what setValues must receive for the sheet to hold that canonical value: labels in the
 * program's language, numbers as numbers, dates as dates, and text protected with an
 * apostrophe wherever Sheets would otherwise interpret it (cell-text.ts).
 */
import type { Language } from '../types';
import { toCellText } from './cell-text';

/** One column's cell format. `decode` must accept what `encode` produced, read back from Sheets. */
export interface CellCodec {
  /** The canonical string of a value getValues returned. */
  decode(value: unknown): string;
  /** The value to hand to setValues for a canonical string. */
  encode(canonical: string, language: Language): unknown;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The text of any value getValues can return. A string is taken exactly as Sheets returned
 * it (Sheets has already dropped a protecting apostrophe; one that is left is data). Dates,
 * from another realm too, become ISO 8601; non-finite numbers become ''.
 */
export function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}

/** Free text, trimmed; written protected, so it is never a formula, number or date. */
export const textCodec: CellCodec = {
  decode: (value) => cellString(value).trim(),
  encode: (canonical) => toCellText(canonical),
};

/** A whole number >= 0, written as a number; anything else the group typed stays as text. */
export const intCodec: CellCodec = {
  decode(value) {
    const text = cellString(value).trim();
    return /^\d+(\.0+)?$/.test(text) ? String(Number.parseInt(text, 10)) : text;
  },
  encode: (canonical) => (/^\d+$/.test(canonical) && canonical.length <= 15 ? Number(canonical) : toCellText(canonical)),
};

/** An ISO 8601 time, written as a real date (the sheet shows local time and sorts), read back as ISO. */
export const timeCodec: CellCodec = {
  decode: (value) => cellString(value).trim(),
  encode(canonical) {
    const ms = Date.parse(canonical);
    return /^\d{4}-\d{2}-\d{2}T/.test(canonical) && !Number.isNaN(ms) ? new Date(ms) : toCellText(canonical);
  },
};

/** A list joined with ', ' (blank entries dropped). */
export const listCodec: CellCodec = {
  decode: (value) =>
    cellString(value)
      .trim()
      .split(/\s*,\s*/)
      .filter((s) => s !== '')
      .join(', '),
  encode: (canonical) => toCellText(canonical),
};

/** Lines joined with '\n' (each trimmed, blank ones dropped). */
export const linesCodec: CellCodec = {
  decode: (value) =>
    cellString(value)
      .trim()
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .join('\n'),
  encode: (canonical) => toCellText(canonical),
};

/**
 * A choice among canonical values shown with a label per language ('approved' is 'godkänd'
 * in Swedish). A label in either language, or the canonical value itself, reads as the value
 * (case and spacing ignored); anything else the group typed is kept as typed. `parse` may add
 * more lenient readings (e.g. 'Yes', 'ja', TRUE for a yes/no column).
 */
export function choiceCodec(
  labels: Record<Language, Readonly<Record<string, string>>>,
  parse?: (text: string) => string | undefined,
): CellCodec {
  const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const byLabel = new Map<string, string>();
  for (const language of Object.keys(labels) as Language[]) {
    for (const [value, label] of Object.entries(labels[language])) {
      byLabel.set(fold(value), value);
      byLabel.set(fold(label), value);
    }
  }
  return {
    decode(value) {
      const text = cellString(value).trim();
      return byLabel.get(fold(text)) ?? parse?.(text) ?? text;
    },
    encode(canonical, language) {
      const label = labels[language]?.[canonical];
      return label !== undefined ? toCellText(label) : toCellText(canonical);
    },
  };
}
