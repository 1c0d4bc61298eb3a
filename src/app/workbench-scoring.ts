/**
 * This file defines the workbench's scoring on demand: the engine's model over the people
 * taking part, built only when a call needs a score or an explanation the Matches sheet does
 * not already hold (a new pair, a mentor changed by hand, an opened mentee), because at
 * 2,000 x 2,000 building it is the costliest step of a call.
 */
import {
  buildScoringModel,
  createRowScorer,
  explainPair,
  type PairExplanation,
  pairPoints,
  renderExplanation,
  type ScoringModel,
} from '../core/matching';
import type { Language, Mentee, Mentor } from '../core/types';
import { type Board, type Candidate, candidatesFor, type People, takesPart, type WorkbenchSettings } from '../core/workbench';

export interface Scoring {
  readonly mentors: readonly Mentor[];
  readonly mentees: readonly Mentee[];
  /** The pair's 0-100 score, or null when either is not taking part. */
  score(menteeId: string, mentorId: string): number | null;
  /** The mentee's allowed mentors, best first, and the pair's explanation in words. */
  candidates(menteeId: string): Candidate[];
  explain(menteeId: string, mentorId: string, locked: boolean): string;
  /** The pair's explanation as facts (to render in any language), or null when either is not taking part. */
  explanation(menteeId: string, mentorId: string, locked: boolean): PairExplanation | null;
}

export function createScoring(people: People, settings: WorkbenchSettings, board: Board, language: Language): Scoring {
  const mentors = people.mentors.filter(takesPart);
  const mentees = people.mentees.filter(takesPart);
  const mentorAt = new Map(mentors.map((m, j) => [m.id, j]));
  const menteeAt = new Map(mentees.map((m, i) => [m.id, i]));
  let model: ScoringModel | undefined;
  let scoreRow: ((i: number, row: Float64Array) => void) | undefined;
  const rows = new Map<number, ReturnType<typeof candidatesFor>>();
  const theModel = () => {
    model ??= buildScoringModel(mentors, mentees, settings.weights, settings.enabled);
    return model;
  };
  const ranked = (i: number) => {
    let found = rows.get(i);
    if (!found) {
      scoreRow ??= createRowScorer(theModel());
      const row = new Float64Array(mentors.length);
      scoreRow(i, row);
      const mentee = mentees[i]!;
      const forbidden = new Set(board.forbids.filter((f) => f.menteeId === mentee.id).map((f) => f.mentorId));
      found = candidatesFor(row, mentee, mentors, forbidden, settings.minScore);
      rows.set(i, found);
    }
    return found;
  };
  const explanation = (menteeId: string, mentorId: string, locked: boolean): PairExplanation | null => {
    const i = menteeAt.get(menteeId);
    const j = mentorAt.get(mentorId);
    if (i === undefined || j === undefined) return null;
    const score = pairPoints(theModel(), i, j).total;
    const facts = ranked(i).rank(score);
    return explainPair(theModel(), i, j, score, facts, locked);
  };
  return {
    mentors,
    mentees,
    score(menteeId, mentorId) {
      const i = menteeAt.get(menteeId);
      const j = mentorAt.get(mentorId);
      return i === undefined || j === undefined ? null : pairPoints(theModel(), i, j).total;
    },
    candidates(menteeId) {
      const i = menteeAt.get(menteeId);
      return i === undefined ? [] : ranked(i).candidates;
    },
    explain(menteeId, mentorId, locked) {
      const found = explanation(menteeId, mentorId, locked);
      return found ? renderExplanation(found, language) : '';
    },
    explanation,
  };
}
