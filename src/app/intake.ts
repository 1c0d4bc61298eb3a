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

import { formSpec } from '../core/forms';
import {
  APPLICANT_SHEET_NAMES,
  type ApplicantTable,
  applicantAt,
  applicantSchema,
  applyResponse,
  type ColumnKey,
  emptyApplicantTable,
  type IntakeCounts,
  intakeCounts,
  readApplicantSheet,
  readApplicantTable,
  rebuild,
  stableId,
} from '../core/intake';
import type { ProgramSettings } from '../core/program';
import type { Language, Role } from '../core/types';
import { type OwnedSheet, saveOwnedSheet } from './owned-sheets';
import type { Ports } from './ports';
import { savedSettings } from './program-setup';
import { type FixedChoices, rawResponseAt, rawResponses, toRawResponse } from './raw-responses';
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

export { toRawResponse } from './raw-responses';

export type IngestOutcome =
  | { kind: 'added' | 'updated' | 'unchanged'; role: Role; id: string; email?: string; language?: Language }
  | { kind: 'ignored'; reason: string };

type ApplicantSheet = OwnedSheet<ColumnKey, ApplicantTable>;

/** The applicant sheet as an owned table: one read of its values and formulas. */
function openSheet(ports: Ports, role: Role, settings: ProgramSettings): ApplicantSheet {
  const schema = applicantSchema(role);
  const snapshot = ports.ownedTables.read(schema.name);
  return { schema, snapshot, table: readApplicantSheet(role, settings.language, snapshot) };
}

function roleOfSheet(ports: Ports, sheetId: number): Role | null {
  const records = formRecords(ports);
  return ROLES.find((role) => records[role]?.responseSheetId === sheetId) ?? null;
}

/** The form's fixed-choice questions (capacity, yes/no ...) by title, for rawResponses. */
function fixedChoices(role: Role, settings: ProgramSettings): FixedChoices {
  return new Map(formSpec(role, settings).items.flatMap((item) => (item.choices ? [[item.title, item.choices] as const] : [])));
}

function idFor(role: Role) {
  return (key: string) => stableId(role, key);
}

/** A form-submit event as intake needs it: where the response landed, and its answers as typed. */
export interface SubmitEvent {
  sheetId: number;
  row: number;
  /** The event's namedValues (header → answers as typed); absent when a handler is run without an event. */
  namedValues?: Readonly<Record<string, readonly string[]>>;
}

/** The form-submit trigger's work: applies the response on `row` of the raw sheet, answers as typed. */
export function ingestSubmission(ports: Ports, event: SubmitEvent): IngestOutcome {
  const settings = savedSettings(ports);
  if (!settings) return { kind: 'ignored', reason: 'no settings' };
  const role = roleOfSheet(ports, event.sheetId);
  if (!role) return { kind: 'ignored', reason: 'not a response sheet of this program' };
  return ports.lock.withLock(() => {
    const raw = ports.tables.readRow(event.sheetId, event.row);
    const formId = formRecords(ports)[role]?.formId ?? '';
    const response = raw ? rawResponseAt(ports, formId, raw, event.row, event.namedValues, fixedChoices(role, settings)) : null;
    if (!response) return { kind: 'ignored', reason: `row ${event.row} holds no response` };
    const sheet = openSheet(ports, role, settings);
    const { table: next, change } = applyResponse(sheet.table, response, settings, idFor(role));
    saveOwnedSheet(ports, sheet, next);
    // Who to tell "we received / updated your application", without reading the sheet again.
    const person = change.kind === 'unchanged' ? null : applicantAt(next, change.rowIndex);
    const language = person?.role === 'mentee' ? person.language : settings.language;
    return { kind: change.kind, role, id: change.id, email: person?.email, language };
  });
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
      const sheet = openSheet(ports, role, settings);
      const { table: next, changes } = rebuild(sheet.table, rawResponses(ports, record.formId, raw.data, fixedChoices(role, settings)), settings, idFor(role));
      for (const change of changes) summary[change.kind]++;
      saveOwnedSheet(ports, sheet, next);
    }
    return summary;
  });
}

export interface ApplicantOverview {
  counts: ApplicantCounts;
  /**
   * How many responses in each raw sheet intake has not applied yet (their trigger failed or
   * never ran): exactly those a re-read would add or update.
   */
  unread: Record<Role, number>;
}

/**
 * The sidebar's view of the applicant sheets, each read once: the counts, and (with saved
 * settings) the responses not yet read. Answers are not needed for the latter (who and how
 * new a response is come from its email, row and time), so the forms are not read.
 */
export function applicantOverview(ports: Ports, language: Language, settings: ProgramSettings | null): ApplicantOverview {
  const records = settings ? formRecords(ports) : {};
  const unread: Record<Role, number> = { mentor: 0, mentee: 0 };
  const count = (role: Role) => {
    const data = ports.tables.read(APPLICANT_SHEETS[role]);
    const table = data?.headers.length ? readApplicantTable(role, language, data.headers, data.rows) : emptyApplicantTable(role, language);
    const record = records[role];
    const raw = settings && record && record.responseSheetId >= 0 ? ports.tables.readById(record.responseSheetId) : null;
    if (settings && raw) {
      const responses = raw.data.rows.flatMap((values, i) => toRawResponse(raw.data.headers, values, i + 2) ?? []);
      unread[role] = rebuild(table, responses, settings, idFor(role)).changes.filter((c) => c.kind !== 'unchanged').length;
    }
    return intakeCounts(table);
  };
  return { counts: { mentors: count('mentor'), mentees: count('mentee') }, unread };
}
