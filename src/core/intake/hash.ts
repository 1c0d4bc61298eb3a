/**
 * This file defines the small, deterministic hashes intake needs: FNV-1a (32 bit, from the
 * owned-table mechanism) to fingerprint the values intake wrote, and cyrb53 (53 bit) for
 * stable applicant ids. Neither is cryptographic: they detect change and spread ids, they do
 * not protect anything.
 */
import type { Role } from '../types';

export { fnv1a } from '../tables/fingerprint';

/** cyrb53 (public domain, bryc): a fast 53-bit string hash with good spread. */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export const ID_PREFIX: Record<Role, string> = { mentor: 'MR-', mentee: 'AD-' };
const ID_SPACE = 36 ** 8;

/**
 * A stable id for an applicant: 'MR-' (mentor) or 'AD-' (adept, mentee) and 8 base-36
 * characters derived from `seedText` (the normalised email, or 'row:<n>' for a response
 * without a usable one). The same seed always gives the same id, so a rebuild from the raw
 * responses reproduces the ids the sheet already has. About 2.8e12 ids: a collision is
 * improbable but possible, and the table resolves it with uniqueId when adding a row.
 */
export function stableId(role: Role, seedText: string): string {
  const n = cyrb53(seedText.trim().toLowerCase()) % ID_SPACE;
  return ID_PREFIX[role] + n.toString(36).padStart(8, '0');
}

/**
 * `base`, or `base-2`, `base-3` ... the first one not in `taken`. Because rows are added in
 * raw-row order, live intake and a rebuild assign the same suffixes.
 */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
