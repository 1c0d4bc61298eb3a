/**
 * This file defines what the group can do to the board, one pure function per action:
 * assign, swap, lock, unlock, forbid, allow again, unassign and confirm. Each checks the
 * hard rules the engine keeps (the people take part, the pair is not forbidden, the
 * English rule, the mentor's capacity) and either returns the new board or refuses with a
 * failure value, changing nothing. Locked pairs are changed only after unlocking, so a lock
 * means what it says.
 */
import { languageAllows } from '../matching';
import {
  type Board,
  type BoardPair,
  indexPeople,
  isForbidden,
  mentorLoads,
  type PeopleIndex,
  type People,
  pairOf,
  proposedPair,
  takesPart,
  withPair,
} from './board';
import { type Outcome, refuse, succeed } from './failures';

export type WorkbenchAction =
  | { kind: 'assign'; menteeId: string; mentorId: string }
  | { kind: 'swap'; menteeId: string; otherMenteeId: string }
  | { kind: 'lock'; menteeId: string }
  | { kind: 'unlock'; menteeId: string }
  | { kind: 'forbid'; menteeId: string; mentorId: string }
  | { kind: 'allow'; menteeId: string; mentorId: string }
  | { kind: 'unassign'; menteeId: string }
  | { kind: 'confirm'; menteeIds: readonly string[] | 'all' };

export interface ActionContext {
  readonly people: People;
  /** Who acts (an email) and when (ISO): recorded on confirmation. */
  readonly by: string;
  readonly at: string;
  /** Mentees whose pair has a hard-rule warning: not confirmed until fixed. */
  readonly warned: ReadonlySet<string>;
}

const nameOf = (p: { firstName: string; lastName: string } | undefined, id: string) =>
  p ? `${p.firstName} ${p.lastName}`.trim() : id;

function menteeName(ix: PeopleIndex, id: string): string {
  return nameOf(ix.mentee.get(id), id);
}
function mentorName(ix: PeopleIndex, id: string): string {
  return nameOf(ix.mentor.get(id), id);
}

/** Whether this mentee may have this mentor, capacity aside. */
function pairAllowed(board: Board, ix: PeopleIndex, menteeId: string, mentorId: string): Outcome<null> {
  const mentee = ix.mentee.get(menteeId);
  const mentor = ix.mentor.get(mentorId);
  if (!mentee) return refuse('unknownMentee', { name: menteeId });
  if (!mentor) return refuse('unknownMentor', { name: mentorId });
  if (!takesPart(mentee)) return refuse('notTakingPart', { name: menteeName(ix, menteeId) });
  if (!takesPart(mentor)) return refuse('notTakingPart', { name: mentorName(ix, mentorId) });
  const names = { mentee: menteeName(ix, menteeId), mentor: mentorName(ix, mentorId) };
  if (isForbidden(board, menteeId, mentorId)) return refuse('pairForbidden', names);
  if (!languageAllows(mentee, mentor)) return refuse('languageRule', names);
  return succeed(null);
}

export function applyAction(board: Board, action: WorkbenchAction, ctx: ActionContext): Outcome<Board> {
  const ix = indexPeople(ctx.people);
  switch (action.kind) {
    case 'assign':
      return assign(board, ix, action.menteeId, action.mentorId);
    case 'swap':
      return swap(board, ix, action.menteeId, action.otherMenteeId);
    case 'lock':
    case 'unlock': {
      const pair = pairOf(board, action.menteeId);
      if (!pair) return refuse('noPair', { mentee: menteeName(ix, action.menteeId) });
      if (action.kind === 'lock') {
        if (pair.state === 'locked') return succeed(board);
        return succeed(withPair(board, pair.menteeId, { ...pair, state: 'locked', confirmedBy: '', confirmedAt: '' }));
      }
      if (pair.state !== 'locked') return refuse('notLocked', { mentee: menteeName(ix, action.menteeId) });
      return succeed(withPair(board, pair.menteeId, { ...pair, state: 'proposed' }));
    }
    case 'forbid': {
      if (!ix.mentee.has(action.menteeId)) return refuse('unknownMentee', { name: action.menteeId });
      if (!ix.mentor.has(action.mentorId)) return refuse('unknownMentor', { name: action.mentorId });
      if (isForbidden(board, action.menteeId, action.mentorId)) return succeed(board);
      const forbids = [...board.forbids, { menteeId: action.menteeId, mentorId: action.mentorId }];
      const pair = pairOf(board, action.menteeId);
      // Forbidding the pair the mentee has is the group's explicit choice: the pair goes.
      const next = { ...board, forbids };
      return succeed(pair?.mentorId === action.mentorId ? withPair(next, action.menteeId, null) : next);
    }
    case 'allow':
      return succeed({
        ...board,
        forbids: board.forbids.filter((f) => !(f.menteeId === action.menteeId && f.mentorId === action.mentorId)),
      });
    case 'unassign': {
      const pair = pairOf(board, action.menteeId);
      // Allowed on a locked pair too: removing a pair is always deliberate (and undoable).
      if (!pair) return refuse('noPair', { mentee: menteeName(ix, action.menteeId) });
      return succeed(withPair(board, action.menteeId, null));
    }
    case 'confirm':
      return confirm(board, ix, action.menteeIds, ctx);
    default:
      return refuse('badAction');
  }
}

function assign(board: Board, ix: PeopleIndex, menteeId: string, mentorId: string): Outcome<Board> {
  const allowed = pairAllowed(board, ix, menteeId, mentorId);
  if (!allowed.ok) return allowed;
  const current = pairOf(board, menteeId);
  const names = { mentee: menteeName(ix, menteeId), mentor: mentorName(ix, mentorId) };
  if (current?.state === 'locked') return refuse('pairLocked', names);
  if (current?.mentorId === mentorId) return refuse('sameMentor', names);
  const capacity = ix.mentor.get(mentorId)!.capacity;
  const used = mentorLoads(board).get(mentorId) ?? 0;
  if (used >= capacity) return refuse('mentorFull', { mentor: names.mentor, used, capacity });
  return succeed(withPair(board, menteeId, proposedPair(menteeId, mentorId)));
}

function swap(board: Board, ix: PeopleIndex, a: string, b: string): Outcome<Board> {
  const pa = pairOf(board, a);
  const pb = pairOf(board, b);
  if (!pa) return refuse('noPair', { mentee: menteeName(ix, a) });
  if (!pb) return refuse('noPair', { mentee: menteeName(ix, b) });
  for (const p of [pa, pb]) if (p.state === 'locked') return refuse('pairLocked', { mentee: menteeName(ix, p.menteeId) });
  if (pa.mentorId === pb.mentorId) return refuse('sameMentor', { mentee: menteeName(ix, a), mentor: mentorName(ix, pb.mentorId) });
  for (const [mentee, mentor] of [
    [a, pb.mentorId],
    [b, pa.mentorId],
  ] as const) {
    const allowed = pairAllowed(board, ix, mentee, mentor);
    if (!allowed.ok) return allowed;
  }
  // Both mentors keep their number of mentees, so capacity cannot be broken by a swap.
  const next = withPair(board, a, proposedPair(a, pb.mentorId));
  return succeed(withPair(next, b, proposedPair(b, pa.mentorId)));
}

function confirm(board: Board, ix: PeopleIndex, which: readonly string[] | 'all', ctx: ActionContext): Outcome<Board> {
  const wanted = which === 'all' ? null : new Set(which);
  if (wanted) {
    for (const id of wanted) {
      const pair = pairOf(board, id);
      if (!pair) return refuse('noPair', { mentee: menteeName(ix, id) });
      if (ctx.warned.has(id)) return refuse('pairHasWarning', { mentee: menteeName(ix, id) });
    }
  }
  let changed = 0;
  const pairs = board.pairs.map((p): BoardPair => {
    if (p.state === 'confirmed') return p;
    if (wanted ? !wanted.has(p.menteeId) : ctx.warned.has(p.menteeId)) return p;
    changed++;
    return { ...p, state: 'confirmed', confirmedBy: ctx.by, confirmedAt: ctx.at };
  });
  if (changed === 0) return refuse('nothingToConfirm');
  return succeed({ ...board, pairs });
}
