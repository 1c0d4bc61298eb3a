/**
 * This file defines how the sidebar shows what went wrong: an expected failure from the
 * server (a Failure value) worded in the user's language, naming the sheet, rows or field to
 * fix; or, for a bug or a lost connection, the error's own text after a localised prefix.
 * Either way as text, never as HTML.
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

export function problemText(problem: Problem, language: Language): string {
  return problem.kind === 'failure' ? renderFailure(problem.failure, language) : `${messages(language).errorPrefix} ${problem.message}`;
}

export function ProblemMessage(props: { problem: Problem | null; language: Language }) {
  if (!props.problem) return null;
  return (
    <p class="error" role="alert" data-testid="problem" data-key={props.problem.kind === 'failure' ? props.problem.failure.key : 'error'}>
      {problemText(props.problem, props.language)}
    </p>
  );
}
