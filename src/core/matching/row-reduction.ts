/**
 * This file defines the warm start of the assignment engine: Jonker and Volgenant's
 * "augmenting row reduction", an auction in which each unassigned mentee takes the column
 * it values most and raises that column's price by the margin over its second choice,
 * pushing out the previous holder. It settles most rows for the cost of one pass over
 * their weights, leaving the exact shortest-path searches only the contested remainder.
 *
 * It keeps the engine's invariants, so the searches that follow stay exact: every settled
 * row is tight on its column and covers all others, every row dual stays >= 0 (staying
 * unmatched is always an option worth 0), and a price is raised only on a column of
 * capacity 1 that is then full (a column with room left must keep price 0).
 */
import type { DenseProblem } from './augmenting-path-solver';
import { assign, type CapacityMatching, unassign } from './max-cardinality';

/** How many rounds over the unassigned rows; JV found two to be the sweet spot. */
const ROUNDS = 2;

/**
 * Assigns rows in `m` and sets their potentials (`rowPot` = row dual - bonus) and the
 * column prices (`colDual`). Rows it cannot settle cheaply are left unassigned.
 */
export function reduceRows(
  p: DenseProblem,
  usable: Int32Array,
  m: CapacityMatching,
  rowPot: Float64Array,
  colDual: Float64Array,
): void {
  const { weight, rowOffset, cap, bonus } = p;
  const { load, colRows, colStart } = m;
  let current: number[] = [];
  for (let r = 0; r < p.nRows; r++) current.push(r);
  for (let round = 0; round < ROUNDS && current.length > 0; round++) {
    const next: number[] = [];
    let k = 0;
    let retry = -1;
    while (retry >= 0 || k < current.length) {
      const i = retry >= 0 ? retry : current[k++]!;
      retry = -1;
      const off = rowOffset[i]!;
      let u1 = Number.NEGATIVE_INFINITY;
      let u2 = Number.NEGATIVE_INFINITY;
      let j1 = -1;
      let j2 = -1;
      for (let q = 0; q < usable.length; q++) {
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
      // Staying unmatched is worth 0 in the certified weights, i.e. -bonus here.
      if (j1 < 0 || u1 <= -bonus) continue;
      if (u2 < -bonus) {
        u2 = -bonus;
        j2 = -1;
      }
      if (load[j1]! < cap[j1]!) {
        assign(m, i, j1);
        if (cap[j1] === 1) {
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
        assign(m, i, j1);
        colDual[j1] = colDual[j1]! + (u1 - u2);
        rowPot[i] = u2;
        retry = holder;
      } else if (j2 >= 0 && load[j2]! < cap[j2]!) {
        // A tie with a column that has room: take that one and displace nobody.
        assign(m, i, j2);
        rowPot[i] = u1;
      } else {
        // A tie between full columns: push the holder out without a price change, but only
        // into the next round, so equal bids cannot chase each other forever.
        unassign(m, holder);
        assign(m, i, j1);
        rowPot[i] = u1;
        next.push(holder);
      }
    }
    current = next;
  }
}
