/**
 * This file defines the part of the emulated Range that concerns cell formatting: number
 * formats, font weight and colour, backgrounds, wrapping, alignment, notes and data validation.
 * Formatting is only recorded (sparsely, per cell) so tests and the preview can check it; the
 * one format with an effect on values is '@' (plain text), which stops number, boolean and
 * date parsing of later writes. RangeFacade (spreadsheet-range.ts) extends this class.
 */
import type { EmulatorContext } from '../context';
import { type CellExtra, MSG, columnLetters, signatureError } from './spreadsheet-common';
import type { SheetStore } from './spreadsheet-store';
import { DEFAULT_NUMBER_FORMAT } from './spreadsheet-values';
import { DataValidation, ruleOf } from './spreadsheet-validation';

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  orange: '#ffa500',
};

function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  return NAMED_COLORS[c] ?? c;
}

export class RangeFormatBase {
  constructor(
    protected readonly ctx: EmulatorContext,
    protected readonly sheet: SheetStore,
    protected readonly row: number,
    protected readonly column: number,
    protected readonly numRows: number,
    protected readonly numColumns: number,
  ) {}

  /** Rejects a 2-D argument whose shape differs from the range, with Google's wording. */
  protected checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) signatureError(this.ctx, method, [data]);
    const rows = data as unknown[][];
    if (rows.length !== this.numRows) {
      this.ctx.fail(
        method,
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.numRows}.`,
      );
    }
    for (const r of rows) {
      if (r.length !== this.numColumns) {
        this.ctx.fail(
          method,
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.numColumns}.`,
        );
      }
    }
    return rows;
  }

  protected cellA1(row: number, column: number): string {
    return `${columnLetters(column)}${row}`;
  }

  /** Sets `key` on every cell of the range; `null` removes it (Google's reset-to-default). */
  private setAll<K extends keyof CellExtra>(key: K, value: CellExtra[K] | null): this {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) this.setOne(i, j, key, value);
    }
    return this;
  }

  private setOne<K extends keyof CellExtra>(i: number, j: number, key: K, value: CellExtra[K] | null): void {
    const r = this.row + i;
    const c = this.column + j;
    if (value === null || value === undefined) {
      const e = this.sheet.extra(r, c);
      if (e) delete e[key];
    } else this.sheet.extraFor(r, c)[key] = value;
  }

  private setEach<K extends keyof CellExtra>(method: string, data: unknown, key: K, map: (v: unknown) => CellExtra[K] | null): this {
    const rows = this.checkShape(method, data);
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        this.setOne(i, j, key, map(v));
      });
    });
    return this;
  }

  private getEach<T>(read: (e: CellExtra | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.numColumns; j++) line.push(read(this.sheet.extra(this.row + i, this.column + j)));
      out.push(line);
    }
    return out;
  }

  setNumberFormat(numberFormat: string): this {
    return this.setAll('numberFormat', String(numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): this {
    return this.setEach('Range.setNumberFormats', numberFormats, 'numberFormat', (v) => String(v));
  }
  getNumberFormat(): string {
    return this.sheet.extra(this.row, this.column)?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): string[][] {
    return this.getEach((e) => e?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }

  setFontWeight(fontWeight: string | null): this {
    return this.setAll('fontWeight', fontWeight === null ? null : String(fontWeight));
  }
  setFontWeights(fontWeights: Array<Array<string | null>>): this {
    return this.setEach('Range.setFontWeights', fontWeights, 'fontWeight', (v) => (v === null ? null : String(v)));
  }
  getFontWeight(): string {
    return this.sheet.extra(this.row, this.column)?.fontWeight ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this.getEach((e) => e?.fontWeight ?? 'normal');
  }

  setFontColor(color: string | null): this {
    return this.setAll('fontColor', color === null ? null : normalizeColor(String(color)));
  }

  setBackground(color: string | null): this {
    return this.setAll('background', color === null ? null : normalizeColor(String(color)));
  }
  setBackgrounds(colors: Array<Array<string | null>>): this {
    return this.setEach('Range.setBackgrounds', colors, 'background', (v) => (v === null ? null : normalizeColor(String(v))));
  }
  getBackground(): string {
    return this.sheet.extra(this.row, this.column)?.background ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.getEach((e) => e?.background ?? '#ffffff');
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.setAll('wrap', Boolean(isWrapEnabled));
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this.setEach('Range.setWraps', isWrapEnabled, 'wrap', (v) => Boolean(v));
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.setAll('horizontalAlignment', alignment === null ? null : String(alignment));
  }

  setNote(note: string | null): this {
    return this.setAll('note', note === null || note === '' ? null : String(note));
  }
  setNotes(notes: Array<Array<string | null>>): this {
    return this.setEach('Range.setNotes', notes, 'note', (v) => (v === null || v === '' ? null : String(v)));
  }
  getNote(): string {
    return this.sheet.extra(this.row, this.column)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.getEach((e) => e?.note ?? '');
  }
  clearNote(): this {
    return this.setAll('note', null);
  }

  setDataValidation(rule: unknown): this {
    if (rule === null) return this.setAll('validation', null);
    const r = ruleOf(rule);
    if (!r) return signatureError(this.ctx, 'Range.setDataValidation', [rule]);
    return this.setAll('validation', r);
  }
  getDataValidation(): DataValidation | null {
    const rule = this.sheet.extra(this.row, this.column)?.validation;
    return rule ? new DataValidation(rule) : null;
  }
  getDataValidations(): Array<Array<DataValidation | null>> {
    return this.getEach((e) => (e?.validation ? new DataValidation(e.validation) : null));
  }
  clearDataValidations(): this {
    return this.setAll('validation', null);
  }

  clearFormat(): this {
    this.sheet.clearFormats(this.row, this.column, this.numRows, this.numColumns, false);
    return this;
  }

  /** Shared check for (row, column, numRows, numColumns) against the sheet's grid. */
  static checkBounds(
    ctx: EmulatorContext,
    method: string,
    sheet: SheetStore,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): void {
    if (row < 1) ctx.fail(method, MSG.rowTooSmall);
    if (column < 1) ctx.fail(method, MSG.columnTooSmall);
    if (numRows < 1) ctx.fail(method, MSG.rowsAtLeastOne);
    if (numColumns < 1) ctx.fail(method, MSG.columnsAtLeastOne);
    if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) ctx.fail(method, MSG.outside);
  }
}
