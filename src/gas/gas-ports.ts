/**
 * This file defines the Apps Script implementation of the use cases' ports (src/app/ports):
 * Document Properties for small state, block-wise sheet tables, the forms gateway, the
 * document lock, the trigger installer and the clock in the spreadsheet's time zone.
 */
import { programSpreadsheet } from './program-document';
import type { Ports, Tables } from '../app/ports';
import { buildCheckinForm } from './checkin-form';
import { withDocumentLock } from './document-lock';
import { typedAnswers } from './form-responses';
import { buildForm, createForm, formState, linkForm, setAccepting } from './forms-gateway';
import { gasMailer } from './mailer';
import { ownedTables } from './owned-tables';
import { programZone } from './timeline-gateway';
import { readJson, writeJson } from './settings-store';
import { ensureTableSheet, findSheet, findSheetById, readTable } from './sheet-table';
import { gasTriggers } from './triggers';

function requireSheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = findSheet(name);
  if (!sheet) throw new Error(`The sheet "${name}" is missing.`);
  return sheet;
}

const tables: Tables = {
  read(name) {
    const sheet = findSheet(name);
    return sheet ? readTable(sheet) : null;
  },
  readById(sheetId) {
    const sheet = findSheetById(sheetId);
    return sheet ? { name: sheet.getName(), data: readTable(sheet) } : null;
  },
  readRow(sheetId, row) {
    const sheet = findSheetById(sheetId);
    if (!sheet) return null;
    const width = sheet.getLastColumn();
    if (width === 0) return null;
    const [headers = [], values = []] = sheet.getRange(1, 1, 1, width).getValues().concat(sheet.getRange(row, 1, 1, width).getValues());
    return { headers: headers.map((h) => String(h).trim()), values };
  },
  ensure(name, headers, hiddenHeaders) {
    ensureTableSheet(name, headers, hiddenHeaders);
  },
  writeBlock(name, row, column, values) {
    if (values.length === 0 || values[0]!.length === 0) return;
    const sheet = requireSheet(name);
    // A range past the sheet's last row is an error in Sheets (only appendRow grows it).
    const lastNeeded = row + values.length - 1;
    const maxRows = sheet.getMaxRows();
    if (lastNeeded > maxRows) sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
    sheet.getRange(row, column, values.length, values[0]!.length).setValues(values);
  },
};

export function gasPorts(): Ports {
  return {
    store: { readJson, writeJson },
    forms: { state: formState, create: createForm, build: buildForm, link: linkForm, setAccepting, typedAnswers },
    tables,
    clock: {
      // The spreadsheet's zone, not Session.getScriptTimeZone() (the add-on's manifest): see Clock.
      today: () => Utilities.formatDate(new Date(), programSpreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
      nowIso: () => new Date().toISOString(),
      zoneOffset: programZone().offset,
    },
    lock: { withLock: withDocumentLock },
    triggers: gasTriggers,
    ownedTables,
    mailer: gasMailer,
    checkinForms: { build: buildCheckinForm },
  };
}
