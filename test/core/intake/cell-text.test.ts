/**
 * This file defines the tests of cell-text protection: nothing an applicant types may become
 * a formula, number, boolean, date or error in the sheet, and reading back is exact.
 */
import fc from 'fast-check';
import { fromCellText, needsProtection, toCellText } from '../../../src/core/intake';

/** What Sheets stores for a string written with setValues, as far as text goes. */
function sheetsStores(written: string): { literal: string } | { interpreted: string } {
  if (written.startsWith("'")) return { literal: written.slice(1) };
  return needsProtection(written) ? { interpreted: written } : { literal: written };
}

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

  it('round-trips every string, and Sheets stores every one literally (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        for (const value of [a, b, `=${a}`, `'${b}`, `+${b}`]) {
          const written = toCellText(value);
          expect(fromCellText(written)).toBe(value);
          const stored = sheetsStores(written);
          expect(stored).toEqual({ literal: value });
          // What real Sheets returns (no apostrophe) reads back unchanged too, bar "'" + protected text.
          if (!(value.startsWith("'") && needsProtection(value.slice(1)))) expect(fromCellText(value)).toBe(value);
        }
      }),
      { seed: 7 },
    );
  });
});
