/**
 * This file defines the public surface of the pure core, as a plain list of re-exports:
 * the assignment solver on a plain matrix (so it can be checked against other solvers),
 * matching, and the shared types.
 */

export * from './matching';
export { solveAssignment } from './matching/solve-assignment';
export * from './types';
