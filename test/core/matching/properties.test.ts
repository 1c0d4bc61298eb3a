/**
 * This file holds property tests (fast-check, fixed seeds): for any matrix, capacities and
 * locks the solver never uses a forbidden cell, never exceeds a capacity, keeps every lock,
 * matches as many mentees as possible, and answers the same every time; for any round of
 * applicants and group settings, proposals never break a hard rule.
 */
import fc from 'fast-check';
import { proposeMatches } from '../../../src/core';
import { assignMatrix } from '../../../src/core/matching/assign-matrix';
import { toProblem } from '../../../src/core/matching/solve-assignment';
import { dpBest } from './assignment-oracles';
import { mentee, mentor } from './fixtures';

const RUNS = { numRuns: 200, seed: 4242 };

/** A matrix with capacities and a set of valid locks (each on an allowed cell, within capacity). */
const instance = fc
  .record({
    n: fc.integer({ min: 0, max: 9 }),
    m: fc.integer({ min: 0, max: 7 }),
  })
  .chain(({ n, m }) =>
    fc.record({
      score: fc.array(
        fc.array(fc.oneof(fc.constant(Number.NEGATIVE_INFINITY), fc.integer({ min: -20, max: 100 })), {
          minLength: m,
          maxLength: m,
        }),
        { minLength: n, maxLength: n },
      ),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
      lockWish: fc.array(fc.integer({ min: -1, max: m - 1 }), { minLength: n, maxLength: n }),
      mode: fc.constantFrom<'total' | 'raise-worst'>('total', 'raise-worst'),
    }),
  )
  .map(({ score, capacity, lockWish, mode }) => {
    const left = [...capacity];
    const locks: Array<[number, number]> = [];
    lockWish.forEach((j, i) => {
      if (j >= 0 && left[j]! > 0 && score[i]![j]! > Number.NEGATIVE_INFINITY) {
        locks.push([i, j]);
        left[j]!--;
      }
    });
    return { score, capacity, locks, mode };
  });

describe('solver properties', () => {
  it('never uses a forbidden cell, never exceeds a capacity, keeps every lock', () => {
    fc.assert(
      fc.property(instance, ({ score, capacity, locks, mode }) => {
        const { mentorOf } = assignMatrix(toProblem(score, capacity), locks, mode);
        const load = new Array(capacity.length).fill(0);
        mentorOf.forEach((j, i) => {
          if (j < 0) return;
          expect(score[i]![j]).toBeGreaterThan(Number.NEGATIVE_INFINITY);
          load[j]++;
        });
        load.forEach((l, j) => {
          expect(l).toBeLessThanOrEqual(capacity[j]!);
        });
        for (const [i, j] of locks) expect(mentorOf[i]).toBe(j);
      }),
      RUNS,
    );
  });

  it('matches as many mentees as the rules and capacities allow, in both modes', () => {
    fc.assert(
      fc.property(instance, ({ score, capacity, locks, mode }) => {
        const { mentorOf } = assignMatrix(toProblem(score, capacity), locks, mode);
        const matched = Array.from(mentorOf).filter((j) => j >= 0).length;
        expect(matched).toBe(dpBest(score, capacity, locks).count);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input always gives the same output', () => {
    fc.assert(
      fc.property(instance, ({ score, capacity, locks, mode }) => {
        const a = assignMatrix(toProblem(score, capacity), locks, mode).mentorOf;
        const b = assignMatrix(toProblem(structuredClone(score), [...capacity]), [...locks], mode).mentorOf;
        expect(Array.from(b)).toEqual(Array.from(a));
      }),
      RUNS,
    );
  });
});

const WORDS = ['data', 'AI', 'retail', 'ekonomi', 'hållbarhet', 'juridik', 'marknadsföring', 'vård', 'bygg'];
const CITIES = ['Göteborg', 'Stockholm', 'Malmö', ''];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' '));

const round = fc
  .record({
    mentors: fc.array(
      fc.record({
        field: text,
        wishes: text,
        city: fc.constantFrom(...CITIES),
        digital: fc.boolean(),
        acceptsEnglish: fc.boolean(),
        capacity: fc.integer({ min: 0, max: 3 }),
        fields: fc.subarray(['IT', 'Ekonomi', 'Vård']),
      }),
      { maxLength: 6 },
    ),
    mentees: fc.array(
      fc.record({
        education: text,
        motivation: text,
        wishes: text,
        city: fc.constantFrom(...CITIES),
        digital: fc.boolean(),
        language: fc.constantFrom<'sv' | 'en'>('sv', 'en'),
        fields: fc.subarray(['IT', 'Ekonomi', 'Vård']),
      }),
      { maxLength: 8 },
    ),
    forbidPairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    lockPairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    minScore: fc.integer({ min: 0, max: 60 }),
    mode: fc.constantFrom<'total' | 'raise-worst'>('total', 'raise-worst'),
  })
  .map((r) => {
    const mentors = r.mentors.map((x, k) => mentor(`M${k}`, x));
    const mentees = r.mentees.map((x, k) => mentee(`A${k}`, x));
    const ref = ([a, b]: [number, number]) =>
      mentees.length && mentors.length
        ? { menteeId: mentees[a % mentees.length]!.id, mentorId: mentors[b % mentors.length]!.id }
        : undefined;
    const forbids = r.forbidPairs.map(ref).filter((p) => p !== undefined);
    const forbidden = new Set(forbids.map((p) => `${p.menteeId}|${p.mentorId}`));
    // Keep only locks the rules accept, so the property is about proposals, not errors.
    const used = new Map<string, number>();
    const lockedMentees = new Set<string>();
    const locks = r.lockPairs
      .map(ref)
      .filter((p) => p !== undefined)
      .filter((p) => {
        const mr = mentors.find((x) => x.id === p.mentorId)!;
        const me = mentees.find((x) => x.id === p.menteeId)!;
        const ok =
          !forbidden.has(`${p.menteeId}|${p.mentorId}`) &&
          (me.language === 'sv' || mr.acceptsEnglish) &&
          !lockedMentees.has(p.menteeId) &&
          (used.get(p.mentorId) ?? 0) < mr.capacity;
        if (ok) {
          lockedMentees.add(p.menteeId);
          used.set(p.mentorId, (used.get(p.mentorId) ?? 0) + 1);
        }
        return ok;
      });
    return { mentors, mentees, forbids, locks, minScore: r.minScore, mode: r.mode, forbidden };
  });

describe('proposal properties', () => {
  it('never breaks a hard rule, keeps locks, and is deterministic', () => {
    fc.assert(
      fc.property(round, ({ mentors, mentees, forbids, locks, minScore, mode, forbidden }) => {
        const settings = { forbids, locks, minScore, mode };
        const proposal = proposeMatches(mentors, mentees, settings);
        const locked = new Set(locks.map((p) => `${p.menteeId}|${p.mentorId}`));
        const load = new Map<string, number>();
        for (const pair of proposal.pairs) {
          const key = `${pair.menteeId}|${pair.mentorId}`;
          const mr = mentors.find((x) => x.id === pair.mentorId)!;
          const me = mentees.find((x) => x.id === pair.menteeId)!;
          expect(forbidden.has(key)).toBe(false);
          expect(me.language === 'sv' || mr.acceptsEnglish).toBe(true);
          if (!locked.has(key)) expect(pair.score).toBeGreaterThanOrEqual(minScore);
          expect(pair.locked).toBe(locked.has(key));
          expect(pair.score).toBeGreaterThanOrEqual(0);
          expect(pair.score).toBeLessThanOrEqual(100 + 1e-9);
          load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
        }
        for (const mr of mentors) expect(load.get(mr.id) ?? 0).toBeLessThanOrEqual(mr.capacity);
        for (const key of locked) {
          expect(proposal.pairs.some((p) => `${p.menteeId}|${p.mentorId}` === key)).toBe(true);
        }
        // Every mentee is either proposed a mentor or given a reason, never both.
        const ids = [...proposal.pairs.map((p) => p.menteeId), ...proposal.unmatched.map((u) => u.menteeId)];
        expect(ids.sort()).toEqual(mentees.map((x) => x.id).sort());
        expect(proposeMatches(mentors, mentees, settings)).toEqual(proposal);
      }),
      { numRuns: 150, seed: 99 },
    );
  });
});
