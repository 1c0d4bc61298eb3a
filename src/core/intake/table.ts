/**
 * This file defines the applicant sheet as a value: its header row and data rows, mapped by
 * header name, never by position. The group may reorder columns, rename nothing we need, and
 * add columns of its own (notes, formulas): unknown columns keep their place and values, and
 * columns intake needs but the sheet lacks are appended. Reading decodes every known cell to
 * its canonical string (see columns.ts); writing encodes it again, so a read-write round trip
 * leaves the sheet as it was.
 */
import type { Applicant, ApplicantStatus, Language, Role } from '../types';
import { applicantColumns, type ColumnKey, columnKeyForHeader, decodeCell, encodeCell, parseStatus } from './columns';
import { fromCellText } from './cell-text';

export interface ApplicantTable {
  role: Role;
  /** The language labels (yes/no, status) are written in: the program's. */
  language: Language;
  /** The header row, in sheet order. */
  headers: string[];
  /** The column each header stands for; null for the group's own columns. */
  columns: (ColumnKey | null)[];
  /**
   * Data rows, each as wide as `headers`: canonical strings in known columns, the value as
   * read in the others. Row i is sheet row i + 2 when the header is on row 1.
   */
  rows: unknown[][];
}

/** A block ready for one setValues call. */
export interface SheetBlock {
  headers: string[];
  rows: unknown[][];
}

function headerText(value: unknown): string {
  return typeof value === 'string' ? fromCellText(value).trim() : value === null || value === undefined ? '' : String(value);
}

/**
 * Reads a sheet's values (header row and data rows, as getValues returns them) as `role`'s
 * applicant table. Headers are recognised in both languages; a duplicated header counts once
 * (the first), later copies are left alone as the group's own columns.
 */
export function readApplicantTable(
  role: Role,
  language: Language,
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
): ApplicantTable {
  const width = Math.max(headers.length, ...rows.map((r) => r.length));
  const names = Array.from({ length: width }, (_, j) => headerText(headers[j]));
  const seen = new Set<ColumnKey>();
  const columns = names.map((name) => {
    const key = columnKeyForHeader(role, name);
    if (key === undefined || seen.has(key)) return null;
    seen.add(key);
    return key;
  });
  const missing = applicantColumns(role, language).filter((c) => !seen.has(c.key));
  for (const { key, header } of missing) {
    names.push(header);
    columns.push(key);
  }
  const table: ApplicantTable = { role, language, headers: names, columns, rows: [] };
  table.rows = rows.map((raw) =>
    columns.map((key, j) => (key === null ? (raw[j] ?? '') : decodeCell(key, j < raw.length ? raw[j] : ''))),
  );
  return table;
}

/** An applicant table with only the header row: what a new Mentors or Mentees sheet holds. */
export function emptyApplicantTable(role: Role, language: Language): ApplicantTable {
  return readApplicantTable(role, language, [], []);
}

/** One data row encoded for writing (labels, numbers, protected text; the group's cells as read). */
export function writeApplicantRow(table: ApplicantTable, rowIndex: number): unknown[] {
  const row = table.rows[rowIndex];
  if (!row) throw new Error(`writeApplicantRow: no row ${rowIndex}`);
  return table.columns.map((key, j) => (key === null ? row[j] : encodeCell(key, String(row[j] ?? ''), table.language)));
}

/**
 * The whole table encoded for one setValues call. The group's own columns hold the values as
 * read: an adapter that must not overwrite formulas there writes only the known columns
 * (see `columns`), or reads those columns with getFormulas.
 */
export function writeApplicantTable(table: ApplicantTable): SheetBlock {
  return { headers: [...table.headers], rows: table.rows.map((_, i) => writeApplicantRow(table, i)) };
}

/** Index of each known column in `table`. */
export function columnIndexes(table: ApplicantTable): Map<ColumnKey, number> {
  const index = new Map<ColumnKey, number>();
  table.columns.forEach((key, j) => {
    if (key !== null) index.set(key, j);
  });
  return index;
}

/** The canonical string in a known column of a row ('' when absent). */
export function cellOf(table: ApplicantTable, row: readonly unknown[], key: ColumnKey): string {
  const j = table.columns.indexOf(key);
  return j < 0 ? '' : String(row[j] ?? '');
}

/** True for a row that holds no applicant (no id, email or name), e.g. one the group emptied. */
export function isBlankRow(table: ApplicantTable, row: readonly unknown[]): boolean {
  return (['id', 'email', 'firstName', 'lastName'] as const).every((key) => cellOf(table, row, key) === '');
}

function splitList(text: string, separator: string): string[] {
  return text === '' ? [] : text.split(separator);
}

/**
 * The applicant in row `rowIndex`, typed for matching and emails, or null for a blank row.
 * What the group typed that does not fit a column reads leniently: an unknown status as
 * 'new' (so it gets reviewed), a capacity that is not a whole number >= 1 as 1.
 */
export function applicantAt(table: ApplicantTable, rowIndex: number): Applicant | null {
  const row = table.rows[rowIndex];
  if (!row || isBlankRow(table, row)) return null;
  const get = (key: ColumnKey) => cellOf(table, row, key);
  const status: ApplicantStatus = parseStatus(get('status')) ?? 'new';
  const base = {
    id: get('id'),
    status,
    submittedAt: get('submittedAt'),
    firstName: get('firstName'),
    lastName: get('lastName'),
    email: get('email').toLowerCase(),
    phone: get('phone'),
    city: get('city'),
    digital: get('digital') === 'true',
    fields: splitList(get('fields'), ', '),
    wishes: get('wishes'),
    issues: splitList(get('issues'), '\n'),
    education: get('education'),
  };
  if (table.role === 'mentor') {
    const capacity = Number(get('capacity'));
    return {
      ...base,
      role: 'mentor',
      organisation: get('organisation'),
      field: get('field'),
      acceptsEnglish: get('acceptsEnglish') === 'true',
      capacity: Number.isInteger(capacity) && capacity >= 1 ? capacity : 1,
    };
  }
  return {
    ...base,
    role: 'mentee',
    language: get('language') === 'en' ? 'en' : 'sv',
    motivation: get('motivation'),
    expectations: get('expectations'),
    contribution: get('contribution'),
  };
}

/** Every applicant in the table, in sheet order, blank rows skipped. */
export function readApplicants(table: ApplicantTable): Applicant[] {
  const result: Applicant[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const applicant = applicantAt(table, i);
    if (applicant) result.push(applicant);
  }
  return result;
}
