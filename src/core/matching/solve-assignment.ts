/**
 * This file defines the solver on a plain matrix, the form other solvers and the tests
 * speak: `score[i][j]` is mentee i with mentor j (-Infinity = not allowed), `capacity[j]`
 * how many mentees mentor j takes, and the answer one mentor index per mentee (or -1).
 * Input is checked cell by cell first, so a NaN or a bad capacity is reported by its
 * position instead of silently corrupting the optimisation.
 */
import { type AssignmentMode, assignMatrix, type MatrixProblem } from './assign-matrix';

/**
 * Assigns mentees to mentors: first as many mentees as possible, then the highest total
 * score. Deterministic. Throws on NaN or +Infinity scores, ragged rows, or a capacity that
 * is not a whole number >= 0.
 */
export function solveAssignment(score: number[][], capacity: number[]): number[] {
  return Array.from(assignMatrix(toProblem(score, capacity), [], 'total').mentorOf);
}

/**
 * Like `solveAssignment`, but after the number of matched mentees it maximises the lowest
 * pair score, and only then the total.
 */
export function solveAssignmentRaiseWorst(score: number[][], capacity: number[]): number[] {
  return Array.from(assignMatrix(toProblem(score, capacity), [], 'raise-worst').mentorOf);
}

/** The assignment with its optimality certificate (see `MatrixAssignment`). */
export interface AssignmentWithDuals {
  mentorOf: number[];
  menteeDual: number[];
  mentorDual: number[];
  /** The per-pair bonus in the certified weights score + bonus. */
  bonus: number;
  /** 'raise-worst': the certificate covers the cells scoring at least this; else -Infinity. */
  threshold: number;
}

/** `solveAssignment` plus the dual values that prove the answer optimal. */
export function solveAssignmentWithDuals(
  score: number[][],
  capacity: number[],
  mode: AssignmentMode = 'total',
): AssignmentWithDuals {
  const result = assignMatrix(toProblem(score, capacity), [], mode);
  return {
    mentorOf: Array.from(result.mentorOf),
    menteeDual: Array.from(result.menteeDual),
    mentorDual: Array.from(result.mentorDual),
    bonus: result.bonus,
    threshold: result.threshold,
  };
}

/**
 * Validates a nested-array problem and wraps it for the engine, which reads the caller's
 * rows in place: at 2,000 x 2,000 a copy would be 32 MB of fresh memory before the first
 * step of the solve.
 */
export function toProblem(score: number[][], capacity: number[]): MatrixProblem {
  if (!Array.isArray(score)) throw new Error('score must be an array of rows.');
  if (!Array.isArray(capacity)) throw new Error('capacity must be an array.');
  const nMentees = score.length;
  const nMentors = capacity.length;
  const cap = new Int32Array(nMentors);
  for (let j = 0; j < nMentors; j++) {
    const c = capacity[j];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 0x7fffffff) {
      throw new Error(`capacity[${j}] must be a whole number >= 0, got ${String(c)}.`);
    }
    cap[j] = c;
  }
  for (let i = 0; i < nMentees; i++) {
    const row = score[i];
    if (!Array.isArray(row) || row.length !== nMentors) {
      const got = Array.isArray(row) ? `${row.length} entries` : typeof row;
      throw new Error(`score[${i}] must have ${nMentors} entries (one per mentor), got ${got}.`);
    }
  }
  const bad = firstBadCell(score, nMentors);
  if (bad >= 0) throw badCell(score, Math.floor(bad / nMentors), bad % nMentors);
  return { score, nMentees, nMentors, capacity: cap };
}

/**
 * The first cell (as i * nMentors + j) that is NaN, +Infinity or not a number, or -1. Its
 * own function with no `throw`: V8 will not optimise a hot loop in a function that can
 * throw, and the check would run ten times slower than it needs to.
 */
function firstBadCell(score: number[][], nMentors: number): number {
  for (let i = 0; i < score.length; i++) {
    const row = score[i]!;
    for (let j = 0; j < nMentors; j++) {
      const s = row[j];
      if (typeof s !== 'number' || !(s < Number.POSITIVE_INFINITY)) return i * nMentors + j;
    }
  }
  return -1;
}

function badCell(score: number[][], i: number, j: number): Error {
  return new Error(
    `score[${i}][${j}] (mentee ${i}, mentor ${j}) must be a finite number or -Infinity, got ${String(score[i]![j])}.`,
  );
}
