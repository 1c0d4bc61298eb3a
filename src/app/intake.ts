/**
 * This file defines intake as use cases: one form submission becomes (or updates) one row
 * of the Mentors or Mentees sheet, and "re-read all responses" folds every raw response into
 * those sheets through the same pure rule (src/core/intake), so a missed trigger loses
 * nothing and running it twice changes nothing. Writers hold the document lock. Sheets are
 * read and written in blocks, so the number of service calls does not grow with the number
 * of applicants; the sheets are owned tables (src/core/tables): only changed rows of
 * intake's own columns are written, so the group's columns, values and formulas (even a
 * formula in one of intake's columns) are never touched.
 */
import {
  APPLICANT_SHEET_NAMES,
  type ApplicantTable,
  applicantSchema,
  applyResponse,
  emptyApplicantTable,
  type IntakeCounts,
  intakeCounts,
  type RawResponse,
  readApplicantSheet,
  readApplicantTable,
  rebuild,
  stableId,
} from '../core/intake';
import { planTableWrite } from '../core/tables';
import type { ProgramSettings } from '../core/program';
import type { Language, Role } from '../core/types';
import type { SheetSnapshot } from '../core/tables';
import type { Ports, TableData } from './ports';
import { savedSettings } from './program-setup';
import { formRecords, ROLES } from './sign-up-forms';

/** The applicant sheets' names are fixed (formulas and habits refer to them). */
export const APPLICANT_SHEETS: Record<Role, string> = APPLICANT_SHEET_NAMES;

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
  | { kind: 'added' | 'updated' | 'unchanged'; role: Role; id: string }
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

interface ApplicantSheet {
  role: Role;
  snapshot: SheetSnapshot | null;
  table: ApplicantTable;
}

/** The applicant sheet as an owned table: one read of its values and formulas. */
function openSheet(ports: Ports, role: Role, settings: ProgramSettings): ApplicantSheet {
  const snapshot = ports.ownedTables.read(APPLICANT_SHEETS[role]);
  return { role, snapshot, table: readApplicantSheet(role, settings.language, snapshot) };
}

/** Writes what changed (only changed rows, only intake's columns; creates the sheet when new). */
function saveSheet(ports: Ports, sheet: ApplicantSheet, next: ApplicantTable): void {
  const plan = planTableWrite(applicantSchema(sheet.role), sheet.snapshot, next);
  if (plan.blocks.length > 0 || plan.hide.length > 0) ports.ownedTables.write(APPLICANT_SHEETS[sheet.role], plan);
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
  return ports.runtime.withLock(() => {
    const raw = ports.tables.readRow(event.sheetId, event.row);
    const response = raw ? toRawResponse(raw.headers, raw.values, event.row) : null;
    if (!response) return { kind: 'ignored', reason: `row ${event.row} holds no response` };
    const sheet = openSheet(ports, role, settings);
    const { table: next, change } = applyResponse(sheet.table, response, settings, idFor(role));
    saveSheet(ports, sheet, next);
    return { kind: change.kind, role, id: change.id };
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
  return ports.runtime.withLock(() => {
    for (const role of ROLES) {
      const record = records[role];
      if (!record) continue;
      const raw = ports.tables.readById(record.responseSheetId);
      if (!raw) continue;
      const sheet = openSheet(ports, role, settings);
      const { table: next, changes } = rebuild(sheet.table, responsesOf(raw.data), settings, idFor(role));
      for (const change of changes) summary[change.kind]++;
      saveSheet(ports, sheet, next);
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
