/**
 * This file defines a Hopcroft-Karp maximum-cardinality matching for mentees against
 * mentors with capacities, on the cells of a score matrix that reach a threshold. It is
 * the yes/no test behind "raise the worst pair first": can as many mentees be matched as
 * before when every pair must score at least t? Mentors are kept whole (a full mentor
 * leads on to all of its mentees) rather than copied once per place, and the depth-first
 * part is iterative so a long alternating path cannot overflow the call stack.
 */
import type { WeightRows } from './augmenting-path-solver';

/** A matching state that successive tests update in place (warm starts). */
export interface CapacityMatching {
  readonly mentorOf: Int32Array;
  readonly load: Int32Array;
  /** Mentor j's mentees are colRows[colStart[j] .. colStart[j] + load[j]). */
  readonly colStart: Int32Array;
  readonly colRows: Int32Array;
}

export function emptyMatching(nMentees: number, cap: Int32Array): CapacityMatching {
  const colStart = new Int32Array(cap.length + 1);
  for (let j = 0; j < cap.length; j++) colStart[j + 1] = colStart[j]! + cap[j]!;
  return {
    mentorOf: new Int32Array(nMentees).fill(-1),
    load: new Int32Array(cap.length),
    colStart,
    colRows: new Int32Array(colStart[cap.length]!),
  };
}

export function unassign(m: CapacityMatching, i: number): void {
  const j = m.mentorOf[i]!;
  if (j < 0) return;
  const start = m.colStart[j]!;
  const last = start + m.load[j]! - 1;
  for (let k = start; k <= last; k++) {
    if (m.colRows[k] === i) {
      m.colRows[k] = m.colRows[last]!;
      break;
    }
  }
  m.load[j]!--;
  m.mentorOf[i] = -1;
}

export function assign(m: CapacityMatching, i: number, j: number): void {
  unassign(m, i);
  m.mentorOf[i] = j;
  m.colRows[m.colStart[j]! + m.load[j]!] = i;
  m.load[j]!++;
}

/** Allowed mentors per mentee row, compressed (row r's mentors are adj[start[r]..start[r+1])). */
export interface Adjacency {
  readonly start: Int32Array;
  readonly adj: Int32Array;
}

/** The cells of mentees `rows` with score >= threshold and a mentor with places. */
export function buildAdjacency(
  score: WeightRows,
  nMentors: number,
  rows: Int32Array,
  cap: Int32Array,
  threshold: number,
): Adjacency {
  const start = new Int32Array(rows.length + 1);
  let count = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = score[rows[r]!]!;
    for (let j = 0; j < nMentors; j++) if (row[j]! >= threshold && cap[j]! > 0) count++;
    start[r + 1] = count;
  }
  const adj = new Int32Array(count);
  for (let r = 0, k = 0; r < rows.length; r++) {
    const row = score[rows[r]!]!;
    for (let j = 0; j < nMentors; j++) if (row[j]! >= threshold && cap[j]! > 0) adj[k++] = j;
  }
  return { start, adj };
}

/**
 * Grows `m` (over mentee indices `rows`, whose allowed mentors are `g`) to a maximum
 * matching and returns its size. Pairs already in `m` must be edges of `g`.
 */
export function maximiseCardinality(
  m: CapacityMatching,
  rows: Int32Array,
  g: Adjacency,
  cap: Int32Array,
): number {
  const n = rows.length;
  const rowOf = new Int32Array(m.mentorOf.length).fill(-1);
  for (let r = 0; r < n; r++) rowOf[rows[r]!] = r;
  const layer = new Int32Array(n);
  const queue = new Int32Array(n);
  const ptr = new Int32Array(n);
  const sub = new Int32Array(n);
  const stack = new Int32Array(n);
  const via = new Int32Array(n);
  const INF = 0x7fffffff;

  for (;;) {
    // Breadth-first layers from every unmatched mentee, up to the first layer that sees a
    // mentor with room.
    let head = 0;
    let tail = 0;
    for (let r = 0; r < n; r++) {
      if (m.mentorOf[rows[r]!]! < 0) {
        layer[r] = 0;
        queue[tail++] = r;
      } else {
        layer[r] = INF;
      }
    }
    let found = INF;
    while (head < tail) {
      const r = queue[head++]!;
      const L = layer[r]!;
      if (L >= found) continue;
      for (let e = g.start[r]!; e < g.start[r + 1]!; e++) {
        const j = g.adj[e]!;
        if (m.load[j]! < cap[j]!) {
          found = L;
          continue;
        }
        const cs = m.colStart[j]!;
        for (let k = cs; k < cs + m.load[j]!; k++) {
          const r2 = rowOf[m.colRows[k]!]!;
          if (layer[r2] === INF) {
            layer[r2] = L + 1;
            queue[tail++] = r2;
          }
        }
      }
    }
    if (found === INF) break;

    // Depth-first along the layers from each unmatched mentee; each success is one
    // augmenting path applied at once.
    for (let r = 0; r < n; r++) {
      ptr[r] = g.start[r]!;
      sub[r] = 0;
    }
    for (let root = 0; root < n; root++) {
      if (m.mentorOf[rows[root]!]! >= 0 || layer[root] !== 0) continue;
      let depth = 0;
      stack[0] = root;
      while (depth >= 0) {
        const r = stack[depth]!;
        const L = layer[r]!;
        let next = -1;
        let sink = -1;
        while (ptr[r]! < g.start[r + 1]!) {
          const j = g.adj[ptr[r]!]!;
          if (m.load[j]! < cap[j]!) {
            sink = j;
            break;
          }
          if (L < found) {
            const cs = m.colStart[j]!;
            while (sub[r]! < m.load[j]!) {
              const r2 = rowOf[m.colRows[cs + sub[r]!]!]!;
              sub[r]!++;
              if (layer[r2] === L + 1) {
                next = r2;
                break;
              }
            }
          }
          if (next >= 0) {
            via[depth] = j;
            break;
          }
          ptr[r]!++;
          sub[r] = 0;
        }
        if (sink >= 0) {
          // Shift every mentee on the path one mentor along, starting at the free end.
          assign(m, rows[r]!, sink);
          for (let d = depth - 1; d >= 0; d--) assign(m, rows[stack[d]!]!, via[d]!);
          for (let d = 0; d <= depth; d++) layer[stack[d]!] = INF;
          break;
        }
        if (next >= 0) {
          stack[++depth] = next;
        } else {
          layer[r] = INF;
          depth--;
        }
      }
    }
  }
  let size = 0;
  for (let r = 0; r < n; r++) if (m.mentorOf[rows[r]!]! >= 0) size++;
  return size;
}
