/**
 * This file defines the tests of the emulator's runtime: service-call counting and the
 * simulated clock, the 6-minute and 30-second limits, unsupported calls named by method,
 * AuthMode denials, the Date the bundle sees, values crossing the vm boundary, the
 * google.script.run JSON rules, logging, and fresh globals per execution.
 */
import { DEFAULT_CALL_COST_MS } from '../../emulator';
import { elapsed, NOW, scriptEmulator } from './helpers';

const SCRIPT = `
var counter = 0;
function touch(n) { for (var i = 0; i < n; i++) SpreadsheetApp.getActiveSpreadsheet(); return counter; }
function mixed() { PropertiesService.getDocumentProperties().setProperty('a', '1'); Utilities.getUuid(); SpreadsheetApp.getActive(); }
function bump() { counter++; return counter; }
function forever() { var caught = 0; for (;;) { try { SpreadsheetApp.getActive(); } catch (e) { caught++; if (caught > 3) return 'gave up'; } } }
function gmailSearch() { return GmailApp.search('x'); }
function fontFamily() { SpreadsheetApp.getActiveSheet().getRange(1, 1).setFontFamily('Arial'); }
function unknownEnum() { return HtmlService.FrameMode.FULL; }
function fetchIt() { return UrlFetchApp.fetch('https://example.com'); }
function readDocProps() { return PropertiesService.getDocumentProperties().getProperty('x'); }
function sendMail() { MailApp.sendEmail('a@example.com', 's', 'b'); }
function menuOnly() { SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addSeparator().addToUi(); }
function dates() {
  var made = new Date();
  var event = CalendarApp.getDefaultCalendar().createEvent('x', new Date(Date.now() + 3600000), new Date(Date.now() + 7200000));
  var start = event.getStartTime();
  return { now: made.toISOString(), nowMs: Date.now(), epoch: new Date(0).toISOString(), parsed: new Date('2020-01-02T03:04:05Z').getTime(),
    made: made instanceof Date, fromService: start instanceof Date, asString: typeof Date() };
}
function realms() {
  var keys = PropertiesService.getScriptProperties().getKeys();
  var caught;
  try { Utilities.formatDate('nope', 'UTC', 'yyyy'); } catch (e) { caught = e; }
  return { array: keys instanceof Array, error: caught instanceof Error, name: caught.name, message: caught.message };
}
function giveDate() { return new Date(); }
function echo(x) { return x; }
function logs() { Logger.log('count %s of %s', 1, 2); Logger.log({ a: 1 }); console.log('hello', 42); console.error('bad'); }
`;

describe('service calls and the simulated clock', () => {
  test('every call is counted per service and costs simulated time', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('touch', 3);
    emu.run('mixed');
    expect(emu.serviceCalls()).toEqual({ SpreadsheetApp: 4, PropertiesService: 2, Utilities: 1 });
    expect(emu.methodCalls()).toMatchObject({ 'SpreadsheetApp.getActiveSpreadsheet': 3, 'Properties.setProperty': 1 });
    const cost = 4 * DEFAULT_CALL_COST_MS.SpreadsheetApp + 2 * DEFAULT_CALL_COST_MS.PropertiesService + DEFAULT_CALL_COST_MS.Utilities;
    expect(elapsed(NOW, emu.now())).toBe(cost);
    emu.resetServiceCalls();
    expect(emu.serviceCalls()).toEqual({});
  });

  test('callCostMs overrides the cost of a service', () => {
    const emu = scriptEmulator(SCRIPT, { callCostMs: { SpreadsheetApp: 1000 } });
    emu.run('touch', 2);
    expect(elapsed(NOW, emu.now())).toBe(2000);
    expect(emu.executions()[0]).toMatchObject({ durationMs: 2000, serviceCalls: 2 });
  });

  test('past 6 minutes the next call throws, and the execution ends even if the script catches it', () => {
    const emu = scriptEmulator(SCRIPT, { callCostMs: { SpreadsheetApp: 1000 } });
    expect(() => emu.run('forever')).toThrow('Exceeded maximum execution time');
    const [record] = emu.executions();
    expect(record).toMatchObject({ status: 'timed-out', error: 'Exceeded maximum execution time' });
    // 361 calls fit (the 361st starts at exactly 6:00), the 362nd is refused.
    expect(record?.serviceCalls).toBe(361);
    expect(emu.run('touch', 1)).toBe(0);
  });

  test('simple triggers stop after 30 seconds', () => {
    const emu = scriptEmulator(`${SCRIPT}\nfunction onOpen() { for (var i = 0; i < 100; i++) SpreadsheetApp.getActive(); }`, {
      callCostMs: { SpreadsheetApp: 1000 },
    });
    const record = emu.runTrigger('onOpen', {}, { authMode: 'FULL' });
    expect(record).toMatchObject({ kind: 'simple-trigger', status: 'timed-out', serviceCalls: 31 });
  });
});

describe('unsupported calls fail loudly, naming the method', () => {
  const emu = scriptEmulator(SCRIPT);
  test.each([
    ['gmailSearch', 'GmailApp.search is not supported by the Mentorprogram emulator'],
    ['fontFamily', 'Range.setFontFamily is not supported by the Mentorprogram emulator'],
    ['unknownEnum', 'HtmlService.FrameMode.FULL is not supported by the Mentorprogram emulator'],
    ['fetchIt', 'UrlFetchApp.fetch is not supported by the Mentorprogram emulator'],
  ])('%s', (fn, message) => {
    expect(() => emu.run(fn)).toThrow(message);
  });
});

describe('AuthMode', () => {
  test('NONE allows building the add-on menu only', () => {
    const emu = scriptEmulator(`${SCRIPT}\nfunction onOpen(e) { menuOnly(); PropertiesService.getDocumentProperties(); }`);
    const record = emu.runTrigger('onOpen', { authMode: 'NONE' });
    expect(record.status).toBe('failed');
    expect(record.error).toBe('You do not have permission to call PropertiesService.getDocumentProperties.');
    expect(emu.ui().menus).toHaveLength(1);
  });

  test('NONE names the scope of a denied Google service', () => {
    const emu = scriptEmulator(`${SCRIPT}\nfunction onOpen(e) { SpreadsheetApp.getActiveSpreadsheet(); }`);
    expect(emu.runTrigger('onOpen', {}, { authMode: 'NONE' }).error).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
  });

  test('LIMITED reads document properties but cannot send mail', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(emu.runTrigger('readDocProps', {}, { authMode: 'LIMITED' }).status).toBe('completed');
    expect(emu.runTrigger('sendMail', {}, { authMode: 'LIMITED' }).error).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(emu.sentMail()).toEqual([]);
  });

  test('the event carries the AuthMode as ScriptApp.AuthMode', () => {
    const emu = scriptEmulator(`function onOpen(e) { Logger.log(String(e.authMode === ScriptApp.AuthMode.NONE)); }`);
    emu.runTrigger('onOpen', { authMode: 'NONE' });
    expect(emu.logs().map((l) => l.message)).toEqual(['true']);
  });
});

describe('the bundle realm', () => {
  test('new Date() and Date.now() give simulated time; other Dates behave normally', () => {
    const emu = scriptEmulator(SCRIPT);
    const r = emu.run<Record<string, unknown>>('dates');
    expect(r).toEqual({
      now: NOW,
      nowMs: Date.parse(NOW) + 2 * DEFAULT_CALL_COST_MS.CalendarApp + DEFAULT_CALL_COST_MS.CalendarApp,
      epoch: '1970-01-01T00:00:00.000Z',
      parsed: Date.parse('2020-01-02T03:04:05Z'),
      made: true,
      fromService: true,
      asString: 'string',
    });
  });

  test('arrays and errors from services belong to the bundle realm', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(emu.run('realms')).toEqual({
      array: true,
      error: true,
      name: 'Exception',
      message: "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    });
  });

  test('each execution starts with fresh globals, as on Apps Script', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(emu.run('bump')).toBe(1);
    expect(emu.run('bump')).toBe(1);
  });

  test('a missing function fails like Apps Script', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(() => emu.run('nope')).toThrow('Script function not found: nope');
  });

  test('Logger and console are captured with simulated time', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('logs');
    expect(emu.logs().map(({ source, level, message, at }) => ({ source, level, message, at }))).toEqual([
      { source: 'Logger', level: 'info', message: 'count 1 of 2', at: NOW },
      { source: 'Logger', level: 'info', message: '{"a":1}', at: NOW },
      { source: 'console', level: 'log', message: 'hello 42', at: NOW },
      { source: 'console', level: 'error', message: 'bad', at: NOW },
    ]);
  });
});

describe('run copies through JSON like google.script.run', () => {
  const emu = scriptEmulator(SCRIPT);
  test('plain values pass', () => {
    expect(emu.run('echo', { a: [1, 'x', null], b: { c: true } })).toEqual({ a: [1, 'x', null], b: { c: true } });
  });
  test('a Date argument is refused', () => {
    expect(() => emu.run('echo', { when: new Date() })).toThrow("run('echo') argument 0.when is a Date");
  });
  test('a Date result is refused', () => {
    expect(() => emu.run('giveDate')).toThrow('The result of giveDate is a Date');
  });
  test('runRaw passes values unchanged', () => {
    const d = new Date(0);
    expect(emu.runRaw('echo', d)).toBe(d);
  });
});

describe('service objects look like Apps Script objects', () => {
  test('they show no own properties', () => {
    const emu = scriptEmulator(`function inspect() { var p = PropertiesService.getScriptProperties(); return [JSON.stringify(p), Object.keys(p).length]; }`);
    expect(emu.run('inspect')).toEqual(['{}', 0]);
  });
});
