/**
 * This file defines the facts behind one proposed pair, as plain data the sidebar and the
 * match email can show: the points per criterion, the evidence behind each text criterion
 * (the mentee's words as written, the mentor's words they meet, and the points they carry),
 * the ticked fields the two share, the city and language facts, and where this mentor
 * stands among the mentee's possible mentors. Evidence is found by analysing just this
 * pair's texts again with the model's analyser, which is cheap for the few hundred pairs
 * proposed and keeps the 0-100 table free of per-pair word lists.
 */
import type { Language } from '../types';
import { fieldKey } from './criteria';
import { evidenceFor, type SharedTerm } from './pair-evidence';
import { type PairPoints, pairPoints } from './score-matrix';
import type { ScoringModel } from './scoring-model';

export type { SharedTerm } from './pair-evidence';

export interface PairExplanation {
  readonly points: PairPoints;
  /** Evidence per text criterion, most points first; only what carries a real part of the points. */
  readonly sharedWords: { readonly field: SharedTerm[]; readonly career: SharedTerm[]; readonly wishes: SharedTerm[] };
  /** Ticked fields both chose, as labelled in the mentee's answer. */
  readonly sharedFields: string[];
  readonly city: { readonly mentee: string; readonly mentor: string; readonly same: boolean; readonly bothDigital: boolean };
  readonly language: { readonly mentee: Language; readonly mentorAcceptsEnglish: boolean };
  /** 1 when this is the mentee's highest-scoring possible mentor. */
  readonly rank: number;
  /** How many mentors the rules allow for this mentee. */
  readonly candidates: number;
  readonly bestScore: number;
  /** bestScore minus this pair's score (0 for the best option). */
  readonly gapToBest: number;
  readonly locked: boolean;
}

/** Where the pair stands among the mentee's allowed mentors. */
export interface RankFacts {
  readonly rank: number;
  readonly candidates: number;
  readonly bestScore: number;
}

export function explainPair(
  model: ScoringModel,
  i: number,
  j: number,
  score: number,
  rank: RankFacts,
  locked: boolean,
): PairExplanation {
  const mentee = model.mentees[i]!;
  const mentor = model.mentors[j]!;
  const points = pairPoints(model, i, j);
  const words = (c: 'field' | 'career' | 'wishes'): SharedTerm[] =>
    points[c] > 0 ? evidenceFor(model, c, i, j, points[c]) : [];
  const mentorFields = new Set(mentor.fields.map(fieldKey));
  const sharedFields: string[] = [];
  if (model.points.sharedFields > 0) {
    for (const label of mentee.fields) {
      const key = fieldKey(label);
      if (key !== '' && mentorFields.has(key) && !sharedFields.some((f) => fieldKey(f) === key)) {
        sharedFields.push(label.trim());
      }
    }
  }
  const menteeCity = model.menteeCity[i]!;
  return {
    points,
    sharedWords: { field: words('field'), career: words('career'), wishes: words('wishes') },
    sharedFields,
    city: {
      mentee: mentee.city.trim(),
      mentor: mentor.city.trim(),
      same: menteeCity >= 0 && menteeCity === model.mentorCity[j],
      bothDigital: mentee.digital && mentor.digital,
    },
    language: { mentee: mentee.language, mentorAcceptsEnglish: mentor.acceptsEnglish },
    rank: rank.rank,
    candidates: rank.candidates,
    bestScore: rank.bestScore,
    gapToBest: Math.max(0, rank.bestScore - score),
    locked,
  };
}
