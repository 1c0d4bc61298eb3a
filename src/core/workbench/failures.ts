/**
 * This file defines how the workbench refuses an action: as a value of the project's Result
 * (src/core/failures), with a message key from the shared catalogue and its values (names
 * of the people involved), so a refused action changes nothing and the sidebar words it in
 * the user's language.
 */
import { type Failure, type FailureKey, fail, ok, renderFailure, type Result } from '../failures';
import type { Language } from '../types';

export type WorkbenchFailureKey = FailureKey;
export type WorkbenchFailure = Failure;
export type Outcome<T> = Result<T>;

export const succeed = <T>(value: T): Outcome<T> => ok(value);
export const refuse = <T = never>(key: FailureKey, values: Record<string, string | number> = {}): Outcome<T> => fail<T>(key, values);

export function renderWorkbenchFailure(failure: Failure, language: Language): string {
  return renderFailure(failure, language);
}
