/**
 * This file defines how a workbench call starts: the applicants (withdrawn ones too, so a
 * pair with one can be named), the pairs on the Matches sheet, the stored weights, forbidden
 * pairs and undo, and the version token: a hash of the sheet's cells and the stored state,
 * so a write based on anything older is refused instead of merged.
 */
import type { Failure } from '../core/failures';
import { duplicateIdRows, readApplicants, readApplicantTable } from '../core/intake';
import type { ProgramSettings } from '../core/program';
import { fnv1a } from '../core/tables';
import type { Mentee, Mentor, Role } from '../core/types';
import { type Board, type People, takesPart } from '../core/workbench';
import { APPLICANT_SHEETS } from './intake';
import { type MatchesRead, readPairs } from './matches-sheet';
import type { Ports } from './ports';
import { readWorkbenchStore, type WorkbenchStore } from './workbench-store';

export interface Loaded {
  readonly settings: ProgramSettings;
  readonly people: People;
  readonly read: MatchesRead;
  readonly store: WorkbenchStore;
  readonly storeRaw: string;
  readonly board: Board;
  readonly version: string;
  /** Two people taking part share an id (a copied row): the group must fix that before any change. */
  readonly duplicate: Failure | null;
}

function applicants(ports: Ports, role: Role, settings: ProgramSettings): { people: (Mentor | Mentee)[]; duplicate: Failure | null } {
  const sheet = APPLICANT_SHEETS[role];
  const data = ports.tables.read(sheet);
  if (!data?.headers.length) return { people: [], duplicate: null };
  const table = readApplicantTable(role, settings.language, data.headers, data.rows);
  const twice = duplicateIdRows(table, takesPart);
  const duplicate: Failure | null = twice ? { key: 'duplicateId', values: { id: twice.id }, where: { sheet, rows: twice.rows } } : null;
  // One person per id, the one taking part first, so lookups never land on a withdrawn copy.
  const all = readApplicants(table);
  const byId = new Map<string, Mentor | Mentee>();
  for (const p of [...all.filter(takesPart), ...all]) if (!byId.has(p.id)) byId.set(p.id, p as Mentor | Mentee);
  return { people: all.filter((p) => byId.get(p.id) === p) as (Mentor | Mentee)[], duplicate };
}

export function loadWorkbench(ports: Ports, settings: ProgramSettings): Loaded {
  const mentors = applicants(ports, 'mentor', settings);
  const mentees = applicants(ports, 'mentee', settings);
  const people: People = { mentors: mentors.people as Mentor[], mentees: mentees.people as Mentee[] };
  const read = readPairs(ports, settings, people);
  const { state, raw } = readWorkbenchStore(ports.store);
  const board: Board = { pairs: read.rows.map((r) => r.pair), forbids: state.forbids };
  return { settings, people, read, store: state, storeRaw: raw, board, version: `v${fnv1a(`${read.fingerprint}|${raw}`)}`, duplicate: mentors.duplicate ?? mentees.duplicate };
}
