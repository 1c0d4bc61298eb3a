/**
 * This file defines how an expected failure travels: as a value, never as an exception. A
 * use case returns Result<T>; on failure it carries a Failure, a message key with its values
 * and where the group should look (sheet, rows, field), so the sidebar can say what to fix,
 * and where, in the user's language. Bugs still throw. Hand-written (a dozen lines) rather
 * than neverthrow: the values cross google.script.run as JSON, which keeps plain objects and
 * drops class instances and their methods, so a Result must be a plain object anyway.
 */
import type { FailureKey } from './catalogue';

export interface FailurePlace {
  /** The sheet's tab name, as the group sees it. */
  sheet?: string;
  /** 1-based sheet rows, in ascending order. */
  rows?: number[];
  /** A settings field path, e.g. 'timeline.kickoff.videoLink'. */
  field?: string;
}

export interface Failure {
  key: FailureKey;
  values: Record<string, string | number>;
  where?: FailurePlace;
  /**
   * Settings only: one message per faulty field path, already in the language the sidebar
   * asked for (settings validation words each field itself; see src/core/program).
   */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(key: FailureKey, values: Failure['values'] = {}, where?: FailurePlace): Result<T> {
  return { ok: false, failure: where ? { key, values, where } : { key, values } };
}

/** Passes a failure on with the success type of the caller. */
export function forward<T>(result: { ok: false; failure: Failure }): Result<T> {
  return { ok: false, failure: result.failure };
}
