/**
 * This file defines the check that an applicant sheet gives each person one row: a copied
 * row (a common hand edit) repeats the id, and matching needs every id once. The answer
 * names the sheet rows, so the group can be told exactly which rows to fix.
 */
import type { Applicant } from '../types';
import { applicantAt, type ApplicantTable } from './table';

/** The first id that more than one row carries, with those rows (1-based sheet rows), or null. */
export function duplicateIdRows(table: ApplicantTable, counts: (a: Applicant) => boolean = () => true): { id: string; rows: number[] } | null {
  const rowsById = new Map<string, number[]>();
  for (let i = 0; i < table.rows.length; i++) {
    const applicant = applicantAt(table, i);
    if (!applicant || !counts(applicant)) continue;
    const rows = rowsById.get(applicant.id);
    // Row i of the table is sheet row i + 2: the header is row 1.
    if (rows) rows.push(i + 2);
    else rowsById.set(applicant.id, [i + 2]);
  }
  for (const [id, rows] of rowsById) if (rows.length > 1) return { id, rows };
  return null;
}
