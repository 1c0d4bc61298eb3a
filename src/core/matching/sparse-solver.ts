/**
 * This file defines the sparse path of the assignment engine: the same shortest-
 * augmenting-path method, run on each row's most promising cells only, then proven
 * optimal on the full matrix. On dense problems most of the exact method's time goes to
 * searches that sweep whole rows (and, at the end, nearly the whole matrix); here a
 * search visits a row's few candidate cells through a heap instead.
 *
 * Exactness comes from pricing, as in column generation: after solving on the candidates,
 * one pass checks every cell's reduced weight. A cell below zero means the candidates
 * missed something; it joins its row's candidates and the searches run again. When no
 * cell is below zero the potentials certify optimality for the whole matrix, so the
 * answer is the one the dense method would give.
 *
 * In the perfect model (every row matched, every place filled) potentials have no sign,
 * so a row that missed a cell just gives up its column and searches again, and a row the
 * candidates strand gets all its cells. In the bounded model a column with room must keep
 * potential 0, which giving up a column can break, so a pricing round there starts the
 * searches over with the larger candidate lists (cheap, because they are sparse).
 */
import type { DenseModel } from './augmenting-path-solver';
import { assign, type CapacityMatching, emptyMatching, unassign } from './max-cardinality';
import { heapPop, heapPush } from './min-heap';
import { type Candidates, withExtraCandidates } from './sparse-candidates';

/** Below this many usable columns the dense method is as fast and simpler. */
export const SPARSE_MIN_COLUMNS = 256;

/** The shape of a sparse problem; its cells come from a `CellSource`. */
export interface SparseProblem {
  readonly nRows: number;
  readonly nCols: number;
  readonly cap: Int32Array;
  readonly bonus: number;
  /** Highest minus lowest finite weight: the scale that rounding errors are measured on. */
  readonly range: number;
}

/**
 * Where the cells come from: the matrix in whatever layout the caller has, read in passes
 * that suit that layout (row by row, or mentee by mentee for mentor places).
 */
export interface CellSource {
  weightOf(r: number, j: number): number;
  /** Each row's promising cells under the given potentials. */
  pick(m: CapacityMatching, rowPot: Float64Array, colDual: Float64Array): Candidates;
  /** Per row, the non-candidate columns whose reduced weight is below -tolerance. */
  price(cand: Candidates, rowPot: Float64Array, colDual: Float64Array, tolerance: number): Map<number, number[]>;
  /** All of row r's columns that are not candidates yet. */
  missing(cand: Candidates, r: number): number[];
  /** The perfect model's warm start (see warm-start.ts); only row-wise sources have one. */
  reduce?(m: CapacityMatching, rowPot: Float64Array, colDual: Float64Array, settled: Uint8Array): void;
}

export interface SparseResult {
  readonly rowMate: Int32Array;
  /** Internal potentials: reduced weight = rowPot + colDual - weight >= -tolerance. */
  readonly rowPot: Float64Array;
  readonly colDual: Float64Array;
}

/**
 * Solves the problem in the given model. Returns null only in the perfect model, when
 * even a row given all its cells cannot be matched (the dense method then decides).
 */
export function solveSparse(p: SparseProblem, source: CellSource, model: DenseModel): SparseResult | null {
  const perfect = model === 'perfect';
  const { nRows, nCols } = p;
  // Reduced weights are sums of a few weights; anything within rounding of 0 is 0.
  const tolerance = 1e-9 * Math.max(1, p.range);
  let m = emptyMatching(nRows, p.cap);
  const rowPot = new Float64Array(nRows);
  const colDual = new Float64Array(nCols);
  const settled = new Uint8Array(nRows);
  if (perfect) source.reduce?.(m, rowPot, colDual, settled);
  let cand = source.pick(m, rowPot, colDual);
  const weightOf = (r: number, j: number): number => source.weightOf(r, j);

  for (;;) {
    let space = createSearchSpace(p, m, rowPot, colDual, perfect, cand);
    for (let r = 0; r < nRows; r++) {
      if (settled[r]) continue;
      if (!searchFrom(space, r, cand)) {
        // The candidates left this row stranded (everyone wants the same few mentors):
        // give it every cell and try once more before handing over to the dense method.
        cand = withExtraCandidates(cand, new Map([[r, source.missing(cand, r)]]), weightOf);
        space = createSearchSpace(p, m, rowPot, colDual, perfect, cand);
        if (!searchFrom(space, r, cand)) return null;
      }
      settled[r] = 1;
    }
    const added = source.price(cand, rowPot, colDual, tolerance);
    if (added.size === 0) return { rowMate: m.mentorOf, rowPot, colDual };
    cand = withExtraCandidates(cand, added, weightOf);
    if (perfect) {
      // Rows that missed a better cell give up their column and search again with it.
      for (const i of added.keys()) {
        unassign(m, i);
        settled[i] = 0;
      }
    } else {
      m = emptyMatching(nRows, p.cap);
      rowPot.fill(0);
      colDual.fill(0);
      settled.fill(0);
    }
  }
}

/** Arrays one search needs, allocated once per round (per candidate set) and reset by each search. */
interface SearchSpace {
  readonly p: SparseProblem;
  readonly m: CapacityMatching;
  readonly rowPot: Float64Array;
  readonly colDual: Float64Array;
  readonly perfect: boolean;
  readonly dist: Float64Array;
  readonly pathRow: Int32Array;
  readonly done: Uint8Array;
  readonly touched: Int32Array;
  readonly level: Int32Array;
  readonly scannedRows: Int32Array;
  readonly scannedCols: Int32Array;
  readonly rowDist: Float64Array;
  readonly heapKeys: Float64Array;
  readonly heapVals: Int32Array;
}

function createSearchSpace(
  p: SparseProblem,
  m: CapacityMatching,
  rowPot: Float64Array,
  colDual: Float64Array,
  perfect: boolean,
  cand: Candidates,
): SearchSpace {
  return {
    p,
    m,
    rowPot,
    colDual,
    perfect,
    dist: new Float64Array(p.nCols).fill(Number.POSITIVE_INFINITY),
    pathRow: new Int32Array(p.nCols),
    done: new Uint8Array(p.nCols),
    touched: new Int32Array(p.nCols),
    level: new Int32Array(p.nCols),
    scannedRows: new Int32Array(p.nRows),
    scannedCols: new Int32Array(p.nCols),
    rowDist: new Float64Array(p.nRows),
    // A search scans each row at most once and pushes at most once per candidate cell.
    heapKeys: new Float64Array(Math.max(1, cand.col.length)),
    heapVals: new Int32Array(Math.max(1, cand.col.length)),
  };
}

/**
 * After a search that found its sink at distance minVal: updates the potentials of the
 * scanned rows and columns (at distances rowDist and dist) so every reduced weight stays
 * >= 0 and the new path is tight. Shared by the dense and the sparse solver; called once
 * per augmentation, outside the search loops.
 */
export function settlePotentials(
  minVal: number,
  rowPot: Float64Array,
  rowDist: Float64Array,
  scannedRows: Int32Array,
  nScannedRows: number,
  colDual: Float64Array,
  dist: Float64Array,
  scannedCols: Int32Array,
  nScannedCols: number,
): void {
  for (let k = 0; k < nScannedRows; k++) {
    const i = scannedRows[k]!;
    rowPot[i] = rowPot[i]! - (minVal - rowDist[i]!);
  }
  for (let k = 0; k < nScannedCols; k++) {
    const j = scannedCols[k]!;
    colDual[j] = colDual[j]! + (minVal - dist[j]!);
  }
}

/**
 * One shortest-augmenting-path search from row r over candidate cells; true when it
 * reached a column with room and moved the rows along the path. Columns further away wait
 * in a binary heap keyed by (distance, column), so ties always break the same way;
 * columns at exactly the current distance (dense problems have whole plateaus of them) go
 * on a plain stack and skip the heap. Columns with room are never queued: the best of them
 * is the sink as soon as nothing closer is left. In the bounded model each scanned row
 * can also stay unmatched, freeing its column: a sink at the row's distance plus its
 * dual. One flat function with local state, because a closure over mutable counters makes
 * every access a memory round trip. False only when a perfect-model search finds no sink.
 */
function searchFrom(space: SearchSpace, r: number, cand: Candidates): boolean {
  const { p, m, rowPot, colDual, perfect, dist, pathRow, done, touched, level, scannedRows, scannedCols, rowDist } = space;
  const { heapKeys, heapVals } = space;
  const { cap, bonus } = p;
  const { load, colStart, colRows, mentorOf } = m;
  const candStart = cand.start;
  const candCol = cand.col;
  const candW = cand.w;
  let heapSize = 0;
  let nTouched = 0;
  let nLevel = 0;
  let nScannedRows = 0;
  let nScannedCols = 0;
  let sink = -1;
  let sinkDist = Number.POSITIVE_INFINITY;
  let mind = Number.NEGATIVE_INFINITY;
  let bestDummy = Number.POSITIVE_INFINITY;
  let dummyRow = -1;
  rowPot[r] = perfect ? 0 : -bonus;
  // Rows to scan next: the start row, then the rows of each column the search takes.
  let first = -1;
  let last = -1;
  const single = r;
  for (;;) {
    for (let q = first; q <= last; q++) {
      const i = q < 0 ? single : colRows[q]!;
      const d0 = q < 0 ? 0 : mind;
      scannedRows[nScannedRows++] = i;
      rowDist[i] = d0;
      if (!perfect && d0 + rowPot[i]! + bonus < bestDummy) {
        bestDummy = d0 + rowPot[i]! + bonus;
        dummyRow = i;
      }
      const h = d0 + rowPot[i]!;
      const end = candStart[i + 1]!;
      for (let x = candStart[i]!; x < end; x++) {
        const j = candCol[x]!;
        const d = h + colDual[j]! - candW[x]!;
        if (!(d < dist[j]!) || done[j]) continue;
        if (dist[j] === Number.POSITIVE_INFINITY) touched[nTouched++] = j;
        dist[j] = d;
        pathRow[j] = i;
        if (load[j]! < cap[j]!) {
          if (d < sinkDist || (d === sinkDist && j < sink)) {
            sinkDist = d;
            sink = j;
          }
        } else if (d === mind) {
          level[nLevel++] = j;
        } else {
          heapSize = heapPush(heapKeys, heapVals, heapSize, d, j);
        }
      }
    }
    // The next column to take: first the current distance's stack, then the heap.
    let j = -1;
    while (j < 0) {
      if (nLevel > 0) {
        // A sink at this same distance ends the search before any more scanning.
        if (sinkDist <= mind || bestDummy < mind) break;
        const c = level[--nLevel]!;
        if (!done[c]) j = c;
      } else {
        if (heapSize === 0 || heapKeys[0]! >= sinkDist || heapKeys[0]! > bestDummy) break;
        const d = heapKeys[0]!;
        const c = heapVals[0]!;
        heapSize = heapPop(heapKeys, heapVals, heapSize);
        if (!done[c] && d === dist[c]) {
          mind = d;
          j = c;
        }
      }
    }
    if (j < 0) break;
    done[j] = 1;
    scannedCols[nScannedCols++] = j;
    first = colStart[j]!;
    last = first + load[j]! - 1;
  }

  const toDummy = bestDummy < sinkDist;
  const found = sink >= 0 || toDummy;
  if (found) {
    const minVal = toDummy ? bestDummy : sinkDist;
    settlePotentials(minVal, rowPot, rowDist, scannedRows, nScannedRows, colDual, dist, scannedCols, nScannedCols);
    // Walk the path back from the sink, moving each row one column along it; a row that
    // stays unmatched hands its column to the row before it.
    let j = sink;
    if (toDummy) {
      j = mentorOf[dummyRow]!;
      unassign(m, dummyRow);
    }
    while (j >= 0) {
      const i = pathRow[j]!;
      const prev = mentorOf[i]!;
      assign(m, i, j);
      if (i === r) break;
      j = prev;
    }
  }
  for (let k = 0; k < nTouched; k++) {
    dist[touched[k]!] = Number.POSITIVE_INFINITY;
    done[touched[k]!] = 0;
  }
  return found;
}

