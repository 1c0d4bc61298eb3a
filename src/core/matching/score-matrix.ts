/**
 * This file defines the score of every mentee-mentor pair, 0 to 100: each criterion's
 * similarity (0 to 1) times the points it is worth. `scoreMatrix` fills the whole table
 * row by row through the inverted indexes (one pass per mentee, touching only mentors
 * that share a term); `pairPoints` scores one pair criterion by criterion with the same
 * formulas, for explanations. Both go through `combine`, so they cannot drift apart.
 */
import { DIGITAL_CITY_CREDIT, textSimilarity } from './criteria';
import { emptyRows, type ScoringModel } from './scoring-model';
import { cosine, cosineAgainstAll } from './sparse-vectors';

/** Points per criterion for one pair; `total` is their sum. */
export interface PairPoints {
  field: number;
  career: number;
  wishes: number;
  sharedFields: number;
  city: number;
  total: number;
}

type TextCriterion = 'field' | 'career' | 'wishes';
const TEXT: readonly TextCriterion[] = ['field', 'career', 'wishes'];

/** Similarity of a text criterion from the cosines of its directions that apply. */
function combine(cosines: readonly number[], applies: readonly boolean[]): number {
  let sum = 0;
  let count = 0;
  for (let d = 0; d < cosines.length; d++) {
    if (!applies[d]) continue;
    sum += textSimilarity(cosines[d]!);
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

function citySimilarity(model: ScoringModel, i: number, j: number): number {
  const a = model.menteeCity[i]!;
  if (a >= 0 && a === model.mentorCity[j]) return 1;
  return model.mentees[i]!.digital && model.mentors[j]!.digital ? DIGITAL_CITY_CREDIT : 0;
}

/** The full table, row-major: `scores[i * nMentors + j]` is mentee i with mentor j. */
export function scoreMatrix(model: ScoringModel): Float64Array {
  const n = model.mentees.length;
  const m = model.mentors.length;
  const out = new Float64Array(n * m);
  const { points } = model;

  for (const c of TEXT) {
    if (points[c] === 0) continue;
    const dirs = model.text[c];
    const menteeEmpty = dirs.map((d) => emptyRows(d.mentee));
    const mentorEmpty = dirs.map((d) => emptyRows(d.mentor));
    const acc = dirs.map(() => new Float64Array(m));
    const cos = dirs.map(() => 0);
    const applies = dirs.map(() => false);
    for (let i = 0; i < n; i++) {
      dirs.forEach((d, k) => {
        if (!menteeEmpty[k]![i]) cosineAgainstAll(d.mentee, i, d.mentorIndex, acc[k]!);
      });
      const off = i * m;
      for (let j = 0; j < m; j++) {
        for (let k = 0; k < dirs.length; k++) {
          applies[k] = !menteeEmpty[k]![i] && !mentorEmpty[k]![j];
          cos[k] = applies[k] ? acc[k]![j]! : 0;
        }
        out[off + j] = out[off + j]! + points[c] * combine(cos, applies);
      }
    }
  }

  if (points.sharedFields > 0) {
    const acc = new Float64Array(m);
    for (let i = 0; i < n; i++) {
      cosineAgainstAll(model.menteeFields, i, model.mentorFieldIndex, acc);
      const off = i * m;
      for (let j = 0; j < m; j++) out[off + j] = out[off + j]! + points.sharedFields * Math.min(1, acc[j]!);
    }
  }

  if (points.city > 0) {
    for (let i = 0; i < n; i++) {
      const off = i * m;
      for (let j = 0; j < m; j++) out[off + j] = out[off + j]! + points.city * citySimilarity(model, i, j);
    }
  }
  return out;
}

/** One pair, criterion by criterion (the same numbers `scoreMatrix` adds up). */
export function pairPoints(model: ScoringModel, i: number, j: number): PairPoints {
  const { points } = model;
  const result: PairPoints = { field: 0, career: 0, wishes: 0, sharedFields: 0, city: 0, total: 0 };
  for (const c of TEXT) {
    if (points[c] === 0) continue;
    const dirs = model.text[c];
    const applies = dirs.map(
      (d) => d.mentee.start[i + 1]! > d.mentee.start[i]! && d.mentor.start[j + 1]! > d.mentor.start[j]!,
    );
    const cos = dirs.map((d, k) => (applies[k] ? cosine(d.mentee, i, d.mentor, j) : 0));
    result[c] = points[c] * combine(cos, applies);
  }
  if (points.sharedFields > 0) {
    result.sharedFields = points.sharedFields * Math.min(1, cosine(model.menteeFields, i, model.mentorFields, j));
  }
  if (points.city > 0) result.city = points.city * citySimilarity(model, i, j);
  result.total = result.field + result.career + result.wishes + result.sharedFields + result.city;
  return result;
}
