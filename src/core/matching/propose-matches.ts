/**
 * This file defines the matching use case the sidebar calls: score every pair, apply the
 * group's rules, find the best assignment, and explain every proposal and every mentee
 * left without a mentor. It is pure and deterministic: the same applicants and settings
 * always give the same proposal. Callers pass the applicants who should take part
 * (typically those approved); the engine does not filter by status.
 */
import type { Mentee, Mentor } from '../types';
import { assignMatrix } from './assign-matrix';
import { explainPair, type PairExplanation, type RankFacts } from './explain-pair';
import { applyRules, resolveRules } from './hard-rules';
import { type MatchMode, type MatchSettingsInput, resolveMatchSettings } from './match-settings';
import { createRowScorer, scoreMatrix } from './score-matrix';
import { buildScoringModel } from './scoring-model';
import { type UnmatchedMentee, unmatchedReason } from './unmatched-reasons';

export interface ProposedPair {
  readonly menteeId: string;
  readonly mentorId: string;
  /** 0-100. */
  readonly score: number;
  readonly locked: boolean;
  readonly explanation: PairExplanation;
}

export interface MentorLoad {
  readonly mentorId: string;
  readonly capacity: number;
  readonly assigned: number;
}

export interface MatchProposal {
  readonly mode: MatchMode;
  /** In mentee order. */
  readonly pairs: ProposedPair[];
  /** In mentee order. */
  readonly unmatched: UnmatchedMentee[];
  /** In mentor order. */
  readonly mentors: MentorLoad[];
  readonly totalScore: number;
  /** The lowest pair score, or null when nobody is matched. */
  readonly lowestScore: number | null;
}

/**
 * Proposes mentors for mentees. Throws an Error naming the offending id or pair on bad
 * input: duplicate or unknown ids, a bad capacity or setting, a lock on a forbidden or
 * language-excluded pair, or more locks on a mentor than their capacity.
 */
export function proposeMatches(
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  input: MatchSettingsInput = {},
): MatchProposal {
  const settings = resolveMatchSettings(input);
  const rules = resolveRules(mentors, mentees, settings);
  const model = buildScoringModel(mentors, mentees, settings.weights, settings.enabled);
  // One table, changed in place from raw scores to allowed ones: at 5,000 x 5,000 a copy
  // is 200 MB. Raw scores of the few unmatched mentees are computed again when needed.
  const n = mentees.length;
  const m = mentors.length;
  const scores = scoreMatrix(model);
  const rows = mentees.map((_, i) => scores.subarray(i * m, (i + 1) * m));
  const allowedCount = applyRules(rows, mentors, mentees, rules, settings.minScore);
  const { mentorOf } = assignMatrix(
    { score: rows, nMentees: n, nMentors: m, capacity: rules.capacity },
    rules.locks,
    settings.mode,
  );

  const locked = new Set(rules.locks.map(([i, j]) => i * m + j));
  const rawRow = new Float64Array(m);
  let scoreRow: ((i: number, row: Float64Array) => void) | undefined;
  const pairs: ProposedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  const assigned = new Int32Array(m);
  let totalScore = 0;
  let lowest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const j = mentorOf[i]!;
    if (j < 0) {
      scoreRow ??= createRowScorer(model);
      scoreRow(i, rawRow);
      unmatched.push(unmatchedReason(i, mentors, mentees, rawRow, rules, settings.minScore));
      continue;
    }
    const score = rows[i]![j]!;
    const isLocked = locked.has(i * m + j);
    assigned[j]!++;
    totalScore += score;
    lowest = Math.min(lowest, score);
    pairs.push({
      menteeId: mentees[i]!.id,
      mentorId: mentors[j]!.id,
      score,
      locked: isLocked,
      explanation: explainPair(model, i, j, score, rankAmong(rows[i]!, score, allowedCount[i]!), isLocked),
    });
  }
  return {
    mode: settings.mode,
    pairs,
    unmatched,
    mentors: mentors.map((mentor, j) => ({ mentorId: mentor.id, capacity: rules.capacity[j]!, assigned: assigned[j]! })),
    totalScore,
    lowestScore: pairs.length > 0 ? lowest : null,
  };
}

/** Where a pair stands among its mentee's allowed mentors. */
function rankAmong(row: Float64Array, score: number, candidates: number): RankFacts {
  let better = 0;
  let bestScore = score;
  for (let j = 0; j < row.length; j++) {
    const s = row[j]!;
    if (s > score) better++;
    if (s > bestScore) bestScore = s;
  }
  return { rank: better + 1, candidates, bestScore };
}
