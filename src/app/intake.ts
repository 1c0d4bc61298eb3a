/**
 * This file defines intake as use cases: one form submission becomes (or updates) one row
 * of the Mentors or Mentees sheet, and "re-read all responses" folds every raw response into
 * those sheets through the same pure rule (src/core/intake), so a missed trigger loses
 * nothing and running it twice changes nothing. Writers hold the document lock. Sheets are
 * read and written in blocks, so the number of service calls does not grow with the number
 * of applicants; only intake's own columns are written, so the group's columns (notes,
 * formulas) are never touched.
 */
import {
  type ApplicantTable,
  applicantAt,
  applicantColumns,
  applyResponse,
  emptyApplicantTable,
  type IntakeCounts,
  intakeCounts,
  type RawResponse,
  readApplicantTable,
  rebuild,
  stableId,
  writeApplicantTable,
} from '../core/intake';
import type { ProgramSettings } from '../core/program';
import type { Language, Role } from '../core/types';
import type { Ports, TableData } from './ports';
import { savedSettings } from './program-setup';
import { formRecords, ROLES } from './sign-up-forms';

/** The applicant sheets' names are fixed (formulas and habits refer to them). */
export const APPLICANT_SHEETS: Record<Role, string> = { mentor: 'Mentors', mentee: 'Mentees' };

export interface ApplicantCounts {
  mentors: IntakeCounts;
  mentees: IntakeCounts;
}

export interface RereadSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export type IngestOutcome =
  | { kind: 'added' | 'updated' | 'unchanged'; role: Role; id: string; email?: string; language?: Language }
  | { kind: 'ignored'; reason: string };

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return value.toISOString();
  return String(value);
}

/** A raw response row as core's intake reads it: the first column is the form's timestamp. */
export function toRawResponse(headers: string[], values: unknown[], row: number): RawResponse | null {
  const stamp = values[0];
  const ms = isDate(stamp) ? stamp.getTime() : typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN;
  if (Number.isNaN(ms)) return null;
  // Whole seconds, as Forms records them: the applicant sheet stores this as a date, and a
  // sheet date need not keep milliseconds, which would read back as a group edit.
  const timestamp = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  const answers: Record<string, string> = {};
  headers.forEach((header, i) => {
    if (i > 0 && header) answers[header] = cellString(values[i]);
  });
  return { row, timestamp, answers };
}

function loadTable(ports: Ports, role: Role, settings: ProgramSettings): { table: ApplicantTable; exists: boolean } {
  const data = ports.tables.read(APPLICANT_SHEETS[role]);
  if (!data || data.headers.length === 0) return { table: emptyApplicantTable(role, settings.language), exists: false };
  return { table: readApplicantTable(role, settings.language, data.headers, data.rows), exists: true };
}

function ensureSheet(ports: Ports, role: Role, settings: ProgramSettings): void {
  const columns = applicantColumns(role, settings.language);
  ports.tables.ensure(
    APPLICANT_SHEETS[role],
    columns.map((c) => c.header),
    columns.filter((c) => c.hidden).map((c) => c.header),
  );
}

/** Maximal runs of adjacent intake-owned columns: [start, end) pairs, 0-based. */
function ownRuns(table: ApplicantTable): [number, number][] {
  const runs: [number, number][] = [];
  table.columns.forEach((key, i) => {
    if (key === null) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  });
  return runs;
}

/** Writes rows [from, to) of the table (and the header when asked), intake's columns only. */
function writeRows(ports: Ports, role: Role, table: ApplicantTable, from: number, to: number, withHeader: boolean): void {
  const block = writeApplicantTable(table);
  const firstSheetRow = withHeader ? 1 : from + 2;
  const rows = [...(withHeader ? [block.headers] : []), ...block.rows.slice(from, to)];
  for (const [start, end] of ownRuns(table)) {
    ports.tables.writeBlock(APPLICANT_SHEETS[role], firstSheetRow, start + 1, rows.map((r) => r.slice(start, end)));
  }
}

function roleOfSheet(ports: Ports, sheetId: number): Role | null {
  const records = formRecords(ports);
  return ROLES.find((role) => records[role]?.responseSheetId === sheetId) ?? null;
}

function idFor(role: Role) {
  return (key: string) => stableId(role, key);
}

/** The form-submit trigger's work: applies the response on `row` of the raw sheet. */
export function ingestSubmission(ports: Ports, event: { sheetId: number; row: number }): IngestOutcome {
  const settings = savedSettings(ports);
  if (!settings) return { kind: 'ignored', reason: 'no settings' };
  const role = roleOfSheet(ports, event.sheetId);
  if (!role) return { kind: 'ignored', reason: 'not a response sheet of this program' };
  return ports.lock.withLock(() => {
    const raw = ports.tables.readRow(event.sheetId, event.row);
    const response = raw ? toRawResponse(raw.headers, raw.values, event.row) : null;
    if (!response) return { kind: 'ignored', reason: `row ${event.row} holds no response` };
    const { table, exists } = loadTable(ports, role, settings);
    if (!exists) ensureSheet(ports, role, settings);
    const { table: next, change } = applyResponse(table, response, settings, idFor(role));
    if (change.kind !== 'unchanged') {
      const headerChanged = !exists || next.headers.length !== table.headers.length;
      writeRows(ports, role, next, change.rowIndex, change.rowIndex + 1, false);
      if (headerChanged) writeRows(ports, role, next, 0, 0, true);
    }
    // Who to tell "we received / updated your application", without reading the sheet again.
    const person = change.kind === 'unchanged' ? null : applicantAt(next, change.rowIndex);
    const language = person?.role === 'mentee' ? person.language : settings.language;
    return { kind: change.kind, role, id: change.id, email: person?.email, language };
  });
}

function responsesOf(data: TableData): RawResponse[] {
  const out: RawResponse[] = [];
  data.rows.forEach((values, i) => {
    const response = toRawResponse(data.headers, values, i + 2);
    if (response) out.push(response);
  });
  return out;
}

/** "Re-read all responses" for both forms; the same result live intake would have given. */
export function rereadAll(ports: Ports, settings: ProgramSettings): RereadSummary {
  const records = formRecords(ports);
  const summary: RereadSummary = { added: 0, updated: 0, unchanged: 0 };
  return ports.lock.withLock(() => {
    for (const role of ROLES) {
      const record = records[role];
      if (!record) continue;
      const raw = ports.tables.readById(record.responseSheetId);
      if (!raw) continue;
      const { table, exists } = loadTable(ports, role, settings);
      const { table: next, changes } = rebuild(table, responsesOf(raw.data), settings, idFor(role));
      for (const change of changes) summary[change.kind]++;
      if (next === table && exists) continue;
      if (!exists) ensureSheet(ports, role, settings);
      writeRows(ports, role, next, 0, next.rows.length, true);
    }
    return summary;
  });
}

export function applicantCounts(ports: Ports, language: Language): ApplicantCounts {
  const count = (role: Role) => {
    const data = ports.tables.read(APPLICANT_SHEETS[role]);
    const table = data?.headers.length ? readApplicantTable(role, language, data.headers, data.rows) : emptyApplicantTable(role, language);
    return intakeCounts(table);
  };
  return { mentors: count('mentor'), mentees: count('mentee') };
}
