/**
 * This file defines the public surface of expected failures: the Result type use cases
 * return, its constructors, the failure keys and their rendering in each language.
 */
export { type FailureKey, renderFailure } from './catalogue';
export { type Failure, type FailurePlace, fail, forward, ok, type Result } from './result';
