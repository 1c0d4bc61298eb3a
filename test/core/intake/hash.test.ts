/**
 * This file defines the tests of stable ids and the fingerprint hash.
 */
import { fnv1a, stableId, uniqueId } from '../../../src/core/intake';

describe('stableId', () => {
  it('gives role-prefixed, 8-character base-36 ids, the same for the same seed', () => {
    const id = stableId('mentor', 'lena.holm@example.org');
    expect(id).toMatch(/^MR-[0-9a-z]{8}$/);
    expect(stableId('mentee', 'lena.holm@example.org')).toMatch(/^AD-[0-9a-z]{8}$/);
    expect(stableId('mentor', ' Lena.Holm@Example.org ')).toBe(id);
    expect(stableId('mentor', 'lena.holm@example.com')).not.toBe(id);
    expect(stableId('mentor', 'lena.holm@example.org')).toBe(id);
  });

  it('spreads a thousand seeds without collision', () => {
    const ids = new Set(Array.from({ length: 1000 }, (_, i) => stableId('mentee', `person${i}@example.org`)));
    expect(ids.size).toBe(1000);
  });

  it('resolves a taken id with a suffix', () => {
    expect(uniqueId('MR-aaaaaaaa', new Set())).toBe('MR-aaaaaaaa');
    expect(uniqueId('MR-aaaaaaaa', new Set(['MR-aaaaaaaa']))).toBe('MR-aaaaaaaa-2');
    expect(uniqueId('MR-aaaaaaaa', new Set(['MR-aaaaaaaa', 'MR-aaaaaaaa-2']))).toBe('MR-aaaaaaaa-3');
  });
});

describe('fnv1a', () => {
  it('matches the reference value and is short', () => {
    expect(fnv1a('')).toBe((0x811c9dc5).toString(36));
    expect(fnv1a('a')).toBe((0xe40c292c).toString(36));
    expect(fnv1a('Anna').length).toBeLessThanOrEqual(7);
    expect(fnv1a('Anna')).not.toBe(fnv1a('anna'));
  });
});
