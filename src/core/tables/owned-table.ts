/**
 * This file defines a sheet the add-on owns as a value: its header row, which column each
 * header stands for, the data rows (canonical strings in the add-on's columns, the value as
 * read in the group's own), and where the group put formulas. It also defines the "group
 * edits win" bookkeeping every owned sheet shares: a tracked cell is hand-edited when it
 * holds a formula or differs from the fingerprint of what the add-on last wrote there, and
 * the add-on never writes over a formula. The group's own columns are never written at all
 * (write-plan.ts writes owned columns only).
 *
 * Tables are values: read with readOwnedTable, change a working copy (copyOwnedTable, then
 * putCells), and hand the result with the snapshot it was read from to planTableWrite.
 */
import type { Language } from '../types';
import type { CellCodec } from './codecs';
import { fnv1a } from './fingerprint';
import { codecOf, columnForHeader, type TableSchema } from './schema';

/** What the adapter read: the used block with the header row first, and its formulas ('' where none). */
export interface SheetSnapshot {
  values: unknown[][];
  formulas: string[][];
}

export interface OwnedTable<K extends string> {
  /** The language labels are written in: the program's. */
  language: Language;
  /** The header row, in sheet order (columns the sheet lacks appended). */
  headers: string[];
  /** The column each header stands for; null for the group's own columns. */
  columns: (K | null)[];
  /** Data rows as wide as `headers`; row i is sheet row i + 2. */
  rows: unknown[][];
  /** Formulas of the rows as read, by 'row,column' (0-based data row and column). */
  formulas: Readonly<Record<string, string>>;
}

/** The codec of each column of `table` (undefined for the group's columns). */
export function codecs<K extends string>(schema: TableSchema<K>, columns: readonly (K | null)[]): (CellCodec | undefined)[] {
  return columns.map((key) => (key === null ? undefined : codecOf(schema, key)));
}

function headerText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value);
}

/**
 * Reads a snapshot (null or empty when the sheet does not exist yet) as `schema`'s table.
 * A duplicated header counts once (the first); later copies are the group's own columns.
 */
export function readOwnedTable<K extends string>(schema: TableSchema<K>, language: Language, snapshot: SheetSnapshot | null): OwnedTable<K> {
  const [header = [], ...data] = snapshot?.values ?? [];
  const width = Math.max(header.length, ...data.map((r) => r.length));
  const headers = Array.from({ length: width }, (_, j) => headerText(header[j]));
  const seen = new Set<K>();
  const columns = headers.map((name) => {
    const key = columnForHeader(schema, name);
    if (key === undefined || seen.has(key)) return null;
    seen.add(key);
    return key;
  });
  for (const column of schema.columns) {
    if (seen.has(column.key)) continue;
    headers.push(column.header[language]);
    columns.push(column.key);
  }
  const codec = codecs(schema, columns);
  const rows = data.map((raw) => columns.map((_, j) => codec[j]?.decode(raw[j] ?? '') ?? raw[j] ?? ''));
  const formulas: Record<string, string> = {};
  snapshot?.formulas.slice(1).forEach((line, i) => {
    line.forEach((formula, j) => {
      if (formula) formulas[`${i},${j}`] = formula;
    });
  });
  return { language, headers, columns, rows, formulas };
}

/** A table with only the header row: what a new sheet holds. */
export function emptyOwnedTable<K extends string>(schema: TableSchema<K>, language: Language): OwnedTable<K> {
  return readOwnedTable(schema, language, null);
}

/** A working copy whose rows may be replaced (putCells) without touching `table`. */
export function copyOwnedTable<T extends OwnedTable<string>>(table: T): T {
  return { ...table, rows: table.rows.slice() };
}

/** Index of each owned column. */
export function columnIndexes<K extends string>(table: OwnedTable<K>): Map<K, number> {
  const index = new Map<K, number>();
  table.columns.forEach((key, j) => {
    if (key !== null) index.set(key, j);
  });
  return index;
}

/** The canonical string in an owned column of a row ('' when absent). */
export function cellOf<K extends string>(table: OwnedTable<K>, row: readonly unknown[], key: K): string {
  const j = table.columns.indexOf(key);
  return j < 0 ? '' : String(row[j] ?? '');
}

/** Whether the group put a formula in this cell (only rows as read can hold one). */
export function hasFormula<K extends string>(table: OwnedTable<K>, rowIndex: number, key: K): boolean {
  const j = table.columns.indexOf(key);
  return j >= 0 && table.formulas[`${rowIndex},${j}`] !== undefined;
}

/** Fingerprints of what the add-on last wrote in the row's tracked cells. */
export function fingerprints<K extends string>(schema: TableSchema<K>, table: OwnedTable<K>, rowIndex: number): Map<K, string> {
  const out = new Map<K, string>();
  const row = table.rows[rowIndex];
  if (!schema.fingerprints || !row) return out;
  for (const pair of cellOf(table, row, schema.fingerprints).split(';')) {
    const [key, hash] = pair.split('=');
    if (key && hash) out.set(key as K, hash);
  }
  return out;
}

/** The fingerprint the add-on records for a canonical value. */
export function fingerprint(canonical: string): string {
  return fnv1a(canonical);
}

/**
 * Whether the group changed this cell since the add-on last wrote it: it holds a formula, or
 * its value differs from the recorded fingerprint, or (nothing recorded: the add-on never
 * wrote it) it is filled. A hand-edited cell is the group's: the add-on keeps it.
 */
export function handEdited<K extends string>(schema: TableSchema<K>, table: OwnedTable<K>, rowIndex: number, key: K): boolean {
  if (hasFormula(table, rowIndex, key)) return true;
  const row = table.rows[rowIndex];
  if (!row) return false;
  const current = cellOf(table, row, key);
  const written = fingerprints(schema, table, rowIndex).get(key);
  return written === undefined ? current !== '' : fingerprint(current) !== written;
}

/**
 * Sets owned cells of row `rowIndex` (rowIndex === rows.length appends a row), replacing the
 * row array, so use it on a copy (copyOwnedTable). Cells holding a group formula are left
 * alone. Each tracked cell written gets a fresh fingerprint; the fingerprints of tracked
 * cells not written stay, so a cell the caller kept stays marked as the group's. Returns
 * the keys actually written.
 */
export function putCells<K extends string>(
  schema: TableSchema<K>,
  table: OwnedTable<K>,
  rowIndex: number,
  cells: Partial<Record<K, string>> | ReadonlyMap<K, string>,
): Set<K> {
  if (rowIndex > table.rows.length || rowIndex < 0) throw new Error(`putCells: no row ${rowIndex} in ${schema.name}`);
  const row = rowIndex === table.rows.length ? table.columns.map(() => '' as unknown) : table.rows[rowIndex]!.slice();
  const index = columnIndexes(table);
  const prints = fingerprints(schema, table, rowIndex);
  const tracked = new Set(schema.columns.filter((c) => c.tracked).map((c) => c.key));
  const written = new Set<K>();
  const entries = cells instanceof Map ? [...cells] : (Object.entries(cells) as [K, string][]);
  for (const [key, value] of entries) {
    const j = index.get(key);
    if (j === undefined || value === undefined || key === schema.fingerprints) continue;
    if (hasFormula(table, rowIndex, key)) continue;
    row[j] = value;
    written.add(key);
    if (tracked.has(key)) prints.set(key, fingerprint(value));
  }
  const printColumn = schema.fingerprints === undefined ? undefined : index.get(schema.fingerprints);
  if (printColumn !== undefined && !hasFormula(table, rowIndex, schema.fingerprints!)) {
    row[printColumn] = [...prints].map(([key, hash]) => `${key}=${hash}`).join(';');
  }
  table.rows[rowIndex] = row;
  return written;
}
