/**
 * This file defines the tests of overlapping executions: runConcurrently and
 * submitForms({ simultaneous: true }) start executions at (nearly) the same simulated instant,
 * a lock released by one stays busy for the others until its release, waits cost simulated
 * time, waitLock/tryLock time out as on Google, and a user's 31st simultaneous execution is
 * refused. The last test sends 500 sign-ups at once through two members' form-submit
 * triggers whose handler holds the document lock, as the add-on's does, for 2 seconds.
 */
import { LOCK_TIMEOUT_MESSAGE, TOO_MANY_SIMULTANEOUS_MESSAGE } from '../../emulator';
import { NOW, scriptEmulator } from './helpers';

const ANNA = 'anna@example.edu';
const BO = 'bo@example.edu';
const HOLD_MS = 2000;

const CODE = `
function locked(holdMs, timeoutMs) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(timeoutMs);
  try { Utilities.sleep(holdMs); } finally { lock.releaseLock(); }
}
function tries(timeoutMs) { return LockService.getDocumentLock().tryLock(timeoutMs); }
function sleepy(ms) { Utilities.sleep(ms); }
function setup() {
  var ss = SpreadsheetApp.getActive();
  var ids = {};
  ['mentor', 'mentee'].forEach(function (role) {
    var f = FormApp.create(role);
    f.addTextItem().setTitle('Name');
    f.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    f.setPublished(true);
    ids[role] = { formId: f.getId() };
  });
  PropertiesService.getDocumentProperties().setProperty('mp.forms', JSON.stringify(ids));
  ss.insertSheet('Log');
}
function install() { ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create(); }
function onSubmit(e) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  try {
    var start = new Date().toISOString();
    Utilities.sleep(${HOLD_MS});
    SpreadsheetApp.getActive().getSheetByName('Log').appendRow([e.namedValues.Name[0], Session.getEffectiveUser().getEmail(), "'" + start, "'" + new Date().toISOString()]);
  } finally { lock.releaseLock(); }
}
`;

const costs = { LockService: 0, Utilities: 0, SpreadsheetApp: 0, PropertiesService: 0, Session: 0 };

describe('overlapping executions', () => {
  test('they start at one instant, wait for the lock in order and time out after exactly the timeout', () => {
    const emu = scriptEmulator(CODE, { callCostMs: costs });
    const records = emu.runConcurrently(
      [0, 1, 2].map(() => ({ fn: 'locked', args: [10_000, 15_000] })),
      { spreadMs: 0 },
    );
    expect(records.map((r) => [r.start, r.durationMs, r.status, r.error])).toEqual([
      [NOW, 10_000, 'completed', null],
      [NOW, 20_000, 'completed', null], // waited 10 s, then held 10 s
      [NOW, 15_000, 'failed', LOCK_TIMEOUT_MESSAGE], // would have waited 20 s
    ]);
    expect(emu.now()).toBe('2026-11-28T10:00:20.000Z');
  });

  test('tryLock returns false after spending its timeout; a sequential run afterwards gets the lock at once', () => {
    const emu = scriptEmulator(CODE, { callCostMs: costs });
    emu.runConcurrently([{ fn: 'locked', args: [5000, 0] }, { fn: 'tries', args: [1000] }, { fn: 'tries', args: [6000] }], { spreadMs: 0 });
    const [, short, long] = emu.executions();
    expect([short?.durationMs, long?.durationMs]).toEqual([1000, 5000]);
    expect(emu.run('tries', 0)).toBe(true);
  });

  test('start times are seeded within spreadMs', () => {
    const starts = (seed: number) =>
      scriptEmulator(CODE, { seed, callCostMs: costs })
        .runConcurrently([0, 1, 2, 3].map(() => ({ fn: 'sleepy', args: [1] })), { spreadMs: 60_000 })
        .map((r) => Date.parse(r.start) - Date.parse(NOW));
    expect(starts(3)).toEqual(starts(3));
    expect(starts(3)).not.toEqual(starts(4));
    for (const offset of starts(3)) expect(offset >= 0 && offset < 60_000).toBe(true);
  });

  test("a user's 31st simultaneous execution is refused; another user's is not", () => {
    const emu = scriptEmulator(CODE, { users: [ANNA, BO], callCostMs: costs });
    const requests = [...Array.from({ length: 31 }, () => ({ fn: 'sleepy', args: [60_000] })), { fn: 'sleepy', args: [60_000], user: BO }];
    const records = emu.runConcurrently(requests, { spreadMs: 0 });
    expect(records.filter((r) => r.status === 'completed')).toHaveLength(31);
    expect(records[30]).toMatchObject({ status: 'failed', error: TOO_MANY_SIMULTANEOUS_MESSAGE, durationMs: 0, user: ANNA });
    expect(records[31]).toMatchObject({ status: 'completed', user: BO });
    // Once the first ones have ended, the user may run again.
    expect(emu.runConcurrently([{ fn: 'sleepy', args: [1] }])[0]?.status).toBe('completed');
  });

  test('500 sign-ups at once through two members’ triggers: lock timeouts and refused executions', () => {
    const emu = scriptEmulator(CODE, { users: [ANNA, BO] });
    emu.run('setup');
    emu.run('install');
    emu.as(BO).run('install');
    const list = Array.from({ length: 500 }, (_, i) => ({ role: i % 2 ? ('mentee' as const) : ('mentor' as const), answers: { Name: `P${i}` } }));
    const results = emu.submitForms(list, { simultaneous: true });
    const runs = results.flatMap((r) => r.executions);
    expect(results.every((r) => r.executions.length === 2)).toBe(true);
    expect(runs).toHaveLength(1000);

    // Both triggers start within one second and last over two: all 500 of each member overlap,
    // so exactly 30 of each run and 470 are refused.
    for (const user of [ANNA, BO]) {
      const mine = runs.filter((r) => r.user === user);
      expect(mine.filter((r) => r.error === TOO_MANY_SIMULTANEOUS_MESSAGE)).toHaveLength(470);
    }
    // Of the 60 that run, the lock serves one at a time for a little over 2 s; a waiter gives up
    // after 30 s. So 14 or 15 get through (30 s / 2 s, the one already holding it included).
    const ran = runs.filter((r) => r.error !== TOO_MANY_SIMULTANEOUS_MESSAGE);
    const done = ran.filter((r) => r.status === 'completed');
    const timedOut = ran.filter((r) => r.error === LOCK_TIMEOUT_MESSAGE);
    expect(done.length + timedOut.length).toBe(60);
    if (process.env.SHOW_FIGURES) console.log(`completed ${done.length}, lock timeouts ${timedOut.length}`);
    expect(done.length >= 14 && done.length <= 16).toBe(true);
    for (const r of timedOut) expect(r.durationMs >= 30_000 && r.durationMs < 30_200).toBe(true);

    // The Log rows: one per completed run, and the lock's holds never overlap.
    const log = emu.sheet('Log');
    expect(log).toHaveLength(done.length);
    const holds = log.map(([, , start, end]) => [Date.parse(start ?? ''), Date.parse(end ?? '')] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < holds.length; i++) expect((holds[i]?.[0] ?? 0) >= (holds[i - 1]?.[1] ?? 0)).toBe(true);
    expect(new Set(log.map((row) => row[1]))).toEqual(new Set([ANNA, BO]));
  });
});
