/**
 * This file defines the engine under every assignment: a shortest-augmenting-path
 * Hungarian method (Jonker-Volgenant style) for "unit rows" (each row takes at most one
 * column) against "capacity columns" (column j takes at most cap[j] rows). Rows join one
 * at a time; each gets a Dijkstra search over reduced weights that ends at a column with
 * room (or, when rows may stay unmatched, at the row's own "stay unmatched" option), so
 * the matching after every step is optimal for the rows seen so far. A column with
 * capacity is one node of the search (all its rows join together), so capacity 2 costs
 * half the work of copying each mentor into two slots. -Infinity marks a forbidden cell
 * and needs no branch: it becomes an infinite distance by itself.
 *
 * Two models share the search. 'bounded': rows may stay unmatched; the objective is
 * first the number of matched rows, then the total, solved exactly as one max-weight
 * problem by adding `bonus` to every real cell (see `cardinalityBonus`). 'perfect': every
 * row is matched and every place filled (as many places as rows, the common square
 * case); potentials then need no sign, which allows the reductions of warm-start.ts. If
 * no perfect matching exists the perfect model reports failure and the caller solves the
 * bounded model instead. Both return the final potentials: the optimality certificate.
 *
 * Problems with 256 or more usable columns go to the sparse path (sparse-solver.ts): the
 * same searches over each row's promising cells, proven on the full matrix. The dense
 * searches here take the smaller problems and anything the sparse path hands back.
 */
import { assign, emptyMatching, unassign } from './max-cardinality';
import { RowCells } from './sparse-candidates';
import { SPARSE_MIN_COLUMNS, settlePotentials, solveSparse } from './sparse-solver';
import { reduceColumns } from './warm-start';

/** Rows of weights, one number per column: a caller's arrays or views into one buffer. */
export type WeightRows = ReadonlyArray<ArrayLike<number>>;

/** A dense problem: `rows[r][j]` is the weight of row r with column j. */
export interface DenseProblem {
  readonly nRows: number;
  readonly nCols: number;
  /** Several rows may share one array (places of the same mentor share their weights). */
  readonly rows: WeightRows;
  readonly cap: Int32Array;
  /** Added to every finite weight so that one more matched row beats any weight gain. */
  readonly bonus: number;
  /** Highest minus lowest finite weight: the scale that rounding errors are measured on. */
  readonly range: number;
}

/**
 * The result in max-weight form with weights W = weight + bonus: rowDual + colDual >= W on
 * every finite cell, equality on chosen cells, rowDual = 0 on unmatched rows, colDual = 0
 * on columns with room left, all duals >= 0. `bonus` may exceed the problem's: any larger
 * bonus certifies the same lexicographic optimum.
 */
export interface DenseSolution {
  readonly rowMate: Int32Array;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
  readonly bonus: number;
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

export type DenseModel = 'bounded' | 'perfect';

/**
 * Solves a dense problem exactly. In the 'perfect' model returns null when some row
 * cannot be matched (then no perfect matching exists).
 */
export function solveDense(problem: DenseProblem, model: DenseModel): DenseSolution | null {
  const { nRows, nCols, rows, cap, bonus } = problem;
  const perfect = model === 'perfect';
  const m = emptyMatching(nRows, cap);
  const { mentorOf: rowMate, load, colStart, colRows } = m;
  // rowPot is the row dual minus the bonus, so the inner loop never adds the bonus.
  const rowPot = new Float64Array(nRows);
  const colDual = new Float64Array(nCols);

  // Columns without capacity can never take a row, so the searches skip them entirely.
  let nUsable = 0;
  for (let j = 0; j < nCols; j++) if (cap[j]! > 0) nUsable++;
  const usable = new Int32Array(nUsable);
  for (let j = 0, k = 0; j < nCols; j++) if (cap[j]! > 0) usable[k++] = j;

  if (nUsable >= SPARSE_MIN_COLUMNS) {
    const sparse = solveSparse(problem, new RowCells(problem, usable), model);
    if (sparse !== null) {
      return perfect
        ? perfectDuals(sparse.rowMate, sparse.rowPot, sparse.colDual, usable, bonus)
        : boundedDuals(sparse.rowMate, sparse.rowPot, sparse.colDual, bonus);
    }
  }

  const settled = new Uint8Array(nRows);
  if (perfect) reduceColumns(problem, usable, m, rowPot, colDual, settled);

  const dist = new Float64Array(nCols);
  const pathRow = new Int32Array(nCols);
  // Columns still in play, in ascending order: scans then walk memory forwards, about
  // twice as fast as visiting the same columns shuffled. Every pass over the list also
  // compacts it, dropping the columns that left play during that pass.
  const rem = new Int32Array(nUsable);
  // Columns at the current distance waiting to be scanned (Jonker-Volgenant's "todo"
  // list): a whole tie is taken without looking for the minimum again.
  const waiting = new Int32Array(nUsable);
  const scannedCols = new Int32Array(nUsable);
  const scannedRows = new Int32Array(nRows);
  const rowDist = new Float64Array(nRows);
  // In the perfect model staying unmatched is not an option: its distance is infinite.
  const noDummy = perfect ? Number.POSITIVE_INFINITY : 0;

  for (let r = 0; r < nRows; r++) {
    if (settled[r]) continue;
    settled[r] = 1;
    let remLen = nUsable;
    let nWaiting = 0;
    let nScannedCols = 0;
    let nScannedRows = 1;
    scannedRows[0] = r;
    rowDist[r] = 0;
    rowPot[r] = perfect ? 0 : -bonus;
    let bestDummy = noDummy;
    let dummyRow = r;
    let mind = 0;
    let sinkCol = -1;
    let minVal = 0;

    // The start row: every column's first distance, and the closest of them. Most rows
    // end right here, at a closest column with room, before any list is set up.
    let nextMin = Number.POSITIVE_INFINITY;
    let nextAt = -1;
    let nextKnown = true;
    {
      const h = rowPot[r]!;
      const row = rows[r]!;
      for (let k = 0; k < nUsable; k++) {
        const j = usable[k]!;
        const d = h + colDual[j]! - row[j]!;
        dist[j] = d;
        pathRow[j] = r;
        if (d < nextMin) {
          nextMin = d;
          nextAt = j;
        }
      }
    }
    if (nextAt >= 0 && nextMin <= bestDummy && load[nextAt]! < cap[nextAt]!) {
      sinkCol = nextAt;
      minVal = nextMin;
    } else {
      rem.set(usable);
    }

    search: for (; sinkCol < 0; ) {
      if (nWaiting === 0) {
        // Nothing left at the current distance: move on to the next closest columns.
        if (!nextKnown) {
          nextMin = Number.POSITIVE_INFINITY;
          for (let k = 0; k < remLen; k++) {
            const d = dist[rem[k]!]!;
            if (d < nextMin) nextMin = d;
          }
        }
        if (nextMin === Number.POSITIVE_INFINITY || nextMin > bestDummy) {
          if (perfect) return null;
          minVal = bestDummy;
          break;
        }
        mind = nextMin;
        let w = 0;
        for (let k = 0; k < remLen; k++) {
          const j = rem[k]!;
          if (dist[j] === mind) {
            if (load[j]! < cap[j]!) {
              sinkCol = j;
              minVal = mind;
              break search;
            }
            waiting[nWaiting++] = j;
          } else {
            rem[w++] = j;
          }
        }
        remLen = w;
        nextKnown = false;
      }

      // Take a full column at the current distance; its rows join the search.
      const jFull = waiting[--nWaiting]!;
      scannedCols[nScannedCols++] = jFull;
      const first = colStart[jFull]!;
      const last = first + load[jFull]! - 1;
      for (let p = first; p <= last; p++) {
        const i = colRows[p]!;
        scannedRows[nScannedRows++] = i;
        rowDist[i] = mind;
        // Leaving row i unmatched frees its column: a sink at distance mind + row dual.
        const dummy = mind + rowPot[i]! + bonus;
        if (!perfect && dummy < bestDummy) {
          bestDummy = dummy;
          dummyRow = i;
        }
        const h = mind + rowPot[i]!;
        const row = rows[i]!;
        nextMin = Number.POSITIVE_INFINITY;
        let w = 0;
        for (let k = 0; k < remLen; k++) {
          const j = rem[k]!;
          let d = h + colDual[j]! - row[j]!;
          if (d < dist[j]!) {
            dist[j] = d;
            pathRow[j] = i;
            if (d === mind) {
              if (load[j]! < cap[j]!) {
                sinkCol = j;
                minVal = mind;
                break search;
              }
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
      }
      // The last scan also found the next minimum, unless columns joined the waiting list.
      nextKnown = nWaiting === 0;
    }

    // Update potentials so every reduced weight stays >= 0 and the new path is tight.
    settlePotentials(minVal, rowPot, rowDist, scannedRows, nScannedRows, colDual, dist, scannedCols, nScannedCols);

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
  return perfect ? perfectDuals(rowMate, rowPot, colDual, usable, bonus) : boundedDuals(rowMate, rowPot, colDual, bonus);
}

/** The bounded model's certificate from internal potentials (row dual = rowPot + bonus). */
export function boundedDuals(rowMate: Int32Array, rowPot: Float64Array, colDual: Float64Array, bonus: number): DenseSolution {
  const rowDual = new Float64Array(rowPot.length);
  for (let i = 0; i < rowPot.length; i++) rowDual[i] = rowPot[i]! + bonus;
  return { rowMate, rowDual, colDual, bonus };
}

/**
 * Perfect-model potentials have no sign: shift them so every column dual is >= 0, then
 * raise the bonus until every row dual is too. With every row matched and every place
 * filled there is no other condition to meet.
 */
function perfectDuals(
  rowMate: Int32Array,
  rowPot: Float64Array,
  colDual: Float64Array,
  usable: Int32Array,
  bonus: number,
): DenseSolution {
  let shift = Number.POSITIVE_INFINITY;
  for (let k = 0; k < usable.length; k++) shift = Math.min(shift, colDual[usable[k]!]!);
  if (!Number.isFinite(shift)) shift = 0;
  for (let k = 0; k < usable.length; k++) colDual[usable[k]!] = colDual[usable[k]!]! - shift;
  let lowest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rowPot.length; i++) lowest = Math.min(lowest, rowPot[i]! + shift);
  const certified = Math.max(bonus, Number.isFinite(lowest) ? -lowest : 0);
  const rowDual = new Float64Array(rowPot.length);
  for (let i = 0; i < rowPot.length; i++) rowDual[i] = rowPot[i]! + shift + certified;
  return { rowMate, rowDual, colDual, bonus: certified };
}
