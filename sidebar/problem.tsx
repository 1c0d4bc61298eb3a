/**
 * This file defines how the sidebar shows what went wrong: an expected failure from the
 * server (a Failure value) worded in the user's language, naming the sheet, rows or field to
 * fix; or, for a bug or a lost connection, the error's own text after a localised prefix.
 * Either way as text, never as HTML.
 */
import type { Language } from '../src/core/types';
import { type Problem, problemText } from './problem-text';

export { type Problem, problemOf, problemText } from './problem-text';

export function ProblemMessage(props: { problem: Problem | null; language: Language }) {
  if (!props.problem) return null;
  return (
    <p class="error" role="alert" data-testid="problem" data-key={props.problem.kind === 'failure' ? props.problem.failure.key : 'error'}>
      {problemText(props.problem, props.language)}
    </p>
  );
}
