/**
 * This file defines the sidebar's only way to reach the server: a typed promise wrapper over
 * `google.script.run`. It is typed by src/main.ts itself, so a renamed or re-typed server
 * function breaks the sidebar build. Arguments and results must be JSON-safe.
 */
import type { Failure } from '../src/core/failures';
import type * as Server from '../src/main';

type ServerApi = typeof Server;
type Callable = { [K in keyof ServerApi]: ServerApi[K] extends (...args: never[]) => unknown ? K : never }[keyof ServerApi];

interface ScriptRunner {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } } | undefined;

export class ServerError extends Error {}

export function call<K extends Callable>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<Awaited<ReturnType<ServerApi[K]>>> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script?.run) {
      reject(new ServerError('google.script.run is not available'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Awaited<ReturnType<ServerApi[K]>>))
      .withFailureHandler((error) => {
        const message = error instanceof Error ? error.message : String(error);
        reject(new ServerError(message));
      });
    const fn = runner[name] as (...a: unknown[]) => void;
    fn.apply(runner, args);
  });
}

type Value<K extends Callable> = Awaited<ReturnType<ServerApi[K]>> extends { ok: true; value: infer V } | { ok: false } ? V : never;

/** A server call's expected failure: the Failure value, for the view to word in its language. */
export class FailureError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.key);
  }
}

/**
 * Calls a server function that returns a Result: resolves with its value, rejects with a
 * FailureError for an expected failure and a ServerError for anything thrown (a bug, or
 * google.script.run itself failing).
 */
export function run<K extends Callable>(name: K, ...args: Parameters<ServerApi[K]>): Promise<Value<K>> {
  return call(name, ...args).then((result) => {
    const r = result as unknown as { ok: true; value: Value<K> } | { ok: false; failure: Failure };
    if (r.ok) return r.value;
    throw new FailureError(r.failure);
  });
}
