/**
 * This file defines the tests of cell-text protection: nothing an applicant types may become
 * a formula, number, boolean, date or error in the sheet, and reading back is exact.
 */
import fc from 'fast-check';
import { fromCellText, toCellText } from '../../../src/core/intake';
import { oracleSheet } from '../tables/sheet-oracle';

describe('toCellText', () => {
  it.each([
    ['=HYPERLINK("http://x","y")'],
    ['=1+1'],
    ['+46701234567'],
    ['+ 1'],
    ['-5'],
    ['- en punktlista'],
    ['@SUM(A1:A2)'],
    ['\tindented'],
    ['\rcarriage'],
    ['\nnewline'],
    [' =1+1'],
    ['0701234567'],
    ['701234567'],
    ['12'],
    ['3,5'],
    ['.5'],
    ['50%'],
    ['$5'],
    ['(12)'],
    ['12:30'],
    ['1/2'],
    ['2026-01-01'],
    ['2026-01-01T10:00:00.000Z'],
    ['TRUE'],
    ['false'],
    ['SANT'],
    ['May 5'],
    ['mars 2026'],
    ['#N/A'],
    ["'already quoted"],
  ])('protects %j with an apostrophe', (value) => {
    expect(toCellText(value)).toBe(`'${value}`);
    expect(fromCellText(toCellText(value))).toBe(value);
  });

  it.each([['Anna'], ['Stockholm'], ['Göteborg'], [''], ['😀 Emoji'], ['שלום'], ['مرحبا'], ['Maja'], ['Truesdale'], ['a@b.se']])(
    'leaves ordinary text %j alone',
    (value) => {
      expect(toCellText(value)).toBe(value);
      expect(fromCellText(value)).toBe(value);
    },
  );

  it('round-trips every string, and the emulated Sheets stores every one literally (property)', () => {
    // The oracle is the emulator's reading of setValues input (emulator/services/spreadsheet-values.ts),
    // not needsProtection: a value is stored literally when Sheets returns exactly it, as text,
    // shows exactly it and holds no formula.
    const sheet = oracleSheet();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const values = [a, b, `=${a}`, `'${b}`, `+${b}`, `-${b}`, `@${b}`, `'=${b}`, `${b}%`, ` 0${b}`];
        sheet.write({ row: 1, column: 1, values: [values.map(toCellText)] });
        const stored = sheet.snapshot();
        expect(stored.values[0]).toEqual(values);
        expect(stored.formulas[0]).toEqual(values.map(() => ''));
        expect(sheet.display()[0]).toEqual(values);
        for (const value of values) expect(fromCellText(toCellText(value))).toBe(value);
      }),
      { seed: 7 },
    );
  });
});
