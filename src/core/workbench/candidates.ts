/**
 * This file defines what the sidebar shows when a mentee is opened or two pairs are about to
 * be swapped: the mentee's allowed mentors best first (English rule, forbidden pairs and the
 * minimum score applied, as the engine applies them), where a mentor ranks among them (for
 * the explanation), and the change a swap makes to both pairs' scores and to the total.
 */
import { languageAllows, type RankFacts } from '../matching';
import type { Mentee, Mentor } from '../types';

export interface Candidate {
  /** Position in the mentors list. */
  readonly j: number;
  readonly score: number;
}

/**
 * The allowed mentors of a mentee from its raw score row, best first (ties by mentor order),
 * and the rank facts of any mentor. `forbidden` holds the mentor ids forbidden for this mentee.
 */
export function candidatesFor(
  row: ArrayLike<number>,
  mentee: Mentee,
  mentors: readonly Mentor[],
  forbidden: ReadonlySet<string>,
  minScore: number,
): { candidates: Candidate[]; rank(score: number): RankFacts } {
  const candidates: Candidate[] = [];
  for (let j = 0; j < mentors.length; j++) {
    const mentor = mentors[j]!;
    const score = row[j]!;
    if (score < minScore || forbidden.has(mentor.id) || !languageAllows(mentee, mentor)) continue;
    candidates.push({ j, score });
  }
  candidates.sort((a, b) => b.score - a.score || a.j - b.j);
  const bestScore = candidates[0]?.score ?? 0;
  return {
    candidates,
    rank(score: number): RankFacts {
      let better = 0;
      for (const c of candidates) if (c.score > score) better++;
      return { rank: better + 1, candidates: candidates.length, bestScore: Math.max(bestScore, score) };
    },
  };
}

export interface SwapChange {
  /** The two pairs' scores now and after the swap (first mentee, then second). */
  readonly before: readonly [number, number];
  readonly after: readonly [number, number];
  readonly totalBefore: number;
  readonly totalAfter: number;
}

/** What swapping changes, for a board whose pair scores add up to `total`. */
export function swapChange(before: readonly [number, number], after: readonly [number, number], total: number): SwapChange {
  return { before, after, totalBefore: total, totalAfter: total - before[0] - before[1] + after[0] + after[1] };
}
