/**
 * This file defines what the emulated SpreadsheetApp and FormApp share: the stored cell value
 * types, the documented spreadsheet limits, string-valued enums, A1 notation, and the way a
 * facade object handed back by the bundle (a Sheet passed to deleteSheet, a Choice passed to
 * setChoices) is traced to its internal state. The emulator's call-counting layer may wrap
 * facades in Proxies, so internal state is found through a symbol-keyed property, never by
 * object identity or `#private` fields, both of which a Proxy hides.
 */
import type { EmulatorContext } from '../context';
import type { ValidationRule } from './spreadsheet-validation';

/** Stored date: epoch ms only, so every read can hand out a fresh Date of the bundle's realm. */
export class SheetDate {
  constructor(readonly ms: number) {}
}

/** One stored cell value; '' is an empty cell, as getValues reports it. */
export type CellValue = string | number | boolean | SheetDate;

/** Sparse per-cell state beyond the value; absent for the vast majority of cells. */
export interface CellExtra {
  formula?: string;
  numberFormat?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  note?: string;
  validation?: ValidationRule;
}

/** Google's documented limits (quotas page; 50k characters per cell, 10M cells per file). */
export const MAX_CELL_CHARS = 50_000;
export const MAX_CELLS = 10_000_000;
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export const MSG = {
  cellTooLong: `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
  tooManyCells: `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  rangeNotFound: 'Range not found',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
} as const;

const INTERNAL = Symbol.for('mentorprogram.emulator.internal');

/** Marks `facade` as carrying `state`; readable through a Proxy of the facade. */
export function attachInternal<T>(facade: object, state: T): void {
  Object.defineProperty(facade, INTERNAL, { value: state, enumerable: false });
}

/** The state attached to a facade (or a Proxy of one) if it is of the expected kind. */
export function internalOf<T>(value: unknown, isKind: (state: unknown) => state is T): T | null {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return null;
  const state = (value as Record<symbol, unknown>)[INTERNAL];
  return isKind(state) ? state : null;
}

/**
 * An Apps Script enum as seen from a script: properties whose values print as their names.
 * Plain strings keep `==` comparisons, `String(e)` and JSON working as they do on Google.
 */
export function makeEnum<const K extends string>(names: readonly K[]): Readonly<Record<K, K>> {
  const out = {} as Record<K, K>;
  for (const name of names) out[name] = name;
  return Object.freeze(out);
}

/** Type names as Apps Script prints them in "The parameters (...) don't match" errors. */
export function typeNames(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (a === null) return 'null';
      if (Array.isArray(a)) return 'Object[]';
      if (typeof a === 'string') return 'String';
      if (typeof a === 'number') return 'number';
      if (typeof a === 'boolean') return 'Boolean';
      if (a === undefined) return 'undefined';
      return 'Object';
    })
    .join(',');
}

export function signatureError(ctx: EmulatorContext, method: string, args: readonly unknown[]): never {
  return ctx.fail(
    method,
    `The parameters (${typeNames(args)}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

/** Apps Script accepts any number for an Integer parameter and drops the fraction. */
export function toInt(ctx: EmulatorContext, method: string, args: readonly unknown[], value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) signatureError(ctx, method, args);
  return Math.trunc(value as number);
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed A1 reference; `null` ends mean "to the edge of the sheet" (A:C, 1:3, A2:C). */
export interface A1Ref {
  sheetName: string | null;
  row: number | null;
  column: number | null;
  endRow: number | null;
  endColumn: number | null;
}

const A1_PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

export function parseA1(text: string): A1Ref | null {
  let rest = text.trim();
  let sheetName: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    sheetName = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    rest = rest.slice(bang + 1);
  }
  const parts = rest.split(':');
  if (parts.length > 2) return null;
  const start = A1_PART.exec(parts[0] ?? '');
  const end = parts.length === 2 ? A1_PART.exec(parts[1] ?? '') : start;
  if (!start || !end) return null;
  const part = (m: RegExpExecArray) => ({
    column: m[1] ? columnNumber(m[1]) : null,
    row: m[2] ? Number(m[2]) : null,
  });
  const a = part(start);
  const b = part(end);
  if ((a.column === null && a.row === null) || (b.column === null && b.row === null)) return null;
  if (parts.length === 1 && (a.column === null || a.row === null)) return null;
  if (a.row === 0 || b.row === 0) return null;
  // A whole-row reference (1:3) starts at column 1; a whole-column one (A:C) at row 1.
  return {
    sheetName,
    row: a.row ?? 1,
    column: a.column ?? 1,
    endRow: a.row === null || b.row === null ? null : b.row,
    endColumn: a.column === null || b.column === null ? null : b.column,
  };
}
