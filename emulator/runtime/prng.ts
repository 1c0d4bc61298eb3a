/**
 * This file defines the emulator's deterministic randomness: a seeded PRNG (mulberry32)
 * and the id generators built on it. Ids must be reproducible from the seed so that tests
 * and the preview's demo data look the same on every run; nothing here reads Math.random.
 */

/** A seeded generator of floats in [0, 1). mulberry32: tiny, fast and good enough for ids. */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface IdSource {
  /** 'sheet' → 'sheet-1', 'sheet-2' ...: counters per prefix, independent of the PRNG. */
  next(prefix: string): string;
  /** RFC 4122 version-4-shaped uuid drawn from the PRNG. */
  uuid(): string;
  /** `length` lowercase hex digits drawn from the PRNG (for Google-looking ids). */
  hex(length: number): string;
  /** `length` characters of [A-Za-z0-9_-] drawn from the PRNG (Drive-style file ids). */
  token(length: number): string;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export function createIdSource(seed: number): IdSource {
  const random = createPrng(seed);
  const counters = new Map<string, number>();
  const hex = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += Math.floor(random() * 16).toString(16);
    return out;
  };
  return {
    next(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
    uuid() {
      const h = hex(32).split('');
      h[12] = '4';
      // The variant nibble is 8, 9, a or b.
      h[16] = (8 + (Number.parseInt(h[16] ?? '0', 16) & 3)).toString(16);
      const s = h.join('');
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
    hex,
    token(length) {
      let out = '';
      for (let i = 0; i < length; i++) out += TOKEN_ALPHABET[Math.floor(random() * TOKEN_ALPHABET.length)];
      return out;
    },
  };
}
