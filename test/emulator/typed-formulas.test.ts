/**
 * This file defines the tests of what becomes a formula when a script writes text: '=' as
 * before, and also '+', '-' or '@' before anything but a plain number or percentage, as a
 * person typing it would get (the stricter reading; README § Modelled behaviour). A leading
 * apostrophe keeps any of them as text, which is what the add-on's intake relies on.
 */
import { createSpreadsheetApp } from '../../emulator/services/spreadsheet';
import { fakeContext } from './fake-context';

function sheet(locale = 'en_US') {
  const { service } = createSpreadsheetApp(fakeContext({ locale }), { spreadsheetName: 'T' });
  return (service as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheets()[0]!;
}

describe('text written with setValue/setValues that a person would get as a formula', () => {
  test('an unprotected +1+2 becomes a formula', () => {
    const s = sheet();
    s.getRange('A1').setValue('+1+2');
    expect(s.getRange('A1').getFormula()).toBe('=+1+2');
    expect(s.getRange('A1').getValue()).toBe('#FORMULA');
  });

  test.each([['-A1'], ['+SUM(A1)'], ['-=x'], ['@SUM(A1)'], ['@anna'], ['+46 70 123 45 67'], ['- item']])('%s is a formula', (text) => {
    const s = sheet();
    s.getRange('A1:B1').setValues([[text, 'plain']]);
    expect(s.getRange('A1:B1').getFormulas()).toEqual([[`=${text}`, '']]);
  });

  test('signed numbers and percentages stay numbers, a lone sign stays text', () => {
    const s = sheet();
    s.getRange('A1:E1').setValues([['-5', '+12.5', '-5%', '-', '+']]);
    expect(s.getRange('A1:E1').getFormulas()).toEqual([['', '', '', '', '']]);
    expect(s.getRange('A1:E1').getValues()).toEqual([[-5, 12.5, -0.05, '-', '+']]);
    const sv = sheet('sv_SE');
    sv.getRange('A1').setValue('-1,5');
    expect(sv.getRange('A1').getValue()).toBe(-1.5);
  });

  test('a leading apostrophe keeps each of them as text, appendRow included', () => {
    const s = sheet();
    s.getRange('A1:D1').setValues([["'+1+2", "'-A1", "'@x", "'=y"]]);
    s.appendRow(["'+SUM(A1)", '+SUM(A1)']);
    expect(s.getRange('A1:D2').getFormulas()).toEqual([
      ['', '', '', ''],
      ['', '=+SUM(A1)', '', ''],
    ]);
    expect(s.getRange('A1:D1').getValues()).toEqual([['+1+2', '-A1', '@x', '=y']]);
  });
});
