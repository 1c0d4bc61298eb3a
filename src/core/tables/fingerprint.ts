/**
 * This file defines the fingerprint of a value the add-on wrote to a sheet it owns: FNV-1a
 * (32 bit) over UTF-16 code units, so a later run can tell which cells the group edited
 * since. It detects change, it protects nothing: it is not cryptographic.
 */

/** FNV-1a over UTF-16 code units, as 1-7 base-36 characters. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
