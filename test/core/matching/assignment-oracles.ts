/**
 * This file defines the independent answers the solver is checked against: an exhaustive
 * search (every way to assign every mentee, for tiny instances), a dynamic program over
 * the mentors' remaining capacities (exact for up to 8 x 8 with capacities), and the
 * optimality certificate check (dual values that prove a solution optimal without
 * knowing the optimum). None of them shares code with the solver.
 */

export type Locks = ReadonlyArray<readonly [number, number]>;

export interface Value {
  count: number;
  total: number;
  /** Lowest score among pairs that are not locked (Infinity when there are none). */
  lowest: number;
}

const EPS = 1e-9;

/** Lexicographic comparison of (count, total): > 0 when a is better. */
function better(a: Value, b: Value): number {
  if (a.count !== b.count) return a.count - b.count;
  if (Math.abs(a.total - b.total) > EPS) return a.total - b.total;
  return 0;
}

/** The value of an assignment (mentor per mentee, -1 for none). */
export function assignmentValue(score: number[][], mentorOf: readonly number[], locks: Locks = []): Value {
  const locked = new Set(locks.map(([i, j]) => `${i}:${j}`));
  let count = 0;
  let total = 0;
  let lowest = Number.POSITIVE_INFINITY;
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    count++;
    total += score[i]![j]!;
    if (!locked.has(`${i}:${j}`)) lowest = Math.min(lowest, score[i]![j]!);
  });
  return { count, total, lowest };
}

/** Every assignment, enumerated (only for tiny instances): the best (count, total). */
export function enumerateBest(score: number[][], capacity: readonly number[], locks: Locks = []): Value {
  const n = score.length;
  const m = capacity.length;
  const lockOf = new Map(locks.map(([i, j]) => [i, j]));
  const left = [...capacity];
  const choice: number[] = new Array(n).fill(-1);
  let best: Value = { count: -1, total: 0, lowest: 0 };
  const visit = (i: number): void => {
    if (i === n) {
      const v = assignmentValue(score, choice, locks);
      if (better(v, best) > 0) best = v;
      return;
    }
    const options = lockOf.has(i) ? [lockOf.get(i)!] : [-1, ...Array.from({ length: m }, (_, j) => j)];
    for (const j of options) {
      if (j >= 0 && (left[j]! <= 0 || score[i]![j] === Number.NEGATIVE_INFINITY)) continue;
      if (j >= 0) left[j]!--;
      choice[i] = j;
      visit(i + 1);
      if (j >= 0) left[j]!++;
      choice[i] = -1;
    }
  };
  visit(0);
  return best;
}

/**
 * The best (count, total) by dynamic programming over (mentee, remaining capacities),
 * using only unlocked cells with score >= floor; locked pairs are always taken.
 */
export function dpBest(score: number[][], capacity: readonly number[], locks: Locks = [], floor = -Infinity): Value {
  const n = score.length;
  const m = capacity.length;
  const lockOf = new Map(locks.map(([i, j]) => [i, j]));
  const memo = new Map<string, Value>();
  const go = (i: number, left: number[]): Value => {
    if (i === n) return { count: 0, total: 0, lowest: Number.POSITIVE_INFINITY };
    const key = `${i}|${left.join(',')}`;
    const hit = memo.get(key);
    if (hit) return hit;
    let best: Value = { count: -1, total: 0, lowest: 0 };
    const locked = lockOf.get(i);
    const options = locked !== undefined ? [locked] : [-1, ...Array.from({ length: m }, (_, j) => j)];
    for (const j of options) {
      const s = j >= 0 ? score[i]![j]! : 0;
      if (j >= 0) {
        if (left[j]! <= 0 || s === Number.NEGATIVE_INFINITY) continue;
        if (locked === undefined && s < floor) continue;
      }
      const next = [...left];
      if (j >= 0) next[j]!--;
      const rest = go(i + 1, next);
      if (rest.count < 0) continue;
      const v = { count: rest.count + (j >= 0 ? 1 : 0), total: rest.total + s, lowest: 0 };
      if (better(v, best) > 0) best = v;
    }
    memo.set(key, best);
    return best;
  };
  return go(0, [...capacity]);
}

/**
 * The best (count, lowest unlocked pair, total): the count is the overall maximum, the
 * lowest pair the highest threshold that still reaches it, the total the best at that
 * threshold.
 */
export function dpBestRaiseWorst(score: number[][], capacity: readonly number[], locks: Locks = []): Value {
  const top = dpBest(score, capacity, locks);
  if (top.count === locks.length) return { ...top, lowest: Number.POSITIVE_INFINITY };
  const lockedRows = new Set(locks.map(([i]) => i));
  const values = new Set<number>();
  score.forEach((row, i) => {
    if (!lockedRows.has(i)) for (const s of row) if (s > Number.NEGATIVE_INFINITY) values.add(s);
  });
  const thresholds = [...values].sort((a, b) => b - a);
  for (const t of thresholds) {
    const v = dpBest(score, capacity, locks, t);
    if (v.count === top.count) return { ...v, lowest: t };
  }
  return { ...top, lowest: Number.POSITIVE_INFINITY };
}

export interface Certificate {
  mentorOf: readonly number[];
  menteeDual: readonly number[];
  mentorDual: readonly number[];
  bonus: number;
}

/**
 * Checks the linear-programming certificate of the (count, total) optimum: with weights
 * score + bonus, all duals >= 0, menteeDual + mentorDual >= weight on every allowed cell,
 * equality on chosen cells, 0 for unmatched mentees and for mentors with room. By weak
 * duality no assignment can then weigh more; and because the bonus exceeds any possible
 * gain in total, "weighs most" means "most pairs, then highest total". Returns the list of
 * violations (empty when the certificate holds).
 */
export function certificateViolations(score: number[][], capacity: readonly number[], c: Certificate): string[] {
  const n = score.length;
  const m = capacity.length;
  const problems: string[] = [];
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const row of score) {
    row.forEach((s, j) => {
      if (s > Number.NEGATIVE_INFINITY && capacity[j]! > 0) {
        lo = Math.min(lo, s);
        hi = Math.max(hi, s);
      }
    });
  }
  const places = capacity.reduce((a, b) => a + b, 0);
  const k = Math.min(n, places);
  if (Number.isFinite(lo) && !(c.bonus > k * (hi - lo) - lo)) problems.push(`bonus ${c.bonus} too small`);
  const tol = 1e-8 * Math.max(1, c.bonus + Math.abs(hi));
  const load = new Array(m).fill(0);
  c.mentorOf.forEach((j) => {
    if (j >= 0) load[j]++;
  });
  for (let i = 0; i < n; i++) {
    const u = c.menteeDual[i]!;
    if (u < -tol) problems.push(`menteeDual[${i}] = ${u} < 0`);
    if (c.mentorOf[i]! < 0 && Math.abs(u) > tol) problems.push(`unmatched mentee ${i} has dual ${u}`);
    for (let j = 0; j < m; j++) {
      const s = score[i]![j]!;
      if (s === Number.NEGATIVE_INFINITY) continue;
      const slack = u + c.mentorDual[j]! - (s + c.bonus);
      if (slack < -tol) problems.push(`cell (${i}, ${j}) not covered: slack ${slack}`);
      if (c.mentorOf[i] === j && Math.abs(slack) > tol) problems.push(`chosen cell (${i}, ${j}) not tight: ${slack}`);
    }
  }
  for (let j = 0; j < m; j++) {
    const v = c.mentorDual[j]!;
    if (v < -tol) problems.push(`mentorDual[${j}] = ${v} < 0`);
    if (load[j] > capacity[j]!) problems.push(`mentor ${j} over capacity`);
    if (load[j] < capacity[j]! && Math.abs(v) > tol) problems.push(`mentor ${j} has room but dual ${v}`);
  }
  return problems;
}

/** A random score matrix: scores 0-100 in steps of `step`, some cells -Infinity. */
export function randomMatrix(
  rand: () => number,
  n: number,
  m: number,
  forbidden: number,
  step = 1,
): number[][] {
  return Array.from({ length: n }, () =>
    Array.from({ length: m }, () =>
      rand() < forbidden ? Number.NEGATIVE_INFINITY : Math.round((rand() * 100) / step) * step,
    ),
  );
}
