/**
 * This file defines the emulated SpreadsheetApp service and the SpreadsheetModel behind it. The
 * service is what the bundle sees as the global `SpreadsheetApp`; the model gives the rest of
 * the emulator (runtime, FormApp, the preview) direct, uncounted access to the same data: the
 * bound spreadsheet, its sheets, display and raw values, rows appended as Google Forms appends
 * them, and what the UI has shown. Facades are rebuilt on every call from the stores, which
 * are the single source of truth. See spreadsheet-values.ts for how written values are read.
 */
import type { EmulatorContext } from '../context';
import { type CellExtra, type CellValue, SheetDate, makeEnum } from './spreadsheet-common';
import { SpreadsheetFacade } from './spreadsheet-book';
import { RangeFacade, rawBlock } from './spreadsheet-range';
import { SheetFacade, sheetStoreOf } from './spreadsheet-sheet';
import { SheetStore, SpreadsheetStore } from './spreadsheet-store';
import { Ui, UiState } from './spreadsheet-ui';
import { DataValidationBuilder, DataValidationCriteria } from './spreadsheet-validation';
import { displayValue, parseInput } from './spreadsheet-values';

export { SheetDate, SheetStore, SpreadsheetStore, RangeFacade, SheetFacade, SpreadsheetFacade, UiState };
export type { CellExtra, CellValue };
export type { MenuEntry, MenuRecord, ShownHtml, DialogRecord, ButtonName } from './spreadsheet-ui';

/** A value written as stored, without Sheets' interpretation (what Google Forms writes). */
export type RawCell = string | number | boolean | Date | null;

export class SpreadsheetModel {
  readonly ui = new UiState();
  /** How many times the script called SpreadsheetApp.flush(). */
  flushCount = 0;
  private readonly books = new Map<string, SpreadsheetStore>();
  private readonly activeId: string;

  constructor(
    private readonly ctx: EmulatorContext,
    spreadsheetName = 'Mentorprogram',
  ) {
    this.activeId = this.createSpreadsheet(spreadsheetName).id;
  }

  /** A new file with one empty sheet (Sheet1, or Blad1 in Swedish), like SpreadsheetApp.create. */
  createSpreadsheet(name: string): SpreadsheetStore {
    const id = this.ctx.ids.token(44); // Drive file ids are 44 characters of [A-Za-z0-9_-]
    const book = new SpreadsheetStore(this.ctx, id, name);
    book.addSheet('SpreadsheetApp.create', book.defaultSheetName(), 0);
    this.books.set(id, book);
    return book;
  }

  /** The spreadsheet the add-on is bound to. */
  active(): SpreadsheetStore {
    return this.books.get(this.activeId)!;
  }
  spreadsheet(id: string): SpreadsheetStore | null {
    return this.books.get(id) ?? null;
  }
  spreadsheets(): SpreadsheetStore[] {
    return [...this.books.values()];
  }

  private book(spreadsheetId?: string): SpreadsheetStore {
    const b = spreadsheetId === undefined ? this.active() : this.books.get(spreadsheetId);
    if (!b) throw new Error(`No spreadsheet with id ${spreadsheetId}`);
    return b;
  }

  sheetNames(spreadsheetId?: string): string[] {
    return this.book(spreadsheetId).sheets.map((s) => s.name);
  }
  sheet(name: string, spreadsheetId?: string): SheetStore | null {
    return this.book(spreadsheetId).findByName(name) ?? null;
  }
  sheetById(sheetId: number, spreadsheetId?: string): SheetStore | null {
    return this.book(spreadsheetId).sheets.find((s) => s.sheetId === sheetId) ?? null;
  }
  /** Finds a sheet, creating it at `index` (default: last) when missing. */
  ensureSheet(name: string, index?: number, spreadsheetId?: string): SheetStore {
    const b = this.book(spreadsheetId);
    return b.findByName(name) ?? b.addSheet('SpreadsheetModel.ensureSheet', name, index ?? b.sheets.length);
  }
  deleteSheet(name: string, spreadsheetId?: string): void {
    const s = this.sheet(name, spreadsheetId);
    if (s) this.book(spreadsheetId).removeSheet(s);
  }

  private need(sheet: SheetStore | string, spreadsheetId?: string): SheetStore {
    if (typeof sheet !== 'string') return sheet;
    const s = this.sheet(sheet, spreadsheetId);
    if (!s) throw new Error(`No sheet named "${sheet}"`);
    return s;
  }

  /** Stored values of the content area (1..lastRow × 1..lastColumn); [] for an empty sheet. */
  rawValues(sheet: SheetStore | string, spreadsheetId?: string): CellValue[][] {
    const s = this.need(sheet, spreadsheetId);
    return rawBlock(s, s.lastRow(), s.lastColumn());
  }

  /** Values as getValues returns them (dates as Date objects of the bundle's realm). */
  values(sheet: SheetStore | string, spreadsheetId?: string): unknown[][] {
    return this.rawValues(sheet, spreadsheetId).map((r) => r.map((v) => (v instanceof SheetDate ? this.ctx.makeDate(v.ms) : v)));
  }

  /** What a person looking at the sheet sees, over the content area. */
  displayValues(sheet: SheetStore | string, spreadsheetId?: string): string[][] {
    const s = this.need(sheet, spreadsheetId);
    return rawBlock(s, s.lastRow(), s.lastColumn()).map((r, i) =>
      r.map((v, j) => displayValue(v, s.extra(i + 1, j + 1)?.numberFormat, this.ctx)),
    );
  }

  formulas(sheet: SheetStore | string, spreadsheetId?: string): string[][] {
    const s = this.need(sheet, spreadsheetId);
    const rows = s.lastRow();
    const cols = s.lastColumn();
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => s.extra(i + 1, j + 1)?.formula ?? ''));
  }

  /** Everything recorded about one cell (1-based), for assertions on formats and notes. */
  cell(sheet: SheetStore | string, row: number, column: number, spreadsheetId?: string) {
    const s = this.need(sheet, spreadsheetId);
    const extra: CellExtra = { ...s.extra(row, column) };
    return { value: s.get(row, column), display: displayValue(s.get(row, column), extra.numberFormat, this.ctx), extra };
  }

  private toStored(v: RawCell): CellValue {
    if (v === null || v === undefined) return '';
    if (this.ctx.isDate(v)) return new SheetDate(v.getTime());
    return v as CellValue;
  }

  /**
   * Appends a row after the last row with content, storing values as given (no formula,
   * number or date interpretation), growing the grid when needed. Returns the 1-based row.
   */
  appendRawRow(sheet: SheetStore | string, values: readonly RawCell[], spreadsheetId?: string): number {
    const s = this.need(sheet, spreadsheetId);
    const row = s.lastRow() + 1;
    s.ensureSize('SpreadsheetModel.appendRawRow', row, values.length);
    values.forEach((v, j) => {
      s.setValue(row, j + 1, this.toStored(v));
      s.setFormula(row, j + 1, undefined);
    });
    return row;
  }

  /** Writes a block at (row, column): raw by default, or read as typed by a user (`typed`). */
  write(sheet: SheetStore | string, row: number, column: number, values: readonly (readonly RawCell[])[], typed = false): void {
    const s = this.need(sheet);
    const width = Math.max(0, ...values.map((r) => r.length));
    s.ensureSize('SpreadsheetModel.write', row + values.length - 1, column + width - 1);
    values.forEach((line, i) => {
      line.forEach((v, j) => {
        const r = row + i;
        const c = column + j;
        if (!typed) {
          s.setValue(r, c, this.toStored(v));
          s.setFormula(r, c, undefined);
          return;
        }
        const p = parseInput(this.ctx, 'SpreadsheetModel.write', v, s.extra(r, c)?.numberFormat === '@');
        s.setValue(r, c, p.value);
        s.setFormula(r, c, p.formula);
        if (p.autoFormat && !s.extra(r, c)?.numberFormat) s.extraFor(r, c).numberFormat = p.autoFormat;
      });
    });
  }

  /** Facades for handing to the bundle, e.g. `e.range` of a form-submit event. */
  range(sheet: SheetStore | string, row: number, column: number, numRows = 1, numColumns = 1): RangeFacade {
    return new RangeFacade(this.ctx, this.need(sheet), row, column, numRows, numColumns);
  }
  sheetFacade(sheet: SheetStore | string): SheetFacade {
    return new SheetFacade(this.ctx, this.need(sheet));
  }
  spreadsheetFacade(spreadsheetId?: string): SpreadsheetFacade {
    return new SpreadsheetFacade(this.ctx, this.book(spreadsheetId));
  }
  /** The store behind a Sheet facade the bundle passed back (or null). */
  storeOf(sheetFacade: unknown): SheetStore | null {
    return sheetStoreOf(sheetFacade);
  }
}

const ID_IN_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;

/** The global `SpreadsheetApp` as the bundle sees it. */
export class SpreadsheetAppService {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly Dimension = makeEnum(['COLUMNS', 'ROWS']);

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly model: SpreadsheetModel,
    private readonly scopes: readonly string[] | null = null,
  ) {}

  /**
   * Opening a file by id or URL is access to any of the user's spreadsheets: the manifest's
   * `spreadsheets.currentonly` covers only the document the add-on runs in, so these need
   * `https://www.googleapis.com/auth/spreadsheets` (emulator/README.md).
   */
  private requireFullScope(method: string): void {
    if (this.scopes === null || this.scopes.includes(FULL_SPREADSHEETS_SCOPE)) return;
    this.ctx.fail(method, `You do not have permission to call ${method}. Required permissions: ${FULL_SPREADSHEETS_SCOPE}`);
  }

  /** Without a containing document (an add-on's time-driven trigger) there is no active file. */
  private get hasDocument(): boolean {
    return this.ctx.execution()?.document ?? true;
  }
  getActiveSpreadsheet(): SpreadsheetFacade | null {
    return this.hasDocument ? this.model.spreadsheetFacade() : null;
  }
  getActive(): SpreadsheetFacade | null {
    return this.hasDocument ? this.model.spreadsheetFacade() : null;
  }
  getActiveSheet(): SheetFacade | null {
    return this.hasDocument ? new SheetFacade(this.ctx, this.model.active().active()) : null;
  }
  setActiveSheet(sheet: unknown): SheetFacade {
    return this.model.spreadsheetFacade().setActiveSheet(sheet);
  }

  openById(id: string): SpreadsheetFacade {
    this.requireFullScope('SpreadsheetApp.openById');
    const book = this.model.spreadsheet(String(id));
    if (!book) {
      return this.ctx.fail('SpreadsheetApp.openById', 'Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    return new SpreadsheetFacade(this.ctx, book);
  }
  openByUrl(url: string): SpreadsheetFacade {
    this.requireFullScope('SpreadsheetApp.openByUrl');
    const id = ID_IN_URL.exec(String(url))?.[1];
    const book = id ? this.model.spreadsheet(id) : null;
    if (!book) {
      return this.ctx.fail('SpreadsheetApp.openByUrl', 'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    }
    return new SpreadsheetFacade(this.ctx, book);
  }

  /** Writes are applied at once here, so flush only counts (tests can assert it was called). */
  flush(): void {
    this.model.flushCount++;
  }

  getUi(): Ui {
    if (!this.model.ui.available) this.ctx.fail('SpreadsheetApp.getUi', 'Cannot call SpreadsheetApp.getUi() from this context.');
    return new Ui(this.ctx, this.model.ui);
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
}

const FULL_SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

export function createSpreadsheetApp(
  ctx: EmulatorContext,
  opts: { spreadsheetName?: string; scopes?: readonly string[] | null } = {},
): { service: SpreadsheetAppService; model: SpreadsheetModel } {
  const model = new SpreadsheetModel(ctx, opts.spreadsheetName);
  return { service: new SpreadsheetAppService(ctx, model, opts.scopes ?? null), model };
}
