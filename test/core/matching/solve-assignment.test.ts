/**
 * This file tests the assignment solver on plain matrices: against exhaustive search and
 * a dynamic program on small random instances (capacities, forbidden cells, locks), against
 * its own optimality certificate on larger ones (including the square fast path and both
 * orientations), for determinism, and for clear errors on bad input.
 */
import { createPrng } from '../../../emulator/runtime/prng';
import {
  solveAssignment,
  solveAssignmentRaiseWorst,
  solveAssignmentWithDuals,
} from '../../../src/core';
import { assignMatrix } from '../../../src/core/matching/assign-matrix';
import { toProblem } from '../../../src/core/matching/solve-assignment';
import {
  assignmentValue,
  certificateViolations,
  dpBest,
  dpBestRaiseWorst,
  enumerateBest,
  type Locks,
  randomMatrix,
} from './assignment-oracles';
import { randomInt } from './fixtures';

interface Instance {
  score: number[][];
  capacity: number[];
  locks: Locks;
}

/** A random instance with capacities 0-3, some forbidden cells and some valid locks. */
function randomInstance(rand: () => number, maxN: number, maxM: number, withLocks: boolean): Instance {
  const n = randomInt(rand, 0, maxN);
  const m = randomInt(rand, 0, maxM);
  // Coarse scores on purpose: ties are where solvers go wrong.
  const score = randomMatrix(rand, n, m, rand() * 0.5, rand() < 0.5 ? 10 : 1);
  const capacity = Array.from({ length: m }, () => randomInt(rand, 0, 3));
  const locks: Array<[number, number]> = [];
  if (withLocks) {
    const left = [...capacity];
    for (let i = 0; i < n; i++) {
      if (rand() > 0.2) continue;
      const j = randomInt(rand, 0, m - 1);
      if (m > 0 && left[j]! > 0 && score[i]![j]! > Number.NEGATIVE_INFINITY) {
        locks.push([i, j]);
        left[j]!--;
      }
    }
  }
  return { score, capacity, locks };
}

function solveWithLocks(inst: Instance, mode: 'total' | 'raise-worst'): number[] {
  return Array.from(assignMatrix(toProblem(inst.score, inst.capacity), inst.locks, mode).mentorOf);
}

function checkValid(inst: Instance, mentorOf: readonly number[]): void {
  expect(mentorOf).toHaveLength(inst.score.length);
  const load = new Array(inst.capacity.length).fill(0);
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    expect(inst.score[i]![j]).toBeGreaterThan(Number.NEGATIVE_INFINITY);
    load[j]++;
  });
  load.forEach((l, j) => {
    expect(l).toBeLessThanOrEqual(inst.capacity[j]!);
  });
  for (const [i, j] of inst.locks) expect(mentorOf[i]).toBe(j);
}

describe('solveAssignment against exhaustive search', () => {
  it('matches every assignment enumerated, on 300 tiny instances (up to 5 x 4)', () => {
    const rand = createPrng(11);
    for (let k = 0; k < 300; k++) {
      const inst = randomInstance(rand, 5, 4, true);
      const ours = solveWithLocks(inst, 'total');
      checkValid(inst, ours);
      const got = assignmentValue(inst.score, ours, inst.locks);
      const best = enumerateBest(inst.score, inst.capacity, inst.locks);
      expect(got.count).toBe(best.count);
      expect(got.total).toBeCloseTo(best.total, 9);
      // The dynamic program used below agrees with enumeration too.
      const dp = dpBest(inst.score, inst.capacity, inst.locks);
      expect(dp.count).toBe(best.count);
      expect(dp.total).toBeCloseTo(best.total, 9);
    }
  });
});

describe('solveAssignment against the dynamic program (up to 8 x 8)', () => {
  it('finds the most pairs, then the highest total, with capacities, forbidden cells and locks', () => {
    const rand = createPrng(2024);
    for (let k = 0; k < 400; k++) {
      const inst = randomInstance(rand, 8, 8, k % 2 === 0);
      const ours = solveWithLocks(inst, 'total');
      checkValid(inst, ours);
      const got = assignmentValue(inst.score, ours, inst.locks);
      const best = dpBest(inst.score, inst.capacity, inst.locks);
      expect([k, got.count]).toEqual([k, best.count]);
      expect(got.total).toBeCloseTo(best.total, 9);
    }
  });

  it('"raise the worst pair first": most pairs, then the highest lowest pair, then the total', () => {
    const rand = createPrng(77);
    for (let k = 0; k < 300; k++) {
      const inst = randomInstance(rand, 8, 8, k % 3 === 0);
      const ours = solveWithLocks(inst, 'raise-worst');
      checkValid(inst, ours);
      const got = assignmentValue(inst.score, ours, inst.locks);
      const best = dpBestRaiseWorst(inst.score, inst.capacity, inst.locks);
      expect([k, got.count]).toEqual([k, best.count]);
      expect([k, got.lowest]).toEqual([k, best.lowest]);
      expect(got.total).toBeCloseTo(best.total, 9);
    }
  });

  it('raise-worst really differs from total when it should', () => {
    // Total prefers 100 + 0 over 40 + 50; raise-worst prefers the lowest pair 40 to 0.
    const score = [
      [100, 40],
      [50, 0],
    ];
    expect(solveAssignment(score, [1, 1])).toEqual([0, 1]);
    expect(solveAssignmentRaiseWorst(score, [1, 1])).toEqual([1, 0]);
  });
});

describe('optimality certificate on larger instances', () => {
  const shapes: Array<[string, number, number, () => number]> = [
    ['square, capacity 1', 120, 120, () => 1],
    ['more places than mentees', 90, 60, () => 2],
    ['too few places (mentor places searched as rows)', 150, 70, () => 1],
    ['mixed capacities', 100, 50, () => 0],
    ['square fast path (over 256 mentors)', 300, 300, () => 1],
    ['square fast path with capacity 2', 400, 200, () => 2],
    ['sparse path, more places than mentees', 300, 400, () => 1],
    ['sparse path, too few places (mentor places searched as rows)', 600, 300, () => 1],
    ['sparse path, mixed capacities', 350, 300, () => 0],
  ];
  it.each(shapes)('%s', (_name, n, m, cap) => {
    const rand = createPrng(n * 1000 + m);
    for (const forbidden of [0, 0.1, 0.6]) {
      const score = randomMatrix(rand, n, m, forbidden, rand() < 0.5 ? 5 : 0.01);
      const capacity = Array.from({ length: m }, () => cap() || randomInt(rand, 0, 3));
      const result = solveAssignmentWithDuals(score, capacity);
      checkValid({ score, capacity, locks: [] }, result.mentorOf);
      expect(certificateViolations(score, capacity, result)).toEqual([]);
    }
  });

  it.each([
    ['pricing has to add cells the candidates missed (block structure)', 'blocks', 300],
    ['every mentee wants the same mentors (rows stranded by their candidates)', 'same', 300],
    ['no perfect matching exists (falls back to the bounded model)', 'imperfect', 300],
    ['bounded model: pricing has to add cells (block structure)', 'blocks', 260],
    ['bounded model: every mentee wants the same mentors', 'same', 260],
    ['too few places: every mentor wants the same mentees', 'popular', 300],
  ])('sparse path: %s', (_name, kind, m) => {
    const rand = createPrng(kind.length + m);
    const n = kind === 'popular' ? 600 : 300;
    const appeal = Array.from({ length: n }, () => rand() * 50);
    const pull = Array.from({ length: n }, () => rand() * 50);
    const score = Array.from({ length: n }, (_, i) =>
      Array.from({ length: m }, (_, j) => {
        if (kind === 'blocks') return (i % 10 === j % 10 ? 60 : 0) + Math.round(rand() * 30 + pull[j]! / 5);
        if (kind === 'same') return Math.round(pull[j]! + rand() * 5);
        if (kind === 'popular') return Math.round(appeal[i]! + rand() * 5);
        // Twenty mentees who can only go to mentor 0 or 1.
        return i < 20 && j > 1 ? Number.NEGATIVE_INFINITY : Math.round(rand() * 100);
      }),
    );
    // With 260 mentors, 40 get capacity 2: more places than mentees, so the bounded model.
    const capacity = Array.from({ length: m }, (_, j) => (kind !== 'popular' && m < n && j < n - m + 20 ? 2 : 1));
    const result = solveAssignmentWithDuals(score, capacity);
    checkValid({ score, capacity, locks: [] }, result.mentorOf);
    expect(certificateViolations(score, capacity, result)).toEqual([]);
    const matched = kind === 'imperfect' ? n - 18 : Math.min(n, capacity.reduce((a, b) => a + b, 0));
    expect(result.mentorOf.filter((j) => j >= 0)).toHaveLength(matched);
  });

  it('raise-worst: the final solve is certified on the cells at or above its threshold', () => {
    const rand = createPrng(31);
    for (const [n, m] of [
      [200, 150],
      [300, 300],
    ] as const) {
      const score = randomMatrix(rand, n, m, 0.2, 0.5);
      const capacity = Array.from({ length: m }, () => randomInt(rand, 1, 2));
      const result = solveAssignmentWithDuals(score, capacity, 'raise-worst');
      const chosen = result.mentorOf.flatMap((j, i) => (j >= 0 ? [score[i]![j]!] : []));
      expect(Math.min(...chosen)).toBe(result.threshold);
      const kept = score.map((row) => row.map((s) => (s >= result.threshold ? s : Number.NEGATIVE_INFINITY)));
      expect(certificateViolations(kept, capacity, result)).toEqual([]);
      // It matches as many mentees as the plain solve.
      expect(chosen).toHaveLength(solveAssignment(score, capacity).filter((j) => j >= 0).length);
    }
  });

  it('the certificate check fails for a solution that is not optimal', () => {
    const rand = createPrng(5);
    const score = randomMatrix(rand, 30, 30, 0, 1);
    const capacity = new Array(30).fill(1);
    const result = solveAssignmentWithDuals(score, capacity);
    // Swap two mentees whose pairs score differently: a worse (or at best equal) solution.
    const i = result.mentorOf.findIndex((j, k) => k > 0 && score[k]![result.mentorOf[0]!] !== score[0]![j]);
    const worse = [...result.mentorOf];
    [worse[0], worse[i]] = [worse[i]!, worse[0]!];
    expect(certificateViolations(score, capacity, { ...result, mentorOf: worse }).length).toBeGreaterThan(0);
  });
});

describe('determinism and edge cases', () => {
  it('gives the same answer for the same input, also on a copy', () => {
    const rand = createPrng(9);
    const score = randomMatrix(rand, 60, 40, 0.2, 10);
    const capacity = Array.from({ length: 40 }, () => randomInt(rand, 0, 2));
    const first = solveAssignment(score, capacity);
    expect(solveAssignment(score, capacity)).toEqual(first);
    expect(solveAssignment(structuredClone(score), [...capacity])).toEqual(first);
    expect(solveAssignmentRaiseWorst(score, capacity)).toEqual(solveAssignmentRaiseWorst(score, capacity));
  });

  it('handles empty problems and all-forbidden rows', () => {
    expect(solveAssignment([], [])).toEqual([]);
    expect(solveAssignment([[], []], [])).toEqual([-1, -1]);
    expect(solveAssignment([], [1, 2])).toEqual([]);
    const minusInf = Number.NEGATIVE_INFINITY;
    expect(solveAssignment([[minusInf, minusInf], [3, minusInf]], [1, 1])).toEqual([-1, 0]);
    expect(solveAssignment([[5, 7]], [0, 0])).toEqual([-1]);
    // Large enough for the sparse paths, with no place at all or no mentee.
    const many = Array.from({ length: 300 }, () => Array.from({ length: 300 }, () => 5));
    expect(solveAssignment(many, new Array(300).fill(0))).toEqual(new Array(300).fill(-1));
    expect(solveAssignment(many.map((row) => row.slice(0, 0)), [])).toEqual(new Array(300).fill(-1));
    const result = solveAssignmentWithDuals(many, new Array(300).fill(0));
    expect(certificateViolations(many, new Array(300).fill(0), result)).toEqual([]);
  });

  it('prefers more pairs over a higher total, even with negative scores', () => {
    // One pair scoring 1000 loses to two pairs, even though the second pair is negative.
    const score = [
      [1000, -50],
      [-40, Number.NEGATIVE_INFINITY],
    ];
    expect(solveAssignment(score, [1, 1])).toEqual([1, 0]);
  });
});

describe('bad input', () => {
  it('names a NaN or +Infinity cell', () => {
    expect(() => solveAssignment([[1, 2], [3, Number.NaN]], [1, 1])).toThrow(/score\[1\]\[1\].*NaN/);
    expect(() => solveAssignment([[Number.POSITIVE_INFINITY]], [1])).toThrow(/score\[0\]\[0\]/);
  });

  it('names a ragged row', () => {
    expect(() => solveAssignment([[1, 2], [3]], [1, 1])).toThrow(/score\[1\] must have 2 entries/);
  });

  it('names a negative, fractional or missing capacity', () => {
    expect(() => solveAssignment([[1]], [-1])).toThrow(/capacity\[0\].*-1/);
    expect(() => solveAssignment([[1, 2]], [1, 1.5])).toThrow(/capacity\[1\].*1\.5/);
    expect(() => solveAssignment([[1]], [Number.NaN])).toThrow(/capacity\[0\]/);
  });

  it('names a lock on a forbidden pair and a lock beyond capacity', () => {
    const problem = () => toProblem([[1, Number.NEGATIVE_INFINITY], [2, 3]], [1, 1]);
    expect(() => assignMatrix(problem(), [[0, 1]])).toThrow(/mentee 0, mentor 1.*not allowed/);
    expect(() => assignMatrix(problem(), [[0, 0], [1, 0]])).toThrow(/mentee 1, mentor 0.*capacity/);
    expect(() => assignMatrix(problem(), [[0, 0], [0, 0]])).toThrow(/locked to two mentors/);
    expect(() => assignMatrix(problem(), [[5, 0]])).toThrow(/outside/);
  });
});
