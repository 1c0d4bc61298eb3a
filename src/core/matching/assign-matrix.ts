/**
 * This file defines assignment on a plain score matrix with the group's rules: locked
 * pairs are kept, -Infinity cells are never used, every mentor keeps to their capacity,
 * and the objective is "most mentees matched, then highest total" or, in 'raise-worst'
 * mode, "most mentees matched, then the highest lowest pair, then the highest total". It
 * picks the cheaper orientation for the search (mentees as rows when there is room for
 * everyone, mentor places as rows when mentors are too few, so that the searches end
 * quickly) and translates the potentials back into one dual value per mentee and per
 * mentor, which certify optimality.
 */
import { cardinalityBonus, type DenseProblem, solveDense } from './augmenting-path-solver';
import { raiseWorstThreshold } from './bottleneck';

/** Scores row-major: `score[i * nMentors + j]` is mentee i with mentor j. */
export interface MatrixProblem {
  readonly score: Float64Array;
  readonly nMentees: number;
  readonly nMentors: number;
  readonly capacity: Int32Array;
}

export type AssignmentMode = 'total' | 'raise-worst';

export interface MatrixAssignment {
  /** Mentor index per mentee, or -1. */
  readonly mentorOf: Int32Array;
  /**
   * Optimality certificate of the unlocked part in max-weight form, with weights
   * score + bonus and capacities minus locks: menteeDual[i] + mentorDual[j] >= score + bonus
   * on every allowed cell, equality on chosen cells, a dual is 0 where a mentee is unmatched
   * or a mentor has room left, and all duals are >= 0. Locked mentees have NaN. In
   * 'raise-worst' mode it certifies the final solve over the cells >= `threshold`.
   */
  readonly menteeDual: Float64Array;
  readonly mentorDual: Float64Array;
  readonly bonus: number;
  /** The lowest score allowed in the final solve ('raise-worst'), else -Infinity. */
  readonly threshold: number;
}

/**
 * Solves the problem with locked pairs kept. In 'raise-worst' mode cells under the found
 * threshold are overwritten with -Infinity, so pass a matrix this call may change.
 */
export function assignMatrix(
  problem: MatrixProblem,
  locks: ReadonlyArray<readonly [number, number]> = [],
  mode: AssignmentMode = 'total',
): MatrixAssignment {
  const { score, nMentees, nMentors, capacity } = problem;
  const residual = Int32Array.from(capacity);
  const lockedTo = new Int32Array(nMentees).fill(-1);
  for (const [i, j] of locks) {
    if (!(i >= 0 && i < nMentees && j >= 0 && j < nMentors)) {
      throw new Error(`Lock (mentee ${i}, mentor ${j}) is outside the ${nMentees} x ${nMentors} matrix.`);
    }
    if (lockedTo[i]! >= 0) {
      throw new Error(`Mentee ${i} is locked to two mentors (${lockedTo[i]} and ${j}).`);
    }
    if (!(score[i * nMentors + j]! > Number.NEGATIVE_INFINITY)) {
      throw new Error(`Lock (mentee ${i}, mentor ${j}) is on a pair that is not allowed.`);
    }
    if (residual[j]! <= 0) {
      throw new Error(`Lock (mentee ${i}, mentor ${j}) goes beyond mentor ${j}'s capacity of ${capacity[j]}.`);
    }
    lockedTo[i] = j;
    residual[j]!--;
  }
  const free: number[] = [];
  for (let i = 0; i < nMentees; i++) if (lockedTo[i]! < 0) free.push(i);
  const rows = Int32Array.from(free);

  let threshold = Number.NEGATIVE_INFINITY;
  let result = solveResidual(score, nMentees, nMentors, rows, residual);
  if (mode === 'raise-worst' && rows.length > 0) {
    threshold = raiseWorstThreshold(score, nMentors, rows, residual, result.mentorOf);
    if (threshold > Number.NEGATIVE_INFINITY) {
      for (let r = 0; r < rows.length; r++) {
        const off = rows[r]! * nMentors;
        for (let j = 0; j < nMentors; j++) if (score[off + j]! < threshold) score[off + j] = Number.NEGATIVE_INFINITY;
      }
      result = solveResidual(score, nMentees, nMentors, rows, residual);
    }
  }
  const mentorOf = result.mentorOf;
  for (let i = 0; i < nMentees; i++) {
    if (lockedTo[i]! >= 0) {
      mentorOf[i] = lockedTo[i]!;
      result.menteeDual[i] = Number.NaN;
    }
  }
  return { ...result, mentorOf, threshold };
}

interface ResidualResult {
  mentorOf: Int32Array;
  menteeDual: Float64Array;
  mentorDual: Float64Array;
  bonus: number;
}

/** Solves the unlocked mentees `rows` against the residual capacities. */
function solveResidual(
  score: Float64Array,
  nMentees: number,
  nMentors: number,
  rows: Int32Array,
  cap: Int32Array,
): ResidualResult {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < rows.length; r++) {
    const off = rows[r]! * nMentors;
    for (let j = 0; j < nMentors; j++) {
      const s = score[off + j]!;
      if (s > Number.NEGATIVE_INFINITY && cap[j]! > 0) {
        if (s < lo) lo = s;
        if (s > hi) hi = s;
      }
    }
  }
  let places = 0;
  for (let j = 0; j < nMentors; j++) places += cap[j]!;
  let bonus = cardinalityBonus(lo, hi, Math.min(rows.length, places));
  const mentorOf = new Int32Array(nMentees).fill(-1);
  const menteeDual = new Float64Array(nMentees);
  const mentorDual = new Float64Array(nMentors);

  if (places >= rows.length) {
    // Mentees as rows: there is room for everyone, so almost every search ends at a mentor.
    const rowOffset = new Int32Array(rows.length);
    for (let r = 0; r < rows.length; r++) rowOffset[r] = rows[r]! * nMentors;
    const problem: DenseProblem = { nRows: rows.length, nCols: nMentors, weight: score, rowOffset, cap, bonus };
    // Exactly as many places as mentees: try the faster perfect model first.
    const sol = (places === rows.length ? solveDense(problem, 'perfect') : null) ?? solveDense(problem, 'bounded')!;
    for (let r = 0; r < rows.length; r++) {
      mentorOf[rows[r]!] = sol.rowMate[r]!;
      menteeDual[rows[r]!] = sol.rowDual[r]!;
    }
    mentorDual.set(sol.colDual);
    bonus = sol.bonus;
  } else {
    // Mentor places as rows: mentees are plentiful, so almost every search ends at a free
    // mentee. The places of one mentor share one transposed data row.
    const nFree = rows.length;
    const transposed = new Float64Array(nMentors * nFree);
    for (let r = 0; r < nFree; r++) {
      const off = rows[r]! * nMentors;
      for (let j = 0; j < nMentors; j++) transposed[j * nFree + r] = score[off + j]!;
    }
    const owner = new Int32Array(places);
    const rowOffset = new Int32Array(places);
    for (let j = 0, s = 0; j < nMentors; j++) {
      for (let c = 0; c < cap[j]!; c++, s++) {
        owner[s] = j;
        rowOffset[s] = j * nFree;
      }
    }
    const ones = new Int32Array(nFree).fill(1);
    const problem: DenseProblem = { nRows: places, nCols: nFree, weight: transposed, rowOffset, cap: ones, bonus };
    const sol = solveDense(problem, 'bounded')!;
    bonus = sol.bonus;
    for (let s = 0; s < places; s++) {
      const r = sol.rowMate[s]!;
      if (r >= 0) mentorOf[rows[r]!] = owner[s]!;
      // Places of one mentor are interchangeable, so their duals agree wherever it matters;
      // the largest one is a valid mentor dual.
      if (sol.rowDual[s]! > mentorDual[owner[s]!]!) mentorDual[owner[s]!] = sol.rowDual[s]!;
    }
    for (let r = 0; r < nFree; r++) menteeDual[rows[r]!] = sol.colDual[r]!;
  }

  // A mentor without places is never searched; give it the smallest dual that still covers
  // its cells, which costs nothing because it multiplies a capacity of 0.
  for (let j = 0; j < nMentors; j++) {
    if (cap[j]! > 0) continue;
    let need = 0;
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r]!;
      const s = score[i * nMentors + j]!;
      if (s > Number.NEGATIVE_INFINITY) need = Math.max(need, s + bonus - menteeDual[i]!);
    }
    mentorDual[j] = need;
  }
  return { mentorOf, menteeDual, mentorDual, bonus };
}
