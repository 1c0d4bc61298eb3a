/**
 * This file defines the emulated Sheet: ranges by coordinates or A1 notation, content extent
 * (getLastRow/getLastColumn count only cells with content), appendRow, row insertion and
 * deletion with Google's bounds errors, frozen rows and columns, column visibility and widths,
 * tab state, and the link to a form (getFormUrl). Each call returns a new facade, as Apps
 * Script does, so code that compares sheets with === fails here as it would on Google.
 */
import type { EmulatorContext } from '../context';
import { MSG, attachInternal, internalOf, parseA1, signatureError, toInt } from './spreadsheet-common';
import { RangeFormatBase } from './spreadsheet-range-format';
import { RangeFacade } from './spreadsheet-range';
import { SpreadsheetFacade } from './spreadsheet-book';
import { SheetStore } from './spreadsheet-store';

export function sheetStoreOf(value: unknown): SheetStore | null {
  return internalOf(value, (s): s is SheetStore => s instanceof SheetStore);
}

/** Resolves an A1 reference on `sheet` to a range, failing with "Range not found" like Google. */
export function rangeFromA1(ctx: EmulatorContext, method: string, sheet: SheetStore, a1: string): RangeFacade {
  const ref = parseA1(a1);
  if (!ref) return ctx.fail(method, MSG.rangeNotFound);
  const endRow = ref.endRow ?? sheet.maxRows;
  const endCol = ref.endColumn ?? sheet.maxColumns;
  const row = Math.min(ref.row ?? 1, endRow);
  const col = Math.min(ref.column ?? 1, endCol);
  const numRows = Math.abs(endRow - (ref.row ?? 1)) + 1;
  const numCols = Math.abs(endCol - (ref.column ?? 1)) + 1;
  RangeFormatBase.checkBounds(ctx, method, sheet, row, col, numRows, numCols);
  const shape = ref.endRow === null ? 'columns' : ref.endColumn === null ? 'rows' : 'cells';
  return new RangeFacade(ctx, sheet, row, col, numRows, numCols, shape);
}

export class SheetFacade {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly sheet: SheetStore,
  ) {
    attachInternal(this, sheet);
  }

  private int(method: string, args: readonly unknown[], value: unknown): number {
    return toInt(this.ctx, method, args, value);
  }

  getName(): string {
    return this.sheet.name;
  }
  getSheetName(): string {
    return this.sheet.name;
  }
  setName(name: string): this {
    const n = String(name);
    if (n.trim() === '') this.ctx.fail('Sheet.setName', 'Sheet name cannot be empty.');
    if (this.sheet.book.nameTaken(n, this.sheet)) this.ctx.fail('Sheet.setName', MSG.sheetExists(n));
    this.sheet.name = n;
    return this;
  }
  getSheetId(): number {
    return this.sheet.sheetId;
  }
  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.sheet.book.sheets.indexOf(this.sheet) + 1;
  }
  getParent(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.ctx, this.sheet.book);
  }
  activate(): this {
    this.sheet.book.activeSheet = this.sheet;
    this.sheet.hidden = false;
    return this;
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): RangeFacade {
    const m = 'Sheet.getRange';
    const args = [rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined);
    if (typeof rowOrA1 === 'string' && args.length === 1) return rangeFromA1(this.ctx, m, this.sheet, rowOrA1);
    if (column === undefined) signatureError(this.ctx, m, args);
    const row = this.int(m, args, rowOrA1);
    const col = this.int(m, args, column);
    const nr = numRows === undefined ? 1 : this.int(m, args, numRows);
    const nc = numColumns === undefined ? 1 : this.int(m, args, numColumns);
    RangeFormatBase.checkBounds(this.ctx, m, this.sheet, row, col, nr, nc);
    return new RangeFacade(this.ctx, this.sheet, row, col, nr, nc);
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }

  /** A1 to the last cell with content; a single A1 cell for an empty sheet. */
  getDataRange(): RangeFacade {
    const rows = Math.max(1, this.sheet.lastRow());
    const cols = Math.max(1, this.sheet.lastColumn());
    return new RangeFacade(this.ctx, this.sheet, 1, 1, rows, cols);
  }

  getLastRow(): number {
    return this.sheet.lastRow();
  }
  getLastColumn(): number {
    return this.sheet.lastColumn();
  }
  getMaxRows(): number {
    return this.sheet.maxRows;
  }
  getMaxColumns(): number {
    return this.sheet.maxColumns;
  }

  /** Writes after the last row with content, growing the grid when needed, as Google does. */
  appendRow(rowContents: unknown[]): this {
    const m = 'Sheet.appendRow';
    if (!Array.isArray(rowContents)) signatureError(this.ctx, m, [rowContents]);
    if (rowContents.length === 0) this.ctx.fail(m, MSG.columnsAtLeastOne);
    const row = this.sheet.lastRow() + 1;
    this.sheet.ensureSize(m, row, rowContents.length);
    new RangeFacade(this.ctx, this.sheet, row, 1, 1, rowContents.length).setValues([Array.from(rowContents)]);
    return this;
  }

  private checkRowSpan(method: string, start: number, count: number, extendBy = 0): void {
    if (count < 1) this.ctx.fail(method, MSG.rowsAtLeastOne);
    if (start < 1 || start + count - 1 > this.sheet.maxRows + extendBy) this.ctx.fail(method, MSG.rowsOutOfBounds);
  }

  insertRows(rowIndex: number, numRows?: number): void {
    const m = 'Sheet.insertRows';
    const args = [rowIndex, numRows].filter((a) => a !== undefined);
    const at = this.int(m, args, rowIndex);
    const n = numRows === undefined ? 1 : this.int(m, args, numRows);
    this.checkRowSpan(m, at, 1);
    if (n < 1) this.ctx.fail(m, MSG.rowsAtLeastOne);
    this.sheet.insertRows(m, at, n);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    const m = 'Sheet.insertRowsBefore';
    const at = this.int(m, [beforePosition, howMany], beforePosition);
    const n = this.int(m, [beforePosition, howMany], howMany);
    this.checkRowSpan(m, at, 1);
    if (n < 1) this.ctx.fail(m, MSG.rowsAtLeastOne);
    this.sheet.insertRows(m, at, n);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    const m = 'Sheet.insertRowsAfter';
    const after = this.int(m, [afterPosition, howMany], afterPosition);
    const n = this.int(m, [afterPosition, howMany], howMany);
    this.checkRowSpan(m, after, 1);
    if (n < 1) this.ctx.fail(m, MSG.rowsAtLeastOne);
    this.sheet.insertRows(m, after + 1, n);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  deleteRow(rowPosition: number): this {
    this.deleteRowsImpl('Sheet.deleteRow', [rowPosition], rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteRowsImpl('Sheet.deleteRows', [rowPosition, howMany], rowPosition, howMany);
  }
  private deleteRowsImpl(m: string, args: unknown[], rowPosition: unknown, howMany: unknown): void {
    const start = this.int(m, args, rowPosition);
    const n = this.int(m, args, howMany);
    this.checkRowSpan(m, start, n);
    const frozen = this.sheet.frozenRows;
    const frozenDeleted = Math.max(0, Math.min(frozen, start + n - 1) - start + 1);
    if (this.sheet.maxRows - n - (frozen - frozenDeleted) < 1) this.ctx.fail(m, MSG.deleteAllRows);
    this.sheet.deleteRows(start, n);
  }

  setFrozenRows(rows: number): void {
    const n = this.int('Sheet.setFrozenRows', [rows], rows);
    if (n < 0 || n >= this.sheet.maxRows) this.ctx.fail('Sheet.setFrozenRows', "You can't freeze all visible rows on the sheet.");
    this.sheet.frozenRows = n;
  }
  getFrozenRows(): number {
    return this.sheet.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const n = this.int('Sheet.setFrozenColumns', [columns], columns);
    if (n < 0 || n >= this.sheet.maxColumns) {
      this.ctx.fail('Sheet.setFrozenColumns', "You can't freeze all visible columns on the sheet.");
    }
    this.sheet.frozenColumns = n;
  }
  getFrozenColumns(): number {
    return this.sheet.frozenColumns;
  }

  /** Clears values and formats (notes and validations too); options narrow it to one of them. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const all = !options?.contentsOnly && !options?.formatOnly;
    if (all || options?.contentsOnly) this.sheet.clearContents(1, 1, this.sheet.maxRows, this.sheet.maxColumns);
    if (all || options?.formatOnly) this.sheet.clearFormats(1, 1, this.sheet.maxRows, this.sheet.maxColumns, all);
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }

  getFormUrl(): string | null {
    return this.sheet.formUrl;
  }

  private columnSpan(method: string, args: readonly unknown[], index: unknown, count: unknown): [number, number] {
    const start = this.int(method, args, index);
    const n = count === undefined ? 1 : this.int(method, args, count);
    if (n < 1) this.ctx.fail(method, MSG.columnsAtLeastOne);
    if (start < 1 || start + n - 1 > this.sheet.maxColumns) this.ctx.fail(method, MSG.columnsOutOfBounds);
    return [start, n];
  }

  hideColumns(columnIndex: number, numColumns?: number): void {
    const [start, n] = this.columnSpan('Sheet.hideColumns', [columnIndex, numColumns], columnIndex, numColumns);
    for (let c = start; c < start + n; c++) this.sheet.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    const [start, n] = this.columnSpan('Sheet.showColumns', [columnIndex, numColumns], columnIndex, numColumns);
    for (let c = start; c < start + n; c++) this.sheet.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    const [c] = this.columnSpan('Sheet.isColumnHiddenByUser', [columnPosition], columnPosition, 1);
    return this.sheet.hiddenColumns.has(c);
  }

  setColumnWidth(columnPosition: number, width: number): this {
    const m = 'Sheet.setColumnWidth';
    const [c] = this.columnSpan(m, [columnPosition, width], columnPosition, 1);
    this.sheet.columnWidths.set(c, this.int(m, [columnPosition, width], width));
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    const m = 'Sheet.setColumnWidths';
    const [start, n] = this.columnSpan(m, [startColumn, numColumns, width], startColumn, numColumns);
    const w = this.int(m, [startColumn, numColumns, width], width);
    for (let c = start; c < start + n; c++) this.sheet.columnWidths.set(c, w);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    const [c] = this.columnSpan('Sheet.getColumnWidth', [columnPosition], columnPosition, 1);
    return this.sheet.columnWidths.get(c) ?? 100;
  }
  /** Fits columns to their longest displayed text (an estimate: 7 px per character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const m = 'Sheet.autoResizeColumns';
    const [start, n] = this.columnSpan(m, [startColumn, numColumns], startColumn, numColumns);
    const last = this.sheet.lastRow();
    for (let c = start; c < start + n; c++) {
      let longest = 0;
      for (let r = 1; r <= last; r++) longest = Math.max(longest, String(this.sheet.get(r, c)).length);
      this.sheet.columnWidths.set(c, Math.max(21, longest * 7 + 10));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideSheet(): this {
    const visible = this.sheet.book.sheets.filter((s) => !s.hidden && s !== this.sheet);
    if (visible.length === 0) this.ctx.fail('Sheet.hideSheet', "You can't hide all the sheets in a document.");
    this.sheet.hidden = true;
    return this;
  }
  showSheet(): this {
    this.sheet.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.sheet.hidden;
  }
  setTabColor(color: string | null): this {
    this.sheet.tabColor = color === null ? null : String(color).toLowerCase();
    return this;
  }
  getTabColor(): string | null {
    return this.sheet.tabColor;
  }
}
