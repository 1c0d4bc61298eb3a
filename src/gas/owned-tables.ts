/**
 * This file defines the Apps Script side of the owned-table mechanism (src/core/tables): a
 * sheet the add-on owns is read in one block of values and one of formulas (so a formula
 * the group put anywhere, even in one of the add-on's columns, is seen and kept), and a
 * write plan is carried out with one setValues per block, growing the grid first where a
 * block reaches past it (a range outside the grid is an error in Sheets).
 */
import { programSpreadsheet } from './program-document';
import type { OwnedTables } from '../app/ports';
import type { SheetSnapshot, TableWrite } from '../core/tables';

function sheetNamed(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  return programSpreadsheet().getSheetByName(name);
}

function read(name: string): SheetSnapshot | null {
  const sheet = sheetNamed(name);
  if (!sheet) return null;
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (rows === 0 || columns === 0) return { values: [], formulas: [] };
  const range = sheet.getRange(1, 1, rows, columns);
  return { values: range.getValues(), formulas: range.getFormulas() };
}

function newSheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = programSpreadsheet().insertSheet(name);
  sheet.setFrozenRows(1);
  return sheet;
}

function write(name: string, plan: TableWrite): void {
  if (plan.blocks.length === 0 && plan.hide.length === 0) return;
  const sheet = sheetNamed(name) ?? (plan.create ? newSheet(name) : null);
  if (!sheet) throw new Error(`The sheet "${name}" is missing.`);
  const lastRow = Math.max(0, ...plan.blocks.map((b) => b.row + b.values.length - 1));
  const lastColumn = Math.max(0, ...plan.blocks.map((b) => b.column + (b.values[0]?.length ?? 0) - 1));
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  for (const block of plan.blocks) {
    const width = block.values[0]?.length ?? 0;
    if (block.values.length === 0 || width === 0) continue;
    const range = sheet.getRange(block.row, block.column, block.values.length, width);
    range.setValues(block.values);
    // The header row of a sheet the add-on creates is bold, as every table sheet's.
    if (plan.create && block.row === 1) range.setFontWeight('bold');
  }
  // One call per run of adjacent columns.
  const hide = [...plan.hide].sort((a, b) => a - b);
  for (let i = 0; i < hide.length; ) {
    let n = 1;
    while (hide[i + n] === hide[i]! + n) n++;
    sheet.hideColumns(hide[i]!, n);
    i += n;
  }
}

export const ownedTables: OwnedTables = { read, write };
