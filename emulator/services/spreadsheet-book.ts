/**
 * This file defines the emulated Spreadsheet (the file): its id, name and URL, its sheets
 * (look-up by name or id, insertSheet with Google's overloads and duplicate-name error,
 * deleteSheet, the active sheet), time zone and locale, A1 ranges that name a sheet, and toasts.
 */
import type { EmulatorContext } from '../context';
import { MSG, signatureError, toInt } from './spreadsheet-common';
import type { RangeFacade } from './spreadsheet-range';
import { SheetFacade, rangeFromA1, sheetStoreOf } from './spreadsheet-sheet';
import type { SheetStore, SpreadsheetStore } from './spreadsheet-store';

export class SpreadsheetFacade {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly book: SpreadsheetStore,
  ) {}

  private facade(sheet: SheetStore): SheetFacade {
    return new SheetFacade(this.ctx, sheet);
  }

  getId(): string {
    return this.book.id;
  }
  getName(): string {
    return this.book.name;
  }
  rename(newName: string): void {
    this.book.name = String(newName);
  }
  getUrl(): string {
    return this.book.url;
  }
  getSpreadsheetTimeZone(): string {
    return this.book.timeZone ?? this.ctx.timeZone;
  }
  /** A spreadsheet's own time zone may differ from the script's (Spreadsheet.setSpreadsheetTimeZone). */
  setSpreadsheetTimeZone(timezone: string): void {
    this.book.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this.ctx.locale;
  }

  getSheets(): SheetFacade[] {
    return this.book.sheets.map((s) => this.facade(s));
  }
  getNumSheets(): number {
    return this.book.sheets.length;
  }
  getSheetByName(name: string): SheetFacade | null {
    const s = this.book.findByName(String(name));
    return s ? this.facade(s) : null;
  }
  getSheetById(id: number): SheetFacade | null {
    const s = this.book.sheets.find((x) => x.sheetId === id);
    return s ? this.facade(s) : null;
  }

  getActiveSheet(): SheetFacade {
    return this.facade(this.book.active());
  }
  setActiveSheet(sheet: unknown): SheetFacade {
    const s = this.own('Spreadsheet.setActiveSheet', sheet);
    this.book.activeSheet = s;
    s.hidden = false;
    return this.facade(s);
  }

  /**
   * insertSheet(), (index), (index, options), (options), (name), (name, index),
   * (name, index, options), (name, options). Without an index the sheet goes right after the
   * active sheet; the new sheet becomes the active one, as documented.
   */
  insertSheet(...args: unknown[]): SheetFacade {
    const m = 'Spreadsheet.insertSheet';
    let rest = args;
    let name: string | null = null;
    if (typeof rest[0] === 'string') {
      name = rest[0];
      rest = rest.slice(1);
    }
    let index: number | null = null;
    if (typeof rest[0] === 'number') {
      index = toInt(this.ctx, m, args, rest[0]);
      rest = rest.slice(1);
    }
    let template: SheetStore | null = null;
    if (rest.length > 0) {
      const opts = rest[0];
      if (rest.length > 1 || opts === null || typeof opts !== 'object') signatureError(this.ctx, m, args);
      const t = (opts as { template?: unknown }).template;
      if (t !== undefined) template = this.own(m, t);
    }
    if (name !== null && name.trim() === '') this.ctx.fail(m, 'Sheet name cannot be empty.');
    if (index !== null && (index < 0 || index > this.book.sheets.length)) this.ctx.fail(m, 'The sheet index is out of range.');
    const at = index ?? this.book.sheets.indexOf(this.book.active()) + 1;
    const sheet = this.book.addSheet(m, name ?? this.book.defaultSheetName(), at, template?.maxRows, template?.maxColumns);
    if (template) template.copyInto(sheet);
    this.book.activeSheet = sheet;
    return this.facade(sheet);
  }

  deleteSheet(sheet: unknown): void {
    const m = 'Spreadsheet.deleteSheet';
    const s = this.own(m, sheet);
    if (!this.book.sheets.some((x) => x !== s && !x.hidden)) this.ctx.fail(m, "You can't remove all the sheets in a document.");
    this.book.removeSheet(s);
  }

  /** 'Sheet1!A1:B2' names its sheet; a bare 'A1:B2' refers to the active sheet. */
  getRange(a1Notation: string): RangeFacade {
    const m = 'Spreadsheet.getRange';
    if (typeof a1Notation !== 'string') return signatureError(this.ctx, m, [a1Notation]);
    const bang = a1Notation.lastIndexOf('!');
    let sheet = this.book.active();
    if (bang >= 0) {
      const raw = a1Notation.slice(0, bang);
      const name = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
      const found = this.book.findByName(name);
      if (!found) return this.ctx.fail(m, MSG.rangeNotFound);
      sheet = found;
    }
    return rangeFromA1(this.ctx, m, sheet, a1Notation);
  }

  /** The form linked to some sheet here; "indeterminate" on Google when several are, first here. */
  getFormUrl(): string | null {
    return this.book.sheets.find((s) => s.formUrl !== null)?.formUrl ?? null;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.book.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? null,
      atMs: this.ctx.clock.now(),
    });
  }

  /** A sheet argument that must belong to this spreadsheet and still exist. */
  private own(method: string, sheet: unknown): SheetStore {
    const s = sheetStoreOf(sheet);
    if (!s) return signatureError(this.ctx, method, [sheet]);
    if (s.book !== this.book || s.deleted) return this.ctx.fail(method, 'The sheet does not exist or was deleted.');
    return s;
  }
}
