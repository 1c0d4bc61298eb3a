/**
 * Integration test of the matching workbench in the built bundle, on the demo program (60
 * mentors, 80 mentees who came in through the forms): propose, lock, forbid, re-propose,
 * swap with its preview, assign, unassign, confirm, the Matches sheet's content, hand edits
 * in that sheet followed with warnings, undo, and a stale write refused between two sidebar
 * sessions. Each sidebar session is a sequence of em.run calls keeping its own version.
 */
import type { Emulator } from '../../emulator';
import { makeDemoEmulator } from '../../emulator/preview/demo-program';
import type { MenteeDetailView, SwapPreviewView, WorkbenchMenteeRow, WorkbenchReply, WorkbenchView } from '../../src/main';
import { renderFailure, type Result } from '../../src/core/failures';
import { DIST, records } from './support';

let em: Emulator;
let view: WorkbenchView;

/** A sidebar call whose Result must be ok: its value. */
function value<T>(on: Emulator, fn: string, ...args: unknown[]): T {
  const result = on.run<Result<T>>(fn, ...args);
  if (!result.ok) throw new Error(renderFailure(result.failure, 'en'));
  return result.value;
}
function act(action: Record<string, unknown>, version = view.version): WorkbenchReply {
  const reply = em.run<WorkbenchReply>('workbenchAction', action, version);
  if (reply.ok) view = reply.value;
  return reply;
}
function ok(action: Record<string, unknown>): WorkbenchView {
  const reply = act(action);
  if (!reply.ok) throw new Error(renderFailure(reply.failure, 'en'));
  return reply.value;
}
const message = (reply: WorkbenchReply, language: 'sv' | 'en' = 'sv') => (reply.ok ? 'ok' : renderFailure(reply.failure, language));
const row = (id: string): WorkbenchMenteeRow => view.mentees.find((m) => m.id === id)!;
const capacityOf = (id: string) => view.mentors.find((m) => m.id === id)!.capacity;

beforeAll(() => {
  em = makeDemoEmulator({ distDir: DIST }).emulator;
  view = value<WorkbenchView>(em, 'getWorkbench');
});

test('the first view comes in one call: every mentee unmatched, with why, and no Matches sheet yet', () => {
  expect(view.totals).toEqual({ mentees: 80, matched: 0, confirmed: 0, locked: 0, average: null, lowest: null });
  expect(view.mentors).toHaveLength(60);
  expect(view.unmatched).toHaveLength(80);
  expect(view.reasons).toEqual([expect.stringMatching(/lediga platser/)]);
  expect(new Set(view.unmatched.map((u) => u.reason))).toEqual(new Set([0]));
  expect(view.sheetName).toBe('Matchningar');
  expect(em.sheetNames()).not.toContain('Matchningar');
});

test('propose matches every mentee within capacity and the English rule, and writes the Matches sheet', () => {
  view = ok({ kind: 'propose', settings: view.settings });
  expect(view.totals.matched).toBe(80);
  for (const m of view.mentors) expect(m.used).toBeLessThanOrEqual(m.capacity);
  for (const m of view.mentees.filter((x) => x.language === 'en')) expect(view.mentors.find((r) => r.id === m.mentorId)!.english).toBe(true);
  const sheet = records(em, 'Matchningar');
  expect(sheet).toHaveLength(80);
  expect(sheet[0]).toMatchObject({ Läge: 'föreslagen', 'Bekräftad av': '', Anteckningar: '' });
  expect(sheet[0]!.Motivering).toMatch(/poäng av 100/);
  expect(sheet[0]!['Par-id']).toMatch(/^P-/);
});

test('opening a mentee shows the pair explained and the next best mentors with places left', () => {
  const first = view.mentees[0]!;
  const detail = value<MenteeDetailView>(em, 'getWorkbenchMentee', first.id);
  expect(detail.mentee.name).toBe(first.name);
  expect(detail.pair).toMatchObject({ mentorId: first.mentorId, state: 'proposed' });
  expect(detail.pair!.explanation).toMatch(/poäng av 100/);
  expect(detail.candidates).toHaveLength(5);
  expect(detail.candidates.every((c) => c.mentorId !== first.mentorId && c.explanation.length > 0)).toBe(true);
  expect(detail.candidates.map((c) => c.score)).toEqual([...detail.candidates.map((c) => c.score)].sort((a, b) => b - a));
});

let lockedId = '';
let forbidden = { menteeId: '', mentorId: '' };

test('lock one pair and forbid another; re-propose keeps the lock and never uses the forbidden pair', () => {
  const [a, b] = view.mentees.filter((m) => m.language === 'sv');
  lockedId = a!.id;
  forbidden = { menteeId: b!.id, mentorId: b!.mentorId };
  ok({ kind: 'lock', menteeId: a!.id });
  expect(row(a!.id).state).toBe('locked');
  ok({ kind: 'forbid', ...forbidden });
  expect(row(b!.id).state).toBe('unmatched');
  expect(view.forbids).toEqual([expect.objectContaining(forbidden)]);
  ok({ kind: 'propose', settings: { ...view.settings, mode: 'raise-worst' } });
  expect(row(a!.id)).toMatchObject({ state: 'locked', mentorId: a!.mentorId });
  expect(row(b!.id).state).toBe('proposed');
  expect(row(b!.id).mentorId).not.toBe(forbidden.mentorId);
  expect(view.settings.mode).toBe('raise-worst');
  const refused = act({ kind: 'assign', ...forbidden });
  expect(refused).toMatchObject({ ok: false, failure: { key: 'pairForbidden' } });
});

test('swap shows both score changes and the total first, then applies exactly that', () => {
  const pool = view.mentees.filter((m) => m.state === 'proposed' && m.language === 'sv' && m.id !== forbidden.menteeId);
  const [c, d] = [pool[0]!, pool.find((m) => m.mentorId !== pool[0]!.mentorId)!];
  const preview = value<SwapPreviewView>(em, 'previewSwap', c.id, d.id);
  expect(preview.before).toEqual([c.score, d.score]);
  const totalBefore = view.mentees.reduce((s, m) => s + (m.score ?? 0), 0);
  expect(preview.totalBefore).toBeCloseTo(totalBefore, 5);
  ok({ kind: 'swap', menteeId: c.id, otherMenteeId: d.id });
  expect(row(c.id).mentorId).toBe(d.mentorId);
  expect(row(d.id).mentorId).toBe(c.mentorId);
  expect([row(c.id).score, row(d.id).score]).toEqual(preview.after);
  expect(preview.totalAfter - preview.totalBefore).toBeCloseTo(preview.after[0] + preview.after[1] - preview.before[0] - preview.before[1], 5);
});

test('assign, unassign (told why), confirm one, confirm all, undo', () => {
  const free = view.mentors.find((m) => m.used < m.capacity)!;
  const e = view.mentees.find((m) => m.state === 'proposed' && m.language === 'sv' && m.mentorId !== free.id)!;
  ok({ kind: 'assign', menteeId: e.id, mentorId: free.id });
  expect(row(e.id)).toMatchObject({ mentorId: free.id, state: 'proposed' });
  ok({ kind: 'unassign', menteeId: e.id });
  expect(view.unmatched.map((u) => [u.menteeId, view.reasons[u.reason]])).toEqual([[e.id, expect.stringMatching(/lediga platser/)]]);
  const f = view.mentees.find((m) => m.state === 'proposed')!;
  ok({ kind: 'confirm', menteeIds: [f.id] });
  expect(row(f.id).state).toBe('confirmed');
  const confirmedRow = records(em, 'Matchningar').find((r) => r.Adept === f.name)!;
  expect(confirmedRow).toMatchObject({ Läge: 'bekräftad', 'Bekräftad av': em.context.user.email });
  ok({ kind: 'confirm', menteeIds: 'all' });
  expect(view.totals).toMatchObject({ matched: 79, confirmed: 79, locked: 0 });
  expect(records(em, 'Matchningar').filter((r) => r.Läge === 'bekräftad')).toHaveLength(79);
  ok({ kind: 'undo' });
  expect(view.totals).toMatchObject({ confirmed: 1, locked: 1 });
  expect(row(lockedId).state).toBe('locked');
  expect(view.canUndo).toBe(false);
  expect(act({ kind: 'undo' })).toMatchObject({ ok: false, failure: { key: 'nothingToUndo' } });
  ok({ kind: 'confirm', menteeIds: 'all' });
});

test('hand edits in the sheet are what the sidebar shows next, with warnings and a fix', () => {
  const sheetName = 'Matchningar';
  const [headers = [], ...rows] = em.sheet(sheetName);
  const col = (h: string) => headers.indexOf(h) + 1;
  // The group deletes the third pair's row and gives a full mentor one more mentee.
  const deletedMentee = rows[2]![col('Adept') - 1]!;
  em.spreadsheet.sheet(sheetName)!.deleteRows(4, 1);
  const after = em.sheet(sheetName).slice(1);
  const full = view.mentors.find((m) => m.used === m.capacity && m.capacity === 2)!;
  const fullEmail = after.find((r) => r[col('Mentor') - 1] === full.name)![col('Mentorns e-post') - 1]!;
  const target = after.findIndex((r) => r[col('Mentor') - 1] !== full.name);
  const moved = after[target]![col('Adept') - 1]!;
  em.spreadsheet.write(sheetName, target + 2, col('Mentorns e-post'), [[fullEmail]]);
  em.spreadsheet.write(sheetName, target + 2, col('Anteckningar'), [['=HYPERLINK("x") är text här']]);

  const stale = act({ kind: 'confirm', menteeIds: 'all' });
  expect(stale).toMatchObject({ ok: false, failure: { key: 'staleVersion' } });
  expect(message(stale)).toMatch(/Läs in igen/);

  view = value<WorkbenchView>(em, 'getWorkbench');
  expect(view.totals.matched).toBe(79);
  expect(view.unmatched.map((u) => row(u.menteeId).name)).toContain(deletedMentee);
  const movedRow = view.mentees.find((m) => m.name === moved)!;
  expect(movedRow).toMatchObject({ mentorId: full.id, warning: true, edited: true });
  expect(view.mentors.find((m) => m.id === full.id)!.used).toBe(capacityOf(full.id) + 1);
  // Each of the mentor's three pairs is warned: which one goes is the group's choice.
  expect(view.warnings).toHaveLength(3);
  for (const w of view.warnings) {
    expect(w).toMatchObject({ mentorId: full.id, fix: 'unassign', text: expect.stringMatching(new RegExp(`^${full.name} har fler adepter än 2 platser`)) });
  }
  // Proposing again does not repair it behind the group's back.
  ok({ kind: 'propose', settings: view.settings });
  expect(view.mentors.find((m) => m.id === full.id)!.used).toBe(3);
  // The fix the sidebar offers removes that pair; the group's note stays in its row.
  ok({ kind: 'unassign', menteeId: movedRow.id });
  expect(view.warnings).toEqual([]);
  const noteRow = records(em, sheetName).find((r) => r.Adept === moved)!;
  expect(noteRow).toMatchObject({ Mentor: '', Läge: '', Anteckningar: '=HYPERLINK("x") är text här' });
});

test('two sidebar sessions: the second, based on an old version, is refused and changes nothing', () => {
  const sessionA = value<WorkbenchView>(em, 'getWorkbench');
  const sessionB = value<WorkbenchView>(em, 'getWorkbench');
  expect(sessionB.version).toBe(sessionA.version);
  const [x, y] = sessionA.mentees.filter((m) => m.state === 'confirmed');
  const first = em.run<WorkbenchReply>('workbenchAction', { kind: 'unassign', menteeId: x!.id }, sessionA.version);
  expect(first.ok).toBe(true);
  const sheetBefore = em.sheet('Matchningar');
  const second = em.run<WorkbenchReply>('workbenchAction', { kind: 'unassign', menteeId: y!.id }, sessionB.version);
  expect(second).toEqual({ ok: false, failure: { key: 'staleVersion', values: {} } });
  expect(message(second)).toMatch(/^Någon annan har ändrat/);
  expect(em.sheet('Matchningar')).toEqual(sheetBefore);
  const reloaded = value<WorkbenchView>(em, 'getWorkbench');
  expect(reloaded.mentees.find((m) => m.id === y!.id)!.state).toBe('confirmed');
});

test('in an English program the sheet is "Matches" with English headers and states', () => {
  const english = makeDemoEmulator({ distDir: DIST, language: 'en' }).emulator;
  const first = value<WorkbenchView>(english, 'getWorkbench');
  const reply = english.run<WorkbenchReply>('workbenchAction', { kind: 'propose', settings: first.settings }, first.version);
  if (!reply.ok) throw new Error(message(reply, 'en'));
  const sheet = records(english, 'Matches');
  expect(sheet).toHaveLength(reply.value.totals.matched);
  expect(reply.value.totals.matched).toBeGreaterThan(70);
  // The midway check-in's columns (src/app/checkin.ts) follow the group's notes.
  const checkin = (['Mentee', 'Mentor'] as const).flatMap((w) => [`${w}: met`, `${w}: meetings`, `${w}: how it goes (1-5)`, `${w}: for the contact person`, `${w}: answered`]);
  expect(Object.keys(sheet[0]!)).toEqual(['Pair id', 'Mentee', 'Mentee email', 'Mentor', 'Mentor email', 'Score', 'Explanation', 'State', 'Confirmed by', 'Confirmed at', 'Notes', ...checkin, 'written']);
  expect(sheet[0]).toMatchObject({ State: 'proposed', Explanation: expect.stringMatching(/of 100 points/) });
  const stale = english.run<WorkbenchReply>('workbenchAction', { kind: 'undo' }, first.version);
  expect(message(stale, 'en')).toMatch(/^Someone else changed the matches/);
});

test('a withdrawn mentor in a confirmed pair is warned with the fix, not dropped', () => {
  view = value<WorkbenchView>(em, 'getWorkbench');
  const paired = view.mentees.find((m) => m.state === 'confirmed')!;
  const mentor = view.mentors.find((m) => m.id === paired.mentorId)!;
  const [headers = [], ...rows] = em.sheet('Mentors');
  const at = rows.findIndex((r) => r[headers.indexOf('Id')] === mentor.id);
  em.spreadsheet.write('Mentors', at + 2, headers.indexOf('Status') + 1, [['avanmäld']]);
  view = value<WorkbenchView>(em, 'getWorkbench');
  expect(row(paired.id)).toMatchObject({ state: 'confirmed', mentorId: mentor.id, warning: true });
  expect(view.warnings.filter((w) => w.menteeId === paired.id).map((w) => w.text)).toContain(`${mentor.name} är avanmäld. Ta bort paret.`);
  expect(act({ kind: 'confirm', menteeIds: [paired.id] })).toMatchObject({ ok: false, failure: { key: 'pairHasWarning' } });
});

test("the demo's 'matched' stage is reached through the sidebar's functions: confirmed pairs, one locked, one forbidden", () => {
  const matched = makeDemoEmulator({ distDir: DIST, stage: 'matched' }).emulator;
  const stage = value<WorkbenchView>(matched, 'getWorkbench');
  expect(stage.totals).toMatchObject({ matched: 80, confirmed: 79, locked: 1 });
  expect(stage.forbids).toHaveLength(1);
  const forbidden = stage.forbids[0]!;
  expect(stage.mentees.find((m) => m.id === forbidden.menteeId)!.mentorId).not.toBe(forbidden.mentorId);
  expect(records(matched, 'Matchningar').filter((r) => r.Läge === 'bekräftad')).toHaveLength(79);
  expect(matched.executions().filter((e) => e.name === 'workbenchAction').length).toBeGreaterThan(4);
});

test('a copied Mentors row blocks every change with the rows to fix; the view still loads', () => {
  const [, first] = em.sheet('Mentors');
  em.spreadsheet.appendRawRow('Mentors', first!);
  const rows = em.sheet('Mentors').length;
  view = value<WorkbenchView>(em, 'getWorkbench');
  const refused = act({ kind: 'propose', settings: view.settings });
  expect(refused).toMatchObject({ ok: false, failure: { key: 'duplicateId', where: { sheet: 'Mentors', rows: [2, rows] } } });
  expect(message(refused)).toMatch(/^Raderna 2 och \d+ i bladet Mentors har samma id/);
});
