/**
 * This file defines why a mentee got no mentor, checked in the order the group would look:
 * no mentors at all, nobody who accepts English, every remaining mentor forbidden, every
 * remaining pair under the minimum score, and otherwise that the suitable mentors' places
 * are all taken. The last one is exact, not a guess: the assignment matches as many
 * mentees as possible, so if one of this mentee's possible mentors had a place left, the
 * mentee would have it.
 */
import type { Mentee, Mentor } from '../types';
import { languageAllows, type ResolvedRules } from './hard-rules';

export type UnmatchedReason =
  | 'no-mentors'
  | 'no-english-mentor'
  | 'all-forbidden'
  | 'below-min-score'
  | 'english-mentors-full'
  | 'mentors-full';

export interface UnmatchedMentee {
  readonly menteeId: string;
  readonly reason: UnmatchedReason;
  /** Mentors the rules allow for this mentee (all of them full when the reason is capacity). */
  readonly candidates: number;
  /** The best score among mentors the language rule and the forbids leave (null if none). */
  readonly bestScore: number | null;
  readonly minScore: number;
}

/** `rawRow` is the mentee's score with every mentor, before any rule applied. */
export function unmatchedReason(
  i: number,
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  rawRow: Float64Array,
  rules: ResolvedRules,
  minScore: number,
): UnmatchedMentee {
  const mentee = mentees[i]!;
  const m = mentors.length;
  let languageOk = 0;
  let notForbidden = 0;
  let candidates = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < m; j++) {
    if (!languageAllows(mentee, mentors[j]!)) continue;
    languageOk++;
    if (rules.forbidden.has(i * m + j)) continue;
    notForbidden++;
    const s = rawRow[j]!;
    best = Math.max(best, s);
    if (s >= minScore) candidates++;
  }
  let reason: UnmatchedReason;
  if (m === 0) reason = 'no-mentors';
  else if (languageOk === 0) reason = 'no-english-mentor';
  else if (notForbidden === 0) reason = 'all-forbidden';
  else if (candidates === 0) reason = 'below-min-score';
  else reason = mentee.language === 'en' ? 'english-mentors-full' : 'mentors-full';
  return {
    menteeId: mentee.id,
    reason,
    candidates,
    bestScore: best > Number.NEGATIVE_INFINITY ? best : null,
    minScore,
  };
}
