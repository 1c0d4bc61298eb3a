/**
 * This file defines how a workbench call starts: the applicants (withdrawn ones too, so a
 * pair with one can be named), the pairs on the Matches sheet, the stored weights, forbidden
 * pairs and undo, and the version token: a hash of the sheet's cells and the stored state,
 * so a write based on anything older is refused instead of merged.
 */
import { readApplicants, readApplicantTable } from '../core/intake';
import type { ProgramSettings } from '../core/program';
import { fnv1a } from '../core/tables';
import type { Mentee, Mentor, Role } from '../core/types';
import type { Board, People } from '../core/workbench';
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
}

function applicants(ports: Ports, role: Role, settings: ProgramSettings): (Mentor | Mentee)[] {
  const data = ports.tables.read(APPLICANT_SHEETS[role]);
  if (!data?.headers.length) return [];
  return readApplicants(readApplicantTable(role, settings.language, data.headers, data.rows));
}

export function loadWorkbench(ports: Ports, settings: ProgramSettings): Loaded {
  const people: People = {
    mentors: applicants(ports, 'mentor', settings) as Mentor[],
    mentees: applicants(ports, 'mentee', settings) as Mentee[],
  };
  const read = readPairs(ports, settings, people);
  const { state, raw } = readWorkbenchStore(ports.store);
  const board: Board = { pairs: read.rows.map((r) => r.pair), forbids: state.forbids };
  return { settings, people, read, store: state, storeRaw: raw, board, version: `v${fnv1a(`${read.fingerprint}|${raw}`)}` };
}
