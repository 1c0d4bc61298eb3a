/**
 * This file defines how the emulated Sheets interprets what a script writes and how it shows
 * what it stores. Writes through setValue/setValues/appendRow are read as if typed by a user:
 * '=' starts a formula, so does '+', '-' or '@' before anything but a number (typedAsFormula),
 * a leading apostrophe forces text (and is dropped), number-like text
 * becomes a number, TRUE/FALSE become booleans, and 'yyyy-mm-dd[ hh:mm[:ss]]' becomes a date in
 * the spreadsheet's time zone. Formulas are not computed: HYPERLINK("url","label") yields its
 * label and every other formula yields the placeholder string '#FORMULA', so a test sees that a
 * formula was written without the emulator pretending to be a calculation engine.
 */
import type { EmulatorContext } from '../context';
import { zonedParts, zonedTimeToEpoch } from '../runtime/time-zone';
import { type CellValue, MAX_CELL_CHARS, MSG, SheetDate } from './spreadsheet-common';

export const FORMULA_PLACEHOLDER = '#FORMULA';
export const DEFAULT_NUMBER_FORMAT = '0.###############';
const DATE_ONLY_FORMAT = 'yyyy-mm-dd';

export interface ParsedInput {
  value: CellValue;
  formula?: string;
  /** A number format Sheets would apply by itself (a date-only entry shows without a time). */
  autoFormat?: string;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const EN_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SV_DECIMAL = /^[+-]?\d+,\d+$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const HYPERLINK = /^=\s*HYPERLINK\s*\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i;

/** Number-like text as Sheets reads it in `locale` ('0701234567' → 701234567). */
export function parseNumberLike(text: string, locale: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (PLAIN_NUMBER.test(t)) return Number(t);
  if (!locale.startsWith('sv') && EN_GROUPED.test(t)) return Number(t.replace(/,/g, ''));
  if (locale.startsWith('sv') && SV_DECIMAL.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/** Computes a formula's stored result without a calculation engine (see file comment). */
export function evaluateFormula(formula: string): string {
  const m = HYPERLINK.exec(formula);
  if (!m) return FORMULA_PLACEHOLDER;
  const unquote = (s: string) => s.replace(/""/g, '"');
  return m[2] !== undefined ? unquote(m[2]) : unquote(m[1] ?? '');
}

/**
 * True when a person typing `text` would get a formula although it does not start with '=':
 * '+', '-' or '@' followed by anything that is not a plain number or percentage ('+1+2',
 * '-A1', '+SUM(A1)', '@x'). Spreadsheets read those signs as formula starts (OWASP and
 * CWE-1236 list = + - @); the emulator takes the stricter reading that every such text is a
 * formula, stored as '=' + text, so a missing quote prefix cannot hide.
 */
function typedAsFormula(text: string, locale: string): boolean {
  if (!/^[+\-@][\s\S]/.test(text)) return false;
  if (text.startsWith('@')) return true;
  return parseNumberLike(text, locale) === null && !PERCENT.test(text.trim());
}

/**
 * Interprets one written value. `plainText` is true when the cell's number format is '@';
 * Sheets then keeps number- and boolean-like text as text. A leading '=' stays a formula even
 * then: whether '@' stops formulas on Google is unverified, and the stricter reading is the one
 * that cannot hide a formula-injection bug.
 */
export function parseInput(
  ctx: EmulatorContext,
  method: string,
  input: unknown,
  plainText: boolean,
): ParsedInput {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : '#NUM!' };
  if (typeof input === 'boolean') return { value: input };
  if (ctx.isDate(input)) {
    const ms = input.getTime();
    return { value: Number.isNaN(ms) ? '' : new SheetDate(ms) };
  }
  if (typeof input !== 'string') {
    return ctx.fail(method, `Cannot store a value of type ${Object.prototype.toString.call(input)} in a cell.`);
  }
  if (input.length > MAX_CELL_CHARS) ctx.fail(method, MSG.cellTooLong);
  if (input.startsWith('=')) return { value: evaluateFormula(input), formula: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (typedAsFormula(input, ctx.locale)) return { value: evaluateFormula(`=${input}`), formula: `=${input}` };
  if (plainText) return { value: input };
  const upper = input.trim().toUpperCase();
  if (upper === 'TRUE') return { value: true };
  if (upper === 'FALSE') return { value: false };
  const n = parseNumberLike(input, ctx.locale);
  if (n !== null) return { value: n };
  const pct = PERCENT.exec(input.trim());
  if (pct) return { value: Number(pct[1]) / 100, autoFormat: '0%' };
  const date = parseDateText(input.trim(), ctx.timeZone);
  if (date) return date;
  return { value: input };
}

function parseDateText(text: string, timeZone: string): ParsedInput | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? 0 : Number(x)));
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 59) return null;
  const probe = new Date(Date.UTC(y!, mo! - 1, d!));
  if (probe.getUTCDate() !== d) return null; // 2026-02-30 is text on Sheets too
  const ms = zonedTimeToEpoch(timeZone, y!, mo!, d!, h!, mi!, s!);
  return m[4] === undefined ? { value: new SheetDate(ms), autoFormat: DATE_ONLY_FORMAT } : { value: new SheetDate(ms) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats a date with Sheets' number-format tokens (yyyy, yy, mm, m, dd, d, hh, h, ss). */
export function formatDate(ms: number, format: string, timeZone: string): string {
  const w = zonedParts(ms, timeZone);
  const tokens = format.match(/"[^"]*"|yyyy|yy|mm|m|dd|d|hh|h|ss|s|./gi) ?? [];
  let out = '';
  tokens.forEach((tok, i) => {
    const t = tok.toLowerCase();
    const prev = tokens.slice(0, i).reverse().find((x) => /^[a-z]+$/i.test(x))?.toLowerCase();
    const next = tokens.slice(i + 1).find((x) => /^[a-z]+$/i.test(x))?.toLowerCase();
    const isMinute = (t === 'm' || t === 'mm') && (prev?.startsWith('h') || next?.startsWith('s'));
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (t === 'yyyy') out += pad(w.year, 4);
    else if (t === 'yy') out += pad(w.year % 100);
    else if (t === 'mm') out += pad(isMinute ? w.minute : w.month);
    else if (t === 'm') out += String(isMinute ? w.minute : w.month);
    else if (t === 'dd') out += pad(w.day);
    else if (t === 'd') out += String(w.day);
    else if (t === 'hh') out += pad(w.hour);
    else if (t === 'h') out += String(w.hour);
    else if (t === 'ss') out += pad(w.second);
    else if (t === 's') out += String(w.second);
    else out += tok;
  });
  return out;
}

function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '');
  return /[yd]/i.test(bare) || /h/i.test(bare) || /s/i.test(bare);
}

function formatNumber(n: number, format: string | undefined, locale: string): string {
  const sv = locale.startsWith('sv');
  const decimalSep = sv ? ',' : '.';
  if (format && format !== DEFAULT_NUMBER_FORMAT && format !== '@' && /^[#0,]*(\.0+)?%?$/.test(format)) {
    const percent = format.endsWith('%');
    const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
    const fixed = (percent ? n * 100 : n).toFixed(decimals);
    let [int = '', frac] = fixed.split('.');
    if (format.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, sv ? '\u00a0' : ',');
    return `${int}${frac ? decimalSep + frac : ''}${percent ? '%' : ''}`;
  }
  const plain = Object.is(n, -0) ? '0' : String(n);
  return sv ? plain.replace('.', ',') : plain;
}

/**
 * What Sheets shows for a stored value. Dates without a date format show as
 * 'yyyy-MM-dd HH:mm:ss' in the spreadsheet's zone (a simplification of the locale default);
 * booleans as TRUE/FALSE; numbers plainly, with a comma decimal separator in Swedish locales.
 */
export function displayValue(value: CellValue, format: string | undefined, ctx: EmulatorContext): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof SheetDate) {
    const f = format && isDateFormat(format) ? format : 'yyyy-mm-dd hh:mm:ss';
    return formatDate(value.ms, f, ctx.timeZone);
  }
  return formatNumber(value, format, ctx.locale);
}
