/**
 * This file defines the warm start of the perfect model (every row matched, every place
 * filled), where potentials need no sign and can be set greedily. First the reductions of
 * Munkres's and Jonker-Volgenant's methods: each row's potential is its best weight, each
 * column's the best of what rows leave over, and rows take tight columns with room. Then
 * Jonker-Volgenant's augmenting row reduction: an auction in which a free row takes the
 * column it values most and raises its price by the margin over its second choice,
 * pushing out the holder. Each step costs one pass over a row and often settles a row
 * that would otherwise need a full shortest-path search; the auction gets a fixed budget
 * of passes because near-equal bids can trade tiny price rises for a long time.
 *
 * Both keep the invariants the searches rely on: every reduced weight (rowPot + colDual -
 * weight) is >= 0 and every assigned cell has reduced weight 0.
 */
import type { DenseProblem } from './augmenting-path-solver';
import { assign, type CapacityMatching, unassign } from './max-cardinality';

/** Auction passes allowed per row of the problem before the searches take over. */
const AUCTION_PASSES_PER_ROW = 2;

/**
 * The warm start of the perfect model (as in Munkres's and Jonker-Volgenant's methods):
 * each row's potential starts at its best weight, each column's at the best of what the
 * rows leave over, and each row takes the first column with room where its reduced
 * weight is already 0. Every reduced weight is then >= 0 and every assignment tight.
 */
export function reduceColumns(
  p: DenseProblem,
  usable: Int32Array,
  m: CapacityMatching,
  rowPot: Float64Array,
  colDual: Float64Array,
  settled: Uint8Array,
): void {
  const { nRows, weight, rowOffset, cap } = p;
  const nU = usable.length;
  // Row reduction (the reduced weight of a cell is rowPot + colDual - weight).
  for (let i = 0; i < nRows; i++) {
    const off = rowOffset[i]!;
    let best = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < nU; k++) best = Math.max(best, weight[off + usable[k]!]!);
    rowPot[i] = best === Number.NEGATIVE_INFINITY ? 0 : best;
  }
  // Column reduction, row by row so the matrix is read in memory order.
  colDual.fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < nRows; i++) {
    const off = rowOffset[i]!;
    const u = rowPot[i]!;
    for (let k = 0; k < nU; k++) {
      const j = usable[k]!;
      const w = weight[off + j]! - u;
      if (w > colDual[j]!) colDual[j] = w;
    }
  }
  for (let k = 0; k < nU; k++) {
    const j = usable[k]!;
    if (colDual[j] === Number.NEGATIVE_INFINITY) colDual[j] = 0;
  }
  // Rows take tight columns with room, first come first served.
  for (let i = 0; i < nRows; i++) {
    const off = rowOffset[i]!;
    const u = rowPot[i]!;
    for (let k = 0; k < nU; k++) {
      const j = usable[k]!;
      // The same expression that set the column's potential, so a tie compares exactly.
      if (m.load[j]! < cap[j]! && weight[off + j]! - u === colDual[j]) {
        assign(m, i, j);
        settled[i] = 1;
        break;
      }
    }
  }
}

/**
 * Jonker-Volgenant's augmenting row reduction over the rows not yet settled. Only
 * columns of capacity 1 change price: raising the price of a column that holds several
 * rows would break the tightness of the rows it keeps.
 */
export function augmentRows(
  p: DenseProblem,
  usable: Int32Array,
  m: CapacityMatching,
  rowPot: Float64Array,
  colDual: Float64Array,
  settled: Uint8Array,
): void {
  const { nRows, weight, rowOffset, cap } = p;
  const { load, colRows, colStart } = m;
  const nU = usable.length;
  let budget = AUCTION_PASSES_PER_ROW * nRows;
  let current: number[] = [];
  for (let i = 0; i < nRows; i++) if (!settled[i]) current.push(i);
  for (let round = 0; round < 2 && current.length > 0; round++) {
    const next: number[] = [];
    let k = 0;
    let retry = -1;
    while ((retry >= 0 || k < current.length) && budget > 0) {
      const i = retry >= 0 ? retry : current[k++]!;
      retry = -1;
      budget--;
      const off = rowOffset[i]!;
      let u1 = Number.NEGATIVE_INFINITY;
      let u2 = Number.NEGATIVE_INFINITY;
      let j1 = -1;
      let j2 = -1;
      for (let q = 0; q < nU; q++) {
        const j = usable[q]!;
        const h = weight[off + j]! - colDual[j]!;
        if (h > u2) {
          if (h > u1) {
            u2 = u1;
            j2 = j1;
            u1 = h;
            j1 = j;
          } else {
            u2 = h;
            j2 = j;
          }
        }
      }
      if (j1 < 0 || u1 === Number.NEGATIVE_INFINITY) continue;
      if (load[j1]! < cap[j1]!) {
        // A column with room: take it. Its price rises only if it is then full and alone.
        assign(m, i, j1);
        settled[i] = 1;
        if (cap[j1] === 1 && u2 > Number.NEGATIVE_INFINITY) {
          colDual[j1] = colDual[j1]! + (u1 - u2);
          rowPot[i] = u2;
        } else {
          rowPot[i] = u1;
        }
        continue;
      }
      if (cap[j1] !== 1) continue;
      const holder = colRows[colStart[j1]!]!;
      if (u1 > u2) {
        unassign(m, holder);
        settled[holder] = 0;
        assign(m, i, j1);
        settled[i] = 1;
        colDual[j1] = colDual[j1]! + (u1 - u2);
        rowPot[i] = u2;
        retry = holder;
      } else if (j2 >= 0 && load[j2]! < cap[j2]!) {
        // A tie with a column that has room: take that one and displace nobody.
        assign(m, i, j2);
        settled[i] = 1;
        rowPot[i] = u1;
      } else {
        // A tie between full columns: push the holder out without a price change, but only
        // into the next round, so equal bids cannot chase each other forever.
        unassign(m, holder);
        settled[holder] = 0;
        assign(m, i, j1);
        settled[i] = 1;
        rowPot[i] = u1;
        next.push(holder);
      }
    }
    current = next;
  }
}
