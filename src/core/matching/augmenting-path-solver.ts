/**
 * This file defines the engine under every assignment: a shortest-augmenting-path
 * Hungarian method (the Jonker-Volgenant / Crouse family) on a dense weight matrix held in
 * a Float64Array, for "unit rows" (each row takes at most one column) against "capacity
 * columns" (column j takes at most cap[j] rows). Rows are added one at a time; each gets a
 * Dijkstra search over reduced weights that ends at a column with room, or at the row's
 * own implicit "stay unmatched" option, so the matching after every step is optimal for
 * the rows seen so far. Columns with capacity are searched as one node (all their rows
 * join the search together), which is why capacity 2 costs half the work of copying every
 * mentor into two slots. -Infinity marks a forbidden cell; it needs no special branch
 * because it turns into an infinite distance by itself.
 *
 * The objective is lexicographic: first the number of matched rows, then the total
 * weight. It is solved exactly as one max-weight problem by adding a bonus to every real
 * cell that is larger than any possible gain in weight (see `cardinalityBonus`). The final
 * potentials are returned: they are the optimality certificate the tests check.
 */

/** A dense problem: row r's weights for columns 0..nCols-1 start at `rowOffset[r]`. */
export interface DenseProblem {
  readonly nRows: number;
  readonly nCols: number;
  readonly weight: Float64Array;
  /** Several rows may share one data row (slots of the same mentor share their weights). */
  readonly rowOffset: Int32Array;
  readonly cap: Int32Array;
  /** Added to every finite weight so that one more matched row always beats any weight gain. */
  readonly bonus: number;
}

/**
 * The result in max-weight form with weights W = weight + bonus: rowDual + colDual >= W on
 * every finite cell, equality on chosen cells, rowDual = 0 on unmatched rows, colDual = 0
 * on columns with room left, all duals >= 0.
 */
export interface DenseSolution {
  readonly rowMate: Int32Array;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
}

/**
 * The bonus that makes "one more pair" worth more than any weight difference: a matching
 * of k + 1 pairs beats one of k pairs when bonus > k * (hi - lo) - lo over the finite cells.
 * The margin keeps it strictly larger even after rounding.
 */
export function cardinalityBonus(lo: number, hi: number, maxPairs: number): number {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return 1;
  const range = hi - lo;
  return (maxPairs + 1) * range - lo + Math.max(1, range);
}

import { assign, emptyMatching, unassign } from './max-cardinality';
import { reduceRows } from './row-reduction';

/** Solves a dense problem exactly; see the file comment for the method. */
export function solveDense(problem: DenseProblem): DenseSolution {
  const { nRows, nCols, weight, rowOffset, cap, bonus } = problem;
  const m = emptyMatching(nRows, cap);
  const { mentorOf: rowMate, load, colStart, colRows } = m;
  // Internally rowPot = rowDual - bonus, so the inner loop never adds the bonus per cell.
  const rowPot = new Float64Array(nRows);
  const colDual = new Float64Array(nCols);

  // Columns without capacity can never take a row, so the searches skip them entirely.
  let nUsable = 0;
  for (let j = 0; j < nCols; j++) if (cap[j]! > 0) nUsable++;
  const usable = new Int32Array(nUsable);
  for (let j = 0, k = 0; j < nCols; j++) if (cap[j]! > 0) usable[k++] = j;

  reduceRows(problem, usable, m, rowPot, colDual);
  // Rows the warm start settled are part of the optimal partial solution already.
  const settled = new Uint8Array(nRows);
  for (let i = 0; i < nRows; i++) if (rowMate[i]! >= 0) settled[i] = 1;

  const dist = new Float64Array(nCols);
  const pathRow = new Int32Array(nCols);
  // Columns still in play, in ascending order: scans then walk memory forwards, which is
  // about twice as fast as visiting the same columns shuffled. Columns that leave play are
  // only flagged in `state` and dropped from the list by the next scan that passes them.
  const rem = new Int32Array(nUsable);
  const state = new Uint8Array(nCols);
  const IN_PLAY = 0;
  const WAITING = 1;
  const SCANNED = 2;
  // Columns at the current distance, waiting to be scanned (Jonker-Volgenant's "todo"
  // list): a whole tie is taken without looking for the minimum again.
  const waiting = new Int32Array(nUsable);
  const scannedCols = new Int32Array(nUsable);
  const scannedRows = new Int32Array(nRows);
  const rowDist = new Float64Array(nRows);

  for (let r = 0; r < nRows; r++) {
    if (settled[r]) continue;
    settled[r] = 1;
    rem.set(usable);
    let remLen = nUsable;
    state.fill(IN_PLAY);
    let nWaiting = 0;
    let nScannedCols = 0;
    let nScannedRows = 1;
    scannedRows[0] = r;
    rowDist[r] = 0;
    rowPot[r] = -bonus;
    let bestDummy = 0;
    let dummyRow = r;
    let mind = 0;
    let sinkCol = -1;
    let minVal = 0;

    // The start row: every column's first distance, and the closest of them.
    let nextMin = Number.POSITIVE_INFINITY;
    let nextCount = 0;
    {
      const h = rowPot[r]!;
      const off = rowOffset[r]!;
      for (let k = 0; k < remLen; k++) {
        const j = rem[k]!;
        const d = h + colDual[j]! - weight[off + j]!;
        dist[j] = d;
        pathRow[j] = r;
        if (d < nextMin) {
          nextMin = d;
          nextCount = 1;
        } else if (d === nextMin) {
          nextCount++;
        }
      }
    }

    search: for (;;) {
      if (nWaiting === 0) {
        // Nothing left at the current distance: move on to the next closest columns.
        if (nextCount < 0) {
          nextMin = Number.POSITIVE_INFINITY;
          let w = 0;
          for (let k = 0; k < remLen; k++) {
            const j = rem[k]!;
            if (state[j] !== IN_PLAY) continue;
            rem[w++] = j;
            const d = dist[j]!;
            if (d < nextMin) nextMin = d;
          }
          remLen = w;
        }
        if (nextMin > bestDummy || nextMin === Number.POSITIVE_INFINITY) {
          minVal = bestDummy;
          break;
        }
        mind = nextMin;
        let w = 0;
        for (let k = 0; k < remLen; k++) {
          const j = rem[k]!;
          if (state[j] !== IN_PLAY) continue;
          if (dist[j] === mind) {
            if (load[j]! < cap[j]!) {
              sinkCol = j;
              minVal = mind;
              break search;
            }
            state[j] = WAITING;
            waiting[nWaiting++] = j;
          } else {
            rem[w++] = j;
          }
        }
        remLen = w;
        nextCount = -1;
      }

      // Take a full column at the current distance; its rows join the search.
      const jFull = waiting[--nWaiting]!;
      state[jFull] = SCANNED;
      scannedCols[nScannedCols++] = jFull;
      const first = colStart[jFull]!;
      const last = first + load[jFull]! - 1;
      for (let p = first; p <= last; p++) {
        const i = colRows[p]!;
        scannedRows[nScannedRows++] = i;
        rowDist[i] = mind;
        // Leaving row i unmatched frees its column: a sink at distance mind + row dual.
        const dummy = mind + rowPot[i]! + bonus;
        if (dummy < bestDummy) {
          bestDummy = dummy;
          dummyRow = i;
        }
        const h = mind + rowPot[i]!;
        const off = rowOffset[i]!;
        // The last row to scan before the waiting list runs dry also finds the next minimum.
        const track = p === last;
        nextMin = Number.POSITIVE_INFINITY;
        let w = 0;
        for (let k = 0; k < remLen; k++) {
          const j = rem[k]!;
          if (state[j] !== IN_PLAY) continue;
          let d = h + colDual[j]! - weight[off + j]!;
          if (d < dist[j]!) {
            dist[j] = d;
            pathRow[j] = i;
            if (d === mind) {
              if (load[j]! < cap[j]!) {
                sinkCol = j;
                minVal = mind;
                break search;
              }
              state[j] = WAITING;
              waiting[nWaiting++] = j;
              continue;
            }
          } else {
            d = dist[j]!;
          }
          rem[w++] = j;
          if (d < nextMin) nextMin = d;
        }
        remLen = w;
        // Columns that joined the waiting list make the tracked minimum stale.
        nextCount = track && nWaiting === 0 ? 1 : -1;
      }
    }

    // Update potentials so every reduced weight stays >= 0 and the new path is tight.
    for (let k = 0; k < nScannedRows; k++) {
      const i = scannedRows[k]!;
      rowPot[i] = rowPot[i]! - (minVal - rowDist[i]!);
    }
    for (let k = 0; k < nScannedCols; k++) {
      const j = scannedCols[k]!;
      colDual[j] = colDual[j]! + (minVal - dist[j]!);
    }

    // Walk the path back from the sink, moving each row one column along it.
    let j: number;
    if (sinkCol >= 0) {
      j = sinkCol;
    } else {
      const prev = rowMate[dummyRow]!;
      unassign(m, dummyRow);
      if (dummyRow === r) continue;
      j = prev;
    }
    for (;;) {
      const i = pathRow[j]!;
      const prev = rowMate[i]!;
      assign(m, i, j);
      if (i === r) break;
      j = prev;
    }
  }

  const rowDual = new Float64Array(nRows);
  for (let i = 0; i < nRows; i++) rowDual[i] = rowPot[i]! + bonus;
  return { rowMate, rowDual, colDual };
}
