/**
 * This file defines the scoring model: everything about the applicants that scoring needs,
 * computed once. Each text is analysed once into terms; a term's weight is its count times
 * its rarity over the whole round (TF-IDF, each applicant one document), so a shared
 * "hållbarhet" says more than a shared "ekonomi" that half the applicants wrote; every
 * side of every criterion becomes one sparse vector per applicant. The model also fixes
 * how many of the 100 points each criterion is worth: switched-off criteria and criteria
 * nobody gave data for (no ticked fields when the shared list is not used) get none, so
 * they neither inflate nor deflate the scores.
 */
import type { Mentee, Mentor } from '../types';
import {
  CRITERIA,
  type CriterionId,
  type CriterionWeights,
  cityKey,
  fieldKey,
  MENTEE_TEXT_FIELDS,
  MENTOR_TEXT_FIELDS,
  type MenteeTextField,
  type MentorTextField,
  TEXT_CRITERIA,
  type TextDirection,
} from './criteria';
import { type InvertedIndex, invertVectors, isEmptyVector, packVectors, type VectorSet } from './sparse-vectors';
import { createTextAnalyser, type TextAnalyser, tokenize } from './text-analysis';

/** One text comparison with its vectors built: mentee side, mentor side and the index. */
export interface DirectionVectors {
  readonly direction: TextDirection;
  readonly mentee: VectorSet;
  readonly mentor: VectorSet;
  readonly mentorIndex: InvertedIndex;
}

export interface ScoringModel {
  readonly mentees: readonly Mentee[];
  readonly mentors: readonly Mentor[];
  /** Points a similarity of 1 is worth, per criterion (they add up to 100, or all 0). */
  readonly points: Readonly<CriterionWeights>;
  readonly text: Readonly<Record<'field' | 'career' | 'wishes', readonly DirectionVectors[]>>;
  readonly menteeFields: VectorSet;
  readonly mentorFields: VectorSet;
  readonly mentorFieldIndex: InvertedIndex;
  /** City ids shared by both roles (-1: no city given). */
  readonly menteeCity: Int32Array;
  readonly mentorCity: Int32Array;
  /** The analyser and term ids, kept so explanations can map terms back to words. */
  readonly analyser: TextAnalyser;
  readonly termId: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
}

type TermCounts = Map<number, number>;

export function buildScoringModel(
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  weights: Readonly<CriterionWeights>,
  enabled: Readonly<Record<CriterionId, boolean>>,
): ScoringModel {
  // The round's own words are what compounds may split into; its cities are no evidence.
  const vocabulary = new Set<string>();
  for (const p of mentees) for (const f of MENTEE_TEXT_FIELDS) for (const w of tokenize(p[f])) vocabulary.add(w.toLowerCase());
  for (const p of mentors) for (const f of MENTOR_TEXT_FIELDS) for (const w of tokenize(p[f])) vocabulary.add(w.toLowerCase());
  const places = new Set<string>([...mentees, ...mentors].map((p) => p.city));
  const analyser = createTextAnalyser({ vocabulary, places });
  const termId = new Map<string, number>();
  const countsOf = (text: string): TermCounts => {
    const counts: TermCounts = new Map();
    for (const word of analyser.analyse(text)) {
      for (const [term, w] of word.terms) {
        let id = termId.get(term);
        if (id === undefined) {
          id = termId.size;
          termId.set(term, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + w);
      }
    }
    return counts;
  };
  const menteeCounts = mentees.map((p) => fieldCounts(MENTEE_TEXT_FIELDS, (f) => countsOf(p[f])));
  const mentorCounts = mentors.map((p) => fieldCounts(MENTOR_TEXT_FIELDS, (f) => countsOf(p[f])));

  // Rarity: in how many applicants' texts (all fields together) a term appears.
  const df = new Float64Array(termId.size);
  for (const person of [...menteeCounts, ...mentorCounts]) {
    const seen = new Set<number>();
    for (const counts of person.values()) for (const id of counts.keys()) seen.add(id);
    for (const id of seen) df[id]!++;
  }
  const nDocs = mentees.length + mentors.length;
  const idf = df.map((d) => Math.log((1 + nDocs) / (1 + d)) + 1);

  const vectors = <F extends string>(people: ReadonlyArray<Map<F, TermCounts>>, fields: readonly F[]): VectorSet =>
    packVectors(
      people.map((person) => {
        const sum: TermCounts = new Map();
        for (const f of fields) {
          for (const [id, c] of person.get(f)!) sum.set(id, (sum.get(id) ?? 0) + c);
        }
        for (const [id, c] of sum) sum.set(id, c * idf[id]!);
        return sum;
      }),
    );
  const directions = (list: readonly TextDirection[]): DirectionVectors[] =>
    list.map((direction) => {
      const mentor = vectors(mentorCounts, direction.mentor);
      return {
        direction,
        mentee: vectors(menteeCounts, direction.mentee),
        mentor,
        mentorIndex: invertVectors(mentor, termId.size),
      };
    });
  const text = {
    field: directions(TEXT_CRITERIA.field),
    career: directions(TEXT_CRITERIA.career),
    wishes: directions(TEXT_CRITERIA.wishes),
  };

  const fieldIds = new Map<string, number>();
  const fieldVectors = (lists: ReadonlyArray<readonly string[]>): VectorSet =>
    packVectors(
      lists.map((list) => {
        const ids = new Map<number, number>();
        for (const label of list) {
          const key = fieldKey(label);
          if (key === '') continue;
          if (!fieldIds.has(key)) fieldIds.set(key, fieldIds.size);
          ids.set(fieldIds.get(key)!, 1);
        }
        return ids;
      }),
    );
  const menteeFields = fieldVectors(mentees.map((p) => p.fields));
  const mentorFields = fieldVectors(mentors.map((p) => p.fields));

  const cityIds = new Map<string, number>();
  const cityOf = (city: string): number => {
    const key = cityKey(city);
    if (key === '') return -1;
    if (!cityIds.has(key)) cityIds.set(key, cityIds.size);
    return cityIds.get(key)!;
  };
  const menteeCity = Int32Array.from(mentees, (p) => cityOf(p.city));
  const mentorCity = Int32Array.from(mentors, (p) => cityOf(p.city));

  const hasData: Record<CriterionId, boolean> = {
    field: text.field.some(bothSidesUsed),
    career: text.career.some(bothSidesUsed),
    wishes: text.wishes.some(bothSidesUsed),
    sharedFields: anyRow(menteeFields) && anyRow(mentorFields),
    city: mentees.length > 0 && mentors.length > 0,
  };
  const points = sharePoints(weights, enabled, hasData);
  return {
    mentees,
    mentors,
    points,
    text,
    menteeFields,
    mentorFields,
    mentorFieldIndex: invertVectors(mentorFields, fieldIds.size),
    menteeCity,
    mentorCity,
    analyser,
    termId,
    idf,
  };
}

function fieldCounts<F extends MenteeTextField | MentorTextField>(
  fields: readonly F[],
  count: (field: F) => TermCounts,
): Map<F, TermCounts> {
  return new Map(fields.map((f) => [f, count(f)]));
}

function anyRow(set: VectorSet): boolean {
  return set.ids.length > 0;
}

function bothSidesUsed(d: DirectionVectors): boolean {
  return anyRow(d.mentee) && anyRow(d.mentor);
}

/** Splits 100 points over the criteria that are on, weighted and have data. */
function sharePoints(
  weights: Readonly<CriterionWeights>,
  enabled: Readonly<Record<CriterionId, boolean>>,
  hasData: Readonly<Record<CriterionId, boolean>>,
): CriterionWeights {
  const active = CRITERIA.filter((c) => enabled[c] && weights[c] > 0 && hasData[c]);
  const total = active.reduce((sum, c) => sum + weights[c], 0);
  const points: CriterionWeights = { field: 0, career: 0, wishes: 0, sharedFields: 0, city: 0 };
  for (const c of active) points[c] = (100 * weights[c]) / total;
  return points;
}

/** True when a mentee (or mentor) row of a vector set has no terms at all. */
export function emptyRows(set: VectorSet): Uint8Array {
  const n = set.start.length - 1;
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) if (isEmptyVector(set, k)) out[k] = 1;
  return out;
}
