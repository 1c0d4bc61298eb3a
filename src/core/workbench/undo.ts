/**
 * This file defines undo of the last change: the difference between the board before and
 * after an action, kept compact (one tuple per mentee whose pair changed, the forbidden
 * list only when it changed), so "confirm all" over 2,000 pairs stays a few tens of KB.
 * Undoing puts those mentees' pairs back as they were before, on the board as it is now,
 * except where the pair is no longer what the change left (the group edited the Matches
 * sheet since): the group's hand edit wins over the undo.
 */
import type { PairRef } from '../matching';
import { type Board, type BoardPair, PAIR_STATES, type PairState, withPair } from './board';

/**
 * [menteeId, mentor before ('' for none), state before, confirmedBy, confirmedAt, mentor the
 * change left ('' for none)].
 */
export type PairTuple = [string, string, PairState | '', string, string, string];

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
    const q = now.get(id);
    if (same(p, q)) continue;
    pairs.push(p ? [id, p.mentorId, p.state, p.confirmedBy, p.confirmedAt, q?.mentorId ?? ''] : [id, '', '', '', '', q?.mentorId ?? '']);
  }
  const forbidsChanged = JSON.stringify(before.forbids) !== JSON.stringify(after.forbids);
  return { pairs, forbids: forbidsChanged ? before.forbids.map((f) => ({ ...f })) : null };
}

export function isEmptyUndo(record: UndoRecord): boolean {
  return record.pairs.length === 0 && record.forbids === null;
}

export function applyUndo(board: Board, record: UndoRecord): Board {
  let next: Board = record.forbids ? { ...board, forbids: record.forbids } : board;
  for (const [menteeId, mentorId, state, by, at, after] of record.pairs) {
    const current = next.pairs.find((p) => p.menteeId === menteeId)?.mentorId ?? '';
    if (current !== after) continue;
    const pair: BoardPair | null =
      mentorId && state && PAIR_STATES.includes(state) ? { menteeId, mentorId, state, confirmedBy: by, confirmedAt: at } : null;
    next = withPair(next, menteeId, pair);
  }
  return next;
}
