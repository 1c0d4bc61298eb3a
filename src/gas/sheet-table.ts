/**
 * This file defines block access to a sheet used as a table: one header row, then records.
 * Every read is one getValues over the used block and every write one setValues, so the
 * number of Sheets calls does not grow with the number of rows. Columns are found by
 * header name by the callers (src/core), never by fixed position.
 */

import { programSpreadsheet } from './program-document';
import type { TableData } from '../app/ports';

export function findSheet(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  return programSpreadsheet().getSheetByName(name);
}

export function findSheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const sheet of programSpreadsheet().getSheets()) {
    if (sheet.getSheetId() === id) return sheet;
  }
  return null;
}

/** Reads the whole table in one block (three calls: last row, last column, values). */
export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet): TableData {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return { headers: [], rows: [] };
  const values = sheet.getRange(1, 1, lastRow, lastColumn).getValues();
  const [header = [], ...rows] = values;
  return { headers: header.map((h) => String(h).trim()), rows };
}

/** Creates a table sheet with a frozen, bold header row, or returns the existing one. */
export function ensureTableSheet(
  name: string,
  headers: string[],
  hiddenHeaders: readonly string[] = [],
): GoogleAppsScript.Spreadsheet.Sheet {
  const ss = programSpreadsheet();
  const existing = ss.getSheetByName(name);
  if (existing) return existing;
  const sheet = ss.insertSheet(name);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  headers.forEach((header, i) => {
    if (hiddenHeaders.includes(header)) sheet.hideColumns(i + 1);
  });
  return sheet;
}
