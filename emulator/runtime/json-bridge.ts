/**
 * This file defines the google.script.run boundary: arguments and results are copied
 * through JSON as Google copies them, and the values Google refuses (Dates, functions,
 * class instances such as service objects) are rejected with a clear error instead of
 * silently changing shape, so a sidebar call that works here works on Google.
 */
import { isDate } from './errors';

function check(value: unknown, where: string, seen: Set<unknown>): void {
  if (isDate(value)) throw new Error(`${where} is a Date: google.script.run cannot pass Dates; send an ISO string or epoch number.`);
  if (typeof value === 'function') throw new Error(`${where} is a function: google.script.run cannot pass functions.`);
  if (typeof value !== 'object' || value === null) return;
  if (seen.has(value)) throw new Error(`${where} has a circular reference: google.script.run cannot pass it.`);
  seen.add(value);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) check(v, `${where}[${i}]`, seen);
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      throw new Error(`${where} is a ${proto.constructor?.name ?? 'class'} instance: google.script.run passes only primitives, plain objects and arrays.`);
    }
    for (const [k, v] of Object.entries(value)) check(v, `${where}.${k}`, seen);
  }
  seen.delete(value);
}

/** Checks and copies a value as google.script.run would (undefined stays undefined). */
export function jsonCopy(value: unknown, where: string): unknown {
  check(value, where, new Set());
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
