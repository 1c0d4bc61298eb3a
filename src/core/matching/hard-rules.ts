/**
 * This file defines the rules no score can outweigh: a mentee who needs English only gets
 * a mentor who accepts English, forbidden pairs are never proposed, pairs under the
 * minimum score are not proposed, locked pairs are always kept, and a mentor never gets
 * more mentees than their capacity. It resolves the group's pairs from ids to positions
 * and rejects contradictions (a lock on a forbidden pair, more locks than places) with an
 * Error that names the people involved, because the group must fix those by hand.
 */
import type { Mentee, Mentor } from '../types';
import type { MatchSettings, PairRef } from './match-settings';

export interface ResolvedRules {
  readonly menteeIndex: ReadonlyMap<string, number>;
  readonly mentorIndex: ReadonlyMap<string, number>;
  readonly capacity: Int32Array;
  /** Cells `i * nMentors + j` the group forbade. */
  readonly forbidden: ReadonlySet<number>;
  /** Locked pairs as [mentee, mentor] positions. */
  readonly locks: ReadonlyArray<readonly [number, number]>;
}

/** The language rule: English-speaking mentees need a mentor who accepts English. */
export function languageAllows(mentee: Mentee, mentor: Mentor): boolean {
  return mentee.language !== 'en' || mentor.acceptsEnglish;
}

export function resolveRules(
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  settings: MatchSettings,
): ResolvedRules {
  const menteeIndex = indexIds(mentees, 'mentee');
  const mentorIndex = indexIds(mentors, 'mentor');
  const capacity = Int32Array.from(mentors, (mentor) => {
    const c = mentor.capacity;
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 0x7fffffff) {
      throw new Error(`Mentor ${mentor.id} has capacity ${String(c)}; it must be a whole number >= 0.`);
    }
    return c;
  });
  const m = mentors.length;
  const position = (pair: PairRef, what: string): [number, number] => {
    const i = menteeIndex.get(pair.menteeId);
    const j = mentorIndex.get(pair.mentorId);
    if (i === undefined) throw new Error(`${what} names an unknown mentee id "${pair.menteeId}".`);
    if (j === undefined) throw new Error(`${what} names an unknown mentor id "${pair.mentorId}".`);
    return [i, j];
  };

  const forbidden = new Set<number>();
  for (const pair of settings.forbids) {
    const [i, j] = position(pair, `Forbidden pair ${pairName(pair)}`);
    forbidden.add(i * m + j);
  }

  const locks: Array<readonly [number, number]> = [];
  const lockedMentee = new Map<number, string>();
  const used = new Int32Array(m);
  for (const pair of settings.locks) {
    const name = `Locked pair ${pairName(pair)}`;
    const [i, j] = position(pair, name);
    if (forbidden.has(i * m + j)) throw new Error(`${name} is also forbidden; remove one of the two.`);
    if (!languageAllows(mentees[i]!, mentors[j]!)) {
      throw new Error(`${name} breaks the language rule: the mentee needs English and the mentor does not accept it.`);
    }
    const earlier = lockedMentee.get(i);
    if (earlier !== undefined) {
      if (earlier === pair.mentorId) continue;
      throw new Error(`Mentee ${pair.menteeId} is locked to two mentors (${earlier} and ${pair.mentorId}).`);
    }
    used[j]!++;
    if (used[j]! > capacity[j]!) {
      throw new Error(
        `${name} goes beyond mentor ${pair.mentorId}'s capacity: ${used[j]} locked mentees, capacity ${capacity[j]}.`,
      );
    }
    lockedMentee.set(i, pair.mentorId);
    locks.push([i, j]);
  }
  return { menteeIndex, mentorIndex, capacity, forbidden, locks };
}

/**
 * Turns raw score rows into the solver's input in place: every pair the rules exclude
 * becomes -Infinity (language, forbidden, under the minimum score), except that a locked
 * pair keeps its score even under the minimum, because the group chose it. Returns how
 * many mentors each mentee is allowed (for explanations). In place, because at
 * 5,000 x 5,000 another copy of the table is 200 MB.
 */
export function applyRules(
  rows: ReadonlyArray<number[] | Float64Array>,
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  rules: ResolvedRules,
  minScore: number,
): Int32Array {
  const m = mentors.length;
  const english = Uint8Array.from(mentors, (mentor) => (mentor.acceptsEnglish ? 1 : 0));
  const locked = new Set(rules.locks.map(([i, j]) => i * m + j));
  for (const cell of rules.forbidden) rows[Math.floor(cell / m)]![cell % m] = Number.NEGATIVE_INFINITY;
  const allowed = new Int32Array(mentees.length);
  for (let i = 0; i < mentees.length; i++) {
    const row = rows[i]!;
    const needsEnglish = mentees[i]!.language === 'en';
    let count = 0;
    for (let j = 0; j < m; j++) {
      const s = row[j]!;
      if (s === Number.NEGATIVE_INFINITY) continue;
      if ((s >= minScore && (!needsEnglish || english[j] === 1)) || locked.has(i * m + j)) count++;
      else row[j] = Number.NEGATIVE_INFINITY;
    }
    allowed[i] = count;
  }
  return allowed;
}

/** The allowed scores as rows (see `applyRules`) of a copy of a flat table. */
export function allowedScores(
  scores: Float64Array,
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  rules: ResolvedRules,
  minScore: number,
): Float64Array[] {
  const m = mentors.length;
  const copy = scores.slice();
  const rows = mentees.map((_, i) => copy.subarray(i * m, (i + 1) * m));
  applyRules(rows, mentors, mentees, rules, minScore);
  return rows;
}

function indexIds(people: ReadonlyArray<{ id: string }>, role: string): Map<string, number> {
  const index = new Map<string, number>();
  people.forEach((person, k) => {
    if (index.has(person.id)) throw new Error(`Two ${role}s share the id "${person.id}".`);
    index.set(person.id, k);
  });
  return index;
}

function pairName(pair: PairRef): string {
  return `(mentee ${pair.menteeId}, mentor ${pair.mentorId})`;
}
