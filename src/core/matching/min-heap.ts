/**
 * This file defines a small binary min-heap of (distance, column) pairs kept in two typed
 * arrays, for the sparse searches. Equal distances pop in column order, so a search never
 * depends on the order in which it happened to push, and the same input gives the same
 * answer. The heap is functions over plain arrays and a size the caller keeps, not an
 * object: optimised code that inlines methods of short-lived objects is discarded by V8
 * at garbage collections, and the searches would keep paying to recompile.
 */

/** Pushes (key, val) onto a heap of `size` entries; returns the new size. */
export function heapPush(keys: Float64Array, vals: Int32Array, size: number, key: number, val: number): number {
  let at = size;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    const pk = keys[parent]!;
    if (pk < key || (pk === key && vals[parent]! < val)) break;
    keys[at] = pk;
    vals[at] = vals[parent]!;
    at = parent;
  }
  keys[at] = key;
  vals[at] = val;
  return size + 1;
}

/** Removes the top of a heap of `size` > 0 entries (read it first at index 0); returns the new size. */
export function heapPop(keys: Float64Array, vals: Int32Array, size: number): number {
  const n = size - 1;
  if (n === 0) return 0;
  const key = keys[n]!;
  const val = vals[n]!;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= n) break;
    const right = left + 1;
    let child = left;
    if (right < n) {
      const kr = keys[right]!;
      const kl = keys[left]!;
      if (kr < kl || (kr === kl && vals[right]! < vals[left]!)) child = right;
    }
    const kc = keys[child]!;
    if (key < kc || (key === kc && val < vals[child]!)) break;
    keys[at] = kc;
    vals[at] = vals[child]!;
    at = child;
  }
  keys[at] = key;
  vals[at] = val;
  return n;
}
