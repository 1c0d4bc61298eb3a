/**
 * This file defines the tests of ScriptApp: enums, trigger creation and listing, the
 * add-on trigger rules (this document only, one per type, at most hourly, 20 per user),
 * authorization info, and time-driven triggers firing as the clock moves.
 */
import { scriptEmulator } from './helpers';

const SCRIPT = `
function enums() { return [ScriptApp.AuthMode.FULL, ScriptApp.EventType.ON_FORM_SUBMIT, ScriptApp.TriggerSource.CLOCK, ScriptApp.AuthorizationStatus.REQUIRED]; }
function formTrigger() {
  var t = ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
  return [t.getHandlerFunction(), t.getEventType(), t.getTriggerSource(), t.getTriggerSourceId() === SpreadsheetApp.getActive().getId(), t.getUniqueId()];
}
function hourly(n) { return ScriptApp.newTrigger('tick').timeBased().everyHours(n || 1).create().getUniqueId(); }
function minutes() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(30).create(); }
function otherFile() { ScriptApp.newTrigger('x').forSpreadsheet('some-other-id').onOpen().create(); }
function once(iso) { ScriptApp.newTrigger('tick').timeBased().at(new Date(iso)).create(); }
function after(ms) { ScriptApp.newTrigger('tick').timeBased().after(ms).create(); }
function daily(h) { ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(h).create(); }
function listing() {
  var ss = SpreadsheetApp.getActive();
  return { user: ScriptApp.getUserTriggers(ss).map(function (t) { return t.getEventType(); }),
    project: ScriptApp.getProjectTriggers().map(function (t) { return t.getEventType(); }) };
}
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); return ScriptApp.getProjectTriggers().length; }
function auth() { var i = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL); return [i.getAuthorizationStatus(), i.getAuthorizationUrl()]; }
function tick(e) {
  var p = PropertiesService.getScriptProperties();
  p.setProperty('ticks', (p.getProperty('ticks') || '') + new Date().toISOString() + '|' + e.triggerUid + '|' + e.hour + ';');
}
function failing() { throw new Error('boom'); }
`;

const ticks = (value: string | undefined) => (value ?? '').split(';').filter(Boolean).map((t) => t.split('|')[0]);

describe('ScriptApp triggers', () => {
  test('enums are exposed', () => {
    expect(scriptEmulator(SCRIPT).run('enums')).toEqual(['FULL', 'ON_FORM_SUBMIT', 'CLOCK', 'REQUIRED']);
  });

  test('a form-submit trigger on this spreadsheet', () => {
    const emu = scriptEmulator(SCRIPT);
    const [handler, type, source, sameDoc, uid] = emu.run<unknown[]>('formTrigger');
    expect([handler, type, source, sameDoc]).toEqual(['onSubmit', 'ON_FORM_SUBMIT', 'SPREADSHEETS', true]);
    expect(emu.triggers()).toEqual([
      expect.objectContaining({ uid, handler: 'onSubmit', eventType: 'ON_FORM_SUBMIT', source: 'SPREADSHEETS', nextRun: null }),
    ]);
  });

  test('one trigger of each type per user per document', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('formTrigger');
    expect(() => emu.run('formTrigger')).toThrow(
      'This add-on has created too many form submit triggers in this document for this Google user account.',
    );
    emu.run('hourly');
    expect(() => emu.run('hourly')).toThrow('This add-on has created too many time-based triggers in this document');
    expect(emu.triggers()).toHaveLength(2);
  });

  test('time-driven triggers may not run more often than hourly', () => {
    expect(() => scriptEmulator(SCRIPT).run('minutes')).toThrow('more frequently than once per hour');
  });

  test('add-ons create triggers only for their own document', () => {
    expect(() => scriptEmulator(SCRIPT).run('otherFile')).toThrow('Add-ons can only create triggers for the file in which the add-on is used.');
  });

  test('at most 20 triggers per user per script', () => {
    const emu = scriptEmulator(SCRIPT);
    // One per type is allowed per document, so fill the registry through other documents' records.
    const records = (emu as unknown as { assembled: { triggers: { all(): { documentId: string }[] } } }).assembled.triggers.all();
    for (let i = 0; i < 20; i++) {
      emu.run('hourly');
      const last = records[records.length - 1];
      if (last) last.documentId = `elsewhere-${i}`;
    }
    expect(() => emu.run('formTrigger')).toThrow('This script has too many triggers.');
  });

  test('getUserTriggers lists the document’s triggers, getProjectTriggers all; deleteTrigger removes', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('formTrigger');
    emu.run('hourly');
    expect(emu.run('listing')).toEqual({ user: ['ON_FORM_SUBMIT'], project: ['ON_FORM_SUBMIT', 'CLOCK'] });
    expect(emu.run('removeAll')).toBe(0);
    expect(emu.triggers()).toEqual([]);
  });

  test('getAuthorizationInfo', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(emu.run('auth')).toEqual(['NOT_REQUIRED', null]);
    emu.setAuthorizationRequired(true);
    expect(emu.run<string[]>('auth')[0]).toBe('REQUIRED');
  });
});

describe('time-driven triggers fire as the clock advances', () => {
  test('everyHours(n) fires every n hours at a seeded minute past the hour, each run its own execution', () => {
    const emu = scriptEmulator(SCRIPT, { callCostMs: { ScriptApp: 0, PropertiesService: 0 } });
    const uid = emu.run<string>('hourly', 2);
    const fired = emu.advanceTo('2026-11-28T16:30:00Z');
    expect(fired.map((r) => [r.name, r.kind, r.start, r.status, r.triggerUid])).toEqual([
      ['tick', 'time-driven', '2026-11-28T12:03:20.000Z', 'completed', uid],
      ['tick', 'time-driven', '2026-11-28T14:03:20.000Z', 'completed', uid],
      ['tick', 'time-driven', '2026-11-28T16:03:20.000Z', 'completed', uid],
    ]);
    expect(ticks(emu.properties('script').ticks)).toEqual(['2026-11-28T12:03:20.000Z', '2026-11-28T14:03:20.000Z', '2026-11-28T16:03:20.000Z']);
    expect(emu.properties('script').ticks).toContain(`|${uid}|12;`);
    expect(emu.now()).toBe('2026-11-28T16:30:00.000Z');
    expect(emu.triggers()[0]?.nextRun).toBe('2026-11-28T18:03:20.000Z');
  });

  test('at(date) fires once and stays listed', () => {
    const emu = scriptEmulator(SCRIPT, { callCostMs: { ScriptApp: 0, PropertiesService: 0 } });
    emu.run('once', '2026-11-29T08:00:00Z');
    expect(emu.advanceBy(2 * 24 * 3600 * 1000).map((r) => r.start)).toEqual(['2026-11-29T08:00:00.000Z']);
    expect(emu.triggers()).toEqual([expect.objectContaining({ eventType: 'CLOCK', nextRun: null })]);
  });

  test('after(ms) and everyDays().atHour() in the script time zone', () => {
    const emu = scriptEmulator(SCRIPT, { callCostMs: { ScriptApp: 0, PropertiesService: 0 } });
    emu.run('after', 90 * 60 * 1000);
    expect(emu.advanceTo('2026-11-28T12:00:00Z').map((r) => r.start)).toEqual(['2026-11-28T11:30:00.000Z']);
    emu.run('removeAll');
    emu.run('daily', 7);
    // 07:00 in Stockholm is 06:00 UTC in winter; Google fires within the hour (here at :15, seeded).
    expect(emu.advanceTo('2026-11-30T12:00:00Z').map((r) => r.start)).toEqual(['2026-11-29T06:15:00.000Z', '2026-11-30T06:15:00.000Z']);
  });

  test('a failing handler is recorded, not thrown', () => {
    const emu = scriptEmulator(SCRIPT.replace("newTrigger('tick').timeBased().everyHours", "newTrigger('failing').timeBased().everyHours"));
    emu.run('hourly');
    const [run] = emu.advanceTo('2026-11-28T11:30:00Z');
    expect(run).toMatchObject({ name: 'failing', status: 'failed', error: 'boom' });
    expect(emu.executions().map((r) => r.status)).toEqual(['completed', 'failed']);
  });

  test('the clock never moves backwards', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(() => emu.advanceTo('2026-11-27T00:00:00Z')).toThrow('is before the simulated now');
  });
});
