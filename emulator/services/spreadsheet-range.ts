/**
 * This file defines the emulated Range: reading and writing values, display values and
 * formulas, geometry (row, column, size, A1 notation, getCell, offset) and clearing. Writes go
 * through parseInput (spreadsheet-values.ts), so a string starting with '=' becomes a formula
 * exactly where it would on Google. A multi-cell write is parsed completely before anything is
 * stored, so a rejected call leaves the sheet unchanged.
 */
import type { EmulatorContext } from '../context';
import { type CellValue, SheetDate, columnLetters, toInt } from './spreadsheet-common';
import { RangeFormatBase } from './spreadsheet-range-format';
import { SheetFacade } from './spreadsheet-sheet';
import type { SheetStore } from './spreadsheet-store';
import { ruleAccepts } from './spreadsheet-validation';
import { type ParsedInput, displayValue, parseInput } from './spreadsheet-values';

/** How getA1Notation prints the range: 'A1:C3', whole columns 'A:C', or whole rows '1:3'. */
export type A1Shape = 'cells' | 'columns' | 'rows';

export class RangeFacade extends RangeFormatBase {
  constructor(
    ctx: EmulatorContext,
    sheet: SheetStore,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    private readonly shape: A1Shape = 'cells',
  ) {
    super(ctx, sheet, row, column, numRows, numColumns);
  }

  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  getGridId(): number {
    return this.sheet.sheetId;
  }
  getSheet(): SheetFacade {
    return new SheetFacade(this.ctx, this.sheet);
  }

  getA1Notation(): string {
    const lastRow = this.getLastRow();
    const lastCol = this.getLastColumn();
    if (this.shape === 'columns') return `${columnLetters(this.column)}:${columnLetters(lastCol)}`;
    if (this.shape === 'rows') return `${this.row}:${lastRow}`;
    const start = this.cellA1(this.row, this.column);
    return this.numRows === 1 && this.numColumns === 1 ? start : `${start}:${this.cellA1(lastRow, lastCol)}`;
  }

  /** A cell relative to this range (1-based), which must lie inside it. */
  getCell(row: number, column: number): RangeFacade {
    const m = 'Range.getCell';
    const r = toInt(this.ctx, m, [row, column], row);
    const c = toInt(this.ctx, m, [row, column], column);
    if (r < 1 || c < 1 || r > this.numRows || c > this.numColumns) {
      this.ctx.fail(m, 'The coordinates of the cell are outside the dimensions of the range.');
    }
    return new RangeFacade(this.ctx, this.sheet, this.row + r - 1, this.column + c - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeFacade {
    const m = 'Range.offset';
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    const row = this.row + toInt(this.ctx, m, args, rowOffset);
    const col = this.column + toInt(this.ctx, m, args, columnOffset);
    const nr = numRows === undefined ? this.numRows : toInt(this.ctx, m, args, numRows);
    const nc = numColumns === undefined ? this.numColumns : toInt(this.ctx, m, args, numColumns);
    RangeFormatBase.checkBounds(this.ctx, m, this.sheet, row, col, nr, nc);
    return new RangeFacade(this.ctx, this.sheet, row, col, nr, nc);
  }

  activate(): this {
    this.sheet.book.activeSheet = this.sheet;
    return this;
  }

  private readCell(row: number, column: number): unknown {
    const v = this.sheet.get(row, column);
    return v instanceof SheetDate ? this.ctx.makeDate(v.ms) : v;
  }

  getValue(): unknown {
    return this.readCell(this.row, this.column);
  }

  getValues(): unknown[][] {
    const out: unknown[][] = new Array(this.numRows);
    const c0 = this.column - 1;
    for (let i = 0; i < this.numRows; i++) {
      const src = this.sheet.cells[this.row - 1 + i];
      const line: unknown[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) {
        const v = src?.[c0 + j] ?? '';
        line[j] = v instanceof SheetDate ? this.ctx.makeDate(v.ms) : v;
      }
      out[i] = line;
    }
    return out;
  }

  getDisplayValue(): string {
    return displayValue(this.sheet.get(this.row, this.column), this.sheet.extra(this.row, this.column)?.numberFormat, this.ctx);
  }

  getDisplayValues(): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const r = this.row + i;
      const line: string[] = [];
      for (let j = 0; j < this.numColumns; j++) {
        const c = this.column + j;
        line.push(displayValue(this.sheet.get(r, c), this.sheet.extra(r, c)?.numberFormat, this.ctx));
      }
      out.push(line);
    }
    return out;
  }

  getFormula(): string {
    return this.sheet.extra(this.row, this.column)?.formula ?? '';
  }

  getFormulas(): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: string[] = [];
      for (let j = 0; j < this.numColumns; j++) line.push(this.sheet.extra(this.row + i, this.column + j)?.formula ?? '');
      out.push(line);
    }
    return out;
  }

  /** Parses one input for the cell at (row, column), applying the cell's '@' format and validation. */
  private parseFor(method: string, row: number, column: number, input: unknown): ParsedInput {
    const extra = this.sheet.extra(row, column);
    const parsed = parseInput(this.ctx, method, input, extra?.numberFormat === '@');
    if (extra?.validation && !ruleAccepts(extra.validation, parsed.value, this.ctx)) {
      this.ctx.fail(
        method,
        `The data you entered in cell ${this.cellA1(row, column)} violates the data validation rules set on this cell.`,
      );
    }
    return parsed;
  }

  private store(row: number, column: number, p: ParsedInput): void {
    this.sheet.setValue(row, column, p.value);
    this.sheet.setFormula(row, column, p.formula);
    if (p.autoFormat && !this.sheet.extra(row, column)?.numberFormat) this.sheet.extraFor(row, column).numberFormat = p.autoFormat;
  }

  setValue(value: unknown): this {
    const parsed: ParsedInput[] = [];
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) parsed.push(this.parseFor('Range.setValue', this.row + i, this.column + j, value));
    }
    let k = 0;
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) this.store(this.row + i, this.column + j, parsed[k++]!);
    }
    return this;
  }

  setValues(values: unknown[][]): this {
    const m = 'Range.setValues';
    const rows = this.checkShape(m, values);
    const parsed: ParsedInput[][] = rows.map((r, i) => r.map((v, j) => this.parseFor(m, this.row + i, this.column + j, v)));
    parsed.forEach((line, i) => {
      const r = this.row + i;
      const target = this.sheet.rowFor(r);
      while (target.length < this.column - 1) target.push('');
      line.forEach((p, j) => {
        const c = this.column + j;
        target[c - 1] = p.value;
        if (p.formula !== undefined || p.autoFormat !== undefined || this.sheet.extras[r - 1]) this.store(r, c, p);
      });
    });
    return this;
  }

  setFormula(formula: string): this {
    return this.setValue(String(formula));
  }

  setFormulas(formulas: string[][]): this {
    const rows = this.checkShape('Range.setFormulas', formulas);
    return this.setValues(rows.map((r) => r.map((f) => String(f))));
  }

  isBlank(): boolean {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) {
        if (this.sheet.get(this.row + i, this.column + j) !== '') return false;
        if (this.sheet.extra(this.row + i, this.column + j)?.formula !== undefined) return false;
      }
    }
    return true;
  }

  clearContent(): this {
    this.sheet.clearContents(this.row, this.column, this.numRows, this.numColumns);
    return this;
  }

  /** clear() empties everything; the options narrow it, as documented for Range.clear(options). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): this {
    const o = options ?? {};
    const narrowed = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!narrowed || o.contentsOnly) this.clearContent();
    if (!narrowed) this.sheet.clearFormats(this.row, this.column, this.numRows, this.numColumns, true);
    if (o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this;
  }
}

/** Values as stored, for the model's uncounted reads. */
export function rawBlock(sheet: SheetStore, numRows: number, numColumns: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let i = 0; i < numRows; i++) {
    const src = sheet.cells[i];
    const line: CellValue[] = [];
    for (let j = 0; j < numColumns; j++) line.push(src?.[j] ?? '');
    out.push(line);
  }
  return out;
}
