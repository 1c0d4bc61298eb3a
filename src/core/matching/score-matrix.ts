/**
 * This file defines the score of every mentee-mentor pair, 0 to 100: each criterion's
 * similarity (0 to 1) times the points it is worth. `scoreMatrix` fills the whole table
 * row by row through the inverted indexes (one pass per mentee, touching only mentors
 * that share a term); `pairPoints` scores one pair criterion by criterion with the same
 * formulas, for explanations. Both use the same similarity functions and add the
 * criteria in the same order, so they agree to the last bit.
 */
import { DIGITAL_CITY_CREDIT, textSimilarity } from './criteria';
import { type DirectionVectors, emptyRows, type ScoringModel } from './scoring-model';
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
  const m = model.mentors.length;
  const out = new Float64Array(model.mentees.length * m);
  const scoreRow = createRowScorer(model);
  const row = new Float64Array(m);
  for (let i = 0; i < model.mentees.length; i++) {
    scoreRow(i, row);
    out.set(row, i * m);
  }
  return out;
}

/**
 * Returns a function that fills `row` with mentee i's score against every mentor. The row
 * is built criterion by criterion in a buffer that stays in cache, so the table is
 * written once; and a single row can be scored again later without the whole table.
 */
export function createRowScorer(model: ScoringModel): (i: number, row: Float64Array) => void {
  const m = model.mentors.length;
  const { points } = model;
  const text = TEXT.filter((c) => points[c] > 0).map((c) => textCriterion(model, c, m));
  const fieldAcc = new Float64Array(m);
  const digital = Uint8Array.from(model.mentors, (p) => (p.digital ? 1 : 0));
  return (i, row) => {
    row.fill(0);
    for (const criterion of text) criterion(i, row);
    if (points.sharedFields > 0) {
      const share = points.sharedFields;
      cosineAgainstAll(model.menteeFields, i, model.mentorFieldIndex, fieldAcc);
      for (let j = 0; j < m; j++) row[j] = row[j]! + share * Math.min(1, fieldAcc[j]!);
    }
    if (points.city > 0) {
      const share = points.city;
      const city = model.menteeCity[i]!;
      const remote = model.mentees[i]!.digital ? share * DIGITAL_CITY_CREDIT : 0;
      for (let j = 0; j < m; j++) {
        const s = city >= 0 && model.mentorCity[j] === city ? share : digital[j] ? remote : 0;
        row[j] = row[j]! + s;
      }
    }
  };
}

/**
 * One text criterion as a row function. With one direction a pair scores the transformed
 * cosine; with two (wishes) the mean over the directions in which both sides wrote
 * something, exactly as `combine` computes it for a single pair.
 */
function textCriterion(model: ScoringModel, c: TextCriterion, m: number): (i: number, row: Float64Array) => void {
  const share = model.points[c];
  const dirs = model.text[c];
  const menteeEmpty = dirs.map((d) => emptyRows(d.mentee));
  const mentorEmpty = dirs.map((d) => emptyRows(d.mentor));
  const acc = dirs.map(() => new Float64Array(m));
  if (dirs.length === 1) {
    const [d] = dirs as [DirectionVectors];
    const [a] = acc as [Float64Array];
    const [noMentee] = menteeEmpty as [Uint8Array];
    const [noMentor] = mentorEmpty as [Uint8Array];
    return (i, row) => {
      if (noMentee[i]) return;
      cosineAgainstAll(d.mentee, i, d.mentorIndex, a);
      for (let j = 0; j < m; j++) if (!noMentor[j]) row[j] = row[j]! + share * textSimilarity(a[j]!);
    };
  }
  const cos = dirs.map(() => 0);
  const applies = dirs.map(() => false);
  return (i, row) => {
    const has = menteeEmpty.map((e) => !e[i]);
    if (!has.some(Boolean)) return;
    dirs.forEach((d, k) => {
      if (has[k]) cosineAgainstAll(d.mentee, i, d.mentorIndex, acc[k]!);
    });
    for (let j = 0; j < m; j++) {
      for (let k = 0; k < dirs.length; k++) {
        applies[k] = has[k]! && !mentorEmpty[k]![j];
        cos[k] = applies[k] ? acc[k]![j]! : 0;
      }
      row[j] = row[j]! + share * combine(cos, applies);
    }
  };
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
