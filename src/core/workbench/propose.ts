/**
 * This file defines "Propose" on the board: the engine proposes a mentor for every mentee
 * taking part who has no confirmed or locked pair, keeping those pairs as locks and never
 * using a forbidden pair. A kept pair with a warning (the group typed it by hand and it
 * breaks a rule) stays exactly as it is, its mentee is left out of the proposal and it still
 * takes its mentor's place, so the proposal never adds to the problem nor hides it.
 * Proposed pairs from before are the engine's own and are replaced.
 */
import { type MatchMode, type MatchProposal, proposeMatches, type CriterionId, type CriterionWeights } from '../matching';
import type { Mentor } from '../types';
import { type Board, type BoardPair, type People, proposedPair, takesPart } from './board';
import { boardWarnings } from './warnings';

/** What the group sets before pressing Propose; saved with the program. */
export interface WorkbenchSettings {
  readonly weights: Readonly<CriterionWeights>;
  readonly enabled: Readonly<Record<CriterionId, boolean>>;
  readonly minScore: number;
  readonly mode: MatchMode;
}

export interface BoardProposal {
  readonly board: Board;
  /** The engine's answer for the mentees it was given (explanations, unmatched reasons). */
  readonly proposal: MatchProposal;
  /** The people the engine was given (the positions its model uses). */
  readonly mentors: readonly Mentor[];
}

export function proposeBoard(board: Board, people: People, settings: WorkbenchSettings): BoardProposal {
  const warned = new Set(boardWarnings(board, people).map((w) => w.menteeId));
  const kept = board.pairs.filter((p) => p.state !== 'proposed');
  const keptMentees = new Set(kept.map((p) => p.menteeId));
  const clean = kept.filter((p) => !warned.has(p.menteeId));
  const locks = clean.map((p) => ({ menteeId: p.menteeId, mentorId: p.mentorId }));
  const lockCount = countBy(clean.map((p) => p.mentorId));
  const warnedPlaces = countBy(kept.filter((p) => warned.has(p.menteeId)).map((p) => p.mentorId));

  const mentors = people.mentors.filter(takesPart).map((m) => {
    const taken = warnedPlaces.get(m.id) ?? 0;
    if (taken === 0) return m;
    return { ...m, capacity: Math.max(lockCount.get(m.id) ?? 0, m.capacity - taken) };
  });
  const mentees = people.mentees.filter((m) => takesPart(m) && !(keptMentees.has(m.id) && warned.has(m.id)));
  const mentorIds = new Set(mentors.map((m) => m.id));
  const menteeIds = new Set(mentees.map((m) => m.id));
  const forbids = board.forbids.filter((f) => mentorIds.has(f.mentorId) && menteeIds.has(f.menteeId));
  const proposal = proposeMatches(mentors, mentees, { ...settings, locks, forbids });

  const proposed = new Map(proposal.pairs.map((p) => [p.menteeId, p.mentorId]));
  const pairs: BoardPair[] = [];
  const placed = new Set<string>();
  for (const p of board.pairs) {
    if (p.state !== 'proposed') {
      pairs.push(p);
    } else {
      const mentorId = proposed.get(p.menteeId);
      if (mentorId === undefined || keptMentees.has(p.menteeId) || placed.has(p.menteeId)) continue;
      pairs.push(proposedPair(p.menteeId, mentorId));
    }
    placed.add(p.menteeId);
  }
  for (const p of proposal.pairs) {
    if (!placed.has(p.menteeId)) pairs.push(proposedPair(p.menteeId, p.mentorId));
  }
  return { board: { ...board, pairs }, proposal, mentors };
}

function countBy(ids: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}
