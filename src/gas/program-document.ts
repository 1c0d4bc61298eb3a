/**
 * This file defines how an execution finds its program's spreadsheet, and whether the
 * program can be run by an execution without the document.
 *
 * Sidebars, menus and form-submit triggers have the spreadsheet as their active document.
 * A published add-on's hourly trigger may not: it runs as the script, with no active
 * spreadsheet, no document properties and no document lock (emulator/README.md, "Time-driven
 * triggers of a published add-on run without the document"). Its handler opens the
 * spreadsheet recorded for the trigger at install (openById, which needs the `spreadsheets`
 * scope) and the program's state then lives where both kinds of execution reach it: the
 * program store sheet (src/gas/program-store) instead of document properties, and the
 * program lease (src/gas/document-lock) beside the document lock.
 */

let opened: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
/** The active spreadsheet, asked once: an execution's document does not change. */
let active: GoogleAppsScript.Spreadsheet.Spreadsheet | null | undefined;

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  if (active === undefined) active = SpreadsheetApp.getActiveSpreadsheet();
  return active;
}

/** The program's spreadsheet: the active one, or the one this execution opened by id. */
export function programSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = opened ?? activeSpreadsheet();
  if (!ss) throw new Error('This execution has no spreadsheet: open the program by id first.');
  return ss;
}

/** For an execution without the document: works on this spreadsheet from now on. */
export function openProgram(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  opened = SpreadsheetApp.openById(id);
  return opened;
}

/** True when this execution has the spreadsheet as its document (lock and properties). */
export function hasDocument(): boolean {
  return opened === null && activeSpreadsheet() !== null;
}

/**
 * A published add-on (installed from the Marketplace, by the user or the domain) rather
 * than a script bound to this spreadsheet. Constant for a deployment, so every execution of
 * one program, with or without the document, agrees on where the program's state lives.
 */
export function isPublishedAddOn(): boolean {
  return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
}
