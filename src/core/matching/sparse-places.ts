/**
 * This file defines the candidate cells of the sparse solver when mentors are too few:
 * the searches then run over mentor places (each place takes one mentee), but the matrix
 * stays as the caller laid it out, one row per mentee. Instead of transposing it (a full
 * copy), every pass here reads it mentee by mentee, in memory order, and files each cell
 * under its mentor; the places of one mentor share their mentor's cells.
 */
import type { WeightRows } from './augmenting-path-solver';
import type { CapacityMatching } from './max-cardinality';
import { BestOf, type Candidates, candidateCount, noteMissed, quantile } from './sparse-candidates';
import type { CellSource } from './sparse-solver';

export interface PlaceLayout {
  /** The caller's rows, one per mentee; mentee `menteeOf[c]` is column c of the problem. */
  readonly score: WeightRows;
  readonly menteeOf: Int32Array;
  /** Mentor of each place (row of the problem); places of one mentor are consecutive. */
  readonly owner: Int32Array;
  /** Mentors with at least one place, in order. */
  readonly mentors: Int32Array;
  /** First place of each mentor (places of mentor k: firstPlace[k] .. firstPlace[k + 1]). */
  readonly firstPlace: Int32Array;
}

/** The cells of a mentee-by-mentee matrix, searched as mentor places (see the file comment). */
export class PlaceCells implements CellSource {
  private readonly nCols: number;
  private readonly nRows: number;

  constructor(private readonly layout: PlaceLayout) {
    this.nCols = layout.menteeOf.length;
    this.nRows = layout.owner.length;
  }

  weightOf(s: number, c: number): number {
    const { score, menteeOf, owner } = this.layout;
    return score[menteeOf[c]!]![owner[s]!]!;
  }

  missing(cand: Candidates, s: number): number[] {
    const have = new Set(cand.col.subarray(cand.start[s]!, cand.start[s + 1]!));
    const out: number[] = [];
    for (let c = 0; c < this.nCols; c++) if (!have.has(c)) out.push(c);
    return out;
  }

  /** A mentor's potential for a whole pass: the lowest of its places' (the most inclusive). */
  private lowestPot(rowPot: Float64Array): Float64Array {
    const { owner, firstPlace } = this.layout;
    const out = new Float64Array(firstPlace.length - 1).fill(Number.POSITIVE_INFINITY);
    for (let s = 0; s < this.nRows; s++) out[owner[s]!] = Math.min(out[owner[s]!]!, rowPot[s]!);
    return out;
  }

  pick(m: CapacityMatching, rowPot: Float64Array, colDual: Float64Array): Candidates {
    const { score, menteeOf, owner, mentors, firstPlace } = this.layout;
    const { nCols, nRows } = this;
    const nMentorsAll = firstPlace.length - 1;
    const pot = this.lowestPot(rowPot);
    const k = candidateCount(nCols);
    const most = 3 * k;
    const fewest = Math.ceil(k / 4);
    const cells = nCols * mentors.length;
    const sample = new Float64Array(Math.min(cells, 2048));
    for (let x = 0; x < sample.length; x++) {
      const cell = Math.floor((x * cells) / sample.length);
      const c = Math.floor(cell / mentors.length);
      const j = mentors[cell % mentors.length]!;
      sample[x] = pot[j]! + colDual[c]! - score[menteeOf[c]!]![j]!;
    }
    const cut = quantile(sample, k / nCols);
    // Count first, then file: both passes read the matrix mentee by mentee.
    const count = new Int32Array(nMentorsAll);
    for (let c = 0; c < nCols; c++) countUnderCut(score[menteeOf[c]!]!, colDual[c]!, pot, mentors, cut, count);
    const exact = new Uint8Array(nMentorsAll);
    const listStart = new Int32Array(nMentorsAll + 1);
    for (let j = 0; j < nMentorsAll; j++) {
      exact[j] = count[j]! > most || count[j]! < fewest ? 1 : 0;
      listStart[j + 1] = listStart[j]! + (exact[j] ? k : count[j]!);
    }
    const listCol = new Int32Array(listStart[nMentorsAll]!);
    const fill = listStart.slice(0, nMentorsAll);
    for (let c = 0; c < nCols; c++) {
      fileUnderCut(score[menteeOf[c]!]!, colDual[c]!, pot, mentors, cut, exact, fill, listCol, c);
    }
    const best = new BestOf(k);
    for (let q = 0; q < mentors.length; q++) {
      const j = mentors[q]!;
      if (!exact[j]) continue;
      best.clear();
      for (let c = 0; c < nCols; c++) best.offer(pot[j]! + colDual[c]! - score[menteeOf[c]!]![j]!, c);
      fill[j] = best.writeTo(listCol, listStart[j]!);
    }
    // Every place gets its mentor's list, plus the mentee it already holds.
    const start = new Int32Array(nRows + 1);
    const col: number[] = [];
    for (let s = 0; s < nRows; s++) {
      start[s] = col.length;
      const j = owner[s]!;
      let hasOwn = m.mentorOf[s]! < 0;
      for (let x = listStart[j]!; x < fill[j]!; x++) {
        col.push(listCol[x]!);
        if (listCol[x] === m.mentorOf[s]) hasOwn = true;
      }
      if (!hasOwn) col.push(m.mentorOf[s]!);
    }
    start[nRows] = col.length;
    const w = new Float64Array(col.length);
    for (let s = 0; s < nRows; s++) {
      const j = owner[s]!;
      for (let x = start[s]!; x < start[s + 1]!; x++) w[x] = score[menteeOf[col[x]!]!]![j]!;
    }
    return { start, col: Int32Array.from(col), w };
  }

  price(cand: Candidates, rowPot: Float64Array, colDual: Float64Array, tolerance: number): Map<number, number[]> {
    const { score, menteeOf, mentors, firstPlace } = this.layout;
    const pot = this.lowestPot(rowPot);
    const added = new Map<number, number[]>();
    for (let c = 0; c < this.nCols; c++) {
      const row = score[menteeOf[c]!]!;
      const base = colDual[c]! + tolerance;
      let q = firstBelow(row, base, pot, mentors, 0);
      while (q < mentors.length) {
        const j = mentors[q]!;
        for (let s = firstPlace[j]!; s < firstPlace[j + 1]!; s++) {
          if (rowPot[s]! + base - row[j]! < 0) noteMissed(added, cand, s, c);
        }
        q = firstBelow(row, base, pot, mentors, q + 1);
      }
    }
    return added;
  }
}

// Hot loops in their own functions, free of rare branches (see sparse-candidates.ts).

function countUnderCut(
  row: ArrayLike<number>,
  colDual: number,
  pot: Float64Array,
  mentors: Int32Array,
  cut: number,
  count: Int32Array,
): void {
  for (let q = 0; q < mentors.length; q++) {
    const j = mentors[q]!;
    if (pot[j]! + colDual - row[j]! <= cut) count[j]!++;
  }
}

function fileUnderCut(
  row: ArrayLike<number>,
  colDual: number,
  pot: Float64Array,
  mentors: Int32Array,
  cut: number,
  exact: Uint8Array,
  fill: Int32Array,
  listCol: Int32Array,
  c: number,
): void {
  for (let q = 0; q < mentors.length; q++) {
    const j = mentors[q]!;
    if (pot[j]! + colDual - row[j]! <= cut && !exact[j]) listCol[fill[j]!++] = c;
  }
}

function firstBelow(row: ArrayLike<number>, base: number, pot: Float64Array, mentors: Int32Array, q: number): number {
  for (; q < mentors.length; q++) {
    const j = mentors[q]!;
    if (pot[j]! + base - row[j]! < 0) return q;
  }
  return q;
}
