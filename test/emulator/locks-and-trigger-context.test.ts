/**
 * This file defines the tests of the smaller lock and trigger facts: hasLock() is per Lock
 * object; getDocumentLock() (with the active spreadsheet and document properties) is null in
 * a published add-on's time-driven trigger but present in a bound script's; time-driven
 * triggers fire at a seeded minute within the hour, at most once an hour; and the daily
 * trigger runtime (90 minutes consumer, 6 hours Workspace) stops trigger runs once used up.
 */
import { TRIGGER_RUNTIME_MESSAGE } from '../../emulator';
import { scriptEmulator } from './helpers';

const CODE = `
function twoLocks() {
  var a = LockService.getDocumentLock(), b = LockService.getDocumentLock();
  var out = [a.hasLock(), a.tryLock(0), a.hasLock(), b.hasLock()];
  a.releaseLock();
  out.push(a.hasLock(), b.tryLock(0), b.hasLock());
  return out;
}
function hourly() { ScriptApp.newTrigger('context').timeBased().everyHours(1).create(); }
function context() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var seen = [ss === null ? 'no spreadsheet' : ss.getName(), PropertiesService.getDocumentProperties() === null ? 'no document properties' : 'document properties',
    LockService.getDocumentLock() === null ? 'no document lock' : 'document lock', LockService.getScriptLock() === null ? 'no script lock' : 'script lock'];
  PropertiesService.getScriptProperties().setProperty('seen', JSON.stringify(seen));
}
function busyTick() { Utilities.sleep(300000); }
function busyHourly() { ScriptApp.newTrigger('busyTick').timeBased().everyHours(1).create(); }
function fromMenu() { return SpreadsheetApp.getActive().getName(); }
`;

describe('locks', () => {
  test('hasLock is per lock object', () => {
    expect(scriptEmulator(CODE).run('twoLocks')).toEqual([false, true, true, false, false, true, true]);
  });
});

describe('what a time-driven trigger has as context', () => {
  test('a published add-on: no active spreadsheet, document properties or document lock', () => {
    const emu = scriptEmulator(CODE, { deployment: 'addon' });
    emu.run('hourly');
    expect(emu.advanceBy(2 * 3600_000).map((r) => r.status)).toEqual(['completed']);
    expect(JSON.parse(emu.properties('script').seen ?? '')).toEqual(['no spreadsheet', 'no document properties', 'no document lock', 'script lock']);
    // A menu click of the same add-on has the document.
    expect(emu.run('fromMenu')).toBe('Mentorprogram');
  });

  test('a container-bound script: the spreadsheet, its properties and its lock', () => {
    const emu = scriptEmulator(CODE, { deployment: 'bound' });
    emu.run('hourly');
    emu.advanceBy(2 * 3600_000);
    expect(JSON.parse(emu.properties('script').seen ?? '')).toEqual(['Mentorprogram', 'document properties', 'document lock', 'script lock']);
  });
});

describe('when time-driven triggers fire', () => {
  const firings = (seed: number) => {
    const emu = scriptEmulator(CODE, { seed, deployment: 'bound', callCostMs: { ScriptApp: 0, PropertiesService: 0, SpreadsheetApp: 0, LockService: 0 } });
    emu.run('hourly');
    return emu.advanceBy(6 * 3600_000).map((r) => Date.parse(r.start));
  };

  test('at a seeded minute within the hour, never on the hour, once an hour', () => {
    const minutes = [1, 2, 3, 4, 5].map((seed) => new Date(firings(seed)[0] ?? 0).getUTCMinutes());
    expect(new Set(minutes).size).toBeGreaterThan(1);
    for (const seed of [1, 2, 3, 4, 5]) {
      const times = firings(seed);
      // Created at 10:00: runs at 11:mm … 15:mm (the offset is at least a minute).
      expect(times.length).toBe(5);
      for (const t of times) expect(t % 3600_000).not.toBe(0);
      for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBe(3600_000);
    }
    expect(firings(1)).toEqual(firings(1));
  });
});

describe('the daily trigger runtime quota', () => {
  test('a consumer account gets 90 minutes of trigger runtime a day, then runs fail at once', () => {
    const emu = scriptEmulator(CODE, { account: 'consumer', callCostMs: { ScriptApp: 0, Utilities: 0 } });
    emu.run('busyHourly');
    const runs = emu.advanceBy(22 * 3600_000);
    // Five minutes each: 18 runs use the 90 minutes; the rest are refused before any code runs.
    expect(runs.filter((r) => r.status === 'completed')).toHaveLength(18);
    const refused = runs.filter((r) => r.error === TRIGGER_RUNTIME_MESSAGE);
    expect(refused).toHaveLength(3);
    expect(refused.every((r) => r.durationMs === 0)).toBe(true);
    expect(emu.triggerRuntimeRemainingMs()).toBe(0);
    // A menu click is no trigger: it still runs.
    expect(emu.run('fromMenu')).toBe('Mentorprogram');
    // 24 hours after the first run started (11:03:20) the quota is back.
    expect(emu.advanceBy(4 * 3600_000).map((r) => [r.start, r.status])).toEqual([
      ['2026-11-29T08:03:20.000Z', 'failed'],
      ['2026-11-29T09:03:20.000Z', 'failed'],
      ['2026-11-29T10:03:20.000Z', 'failed'],
      ['2026-11-29T11:03:20.000Z', 'completed'],
    ]);
  });

  test('Workspace accounts get 6 hours; a run that crosses the limit is stopped there', () => {
    const emu = scriptEmulator(CODE, { triggerRuntimeMs: 7 * 60_000, callCostMs: { ScriptApp: 0, Utilities: 0 } });
    expect(scriptEmulator(CODE).triggerRuntimeRemainingMs()).toBe(6 * 3600_000);
    emu.run('busyHourly');
    const [first, second] = emu.advanceBy(3 * 3600_000);
    expect(first?.status).toBe('completed');
    expect(second).toMatchObject({ status: 'failed', error: TRIGGER_RUNTIME_MESSAGE });
    expect(emu.triggerRuntimeRemainingMs()).toBe(0);
  });
});

describe('opening a spreadsheet by id, and how the script was installed', () => {
  const CODE = `
function openSelf() { return SpreadsheetApp.openById(SpreadsheetApp.getActiveSpreadsheet().getId()).getName(); }
function source() { return String(ScriptApp.getInstallationSource()); }
`;
  const manifest = (scopes: string[]) => ({ 'appsscript.json': JSON.stringify({ oauthScopes: scopes }) });

  test('openById needs the full spreadsheets scope, even for the current file', () => {
    const narrow = scriptEmulator(CODE, {}, manifest(['https://www.googleapis.com/auth/spreadsheets.currentonly']));
    expect(() => narrow.run('openSelf')).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    const full = scriptEmulator(CODE, {}, manifest(['https://www.googleapis.com/auth/spreadsheets']));
    expect(full.run('openSelf')).toBe('Mentorprogram');
  });

  test('a bound script is not installed as an add-on; a published add-on is', () => {
    expect(scriptEmulator(CODE, { deployment: 'bound' }).run('source')).toBe('NONE');
    expect(scriptEmulator(CODE, { deployment: 'addon' }).run('source')).toBe('APPS_MARKETPLACE_DOMAIN_ADD_ON');
  });
});
