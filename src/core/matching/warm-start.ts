/**
 * This file defines the warm start of the perfect model (every row matched, every place
 * filled), where potentials need no sign and can be set greedily: the reductions of
 * Munkres's and Jonker-Volgenant's methods. Each row's potential is its best weight, each
 * column's the best of what the rows leave over, and rows take tight columns with room.
 * Afterwards every reduced weight (rowPot + colDual - weight) is >= 0 and every assigned
 * cell has reduced weight 0, which is all the searches that follow rely on. (Jonker and
 * Volgenant's further "augmenting row reduction" was tried: it settled more rows but not
 * the hard ones, which cost the same searches either way, so it is left out.)
 */
import type { DenseProblem } from './augmenting-path-solver';
import { assign, type CapacityMatching } from './max-cardinality';

/** Sets the reductions' potentials and assigns rows to tight columns with room. */
export function reduceColumns(
  p: DenseProblem,
  usable: Int32Array,
  m: CapacityMatching,
  rowPot: Float64Array,
  colDual: Float64Array,
  settled: Uint8Array,
): void {
  const { nRows, rows, cap } = p;
  const nU = usable.length;
  // Row reduction (the reduced weight of a cell is rowPot + colDual - weight).
  for (let i = 0; i < nRows; i++) {
    const row = rows[i]!;
    let best = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < nU; k++) best = Math.max(best, row[usable[k]!]!);
    rowPot[i] = best === Number.NEGATIVE_INFINITY ? 0 : best;
  }
  // Column reduction, row by row so the matrix is read in memory order.
  colDual.fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < nRows; i++) {
    const row = rows[i]!;
    const u = rowPot[i]!;
    for (let k = 0; k < nU; k++) {
      const j = usable[k]!;
      const w = row[j]! - u;
      if (w > colDual[j]!) colDual[j] = w;
    }
  }
  for (let k = 0; k < nU; k++) {
    const j = usable[k]!;
    if (colDual[j] === Number.NEGATIVE_INFINITY) colDual[j] = 0;
  }
  // Rows take tight columns with room, first come first served.
  for (let i = 0; i < nRows; i++) {
    const row = rows[i]!;
    const u = rowPot[i]!;
    for (let k = 0; k < nU; k++) {
      const j = usable[k]!;
      // The same expression that set the column's potential, so a tie compares exactly.
      if (m.load[j]! < cap[j]! && row[j]! - u === colDual[j]) {
        assign(m, i, j);
        settled[i] = 1;
        break;
      }
    }
  }
}

