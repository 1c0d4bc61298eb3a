/**
 * This file defines the tests of form submissions in the emulator: the add-on's form for a
 * role is found through the document property mp.forms, the response row lands in the
 * response sheet, and every form-submit trigger of the spreadsheet fires as its own
 * execution with Google's event object; a failing handler is logged, not thrown; several
 * responses submitted at once all land before the first trigger runs.
 */
import { scriptEmulator } from './helpers';

const SCRIPT = `
function setup() {
  var ss = SpreadsheetApp.getActive();
  var ids = {};
  ['mentor', 'mentee'].forEach(function (role) {
    var f = FormApp.create(role + ' form');
    f.addTextItem().setTitle('Name').setRequired(true);
    f.addTextItem().setTitle('Email');
    f.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    f.setPublished(true);
    ids[role] = { formId: f.getId() };
  });
  PropertiesService.getDocumentProperties().setProperty('mp.forms', JSON.stringify(ids));
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
}
function onSubmit(e) {
  var sheet = e.range.getSheet();
  var ui;
  try { SpreadsheetApp.getUi(); ui = 'available'; } catch (err) { ui = err.message; }
  var p = PropertiesService.getScriptProperties();
  var seen = JSON.parse(p.getProperty('seen') || '[]');
  seen.push({ sheet: sheet.getName(), row: e.range.getRow(), width: e.range.getNumColumns(), values: e.values, named: e.namedValues,
    lastRow: sheet.getLastRow(), auth: e.authMode, uid: e.triggerUid, array: e.values instanceof Array, source: e.source.getId() === SpreadsheetApp.getActive().getId(), ui: ui });
  p.setProperty('seen', JSON.stringify(seen));
  if (e.namedValues.Name[0] === 'Boom') throw new Error('handler failed');
}
`;

type Seen = {
  sheet: string;
  row: number;
  width: number;
  values: string[];
  named: Record<string, string[]>;
  lastRow: number;
  auth: string;
  uid: string;
  array: boolean;
  source: boolean;
  ui: string;
};
const seen = (emu: ReturnType<typeof scriptEmulator>): Seen[] => JSON.parse(emu.properties('script').seen ?? '[]');

describe('submitForm', () => {
  test('the row lands and the form-submit trigger runs with Google’s event', () => {
    const emu = scriptEmulator(SCRIPT, { locale: 'en_US' });
    emu.run('setup');
    const result = emu.submitForm('mentor', { Name: 'Ann', Email: 'ann@example.com' });
    const mentorForm = JSON.parse(emu.properties('document')['mp.forms'] ?? '{}').mentor.formId;
    expect(result).toMatchObject({ role: 'mentor', formId: mentorForm, row: 2, sheetName: expect.stringMatching(/^Form Responses \d$/) });
    expect(result.values.slice(1)).toEqual(['Ann', 'ann@example.com']);
    expect(result.executions).toEqual([expect.objectContaining({ name: 'onSubmit', kind: 'installable-trigger', authMode: 'FULL', status: 'completed' })]);
    const [event] = seen(emu);
    const uid = emu.triggers()[0]?.uid;
    expect(event).toEqual({
      sheet: result.sheetName,
      row: 2,
      width: 3,
      values: result.values,
      named: { Timestamp: [result.values[0]], Name: ['Ann'], Email: ['ann@example.com'] },
      lastRow: 2,
      auth: 'FULL',
      uid,
      array: true,
      source: true,
      ui: 'Cannot call SpreadsheetApp.getUi() from this context.',
    });
    expect(emu.sheet(result.sheetName)[1]?.slice(1)).toEqual(['Ann', 'ann@example.com']);
  });

  test('the two roles’ forms write to their own response sheets', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('setup');
    const mentor = emu.submitForm('mentor', { Name: 'Ann' });
    const mentee = emu.submitForm('mentee', { Name: 'Bo' });
    expect(mentor.sheetName).not.toBe(mentee.sheetName);
    expect(seen(emu).map((s) => s.sheet)).toEqual([mentor.sheetName, mentee.sheetName]);
    expect(emu.forms().map((f) => [f.title, f.published, f.accepting, f.items, f.responses])).toEqual([
      ['mentor form', true, true, ['Name', 'Email'], 1],
      ['mentee form', true, true, ['Name', 'Email'], 1],
    ]);
  });

  test('a failing handler is recorded in the executions log, not thrown', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('setup');
    const result = emu.submitForm('mentee', { Name: 'Boom' });
    expect(result.executions[0]).toMatchObject({ status: 'failed', error: 'handler failed' });
    expect(emu.executions().at(-1)).toMatchObject({ name: 'onSubmit', status: 'failed' });
  });

  test('without triggers the row still lands', () => {
    const emu = scriptEmulator(SCRIPT.replace("ScriptApp.newTrigger('onSubmit')", "if (false) ScriptApp.newTrigger('onSubmit')"));
    emu.run('setup');
    const result = emu.submitForm('mentor', { Name: 'Ann' });
    expect(result.executions).toEqual([]);
    expect(emu.sheet(result.sheetName)).toHaveLength(2);
  });

  test('before the add-on has made its forms, submitForm says so', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(() => emu.submitForm('mentor', { Name: 'Ann' })).toThrow("the add-on's record mp.forms names no mentor form");
  });

  test('submitForms lands every row before the first trigger runs', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('setup');
    const results = emu.submitForms([
      { role: 'mentor', answers: { Name: 'Ann' } },
      { role: 'mentor', answers: { Name: 'Bo' } },
      { role: 'mentor', answers: { Name: 'Cy' } },
    ]);
    expect(results.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(seen(emu).map((s) => [s.row, s.lastRow])).toEqual([
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });
});
