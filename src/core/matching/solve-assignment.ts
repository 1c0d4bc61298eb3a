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
  };
}

/** Validates and copies a nested-array problem into the packed form the engine uses. */
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
  const packed = new Float64Array(nMentees * nMentors);
  for (let i = 0; i < nMentees; i++) {
    const row = score[i];
    if (!Array.isArray(row) || row.length !== nMentors) {
      const got = Array.isArray(row) ? `${row.length} entries` : typeof row;
      throw new Error(`score[${i}] must have ${nMentors} entries (one per mentor), got ${got}.`);
    }
    // The native bulk copy is many times faster than a checked loop; the cells are
    // checked on the packed copy below, and again one by one only when something is off.
    packed.set(row, i * nMentors);
  }
  for (let k = 0; k < packed.length; k++) {
    if (!(packed[k]! < Number.POSITIVE_INFINITY)) throw badCell(score, Math.floor(k / nMentors), k % nMentors);
  }
  return { score: packed, nMentees, nMentors, capacity: cap };
}

function badCell(score: number[][], i: number, j: number): Error {
  return new Error(
    `score[${i}][${j}] (mentee ${i}, mentor ${j}) must be a finite number or -Infinity, got ${String(score[i]![j])}.`,
  );
}
