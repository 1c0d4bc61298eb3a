/**
 * This file defines the sparse vectors matching compares: one row per applicant, holding
 * term ids and weights in flat typed arrays (compressed rows), normalised to length 1 so a
 * dot product is a cosine. It also defines the inverted index that turns "compare every
 * mentee with every mentor" into "for each term a mentee has, visit only the mentors who
 * share it", which is what keeps 5,000 x 5,000 pairs to a fraction of a second.
 */

/** Row k holds ids[start[k] .. start[k + 1]) with weights in the same slots, ids ascending. */
export interface VectorSet {
  readonly start: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Packs term-weight maps (weights > 0) into a normalised vector set. */
export function packVectors(rows: ReadonlyArray<ReadonlyMap<number, number>>): VectorSet {
  const start = new Int32Array(rows.length + 1);
  let total = 0;
  rows.forEach((row, k) => {
    total += row.size;
    start[k + 1] = total;
  });
  const ids = new Int32Array(total);
  const weights = new Float64Array(total);
  rows.forEach((row, k) => {
    const entries = [...row.entries()].sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, w] of entries) norm += w * w;
    norm = Math.sqrt(norm);
    let at = start[k]!;
    for (const [id, w] of entries) {
      ids[at] = id;
      weights[at] = w / norm;
      at++;
    }
  });
  return { start, ids, weights };
}

export function isEmptyVector(set: VectorSet, k: number): boolean {
  return set.start[k + 1] === set.start[k];
}

/** Cosine of two rows (both normalised), by merging their sorted ids. */
export function cosine(a: VectorSet, ka: number, b: VectorSet, kb: number): number {
  let p = a.start[ka]!;
  let q = b.start[kb]!;
  const pe = a.start[ka + 1]!;
  const qe = b.start[kb + 1]!;
  let sum = 0;
  while (p < pe && q < qe) {
    const x = a.ids[p]!;
    const y = b.ids[q]!;
    if (x < y) p++;
    else if (y < x) q++;
    else {
      sum += a.weights[p]! * b.weights[q]!;
      p++;
      q++;
    }
  }
  return sum;
}

/** Term id -> the rows (and weights) that contain it. */
export interface InvertedIndex {
  readonly start: Int32Array;
  readonly rows: Int32Array;
  readonly weights: Float64Array;
}

export function invertVectors(set: VectorSet, nTerms: number): InvertedIndex {
  const start = new Int32Array(nTerms + 1);
  for (let p = 0; p < set.ids.length; p++) start[set.ids[p]! + 1]!++;
  for (let t = 0; t < nTerms; t++) start[t + 1] = start[t + 1]! + start[t]!;
  const fill = start.slice(0, nTerms);
  const rows = new Int32Array(start[nTerms]!);
  const weights = new Float64Array(start[nTerms]!);
  const nRows = set.start.length - 1;
  for (let k = 0; k < nRows; k++) {
    for (let p = set.start[k]!; p < set.start[k + 1]!; p++) {
      const at = fill[set.ids[p]!]!++;
      rows[at] = k;
      weights[at] = set.weights[p]!;
    }
  }
  return { start, rows, weights };
}

/**
 * Writes the cosine of query row k against every indexed row into `out` (which it clears
 * first): only rows sharing a term are touched, each once per shared term.
 */
export function cosineAgainstAll(query: VectorSet, k: number, index: InvertedIndex, out: Float64Array): void {
  out.fill(0);
  for (let p = query.start[k]!; p < query.start[k + 1]!; p++) {
    const id = query.ids[p]!;
    const w = query.weights[p]!;
    for (let q = index.start[id]!; q < index.start[id + 1]!; q++) {
      out[index.rows[q]!] = out[index.rows[q]!]! + w * index.weights[q]!;
    }
  }
}
