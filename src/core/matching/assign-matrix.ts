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
import {
  boundedDuals,
  cardinalityBonus,
  type DenseProblem,
  type DenseSolution,
  solveDense,
  type WeightRows,
} from './augmenting-path-solver';
import { raiseWorstThreshold } from './bottleneck';
import { PlaceCells } from './sparse-places';
import { SPARSE_MIN_COLUMNS, solveSparse } from './sparse-solver';

/**
 * `score[i][j]` is mentee i with mentor j. The rows are read, never written: they can be
 * the caller's own arrays, so no copy of the table is made.
 */
export interface MatrixProblem {
  readonly score: WeightRows;
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

/** Solves the problem with locked pairs kept; see `AssignmentMode` for the objectives. */
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
    if (!(score[i]![j]! > Number.NEGATIVE_INFINITY)) {
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
      result = solveResidual(atLeast(score, nMentors, rows, threshold), nMentees, nMentors, rows, residual);
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

/** A copy of the unlocked mentees' rows with every score under `threshold` removed. */
function atLeast(score: WeightRows, nMentors: number, rows: Int32Array, threshold: number): WeightRows {
  const out: ArrayLike<number>[] = score.slice();
  const buffer = new Float64Array(rows.length * nMentors);
  for (let r = 0; r < rows.length; r++) {
    const from = score[rows[r]!]!;
    const to = buffer.subarray(r * nMentors, (r + 1) * nMentors);
    for (let j = 0; j < nMentors; j++) to[j] = from[j]! >= threshold ? from[j]! : Number.NEGATIVE_INFINITY;
    out[rows[r]!] = to;
  }
  return out;
}

interface ResidualResult {
  mentorOf: Int32Array;
  menteeDual: Float64Array;
  mentorDual: Float64Array;
  bonus: number;
}

/** Solves the unlocked mentees `rows` against the residual capacities. */
function solveResidual(
  score: WeightRows,
  nMentees: number,
  nMentors: number,
  rows: Int32Array,
  cap: Int32Array,
): ResidualResult {
  const range = new Float64Array(2);
  finiteRange(score, rows, nMentors, cap, range);
  const lo = range[0]!;
  const hi = range[1]!;
  let places = 0;
  for (let j = 0; j < nMentors; j++) places += cap[j]!;
  let bonus = cardinalityBonus(lo, hi, Math.min(rows.length, places));
  const spread = Number.isFinite(hi - lo) ? hi - lo : 0;
  const mentorOf = new Int32Array(nMentees).fill(-1);
  const menteeDual = new Float64Array(nMentees);
  const mentorDual = new Float64Array(nMentors);

  if (rows.length === 0 || places === 0) {
    // Nobody to place, or no place to give: everyone stays unmatched.
  } else if (places >= rows.length) {
    // Mentees as rows: there is room for everyone, so almost every search ends at a mentor.
    const own = Array.from(rows, (i) => score[i]!);
    const problem: DenseProblem = { nRows: rows.length, nCols: nMentors, rows: own, cap, bonus, range: spread };
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
    // mentee. The places of one mentor share their mentor's cells.
    const nFree = rows.length;
    const owner = new Int32Array(places);
    const firstPlace = new Int32Array(nMentors + 1);
    for (let j = 0, s = 0; j < nMentors; j++) {
      firstPlace[j] = s;
      for (let c = 0; c < cap[j]!; c++, s++) owner[s] = j;
      firstPlace[j + 1] = s;
    }
    const ones = new Int32Array(nFree).fill(1);
    let sol: DenseSolution;
    if (nFree >= SPARSE_MIN_COLUMNS) {
      // Sparse: read the caller's rows mentee by mentee, no transposed copy.
      const mentors = Int32Array.from(Array.from(cap.keys()).filter((j) => cap[j]! > 0));
      const shape = { nRows: places, nCols: nFree, cap: ones, bonus, range: spread };
      const source = new PlaceCells({ score, menteeOf: rows, owner, mentors, firstPlace });
      const sparse = solveSparse(shape, source, 'bounded')!;
      sol = boundedDuals(sparse.rowMate, sparse.rowPot, sparse.colDual, bonus);
    } else {
      const transposed = transpose(score, rows, nMentors);
      const placeRows = Array.from(owner, (j) => transposed.subarray(j * nFree, (j + 1) * nFree));
      const problem: DenseProblem = { nRows: places, nCols: nFree, rows: placeRows, cap: ones, bonus, range: spread };
      sol = solveDense(problem, 'bounded')!;
    }
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
      const s = score[i]![j]!;
      if (s > Number.NEGATIVE_INFINITY) need = Math.max(need, s + bonus - menteeDual[i]!);
    }
    mentorDual[j] = need;
  }
  return { mentorOf, menteeDual, mentorDual, bonus };
}

/**
 * The unlocked mentees' rows transposed (one row per mentor, mentor j's at j * n), in
 * 32 x 32 tiles so both the reads and the writes stay within a few cache lines at a time.
 * A typed array rather than plain rows: building millions of plain-array cells measured
 * several times slower than this copy.
 */
function transpose(score: WeightRows, rows: Int32Array, nMentors: number): Float64Array {
  const n = rows.length;
  const buffer = new Float64Array(nMentors * n);
  const TILE = 32;
  for (let r0 = 0; r0 < n; r0 += TILE) {
    const r1 = Math.min(n, r0 + TILE);
    for (let j0 = 0; j0 < nMentors; j0 += TILE) {
      const j1 = Math.min(nMentors, j0 + TILE);
      for (let r = r0; r < r1; r++) {
        const row = score[rows[r]!]!;
        for (let j = j0; j < j1; j++) buffer[j * n + r] = row[j]!;
      }
    }
  }
  return buffer;
}

/**
 * Writes the lowest and highest finite score of the unlocked mentees with mentors that
 * have places into `out` (a returned array literal after a hot loop kept V8 deoptimising).
 */
function finiteRange(score: WeightRows, rows: Int32Array, nMentors: number, cap: Int32Array, out: Float64Array): void {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < rows.length; r++) {
    const row = score[rows[r]!]!;
    for (let j = 0; j < nMentors; j++) {
      const s = row[j]!;
      if (s > Number.NEGATIVE_INFINITY && cap[j]! > 0) {
        if (s < lo) lo = s;
        if (s > hi) hi = s;
      }
    }
  }
  out[0] = lo;
  out[1] = hi;
}
