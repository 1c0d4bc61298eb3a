/**
 * This file defines the workbench board: every pair the project group is working on (one
 * per mentee at most, each proposed, locked or confirmed), the pairs it forbade, and the
 * people taking part. It is the pure model behind the matching sidebar; the app layer reads
 * it from the Matches sheet and Document Properties and writes it back. Pairs name people by
 * id; a pair read from the sheet whose person is not found keeps the text the sheet had as
 * its id, so it can be reported instead of dropped.
 */
import type { PairRef } from '../matching';
import type { Mentee, Mentor } from '../types';

export type PairState = 'proposed' | 'locked' | 'confirmed';
export const PAIR_STATES: readonly PairState[] = ['proposed', 'locked', 'confirmed'];

export interface BoardPair {
  readonly menteeId: string;
  readonly mentorId: string;
  readonly state: PairState;
  /** Who confirmed it (an email) and when (ISO); '' until confirmed. */
  readonly confirmedBy: string;
  readonly confirmedAt: string;
}

export interface Board {
  /** In sheet order. */
  readonly pairs: readonly BoardPair[];
  readonly forbids: readonly PairRef[];
}

/** Everyone on the applicant sheets, withdrawn ones too (so a pair with one can be named). */
export interface People {
  readonly mentors: readonly Mentor[];
  readonly mentees: readonly Mentee[];
}

export function takesPart(person: Mentor | Mentee): boolean {
  return person.status !== 'withdrawn' && person.status !== 'invalid';
}

/** Lookups built once per request. */
export interface PeopleIndex {
  readonly mentor: ReadonlyMap<string, Mentor>;
  readonly mentee: ReadonlyMap<string, Mentee>;
}

export function indexPeople(people: People): PeopleIndex {
  return {
    mentor: new Map(people.mentors.map((p) => [p.id, p])),
    mentee: new Map(people.mentees.map((p) => [p.id, p])),
  };
}

export function pairOf(board: Board, menteeId: string): BoardPair | undefined {
  return board.pairs.find((p) => p.menteeId === menteeId);
}

export function isForbidden(board: Board, menteeId: string, mentorId: string): boolean {
  return board.forbids.some((f) => f.menteeId === menteeId && f.mentorId === mentorId);
}

/** How many pairs name each mentor. */
export function mentorLoads(board: Board): Map<string, number> {
  const loads = new Map<string, number>();
  for (const p of board.pairs) loads.set(p.mentorId, (loads.get(p.mentorId) ?? 0) + 1);
  return loads;
}

/** The board with the mentee's pair replaced (null removes it), keeping the sheet order. */
export function withPair(board: Board, menteeId: string, pair: BoardPair | null): Board {
  const at = board.pairs.findIndex((p) => p.menteeId === menteeId);
  const pairs = board.pairs.slice();
  if (at < 0) {
    if (pair) pairs.push(pair);
  } else if (pair) {
    pairs[at] = pair;
  } else {
    pairs.splice(at, 1);
  }
  return { ...board, pairs };
}

export function proposedPair(menteeId: string, mentorId: string): BoardPair {
  return { menteeId, mentorId, state: 'proposed', confirmedBy: '', confirmedAt: '' };
}
