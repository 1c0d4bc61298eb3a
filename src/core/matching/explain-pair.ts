/**
 * This file defines the facts behind one proposed pair, as plain data the sidebar and the
 * match email can show: the points per criterion, the words and ticked fields the two
 * share (as the mentee wrote them, not as stems), the city and language facts, and where
 * this mentor stands among the mentee's possible mentors. Shared words are found by
 * analysing just this pair's texts again with the model's analyser, which is cheap for
 * the few hundred pairs proposed and keeps the 0-100 table free of per-pair word lists.
 */
import type { Language } from '../types';
import { fieldKey, menteeText, mentorText } from './criteria';
import { type PairPoints, pairPoints } from './score-matrix';
import type { DirectionVectors, ScoringModel } from './scoring-model';
import type { AnalysedWord } from './text-analysis';

export interface PairExplanation {
  readonly points: PairPoints;
  /** Shared words per text criterion, most telling first (at most MAX_WORDS each). */
  readonly sharedWords: { readonly field: string[]; readonly career: string[]; readonly wishes: string[] };
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

const MAX_WORDS = 5;

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
  const words = (c: 'field' | 'career' | 'wishes'): string[] =>
    model.points[c] > 0 ? sharedWords(model, model.text[c], i, j) : [];
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

/**
 * The words behind the shared terms of one criterion, ordered by how much they add to the
 * cosine (rare shared words first), one entry per word. The mentee's words are listed; a
 * word is shown as written somewhere mid-sentence (so "Volvo" and "AI" keep their capitals)
 * and in lower case if it was only ever capitalised for starting a sentence.
 */
function sharedWords(model: ScoringModel, dirs: readonly DirectionVectors[], i: number, j: number): string[] {
  const found = new Map<string, { weight: number; order: number }>();
  const forms = new Map<string, string>();
  const noteForm = (word: AnalysedWord): void => {
    const key = word.text.toLowerCase();
    if (!word.sentenceStart && !forms.has(key)) forms.set(key, word.text);
  };
  for (const d of dirs) {
    const a = rowWeights(d.mentee, i);
    const b = rowWeights(d.mentor, j);
    if (a.size === 0 || b.size === 0) continue;
    const menteeWords = model.analyser.analyse(menteeText(model.mentees[i]!, d.direction.mentee));
    menteeWords.forEach((word, order) => {
      let weight = 0;
      for (const [term, share] of word.terms) {
        const id = model.termId.get(term);
        if (id === undefined) continue;
        const wa = a.get(id);
        const wb = b.get(id);
        if (wa !== undefined && wb !== undefined) weight += share * wa * wb;
      }
      if (weight <= 0) return;
      noteForm(word);
      const key = word.text.toLowerCase();
      const seen = found.get(key);
      // A word written twice counts once; its term weight already reflects the count.
      if (seen === undefined) found.set(key, { weight, order });
      else seen.weight = Math.max(seen.weight, weight);
    });
    for (const word of model.analyser.analyse(mentorText(model.mentors[j]!, d.direction.mentor))) noteForm(word);
  }
  return [...found.entries()]
    .sort(([, x], [, y]) => y.weight - x.weight || x.order - y.order)
    .slice(0, MAX_WORDS)
    .map(([key]) => forms.get(key) ?? key);
}

function rowWeights(set: DirectionVectors['mentee'], k: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let p = set.start[k]!; p < set.start[k + 1]!; p++) out.set(set.ids[p]!, set.weights[p]!);
  return out;
}
