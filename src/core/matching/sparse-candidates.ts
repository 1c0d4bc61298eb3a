/**
 * This file defines the candidate cells of the sparse solver for a matrix read row by
 * row: which few cells of each row the searches look at (those with the smallest reduced
 * weight, found with one threshold for the whole matrix), the pricing pass over every
 * cell that finds what the candidates missed, and the helpers both cell sources share.
 * Candidates carry their weights, so a search never goes back to the matrix.
 */
import type { DenseProblem, WeightRows } from './augmenting-path-solver';
import type { CapacityMatching } from './max-cardinality';
import type { CellSource } from './sparse-solver';
import { reduceColumns } from './warm-start';

/** Each row's candidate cells: row r's are col[start[r] .. start[r+1]), weights in w. */
export interface Candidates {
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly w: Float64Array;
}

/** Candidate cells per row: enough that pricing rarely has to add any. */
export function candidateCount(nColumns: number): number {
  return Math.min(nColumns, Math.max(16, Math.ceil(Math.sqrt(nColumns))));
}

/** The value below which about `share` of the sample lies (the sample gets sorted). */
export function quantile(sample: Float64Array, share: number): number {
  sample.sort();
  return sample[Math.min(sample.length - 1, Math.floor(share * sample.length))]!;
}

/**
 * The cells of a matrix read row by row (mentees as rows, or any dense problem). A class,
 * so every solve shares the same methods: V8 keeps their optimised code across solves,
 * where fresh closures per solve lose it at each full garbage collection.
 */
export class RowCells implements CellSource {
  constructor(
    private readonly p: DenseProblem,
    private readonly usable: Int32Array,
  ) {}

  weightOf(r: number, j: number): number {
    return this.p.rows[r]![j]!;
  }

  reduce(m: CapacityMatching, rowPot: Float64Array, colDual: Float64Array, settled: Uint8Array): void {
    reduceColumns(this.p, this.usable, m, rowPot, colDual, settled);
  }

  missing(cand: Candidates, r: number): number[] {
    const have = new Set(cand.col.subarray(cand.start[r]!, cand.start[r + 1]!));
    return Array.from(this.usable).filter((j) => !have.has(j));
  }

  pick(m: CapacityMatching, rowPot: Float64Array, colDual: Float64Array): Candidates {
    const { usable } = this;
    const { nRows, rows } = this.p;
    const nU = usable.length;
    const k = candidateCount(nU);
    const most = 3 * k;
    const fewest = Math.ceil(k / 4);
    const cut = quantile(sampleRowCells(rows, usable, rowPot, colDual), k / nU);
    const start = new Int32Array(nRows + 1);
    const col = new Int32Array(nRows * (most + 1));
    const best = new BestOf(k);
    let at = 0;
    for (let i = 0; i < nRows; i++) {
      start[i] = at;
      const first = at;
      at = underCut(rows[i]!, rowPot[i]!, colDual, usable, cut, col, at, first + most);
      if (at === first + most || at - first < fewest) {
        at = bestOfRow(rows[i]!, rowPot[i]!, colDual, usable, best, col, first);
      }
      at = withOwn(col, first, at, m.mentorOf[i]!);
    }
    start[nRows] = at;
    const w = new Float64Array(at);
    for (let i = 0; i < nRows; i++) fillWeights(rows[i]!, col, w, start[i]!, start[i + 1]!);
    return { start, col: col.slice(0, at), w };
  }

  price(cand: Candidates, rowPot: Float64Array, colDual: Float64Array, tolerance: number): Map<number, number[]> {
    const { usable } = this;
    const { nRows, rows } = this.p;
    const added = new Map<number, number[]>();
    for (let i = 0; i < nRows; i++) {
      let q = firstBelow(rows[i]!, rowPot[i]! + tolerance, colDual, usable, 0);
      while (q < usable.length) {
        noteMissed(added, cand, i, usable[q]!);
        q = firstBelow(rows[i]!, rowPot[i]! + tolerance, colDual, usable, q + 1);
      }
    }
    return added;
  }
}

/** An even sample of the matrix's reduced weights, for the candidates' cut-off. */
function sampleRowCells(rows: WeightRows, usable: Int32Array, rowPot: Float64Array, colDual: Float64Array): Float64Array {
  const nU = usable.length;
  const cells = rows.length * nU;
  const sample = new Float64Array(Math.min(cells, 2048));
  for (let s = 0; s < sample.length; s++) {
    const cell = Math.floor((s * cells) / sample.length);
    const i = Math.floor(cell / nU);
    const j = usable[cell % nU]!;
    sample[s] = rowPot[i]! + colDual[j]! - rows[i]![j]!;
  }
  return sample;
}

function fillWeights(row: ArrayLike<number>, col: Int32Array, w: Float64Array, from: number, to: number): void {
  for (let x = from; x < to; x++) w[x] = row[col[x]!]!;
}

// The pieces of a row's pick and price are separate functions on purpose: a rarely taken
// branch inside a hot loop makes V8 throw away the loop's optimised code each time.

/** Writes the usable columns with reduced weight <= cut, stopping at `limit`. */
function underCut(
  row: ArrayLike<number>,
  u: number,
  colDual: Float64Array,
  usable: Int32Array,
  cut: number,
  col: Int32Array,
  at: number,
  limit: number,
): number {
  for (let q = 0; q < usable.length; q++) {
    const j = usable[q]!;
    if (u + colDual[j]! - row[j]! <= cut) {
      col[at++] = j;
      if (at === limit) break;
    }
  }
  return at;
}

/** Writes the row's k columns with the smallest reduced weight. */
function bestOfRow(
  row: ArrayLike<number>,
  u: number,
  colDual: Float64Array,
  usable: Int32Array,
  best: BestOf,
  col: Int32Array,
  at: number,
): number {
  best.clear();
  for (let q = 0; q < usable.length; q++) {
    const j = usable[q]!;
    best.offer(u + colDual[j]! - row[j]!, j);
  }
  return best.writeTo(col, at);
}

/** Makes sure the column a row already holds is among its candidates. */
function withOwn(col: Int32Array, first: number, at: number, own: number): number {
  if (own < 0) return at;
  for (let x = first; x < at; x++) if (col[x] === own) return at;
  col[at] = own;
  return at + 1;
}

/** The first position from `q` on whose cell has reduced weight < -tolerance, or the end. */
function firstBelow(row: ArrayLike<number>, uPlusTol: number, colDual: Float64Array, usable: Int32Array, q: number): number {
  for (; q < usable.length; q++) {
    const j = usable[q]!;
    if (uPlusTol + colDual[j]! - row[j]! < 0) return q;
  }
  return q;
}

/** Records cell (r, j) as missed unless it is a candidate already. */
export function noteMissed(added: Map<number, number[]>, cand: Candidates, r: number, j: number): void {
  for (let x = cand.start[r]!; x < cand.start[r + 1]!; x++) if (cand.col[x] === j) return;
  const list = added.get(r);
  if (list === undefined) added.set(r, [j]);
  else list.push(j);
}

/** The candidates with the added cells appended to their rows. */
export function withExtraCandidates(
  cand: Candidates,
  added: ReadonlyMap<number, readonly number[]>,
  weightOf: (r: number, j: number) => number,
): Candidates {
  const nRows = cand.start.length - 1;
  let extra = 0;
  for (const list of added.values()) extra += list.length;
  const start = new Int32Array(nRows + 1);
  const col = new Int32Array(cand.col.length + extra);
  const w = new Float64Array(cand.col.length + extra);
  let at = 0;
  for (let r = 0; r < nRows; r++) {
    start[r] = at;
    for (let x = cand.start[r]!; x < cand.start[r + 1]!; x++, at++) {
      col[at] = cand.col[x]!;
      w[at] = cand.w[x]!;
    }
    for (const j of added.get(r) ?? []) {
      col[at] = j;
      w[at++] = weightOf(r, j);
    }
  }
  start[nRows] = at;
  return { start, col, w };
}

/** The k smallest (key, column) pairs offered, kept in a bounded max-heap. */
export class BestOf {
  private readonly keys: Float64Array;
  private readonly cols: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.keys = new Float64Array(k);
    this.cols = new Int32Array(k);
  }

  clear(): void {
    this.size = 0;
  }

  offer(key: number, col: number): void {
    const { keys, cols, k } = this;
    if (key === Number.POSITIVE_INFINITY) return;
    if (this.size < k) {
      let x = this.size++;
      while (x > 0) {
        const parent = (x - 1) >> 1;
        if (keys[parent]! >= key) break;
        keys[x] = keys[parent]!;
        cols[x] = cols[parent]!;
        x = parent;
      }
      keys[x] = key;
      cols[x] = col;
    } else if (key < keys[0]!) {
      let x = 0;
      for (;;) {
        const left = 2 * x + 1;
        if (left >= k) break;
        const right = left + 1;
        const child = right < k && keys[right]! > keys[left]! ? right : left;
        if (keys[child]! <= key) break;
        keys[x] = keys[child]!;
        cols[x] = cols[child]!;
        x = child;
      }
      keys[x] = key;
      cols[x] = col;
    }
  }

  writeTo(out: Int32Array, at: number): number {
    for (let x = 0; x < this.size; x++) out[at++] = this.cols[x]!;
    return at;
  }
}
