/**
 * This file defines the matching proposal as the sidebar sees it: the applicants who take
 * part (not withdrawn, not invalid) read from the Mentors and Mentees sheets, run through
 * the pure matching engine, and turned into names, scores and sentences in the program's
 * language. Nothing is written: confirming pairs is a later step.
 */
import { fail, ok, type Result } from '../core/failures';
import { duplicateIdRows, readApplicantTable, readApplicants } from '../core/intake';
import { type MatchMode, proposeMatches, renderExplanation, renderUnmatchedReason } from '../core/matching';
import type { ProgramSettings } from '../core/program';
import type { Applicant, Mentee, Mentor, Role } from '../core/types';
import { APPLICANT_SHEETS } from './intake';
import type { Ports } from './ports';

export interface ProposedPairView {
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  score: number;
  /** This mentor's rank among the mentee's allowed mentors (1 = best). */
  rank: number;
  explanation: string;
}

export interface MatchProposalView {
  mode: MatchMode;
  mentors: number;
  mentees: number;
  pairs: ProposedPairView[];
  unmatched: { menteeId: string; menteeName: string; reason: string }[];
  totalScore: number;
  lowestScore: number | null;
}

function takesPart(a: Applicant): boolean {
  return a.status !== 'withdrawn' && a.status !== 'invalid';
}

/** The people taking part, or a failure naming the rows a copied row made share one id. */
function applicantsOf<T extends Applicant>(ports: Ports, role: Role, settings: ProgramSettings): Result<T[]> {
  const sheet = APPLICANT_SHEETS[role];
  const data = ports.tables.read(sheet);
  if (!data?.headers.length) return ok([]);
  const table = readApplicantTable(role, settings.language, data.headers, data.rows);
  const duplicate = duplicateIdRows(table, takesPart);
  if (duplicate) return fail('duplicateId', { id: duplicate.id }, { sheet, rows: duplicate.rows });
  return ok(readApplicants(table).filter(takesPart) as T[]);
}

const fullName = (a: Applicant) => `${a.firstName} ${a.lastName}`.trim();

export function matchProposal(ports: Ports, settings: ProgramSettings, mode: MatchMode): Result<MatchProposalView> {
  const mentorsRead = applicantsOf<Mentor>(ports, 'mentor', settings);
  if (!mentorsRead.ok) return mentorsRead;
  const menteesRead = applicantsOf<Mentee>(ports, 'mentee', settings);
  if (!menteesRead.ok) return menteesRead;
  const mentors = mentorsRead.value;
  const mentees = menteesRead.value;
  const names = new Map<string, string>([...mentors, ...mentees].map((a) => [a.id, fullName(a)]));
  const proposal = proposeMatches(mentors, mentees, { mode });
  const round = (x: number) => Math.round(x * 10) / 10;
  return ok({
    mode: proposal.mode,
    mentors: mentors.length,
    mentees: mentees.length,
    pairs: proposal.pairs.map((p) => ({
      menteeId: p.menteeId,
      menteeName: names.get(p.menteeId) ?? p.menteeId,
      mentorId: p.mentorId,
      mentorName: names.get(p.mentorId) ?? p.mentorId,
      score: round(p.score),
      rank: p.explanation.rank,
      explanation: renderExplanation(p.explanation, settings.language),
    })),
    unmatched: proposal.unmatched.map((u) => ({
      menteeId: u.menteeId,
      menteeName: names.get(u.menteeId) ?? u.menteeId,
      reason: renderUnmatchedReason(u, settings.language),
    })),
    totalScore: round(proposal.totalScore),
    lowestScore: proposal.lowestScore === null ? null : round(proposal.lowestScore),
  });
}
