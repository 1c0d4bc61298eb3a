/**
 * This file defines the errors the emulator throws. Service errors look like Apps Script's
 * (name 'Exception', Google's message text, so code that matches on messages behaves the
 * same); the method is kept on the error and in the stack's first frame for debugging.
 * Errors the emulator's own API raises for misuse (a bad test) are plain Errors instead.
 */

export const UNSUPPORTED_SUFFIX = 'is not supported by the Mentorprogram emulator';

export interface AppsScriptError extends Error {
  /** The Apps Script method that failed, e.g. 'Range.setValues'. */
  method: string;
}

export function appsScriptError(method: string, message: string): AppsScriptError {
  const error = new Error(message) as AppsScriptError;
  error.name = 'Exception';
  Object.defineProperty(error, 'method', { value: method, enumerable: false });
  const frames = (error.stack ?? '').split('\n').slice(1);
  error.stack = [`Exception: ${message}`, `    at ${method} (Mentorprogram emulator)`, ...frames].join('\n');
  return error;
}

export function unsupportedError(method: string): AppsScriptError {
  return appsScriptError(method, `${method} ${UNSUPPORTED_SUFFIX}`);
}

/** True for a Date from any realm (vm contexts have their own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True for an Error from any realm. */
export function isErrorLike(value: unknown): value is Error {
  return Object.prototype.toString.call(value) === '[object Error]' || value instanceof Error;
}

/** Message of anything thrown, whatever realm it came from. */
export function messageOf(thrown: unknown): string {
  if (isErrorLike(thrown)) return thrown.message;
  if (typeof thrown === 'object' && thrown !== null && typeof (thrown as { message?: unknown }).message === 'string') {
    return (thrown as { message: string }).message;
  }
  return String(thrown);
}
