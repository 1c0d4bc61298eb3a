/**
 * This file defines the words of what went wrong, without the view: an expected failure from
 * the server (a Failure value) in the user's language, a lock timeout as a calm "someone else
 * is changing the program", or a bug's or lost connection's own text after a localised prefix.
 */
import { renderFailure } from '../src/core/failures';
import { messages } from '../src/core/i18n';
import type { Failure } from '../src/main';
import type { Language } from '../src/core/types';
import { FailureError } from './rpc';

export type Problem = { kind: 'failure'; failure: Failure } | { kind: 'error'; message: string };

/** What a rejected run() or call() promise carried, as a Problem. */
export function problemOf(thrown: unknown): Problem {
  if (thrown instanceof FailureError) return { kind: 'failure', failure: thrown.failure };
  return { kind: 'error', message: thrown instanceof Error ? thrown.message : String(thrown) };
}

/** Google's words when a lock (or the add-on's program lease) could not be had in time. */
const LOCK_TIMEOUT = /^(Exception: )?Lock timeout/;

export function problemText(problem: Problem, language: Language): string {
  if (problem.kind === 'failure') return renderFailure(problem.failure, language);
  // Nothing ran: the action waited 30 seconds for another execution and gave up.
  if (LOCK_TIMEOUT.test(problem.message)) return messages(language).busy;
  return `${messages(language).errorPrefix} ${problem.message}`;
}

