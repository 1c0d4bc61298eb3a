/**
 * This file defines undo of the last change: the difference between the board before and
 * after an action, kept compact (one tuple per mentee whose pair changed, the forbidden
 * list only when it changed), so "confirm all" over 2,000 pairs stays a few tens of KB.
 * Undoing puts those mentees' pairs back as they were before, on the board as it is now.
 */
import type { PairRef } from '../matching';
import { type Board, type BoardPair, PAIR_STATES, type PairState, withPair } from './board';

/** [menteeId, mentorId, state, confirmedBy, confirmedAt], or [menteeId] for "no pair". */
export type PairTuple = [string] | [string, string, PairState, string, string];

export interface UndoRecord {
  readonly pairs: PairTuple[];
  readonly forbids: PairRef[] | null;
}

const same = (a: BoardPair | undefined, b: BoardPair | undefined) =>
  a === b ||
  (!!a && !!b && a.mentorId === b.mentorId && a.state === b.state && a.confirmedBy === b.confirmedBy && a.confirmedAt === b.confirmedAt);

export function undoRecord(before: Board, after: Board): UndoRecord {
  const was = new Map(before.pairs.map((p) => [p.menteeId, p]));
  const now = new Map(after.pairs.map((p) => [p.menteeId, p]));
  const pairs: PairTuple[] = [];
  for (const id of new Set([...was.keys(), ...now.keys()])) {
    const p = was.get(id);
    if (same(p, now.get(id))) continue;
    pairs.push(p ? [id, p.mentorId, p.state, p.confirmedBy, p.confirmedAt] : [id]);
  }
  const forbidsChanged = JSON.stringify(before.forbids) !== JSON.stringify(after.forbids);
  return { pairs, forbids: forbidsChanged ? before.forbids.map((f) => ({ ...f })) : null };
}

export function isEmptyUndo(record: UndoRecord): boolean {
  return record.pairs.length === 0 && record.forbids === null;
}

export function applyUndo(board: Board, record: UndoRecord): Board {
  let next: Board = record.forbids ? { ...board, forbids: record.forbids } : board;
  for (const t of record.pairs) {
    const [menteeId, mentorId, state, by, at] = t;
    const pair: BoardPair | null =
      mentorId !== undefined && state !== undefined && PAIR_STATES.includes(state)
        ? { menteeId, mentorId, state, confirmedBy: by ?? '', confirmedAt: at ?? '' }
        : null;
    next = withPair(next, menteeId, pair);
  }
  return next;
}
