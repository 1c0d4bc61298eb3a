/**
 * This file defines the search behind "raise the worst pair first": the highest score t
 * such that as many mentees as before can still be matched using only pairs scoring at
 * least t. It bisects over the scores that actually occur (so the answer is exact), each
 * step a maximum-cardinality test warm-started from the last matching that passed. While
 * there are too many distinct candidates to hold, the pivot is the median of an even
 * sample, which still halves the candidates at each step without a copy of the matrix.
 */
import type { WeightRows } from './augmenting-path-solver';
import {
  assign,
  buildAdjacency,
  type CapacityMatching,
  emptyMatching,
  maximiseCardinality,
} from './max-cardinality';

/** Candidates are gathered and bisected exactly once there are at most this many. */
const EXACT_LIMIT = 1 << 18;
const SAMPLE_SIZE = 4097;

/**
 * Returns the highest threshold at which a matching as large as `start` exists, where
 * `start` (mentor per mentee, -1 if none) is a maximum-cardinality matching of the
 * mentees `rows` under capacities `cap`. Returns -Infinity when nobody can be matched.
 */
export function raiseWorstThreshold(
  score: WeightRows,
  nMentors: number,
  rows: Int32Array,
  cap: Int32Array,
  start: Int32Array,
): number {
  let best = emptyMatching(start.length, cap);
  let target = 0;
  for (const i of rows) {
    if (start[i]! >= 0) {
      assign(best, i, start[i]!);
      target++;
    }
  }
  if (target === 0) return Number.NEGATIVE_INFINITY;
  let lo = lowestPair(best, score, rows);
  let hi = Number.POSITIVE_INFINITY;

  // Tries threshold t; on success keeps the matching and returns its lowest pair.
  const attempt = (t: number): number | undefined => {
    const trial = emptyMatching(start.length, cap);
    for (const i of rows) {
      const j = best.mentorOf[i]!;
      if (j >= 0 && score[i]![j]! >= t) assign(trial, i, j);
    }
    const g = buildAdjacency(score, nMentors, rows, cap, t);
    if (maximiseCardinality(trial, rows, g, cap) < target) return undefined;
    best = trial;
    return lowestPair(best, score, rows);
  };

  for (;;) {
    const count = countBetween(score, nMentors, rows, cap, lo, hi);
    if (count === 0) return lo;
    if (count <= EXACT_LIMIT) {
      const values = collectBetween(score, nMentors, rows, cap, lo, hi, 1, count);
      const distinct = uniqueSorted(values);
      // Invariant: lo is feasible, everything at or above distinct[top] is not.
      let bottom = -1;
      let top = distinct.length;
      while (top - bottom > 1) {
        const mid = (bottom + top) >> 1;
        const reached = attempt(distinct[mid]!);
        if (reached === undefined) {
          top = mid;
        } else {
          lo = reached;
          bottom = mid;
          while (bottom + 1 < top && distinct[bottom + 1]! <= lo) bottom++;
        }
      }
      return lo;
    }
    const stride = Math.ceil(count / SAMPLE_SIZE);
    const sample = collectBetween(score, nMentors, rows, cap, lo, hi, stride, SAMPLE_SIZE);
    sample.sort();
    const pivot = sample[sample.length >> 1]!;
    const reached = attempt(pivot);
    if (reached === undefined) hi = pivot;
    else lo = reached;
  }
}

function lowestPair(m: CapacityMatching, score: WeightRows, rows: Int32Array): number {
  let low = Number.POSITIVE_INFINITY;
  for (const i of rows) {
    const j = m.mentorOf[i]!;
    if (j >= 0) low = Math.min(low, score[i]![j]!);
  }
  return low;
}

function countBetween(
  score: WeightRows,
  nMentors: number,
  rows: Int32Array,
  cap: Int32Array,
  lo: number,
  hi: number,
): number {
  let count = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = score[rows[r]!]!;
    for (let j = 0; j < nMentors; j++) {
      const s = row[j]!;
      if (s > lo && s < hi && cap[j]! > 0) count++;
    }
  }
  return count;
}

/** Every `stride`-th score strictly between lo and hi, at most `limit` of them. */
function collectBetween(
  score: WeightRows,
  nMentors: number,
  rows: Int32Array,
  cap: Int32Array,
  lo: number,
  hi: number,
  stride: number,
  limit: number,
): Float64Array {
  const out = new Float64Array(limit);
  let seen = 0;
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = score[rows[r]!]!;
    for (let j = 0; j < nMentors && k < limit; j++) {
      const s = row[j]!;
      if (s > lo && s < hi && cap[j]! > 0) {
        if (seen % stride === 0) out[k++] = s;
        seen++;
      }
    }
  }
  return out.subarray(0, k);
}

function uniqueSorted(values: Float64Array): Float64Array {
  values.sort();
  let k = 0;
  for (let x = 0; x < values.length; x++) {
    if (x === 0 || values[x] !== values[k - 1]) values[k++] = values[x]!;
  }
  return values.subarray(0, k);
}
