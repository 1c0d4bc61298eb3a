/**
 * This file defines the tests of the emulated SpreadsheetApp (emulator/services/spreadsheet*.ts)
 * used directly, without the bundle or the call-counting proxy: how written values are read
 * (formula, apostrophe, number, boolean, date), display values, Google's errors for shape and
 * bounds, rows and sheets added and removed, frozen rows, the per-cell limit, formats, the UI
 * records and a sanity run on a 2,000 × 30 block. The context is a fixed fake: the clock stands
 * at 2026-11-28T10:00:00Z, ids count up, and dates are this realm's Date.
 */

import { createSpreadsheetApp } from '../../emulator/services/spreadsheet';
import { SheetDate } from '../../emulator/services/spreadsheet-common';
import { fakeContext } from './fake-context';

type Sheets = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup(locale?: string) {
  const ctx = fakeContext({ locale });
  const { service, model } = createSpreadsheetApp(ctx, { spreadsheetName: 'Mentors' });
  const app = service as unknown as Sheets;
  const ss = app.getActiveSpreadsheet();
  return { ctx, app, model, ss, sheet: ss.getSheets()[0]! };
}

describe('SpreadsheetApp basics', () => {
  it('starts with one 1000 × 26 sheet named Sheet1 (Blad1 in Swedish)', () => {
    const { ss, sheet, app } = setup();
    expect(ss.getName()).toBe('Mentors');
    expect(sheet.getName()).toBe('Sheet1');
    expect(sheet.getSheetId()).toBe(0);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1000, 26, 0, 0]);
    expect(app.openById(ss.getId()).getUrl()).toBe(ss.getUrl());
    expect(app.openByUrl(ss.getUrl()).getId()).toBe(ss.getId());
    expect(() => app.openById('nope')).toThrow(/Unexpected error while getting the method or property openById/);
    expect(setup('sv_SE').sheet.getName()).toBe('Blad1');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Stockholm');
  });

  it('returns a new facade per call, as Apps Script does', () => {
    const { ss } = setup();
    expect(ss.getSheetByName('Sheet1')).not.toBe(ss.getSheetByName('Sheet1'));
    expect(ss.getSheetByName('Sheet1')!.getSheetId()).toBe(ss.getActiveSheet().getSheetId());
  });
});

describe('value semantics', () => {
  it('turns "=" strings into formulas, with a HYPERLINK label or a #FORMULA placeholder as value', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['=HYPERLINK("https://x.se/a","Profil")', '=1+1', '=HYPERLINK("https://x.se")']]);
    const r = sheet.getRange('A1:C1');
    expect(r.getFormulas()).toEqual([['=HYPERLINK("https://x.se/a","Profil")', '=1+1', '=HYPERLINK("https://x.se")']]);
    expect(r.getValues()).toEqual([['Profil', '#FORMULA', 'https://x.se']]);
    sheet.getRange(2, 1).setValue('plain');
    expect(sheet.getRange(2, 1).getFormula()).toBe('');
    sheet.getRange(1, 2).setValue('now text');
    expect(sheet.getRange(1, 2).getFormula()).toBe('');
  });

  it('stores apostrophe-prefixed text literally and without the apostrophe', () => {
    const { sheet } = setup();
    sheet.appendRow(["'=SUM(A1)", "'0701234567", "'TRUE"]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=SUM(A1)', '0701234567', 'TRUE']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it('reads number-like text as numbers and TRUE/FALSE as booleans, unless the cell is plain text', () => {
    const { sheet } = setup();
    sheet.appendRow(['0701234567', '+46701234567', '-2.5', 'true', 'False', '1e3', '12 apples', '50%']);
    expect(sheet.getRange(1, 1, 1, 8).getValues()).toEqual([[701234567, 46701234567, -2.5, true, false, 1000, '12 apples', 0.5]]);
    sheet.getRange('A2:B2').setNumberFormat('@');
    sheet.getRange('A2:B2').setValues([['0701234567', 'TRUE']]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['0701234567', 'TRUE']]);
  });

  it('parses a Swedish decimal comma in a Swedish spreadsheet only', () => {
    const sv = setup('sv_SE').sheet;
    sv.getRange('A1').setValue('1,5');
    expect(sv.getRange('A1').getValue()).toBe(1.5);
    expect(sv.getRange('A1').getDisplayValue()).toBe('1,5');
    const en = setup().sheet;
    en.getRange('A1').setValue('1,500');
    expect(en.getRange('A1').getValue()).toBe(1500);
  });

  it('stores Dates, ISO date text and empties like Sheets', () => {
    const { sheet } = setup();
    const d = new Date('2026-11-28T10:00:00Z');
    sheet.appendRow([d, '2026-12-01', '2026-12-01 08:30', null, undefined, 42, false]);
    const [row] = sheet.getRange(1, 1, 1, 7).getValues();
    expect(row![0]).toEqual(d);
    expect(row![0]).not.toBe(d);
    expect((row![1] as Date).toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect((row![2] as Date).toISOString()).toBe('2026-12-01T07:30:00.000Z');
    expect(row!.slice(3)).toEqual(['', '', 42, false]);
    expect(sheet.getRange(1, 1, 1, 7).getDisplayValues()).toEqual([
      ['2026-11-28 11:00:00', '2026-12-01', '2026-12-01 08:30:00', '', '', '42', 'FALSE'],
    ]);
    expect(sheet.getRange('H1').setValue('2026-02-30').getValue()).toBe('2026-02-30');
  });

  it('formats numbers and dates with a number format', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[1.23456, 1234567, new Date('2026-11-28T10:05:09Z')]]);
    sheet.getRange('A1').setNumberFormat('0.00');
    sheet.getRange('B1').setNumberFormat('#,##0');
    sheet.getRange('C1').setNumberFormat('dd/mm/yyyy hh:mm');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1.23', '1,234,567', '28/11/2026 11:05']]);
    expect(sheet.getRange('A1:C1').getNumberFormats()).toEqual([['0.00', '#,##0', 'dd/mm/yyyy hh:mm']]);
    expect(sheet.getRange('D1').getNumberFormat()).toBe('0.###############');
  });

  it('refuses more than 50,000 characters in one cell', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(() => sheet.appendRow(['ok', 'y'.repeat(50_001)])).toThrow(/50000 characters/);
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });
});

describe('ranges and their errors', () => {
  it('rejects data whose shape differs from the range, with Google wording, and writes nothing', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setValues([[1, 2, 3], [4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('checks coordinates like Google', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A1:AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('nonsense!')).toThrow('Range not found');
  });

  it('knows its geometry and A1 notation', () => {
    const { sheet, ss } = setup();
    const r = sheet.getRange('B2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 2, 4, 3, 5, 4]);
    expect(r.getA1Notation()).toBe('B2:D5');
    expect(() => sheet.getRange(3, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(sheet.getRange('A:C').getA1Notation()).toBe('A:C');
    expect(sheet.getRange('A:C').getNumRows()).toBe(1000);
    expect(r.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(r.offset(1, 1, 1, 1).getA1Notation()).toBe('C3');
    ss.insertSheet("Bob's list");
    expect(ss.getRange("'Bob''s list'!B2").getSheet().getName()).toBe("Bob's list");
    expect(() => ss.getRange('Missing!A1')).toThrow('Range not found');
  });

  it('reports content extent, data range and blanks', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C4').setValue('x');
    sheet.getRange('B7').setValue('=NOW()');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
    expect(sheet.getRange('A1:B3').isBlank()).toBe(true);
    sheet.getRange('B7').clearContent();
    sheet.getRange('C4').clear();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  it('records formats, notes and validation, and enforces a rejecting rule', () => {
    const { sheet, app, model } = setup();
    const r = sheet.getRange('A1:B2');
    r.setBackground('red').setFontWeight('bold').setNote('check').setWrap(true);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000'], ['#ff0000', '#ff0000']]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('C1').getFontWeight()).toBe('normal');
    expect(sheet.getRange('A1').getNote()).toBe('check');
    expect(model.cell('Sheet1', 2, 2).extra).toMatchObject({ background: '#ff0000', fontWeight: 'bold', wrap: true });
    r.setFontWeights([['normal', null], [null, 'bold']]);
    expect(r.getFontWeights()).toEqual([['normal', 'normal'], ['normal', 'bold']]);
    const rule = app.newDataValidation().requireValueInList(['new', 'matched']).setAllowInvalid(false).build();
    sheet.getRange('D1:D10').setDataValidation(rule);
    expect(sheet.getRange('D3').getDataValidation()!.getCriteriaValues()[0]).toEqual(['new', 'matched']);
    sheet.getRange('D2').setValue('matched');
    expect(() => sheet.getRange('D3').setValue('other')).toThrow('violates the data validation rules');
    r.clearFormat();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A1').getNote()).toBe('check');
  });
});

describe('rows', () => {
  function numbered(sheet: Sheet, n: number) {
    for (let i = 1; i <= n; i++) sheet.appendRow([`r${i}`]);
  }

  it('appends after the last row with content and grows the grid', () => {
    const { sheet } = setup();
    sheet.getRange('A1000').setValue('last');
    sheet.appendRow(['a', 'b', 'c']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001:C1001').getValues()).toEqual([['a', 'b', 'c']]);
    sheet.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect(sheet.getMaxColumns()).toBe(30);
  });

  it('inserts and deletes rows, moving content and frozen rows', () => {
    const { sheet } = setup();
    numbered(sheet, 5);
    sheet.setFrozenRows(1);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual(['r1', '', '', 'r2']);
    sheet.insertRowBefore(1);
    expect(sheet.getFrozenRows()).toBe(2);
    sheet.insertRows(2, 1);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['', '', 'r1']);
    sheet.deleteRows(1, 4);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['', 'r2', 'r3']);
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.deleteRow(1);
    expect(sheet.getRange('A1').getValue()).toBe('r2');
    expect(sheet.getMaxRows()).toBe(999);
    expect(() => sheet.deleteRows(999, 2)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => sheet.insertRowsAfter(0, 1)).toThrow('Those rows are out of bounds.');
  });

  it('freezes rows and columns within the grid', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
    expect(() => sheet.setFrozenRows(1000)).toThrow(/freeze all visible rows/);
  });
});

describe('sheets', () => {
  it('inserts sheets with default or given names and positions, refusing duplicates', () => {
    const { ss } = setup();
    const s2 = ss.insertSheet();
    expect(s2.getName()).toBe('Sheet2');
    expect(ss.getActiveSheet().getName()).toBe('Sheet2');
    const first = ss.insertSheet('Matches', 0);
    expect(first.getIndex()).toBe(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Matches', 'Sheet1', 'Sheet2']);
    expect(() => ss.insertSheet('matches')).toThrow('A sheet with the name "matches" already exists. Please enter another name.');
    expect(() => s2.setName('Sheet1')).toThrow('A sheet with the name "Sheet1" already exists.');
    expect(ss.getSheetById(first.getSheetId())!.getName()).toBe('Matches');
    expect(first.getSheetId()).not.toBe(0);
    expect(first.getParent().getId()).toBe(ss.getId());
  });

  it('copies a template and deletes sheets, keeping at least one', () => {
    const { ss, sheet } = setup();
    sheet.appendRow(['Name', 'Email']);
    sheet.getRange('A1:B1').setFontWeight('bold');
    const copy = ss.insertSheet('Copy', { template: sheet });
    expect(copy.getRange('A1:B1').getValues()).toEqual([['Name', 'Email']]);
    expect(copy.getRange('B1').getFontWeight()).toBe('bold');
    ss.deleteSheet(sheet);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Copy']);
    expect(() => ss.deleteSheet(copy)).toThrow("You can't remove all the sheets in a document.");
    expect(() => ss.deleteSheet(sheet)).toThrow(/deleted/);
  });

  it('hides sheets and columns and records widths and tab colour', () => {
    const { ss, sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = ss.insertSheet('Other');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    sheet.hideColumns(2, 2);
    expect([2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, true, false]);
    sheet.showColumns(3);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    sheet.setColumnWidth(1, 240).setTabColor('#00FF00');
    expect(sheet.getColumnWidth(1)).toBe(240);
    expect(sheet.getTabColor()).toBe('#00ff00');
    sheet.appendRow(['a much longer piece of text']);
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
    expect(sheet.getFormUrl()).toBeNull();
  });

  it('counts cells against the 10,000,000 cell limit', () => {
    const { ss, sheet } = setup();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    sheet.insertRowsAfter(1000, 300_000);
    expect(() => ss.insertSheet('More')).not.toThrow();
  });
});

describe('UI', () => {
  it('records the add-on menu, sidebar, dialogs and alert answers', () => {
    const { app, model } = setup();
    const ui = app.getUi();
    ui.createAddonMenu().addItem('Open', 'showSidebar').addSeparator().addSubMenu(ui.createMenu('More').addItem('Help', 'help')).addToUi();
    ui.createAddonMenu().addItem('Open', 'showSidebar').addToUi();
    expect(model.ui.menus).toEqual([{ caption: '', addon: true, entries: [{ kind: 'item', caption: 'Open', functionName: 'showSidebar' }] }]);
    const output = { getContent: () => '<p>hi</p>', getTitle: () => 'Mentorprogram' };
    ui.showSidebar(output as unknown as GoogleAppsScript.HTML.HtmlOutput);
    expect(model.ui.sidebar).toMatchObject({ title: 'Mentorprogram', html: '<p>hi</p>' });
    expect(() => ui.showSidebar('x' as unknown as GoogleAppsScript.HTML.HtmlOutput)).toThrow(/don't match/);
    expect(ui.alert('Continue?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    model.ui.queuedAnswers.push({ button: 'CANCEL', text: 'typed' });
    const p = ui.prompt('Title', 'Name?', ui.ButtonSet.OK_CANCEL);
    expect([p.getSelectedButton(), p.getResponseText()]).toEqual(['CANCEL', 'typed']);
    expect(model.ui.alerts.map((a) => a.prompt)).toEqual(['Continue?', 'Name?']);
    model.ui.available = false;
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('records toasts and counts flushes', () => {
    const { app, ss, model } = setup();
    ss.toast('Saved', 'Mentorprogram', 3);
    app.flush();
    expect(model.active().toasts).toEqual([{ message: 'Saved', title: 'Mentorprogram', timeoutSeconds: 3, atMs: Date.parse('2026-11-28T10:00:00Z') }]);
    expect(model.flushCount).toBe(1);
  });
});

describe('model access', () => {
  it('reads display and raw values and appends raw rows without interpretation', () => {
    const { model, sheet } = setup();
    const row = model.appendRawRow('Sheet1', ['=1+1', '0701', new Date('2026-11-28T10:00:00Z'), null]);
    expect(row).toBe(1);
    expect(model.values('Sheet1')).toEqual([['=1+1', '0701', new Date('2026-11-28T10:00:00Z')]]);
    expect(model.displayValues('Sheet1')).toEqual([['=1+1', '0701', '2026-11-28 11:00:00']]);
    expect(model.formulas('Sheet1')).toEqual([['', '', '']]);
    expect(model.rawValues('Sheet1')[0]![2]).toBeInstanceOf(SheetDate);
    model.write('Sheet1', 2, 1, [['=HYPERLINK("u","L")', '7']], true);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['L', 7]]);
    expect(model.range('Sheet1', 2, 1, 1, 2).getA1Notation()).toBe('A2:B2');
    const ensured = model.ensureSheet('Log');
    expect(model.sheetNames()).toEqual(['Sheet1', 'Log']);
    expect(model.ensureSheet('Log')).toBe(ensured);
  });
});

describe('performance sanity', () => {
  it('writes and reads a 2,000 × 30 block', () => {
    const { sheet, model } = setup();
    const data = Array.from({ length: 2000 }, (_, i) => Array.from({ length: 30 }, (_, j) => (j === 0 ? i : `r${i}c${j}`)));
    sheet.insertRowsAfter(1000, 1001);
    sheet.appendRow(Array.from({ length: 30 }, (_, j) => `h${j}`));
    sheet.getRange(2, 1, 2000, 30).setValues(data);
    expect(sheet.getLastRow()).toBe(2001);
    expect(sheet.getLastColumn()).toBe(30);
    const back = sheet.getRange(2, 1, 2000, 30).getValues();
    expect(back).toEqual(data);
    expect(sheet.getDataRange().getDisplayValues()[2000]![29]).toBe('r1999c29');
    expect(model.displayValues('Sheet1')).toHaveLength(2001);
  });
});
