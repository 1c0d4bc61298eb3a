/**
 * This file defines the storage behind the emulated spreadsheets: one SpreadsheetStore per file
 * with its SheetStores. A sheet keeps its values as plain row arrays (short rows and a short row
 * list stand for empty cells) and everything else about a cell (formula, formats, note,
 * validation) in a sparse per-row map, so blocks of thousands of rows read and write quickly and
 * inserting or deleting rows is a splice. Coordinates are 1-based, as in Apps Script. Nothing
 * here counts as a service call; facades and the emulator's model both build on it.
 */
import type { EmulatorContext } from '../context';
import {
  type CellExtra,
  type CellValue,
  MAX_CELLS,
  MSG,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
} from './spreadsheet-common';

export class SheetStore {
  readonly cells: CellValue[][] = [];
  readonly extras: Array<Map<number, CellExtra> | undefined> = [];
  readonly hiddenColumns = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  /** URL of the form whose responses land here, as Sheet.getFormUrl() reports it. */
  formUrl: string | null = null;
  deleted = false;

  constructor(
    readonly book: SpreadsheetStore,
    public name: string,
    readonly sheetId: number,
    public maxRows = NEW_SHEET_ROWS,
    public maxColumns = NEW_SHEET_COLUMNS,
  ) {}

  get(row: number, column: number): CellValue {
    return this.cells[row - 1]?.[column - 1] ?? '';
  }

  extra(row: number, column: number): CellExtra | undefined {
    return this.extras[row - 1]?.get(column);
  }

  /** The cell's extra record, created on first use. */
  extraFor(row: number, column: number): CellExtra {
    let map = this.extras[row - 1];
    if (!map) {
      map = new Map();
      this.extras[row - 1] = map;
    }
    let e = map.get(column);
    if (!e) {
      e = {};
      map.set(column, e);
    }
    return e;
  }

  /** The stored row array for writing, created and padded on first use. */
  rowFor(row: number): CellValue[] {
    while (this.cells.length < row) this.cells.push([]);
    return this.cells[row - 1]!;
  }

  setValue(row: number, column: number, value: CellValue): void {
    const r = this.rowFor(row);
    while (r.length < column - 1) r.push('');
    r[column - 1] = value;
  }

  setFormula(row: number, column: number, formula: string | undefined): void {
    if (formula !== undefined) this.extraFor(row, column).formula = formula;
    else {
      const e = this.extra(row, column);
      if (e?.formula !== undefined) delete e.formula;
    }
  }

  private rowHasContent(i: number): boolean {
    const r = this.cells[i];
    if (r) for (const v of r) if (v !== '') return true;
    const e = this.extras[i];
    if (e) for (const x of e.values()) if (x.formula !== undefined) return true;
    return false;
  }

  /** Last row with a value or formula; 0 for an empty sheet. */
  lastRow(): number {
    for (let i = Math.max(this.cells.length, this.extras.length) - 1; i >= 0; i--) {
      if (this.rowHasContent(i)) return i + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.cells) {
      for (let j = r.length - 1; j >= last; j--) {
        if (r[j] !== '') {
          last = j + 1;
          break;
        }
      }
    }
    for (const e of this.extras) {
      if (e) for (const [c, x] of e) if (x.formula !== undefined && c > last) last = c;
    }
    return last;
  }

  /** Grows the grid (as appendRow and form responses do), within the per-file cell limit. */
  ensureSize(method: string, rows: number, columns: number): void {
    const newRows = Math.max(rows, this.maxRows);
    const newCols = Math.max(columns, this.maxColumns);
    if (newRows === this.maxRows && newCols === this.maxColumns) return;
    this.book.checkCells(method, newRows * newCols - this.maxRows * this.maxColumns);
    this.maxRows = newRows;
    this.maxColumns = newCols;
  }

  insertRows(method: string, before: number, count: number): void {
    this.book.checkCells(method, count * this.maxColumns);
    const at = before - 1;
    if (at < this.cells.length) this.cells.splice(at, 0, ...Array.from({ length: count }, () => []));
    if (at < this.extras.length) this.extras.splice(at, 0, ...new Array<undefined>(count));
    this.maxRows += count;
    // A row inserted inside the frozen band widens it, as in the Sheets UI.
    if (before <= this.frozenRows) this.frozenRows += count;
  }

  deleteRows(start: number, count: number): void {
    this.cells.splice(start - 1, count);
    this.extras.splice(start - 1, count);
    this.maxRows -= count;
    if (start <= this.frozenRows) this.frozenRows = Math.max(start - 1, this.frozenRows - count);
  }

  /** Empties values and formulas of a block, keeping formats. */
  clearContents(row: number, column: number, numRows: number, numColumns: number): void {
    const endRow = Math.min(row + numRows - 1, this.cells.length);
    for (let i = row; i <= endRow; i++) {
      const r = this.cells[i - 1]!;
      const endCol = Math.min(column + numColumns - 1, r.length);
      for (let j = column; j <= endCol; j++) r[j - 1] = '';
    }
    this.forExtras(row, column, numRows, numColumns, (e) => {
      delete e.formula;
    });
  }

  /** Drops formats (and, with `all`, notes and validations) of a block, keeping values. */
  clearFormats(row: number, column: number, numRows: number, numColumns: number, all: boolean): void {
    this.forExtras(row, column, numRows, numColumns, (e) => {
      for (const key of Object.keys(e) as Array<keyof CellExtra>) {
        if (key === 'formula') continue;
        if (!all && (key === 'note' || key === 'validation')) continue;
        delete e[key];
      }
    });
  }

  private forExtras(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    fn: (e: CellExtra) => void,
  ): void {
    const endRow = Math.min(row + numRows - 1, this.extras.length);
    for (let i = row; i <= endRow; i++) {
      const map = this.extras[i - 1];
      if (!map) continue;
      for (const [c, e] of map) {
        if (c < column || c >= column + numColumns) continue;
        fn(e);
        if (Object.keys(e).length === 0) map.delete(c);
      }
    }
  }

  /** Deep copy of the grid into `target` (insertSheet with a template). */
  copyInto(target: SheetStore): void {
    for (const r of this.cells) target.cells.push(r.slice());
    for (const m of this.extras) {
      target.extras.push(m ? new Map([...m].map(([c, e]) => [c, { ...e }])) : undefined);
    }
    target.maxRows = this.maxRows;
    target.maxColumns = this.maxColumns;
    target.frozenRows = this.frozenRows;
    target.frozenColumns = this.frozenColumns;
    for (const [c, w] of this.columnWidths) target.columnWidths.set(c, w);
  }
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
  atMs: number;
}

export class SpreadsheetStore {
  readonly sheets: SheetStore[] = [];
  readonly toasts: Toast[] = [];
  activeSheet: SheetStore | null = null;
  /** File > Settings time zone; null until set: the script's (options.timeZone). */
  timeZone: string | null = null;
  private sheetCounter = 0;

  constructor(
    readonly ctx: EmulatorContext,
    readonly id: string,
    public name: string,
  ) {}

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  totalCells(): number {
    let n = 0;
    for (const s of this.sheets) n += s.maxRows * s.maxColumns;
    return n;
  }

  checkCells(method: string, added: number): void {
    if (added > 0 && this.totalCells() + added > MAX_CELLS) this.ctx.fail(method, MSG.tooManyCells);
  }

  /**
   * Sheet ids: the first sheet is 0 as on Google; later ones are large deterministic numbers,
   * so code that treats a sheet id as an index or as truthy fails here as it would there.
   */
  private nextSheetId(): number {
    const k = this.sheetCounter++;
    return k === 0 ? 0 : (k * 1_103_515_245 + 12_345) % 2_147_483_647;
  }

  findByName(name: string): SheetStore | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Sheet names are unique regardless of case on Google. */
  nameTaken(name: string, except?: SheetStore): boolean {
    const lower = name.toLowerCase();
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === lower);
  }

  /** A default name like Google's: Sheet2, Sheet3 ... (Blad2 in Swedish). */
  defaultSheetName(): string {
    const base = this.ctx.locale.startsWith('sv') ? 'Blad' : 'Sheet';
    let n = 1;
    while (this.nameTaken(`${base}${n}`)) n++;
    return `${base}${n}`;
  }

  addSheet(method: string, name: string, index: number, rows = NEW_SHEET_ROWS, columns = NEW_SHEET_COLUMNS): SheetStore {
    if (this.nameTaken(name)) this.ctx.fail(method, MSG.sheetExists(name));
    this.checkCells(method, rows * columns);
    const sheet = new SheetStore(this, name, this.nextSheetId(), rows, columns);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetStore): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, i - 1)] ?? null;
  }

  active(): SheetStore {
    if (this.activeSheet && !this.activeSheet.deleted) return this.activeSheet;
    const first = this.sheets.find((s) => !s.hidden) ?? this.sheets[0]!;
    this.activeSheet = first;
    return first;
  }
}
