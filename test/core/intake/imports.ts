/**
 * This file defines one import point for the intake tests: the intake API and the record types.
 */
export * from '../../../src/core/intake';
export type { Applicant, Mentee, Mentor } from '../../../src/core/types';
