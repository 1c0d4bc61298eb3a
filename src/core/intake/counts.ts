/**
 * This file defines the applicant counts the sidebar shows for each sheet: how many there
 * are, per status, and how many need the group's attention.
 *
 * "Needs attention" means the group has to look at the row before it can be used: the
 * status is 'invalid' (a blocking problem: no consent, no usable email, a required answer
 * missing), or the row lists issues (an unreadable phone number, an unusually long answer
 * ...), or the status cell holds something that is not a status. Withdrawn applicants never
 * need attention. A plain new, clean row does not count: it is waiting for approval, which
 * byStatus.new shows. The group clears a non-blocking issue by emptying the issues cell.
 */
import type { ApplicantStatus } from '../types';
import { parseStatus, STATUSES } from './columns';
import { type ApplicantTable, cellOf, isBlankRow } from './table';

export interface IntakeCounts {
  /** Applicant rows (blank rows not counted). */
  total: number;
  byStatus: Record<ApplicantStatus, number>;
  needAttention: number;
}

export function intakeCounts(table: ApplicantTable): IntakeCounts {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ApplicantStatus, number>;
  let total = 0;
  let needAttention = 0;
  for (const row of table.rows) {
    if (isBlankRow(table, row)) continue;
    total++;
    const status = parseStatus(cellOf(table, row, 'status'));
    if (status !== undefined) byStatus[status]++;
    if (status === 'withdrawn') continue;
    if (status === undefined || status === 'invalid' || cellOf(table, row, 'issues') !== '') needAttention++;
  }
  return { total, byStatus, needAttention };
}
