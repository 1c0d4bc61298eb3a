/**
 * This file defines how many bytes a text takes in UTF-8, counted per code point in plain
 * code (src/core uses no host API), for the limits stated in bytes: a Document Property's
 * 9 KB (src/gas/settings-store.ts) and the settings record's own cap (src/app/program-setup.ts).
 * It lives here once so the two cannot count differently.
 */

/** UTF-8 bytes of `text`: 1 to 4 per code point. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
