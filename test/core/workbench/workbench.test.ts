/**
 * Tests of the workbench core with fixed applicants: proposing keeps confirmed and locked
 * pairs and never uses a forbidden one, every action checks the hard rules and refuses as a
 * value, warnings name what the group typed by hand, undo restores the board.
 */
import { DEFAULT_MATCH_SETTINGS } from '../../../src/core/matching';
import {
  type ActionContext,
  applyAction,
  applyUndo,
  type Board,
  boardWarnings,
  candidatesFor,
  type People,
  proposeBoard,
  renderWarning,
  renderWorkbenchFailure,
  swapChange,
  undoRecord,
  type WorkbenchAction,
} from '../../../src/core/workbench';
import { mentee, mentor } from '../matching/fixtures';

const people: People = {
  mentors: [
    mentor('R1', { firstName: 'Rut', lastName: 'Ek', field: 'juridik avtalsrätt', acceptsEnglish: false }),
    mentor('R2', { firstName: 'Pia', lastName: 'Al', field: 'mjukvaruutveckling programmering', capacity: 2 }),
    mentor('R3', { firstName: 'Bo', lastName: 'Ås', field: 'ekonomi redovisning', status: 'withdrawn' }),
  ],
  mentees: [
    mentee('A1', { firstName: 'Ada', lastName: 'Ny', education: 'juridik avtalsrätt' }),
    mentee('A2', { firstName: 'Eli', lastName: 'Berg', education: 'programmering mjukvaruutveckling' }),
    mentee('A3', { firstName: 'Kim', lastName: 'Lo', education: 'programmering', language: 'en' }),
  ],
};
const settings = { weights: DEFAULT_MATCH_SETTINGS.weights, enabled: DEFAULT_MATCH_SETTINGS.enabled, minScore: 0, mode: 'total' as const };
const ctx: ActionContext = { people, by: 'karin@example.org', at: '2026-12-01T09:00:00.000Z', warned: new Set() };
const empty: Board = { pairs: [], forbids: [] };
const mentorsOf = (b: Board) => Object.fromEntries(b.pairs.map((p) => [p.menteeId, `${p.mentorId}:${p.state}`]));

function act(board: Board, action: WorkbenchAction, context = ctx): Board {
  const out = applyAction(board, action, context);
  if (!out.ok) throw new Error(renderWorkbenchFailure(out.failure, 'en'));
  return out.value;
}

test('propose gives every mentee the best allowed mentor, never a withdrawn one', () => {
  const { board } = proposeBoard(empty, people, settings);
  expect(mentorsOf(board)).toEqual({ A1: 'R1:proposed', A2: 'R2:proposed', A3: 'R2:proposed' });
});

test('re-proposing keeps a lock and a confirmed pair and drops a forbidden pair', () => {
  let board = proposeBoard(empty, people, settings).board;
  board = act(board, { kind: 'unassign', menteeId: 'A2' });
  board = act(board, { kind: 'assign', menteeId: 'A1', mentorId: 'R2' });
  board = act(board, { kind: 'assign', menteeId: 'A2', mentorId: 'R1' });
  board = act(board, { kind: 'lock', menteeId: 'A2' });
  board = act(board, { kind: 'forbid', menteeId: 'A3', mentorId: 'R2' });
  expect(mentorsOf(board)).toEqual({ A1: 'R2:proposed', A2: 'R1:locked' });
  board = act(board, { kind: 'confirm', menteeIds: ['A1'] });
  const again = proposeBoard(board, people, settings);
  // A2 stays on R1 although R2 scores higher; A3's only English mentor is forbidden.
  expect(mentorsOf(again.board)).toEqual({ A1: 'R2:confirmed', A2: 'R1:locked' });
  expect(again.proposal.unmatched.map((u) => [u.menteeId, u.reason])).toEqual([['A3', 'all-forbidden']]);
  expect(again.board.pairs.find((p) => p.menteeId === 'A1')).toMatchObject({ confirmedBy: 'karin@example.org', confirmedAt: '2026-12-01T09:00:00.000Z' });
});

test('actions refuse what breaks a rule, naming the people', () => {
  const board = proposeBoard(empty, people, settings).board;
  const refused = (action: WorkbenchAction, b = board) => {
    const out = applyAction(b, action, ctx);
    return out.ok ? 'accepted' : renderWorkbenchFailure(out.failure, 'en');
  };
  expect(refused({ kind: 'assign', menteeId: 'A3', mentorId: 'R1' })).toBe('Kim Lo needs English but Rut Ek does not accept English-speaking mentees.');
  expect(refused({ kind: 'assign', menteeId: 'A1', mentorId: 'R3' })).toBe('Bo Ås has withdrawn or is invalid and cannot be matched.');
  expect(refused({ kind: 'assign', menteeId: 'A1', mentorId: 'R2' })).toBe('Pia Al already has 2 of 2 places filled.');
  expect(refused({ kind: 'swap', menteeId: 'A1', otherMenteeId: 'A3' })).toMatch(/^Kim Lo needs English/);
  const forbidden = act(board, { kind: 'forbid', menteeId: 'A2', mentorId: 'R1' });
  expect(refused({ kind: 'swap', menteeId: 'A1', otherMenteeId: 'A2' }, forbidden)).toBe('The pair Eli Berg and Rut Ek is forbidden.');
  const locked = act(board, { kind: 'lock', menteeId: 'A2' });
  expect(refused({ kind: 'swap', menteeId: 'A1', otherMenteeId: 'A2' }, locked)).toBe('The pair with Eli Berg is locked. Unlock it first.');
  expect(refused({ kind: 'assign', menteeId: 'ZZ', mentorId: 'R1' })).toBe('The mentee ZZ is not on the Mentees sheet.');
});

test('swap exchanges mentors and reports the change in both scores and the total', () => {
  const board = proposeBoard(empty, people, settings).board;
  const swapped = act(board, { kind: 'swap', menteeId: 'A1', otherMenteeId: 'A2' });
  expect(mentorsOf(swapped)).toEqual({ A1: 'R2:proposed', A2: 'R1:proposed', A3: 'R2:proposed' });
  expect(swapChange([80, 70], [20, 30], 200)).toEqual({ before: [80, 70], after: [20, 30], totalBefore: 200, totalAfter: 100 });
});

test('confirm all skips warned pairs; nothing left refuses', () => {
  const board = proposeBoard(empty, people, settings).board;
  const warned: ActionContext = { ...ctx, warned: new Set(['A3']) };
  const done = act(board, { kind: 'confirm', menteeIds: 'all' }, warned);
  expect(mentorsOf(done)).toEqual({ A1: 'R1:confirmed', A2: 'R2:confirmed', A3: 'R2:proposed' });
  const again = applyAction(done, { kind: 'confirm', menteeIds: 'all' }, warned);
  expect(again).toEqual({ ok: false, failure: { key: 'nothingToConfirm', values: {} } });
  expect(applyAction(done, { kind: 'confirm', menteeIds: ['A3'] }, warned)).toMatchObject({ ok: false, failure: { key: 'pairHasWarning' } });
});

test('hand-typed pairs that break rules are reported with a fix, not repaired', () => {
  const typed: Board = {
    pairs: [
      { menteeId: 'A1', mentorId: 'R2', state: 'confirmed', confirmedBy: '', confirmedAt: '' },
      { menteeId: 'A2', mentorId: 'R2', state: 'confirmed', confirmedBy: '', confirmedAt: '' },
      { menteeId: 'A3', mentorId: 'R2', state: 'confirmed', confirmedBy: '', confirmedAt: '' },
      { menteeId: 'x@example.com', mentorId: 'R3', state: 'confirmed', confirmedBy: '', confirmedAt: '' },
    ],
    forbids: [],
  };
  const warnings = boardWarnings(typed, people);
  expect(warnings.map((w) => [w.kind, w.menteeId, w.fix])).toEqual([
    ['overCapacity', 'A1', 'unassign'],
    ['overCapacity', 'A2', 'unassign'],
    ['overCapacity', 'A3', 'unassign'],
    ['unknownMentee', 'x@example.com', 'unassign'],
    ['mentorWithdrawn', 'x@example.com', 'unassign'],
  ]);
  expect(renderWarning(warnings[2]!, 'sv')).toBe('Pia Al har fler adepter än 2 platser, bland dem Kim Lo. Ta bort ett par eller höj kapaciteten i fliken Mentors.');
  // Proposing leaves all four as typed: nothing is repaired behind the group's back.
  const { board } = proposeBoard(typed, people, settings);
  expect(board.pairs).toEqual(typed.pairs);
});

test('language rule broken by hand: warned, and the mentee is left out of the proposal', () => {
  const typed: Board = { pairs: [{ menteeId: 'A3', mentorId: 'R1', state: 'locked', confirmedBy: '', confirmedAt: '' }], forbids: [] };
  expect(boardWarnings(typed, people).map((w) => w.kind)).toEqual(['languageRule']);
  const { board } = proposeBoard(typed, people, settings);
  // R1's one place stays with the typed pair, so A1 (whose best is R1) goes to R2 with A2.
  expect(mentorsOf(board)).toEqual({ A3: 'R1:locked', A1: 'R2:proposed', A2: 'R2:proposed' });
});

test('undo puts back the pairs and the forbidden list of the last change', () => {
  const before = proposeBoard(empty, people, settings).board;
  const after = act(act(before, { kind: 'forbid', menteeId: 'A3', mentorId: 'R1' }), { kind: 'swap', menteeId: 'A1', otherMenteeId: 'A2' });
  const record = undoRecord(before, after);
  expect(record.pairs.map((t) => t[0]).sort()).toEqual(['A1', 'A2']);
  expect(mentorsOf(applyUndo(after, record))).toEqual(mentorsOf(before));
  expect(applyUndo(after, record).forbids).toEqual([]);
  const confirmed = act(before, { kind: 'confirm', menteeIds: 'all' });
  expect(mentorsOf(applyUndo(confirmed, undoRecord(before, confirmed)))).toEqual(mentorsOf(before));
  // A pair the group deleted from the sheet since stays deleted: the hand edit wins.
  const edited = { ...confirmed, pairs: confirmed.pairs.filter((p) => p.menteeId !== 'A1') };
  expect(mentorsOf(applyUndo(edited, undoRecord(before, confirmed)))).toEqual({ A2: 'R2:proposed', A3: 'R2:proposed' });
});

test('candidates apply the English rule, forbidden pairs and the minimum score, best first', () => {
  const row = [90, 40, 60];
  const english = mentee('E', { language: 'en' });
  const { candidates, rank } = candidatesFor(row, english, people.mentors, new Set(['R3']), 50);
  expect(candidates).toEqual([]);
  const sv = candidatesFor(row, mentee('S'), people.mentors, new Set(), 50);
  expect(sv.candidates).toEqual([{ j: 0, score: 90 }, { j: 2, score: 60 }]);
  expect(sv.rank(60)).toEqual({ rank: 2, candidates: 2, bestScore: 90 });
  expect(rank(10)).toEqual({ rank: 1, candidates: 0, bestScore: 10 });
});
