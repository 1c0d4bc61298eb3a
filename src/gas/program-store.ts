/**
 * This file defines where the program's state (src/gas/settings-store) is kept: a store with
 * the shape of Apps Script's Properties.
 *
 * A script bound to the spreadsheet keeps it in document properties: every execution of such
 * a script, its hourly trigger too, has the document. A published add-on's hourly trigger has
 * no document properties (src/gas/program-document), so there the state lives in a hidden
 * sheet of the spreadsheet, which every execution reaches, by the active document or by id:
 * one row per key, the value in column B behind a fixed prefix so that Sheets never reads it
 * as a number, date or formula (a cell holds 50,000 characters, more than a property's 9 KB,
 * so the settings store's parts fit).
 *
 * The sheet is read once per execution and kept; taking the program lock drops the copy, so
 * every read-modify-write under the lock starts from what is in the sheet. Writes change only
 * their own rows: an existing key's value cell, new keys appended below, a deleted key's row
 * emptied (a later write of that key appends it again).
 */
import { isPublishedAddOn, programSpreadsheet } from './program-document';

export interface PropertyStore {
  getProperty(key: string): string | null;
  getProperties(): Record<string, string>;
  getKeys(): string[];
  setProperty(key: string, value: string): void;
  setProperties(values: Record<string, string>): void;
  deleteProperty(key: string): void;
}

export const STORE_SHEET = 'Mentorprogram (data)';
const PREFIX = 'v:';
/** Row 1 explains the sheet; the keys start on row 2. */
const FIRST_ROW = 2;
const HEADER = ['Tilläggets data: ändra inte / The add-on’s data: do not edit', ''];

interface Snapshot {
  rows: Map<string, number>;
  values: Map<string, string>;
  next: number;
}

let snapshot: Snapshot | null = null;

/** Forgets what was read, so the next read sees the sheet as it is now (the lock was taken). */
export function refreshProgramStore(): void {
  snapshot = null;
}

/** The store sheet, made (hidden, with its explanation in row 1) when it is not there yet. */
export function ensureStoreSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  return storeSheet(true)!;
}

/** Found once per execution (the sheet is never removed by the add-on). */
let found: GoogleAppsScript.Spreadsheet.Sheet | null = null;

function storeSheet(create: boolean): GoogleAppsScript.Spreadsheet.Sheet | null {
  if (found) return found;
  const ss = programSpreadsheet();
  found = ss.getSheetByName(STORE_SHEET);
  if (found || !create) return found;
  found = ss.insertSheet(STORE_SHEET);
  found.getRange(1, 1, 1, HEADER.length).setValues([HEADER]).setFontWeight('bold');
  found.hideSheet();
  return found;
}

function read(): Snapshot {
  if (snapshot) return snapshot;
  const rows = new Map<string, number>();
  const values = new Map<string, string>();
  const sheet = storeSheet(false);
  const last = sheet ? sheet.getLastRow() : 0;
  if (sheet && last >= FIRST_ROW) {
    sheet
      .getRange(FIRST_ROW, 1, last - FIRST_ROW + 1, 2)
      .getValues()
      .forEach(([key, value], i) => {
        const k = String(key);
        const v = String(value);
        if (k === '' || !v.startsWith(PREFIX)) return;
        rows.set(k, FIRST_ROW + i);
        values.set(k, v.slice(PREFIX.length));
      });
  }
  snapshot = { rows, values, next: Math.max(last + 1, FIRST_ROW) };
  return snapshot;
}

function write(entries: [string, string | null][]): void {
  if (entries.length === 0) return;
  const sheet = storeSheet(true)!;
  // Another execution appended since this one read: read again, so no key lands on its rows.
  if (snapshot && sheet.getLastRow() >= snapshot.next) snapshot = null;
  const s = read();
  const appended: string[][] = [];
  for (const [key, value] of entries) {
    const row = s.rows.get(key);
    if (value === null) {
      if (row === undefined) continue;
      sheet.getRange(row, 1, 1, 2).setValues([['', '']]);
      s.rows.delete(key);
      s.values.delete(key);
      continue;
    }
    if (row !== undefined) {
      sheet.getRange(row, 2).setValue(PREFIX + value);
    } else {
      s.rows.set(key, s.next + appended.length);
      appended.push([key, PREFIX + value]);
    }
    s.values.set(key, value);
  }
  if (appended.length === 0) return;
  const needed = s.next + appended.length - 1;
  const max = sheet.getMaxRows();
  if (needed > max) sheet.insertRowsAfter(max, needed - max);
  sheet.getRange(s.next, 1, appended.length, 2).setValues(appended);
  s.next += appended.length;
}

const sheetStore: PropertyStore = {
  getProperty: (key) => read().values.get(key) ?? null,
  getProperties: () => Object.fromEntries(read().values),
  getKeys: () => [...read().values.keys()],
  setProperty: (key, value) => write([[key, value]]),
  setProperties: (values) => write(Object.entries(values)),
  deleteProperty: (key) => write([[key, null]]),
};

let inSheet: boolean | null = null;

/**
 * True when the program's state lives in the store sheet (a published add-on). An execution
 * in AuthMode.LIMITED (onOpen before the add-on is enabled in this file) may not ask ScriptApp;
 * it reads wherever the state is, which is the sheet if the sheet exists.
 */
export function usesStoreSheet(): boolean {
  if (inSheet === null) {
    try {
      inSheet = isPublishedAddOn();
    } catch {
      inSheet = programSpreadsheet().getSheetByName(STORE_SHEET) !== null;
    }
  }
  return inSheet;
}

/** The program's store: document properties of a bound script, the store sheet of an add-on. */
export function programStore(): PropertyStore {
  return usesStoreSheet() ? sheetStore : PropertiesService.getDocumentProperties();
}
