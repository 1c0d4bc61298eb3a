/**
 * This file defines the applicant sheet as a value: its header row and data rows, mapped by
 * header name, never by position. The group may reorder columns, rename nothing we need, and
 * add columns of its own (notes, formulas): unknown columns keep their place and values, and
 * columns intake needs but the sheet lacks are appended. Reading decodes every known cell to
 * its canonical string (see columns.ts); writing encodes it again, so a read-write round trip
 * leaves the sheet as it was. The mechanism (group columns, formulas, hand edits, block
 * writes) is the owned-table one of src/core/tables; this file adds what is applicant-specific.
 */
import {
  type OwnedTable,
  cellOf as ownedCellOf,
  columnIndexes as ownedColumnIndexes,
  readOwnedTable,
  type SheetSnapshot,
} from '../tables';
import type { Applicant, ApplicantStatus, Language, Role } from '../types';
import { applicantSchema, type ColumnKey, encodeCell, parseStatus } from './columns';

/**
 * An applicant sheet: an owned table (headers, the column each header stands for or null
 * for the group's own, rows of canonical strings in known columns and the value as read in
 * the others, the group's formulas) of `role`'s schema.
 */
export interface ApplicantTable extends OwnedTable<ColumnKey> {
  role: Role;
}

/** A block ready for one setValues call. */
export interface SheetBlock {
  headers: string[];
  rows: unknown[][];
}

/**
 * Reads a sheet as the adapter read it (values and formulas, header row first; null when
 * there is no sheet) as `role`'s applicant table. Headers are recognised in both languages;
 * a duplicated header counts once (the first), later copies are the group's own columns.
 */
export function readApplicantSheet(role: Role, language: Language, snapshot: SheetSnapshot | null): ApplicantTable {
  return { role, ...readOwnedTable(applicantSchema(role), language, snapshot) };
}

/** readApplicantSheet over values only (header row and data rows, as getValues returns them). */
export function readApplicantTable(
  role: Role,
  language: Language,
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
): ApplicantTable {
  if (headers.length === 0 && rows.length === 0) return readApplicantSheet(role, language, null);
  return readApplicantSheet(role, language, { values: [[...headers], ...rows.map((r) => [...r])], formulas: [] });
}

/** An applicant table with only the header row: what a new Mentors or Mentees sheet holds. */
export function emptyApplicantTable(role: Role, language: Language): ApplicantTable {
  return readApplicantSheet(role, language, null);
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
  return ownedColumnIndexes(table);
}

/** The canonical string in a known column of a row ('' when absent). */
export function cellOf(table: ApplicantTable, row: readonly unknown[], key: ColumnKey): string {
  return ownedCellOf(table, row, key);
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
