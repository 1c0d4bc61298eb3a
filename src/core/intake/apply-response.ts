/**
 * This file defines how a response lands in the applicant table, the one rule shared by
 * live intake (one response per form submit) and "re-read all responses" (a fold over the
 * raw sheet), so the two cannot disagree. The rule:
 *
 * - The person is found by intake key (an email intake has applied to the row before, or
 *   'row:<n>' for a response without a usable email), else by the row's current email cell
 *   (so a submission from an address the group corrected by hand finds that row).
 * - A response whose raw row is not newer than the row's `responseRow` (and whose time is
 *   not later than the submission intake last wrote) changes nothing: applying a response
 *   twice, or an older one after a newer, is a no-op.
 * - A newer response updates the row, but the group's edits win: a status the group set
 *   (approved, withdrawn, matched, or any change to what intake wrote) is kept, and so is
 *   every field the group hand-edited: whose cell differs from what intake last wrote there
 *   (the fingerprints in intakeHash) or holds a formula (src/core/tables). Problems
 *   about a field the group edited are dropped with the answer they were about.
 * - Otherwise the response is a new row, with a fresh id (suffixed if the id is taken).
 */
import { fieldKeys } from '../forms/field-keys';
import { isEmailAddress } from '../program/email';
import type { ProgramSettings } from '../program/settings';
import { copyOwnedTable, fingerprint, fingerprints, handEdited, putCells, type TableSchema } from '../tables';
import type { ApplicantStatus } from '../types';
import { applicantSchema, type ColumnKey } from './columns';
import { uniqueId } from './hash';
import { type IdFor, type IntakeResult, inspectResponse, type RawResponse } from './normalise';
import { type ApplicantTable, columnIndexes } from './table';

export interface IntakeChange {
  kind: 'added' | 'updated' | 'unchanged';
  /** The affected data row (0-based; sheet row = rowIndex + 2). */
  rowIndex: number;
  id: string;
}

/** Statuses only the group sets: intake never overrides them. */
const GROUP_STATUSES: ReadonlySet<string> = new Set<ApplicantStatus>(['approved', 'withdrawn', 'matched']);

interface Working {
  schema: TableSchema<ColumnKey>;
  table: ApplicantTable;
  col: Map<ColumnKey, number>;
  byKey: Map<string, number>;
  byEmail: Map<string, number>;
  ids: Set<string>;
}

function get(w: Working, row: readonly unknown[], key: ColumnKey): string {
  const j = w.col.get(key);
  return j === undefined ? '' : String(row[j] ?? '');
}

function index(w: Working, rowIndex: number): void {
  const row = w.table.rows[rowIndex]!;
  for (const key of get(w, row, 'intakeKeys').split(' ')) {
    if (key !== '' && !w.byKey.has(key)) w.byKey.set(key, rowIndex);
  }
  const email = get(w, row, 'email').toLowerCase();
  if (isEmailAddress(email) && !w.byEmail.has(email)) w.byEmail.set(email, rowIndex);
  const id = get(w, row, 'id');
  if (id !== '') w.ids.add(id);
}

function working(table: ApplicantTable): Working {
  const w: Working = {
    schema: applicantSchema(table.role),
    table: copyOwnedTable(table),
    col: columnIndexes(table),
    byKey: new Map(),
    byEmail: new Map(),
    ids: new Set(),
  };
  for (let i = 0; i < w.table.rows.length; i++) index(w, i);
  return w;
}

/** What intake would write for each tracked column of this response, as canonical strings. */
function canonicalValues(result: IntakeResult): Map<ColumnKey, string> {
  const a = result.applicant as unknown as Record<string, unknown>;
  const values = new Map<ColumnKey, string>([['submittedAt', result.applicant.submittedAt]]);
  for (const key of fieldKeys(result.applicant.role)) {
    const v = key === 'consent' ? result.consent : a[key];
    values.set(key, Array.isArray(v) ? v.join(', ') : String(v ?? ''));
  }
  return values;
}

function statusFor(problems: IntakeResult['problems']): ApplicantStatus {
  return problems.some((p) => p.blocking) ? 'invalid' : 'new';
}

function addRow(w: Working, result: IntakeResult, response: RawResponse): IntakeChange {
  const id = uniqueId(result.applicant.id, w.ids);
  const cells = canonicalValues(result);
  cells.set('status', result.applicant.status);
  cells.set('id', id);
  cells.set('issues', result.applicant.issues.join('\n'));
  cells.set('responseRow', String(response.row));
  cells.set('intakeKeys', result.key);
  const rowIndex = w.table.rows.length;
  putCells(w.schema, w.table, rowIndex, cells);
  index(w, rowIndex);
  return { kind: 'added', rowIndex, id };
}

function updateRow(w: Working, rowIndex: number, result: IntakeResult, response: RawResponse): IntakeChange {
  const row = w.table.rows[rowIndex]!;
  const kept = new Set<string>();
  const cells = new Map<ColumnKey, string>();

  // A cell is the group's when it was hand-edited (it differs from what intake last wrote,
  // holds a formula, or is filled on a row intake never wrote). The group's value stays, and
  // stays marked as theirs (its fingerprint is not renewed), until an answer agrees with it.
  const merge = (key: ColumnKey, incoming: string) => {
    if (handEdited(w.schema, w.table, rowIndex, key) && get(w, row, key) !== incoming) kept.add(key);
    else cells.set(key, incoming);
  };
  for (const [key, value] of canonicalValues(result)) merge(key, value);

  const problems = result.problems.filter((p) => p.key === undefined || !kept.has(p.key));
  if (!GROUP_STATUSES.has(get(w, row, 'status'))) merge('status', statusFor(problems));

  const keys = get(w, row, 'intakeKeys').split(' ').filter((k) => k !== '');
  if (!keys.includes(result.key)) keys.push(result.key);
  cells.set('issues', problems.map((p) => p.message).join('\n'));
  cells.set('responseRow', String(response.row));
  cells.set('intakeKeys', keys.join(' '));
  putCells(w.schema, w.table, rowIndex, cells);
  index(w, rowIndex);
  return { kind: 'updated', rowIndex, id: get(w, w.table.rows[rowIndex]!, 'id') };
}

/**
 * Whether a response is newer than what the row holds: a later raw row, or (because deleting
 * a row in the raw response sheet renumbers the rows after it) a later submission time than
 * the one intake last wrote. Timestamps compare as ISO 8601 strings in one format
 * (Date.toISOString), which live intake and re-reading must both use.
 */
function isNewer(w: Working, rowIndex: number, responseRow: number, submittedAt: string): boolean {
  const row = w.table.rows[rowIndex]!;
  const applied = Number(get(w, row, 'responseRow') || Number.NaN);
  if (!Number.isFinite(applied) || responseRow > applied) return true;
  const written = fingerprints(w.schema, w.table, rowIndex).get('submittedAt');
  const last = get(w, row, 'submittedAt');
  return written !== undefined && fingerprint(last) === written && submittedAt > last;
}

function step(w: Working, response: RawResponse, settings: ProgramSettings, idFor: IdFor): IntakeChange {
  if (!Number.isInteger(response.row) || response.row < 1) {
    throw new Error(`applyResponse: response.row must be a positive integer, got ${response.row}`);
  }
  const result = inspectResponse(w.table.role, response, settings, idFor);
  const usableEmail = result.key === result.applicant.email;
  const rowIndex = w.byKey.get(result.key) ?? (usableEmail ? w.byEmail.get(result.key) : undefined);
  if (rowIndex === undefined) return addRow(w, result, response);
  const row = w.table.rows[rowIndex]!;
  if (!isNewer(w, rowIndex, response.row, result.applicant.submittedAt)) {
    return { kind: 'unchanged', rowIndex, id: get(w, row, 'id') };
  }
  return updateRow(w, rowIndex, result, response);
}

/**
 * Applies one response to the table (see the file comment for the rule). Pure: the input
 * table is not modified; when nothing changes the same table object comes back. `idFor`
 * gives a new person's id from their intake key, e.g. `(key) => stableId(role, key)`.
 */
export function applyResponse(
  table: ApplicantTable,
  response: RawResponse,
  settings: ProgramSettings,
  idFor: IdFor,
): { table: ApplicantTable; change: IntakeChange } {
  const w = working(table);
  const change = step(w, response, settings, idFor);
  return { table: change.kind === 'unchanged' ? table : w.table, change };
}

/**
 * "Re-read all responses": applyResponse folded over `responses` in raw-row order, starting
 * from the current table (so the group's edits survive). Equal to having applied each
 * response live; running it again changes nothing. Rows the group deleted from the sheet
 * come back (withdrawing is done with the status, not by deleting).
 */
export function rebuild(
  table: ApplicantTable,
  responses: readonly RawResponse[],
  settings: ProgramSettings,
  idFor: IdFor,
): { table: ApplicantTable; changes: IntakeChange[] } {
  const w = working(table);
  const ordered = responses.map((r, i) => ({ r, i })).sort((a, b) => a.r.row - b.r.row || a.i - b.i);
  const changes = ordered.map(({ r }) => step(w, r, settings, idFor));
  return { table: changes.every((c) => c.kind === 'unchanged') ? table : w.table, changes };
}
