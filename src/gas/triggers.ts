/**
 * This file defines the add-on's installable triggers. Add-ons may own one trigger of each
 * type per user and document, so installation looks for an existing one first and is safe
 * to run any number of times.
 */

export const FORM_SUBMIT_HANDLER = 'onFormSubmit';

/** Installs the spreadsheet form-submit trigger once; returns true when it was created now. */
export function ensureFormSubmitTrigger(): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const existing = ScriptApp.getUserTriggers(ss).some(
    (t) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT && t.getHandlerFunction() === FORM_SUBMIT_HANDLER,
  );
  if (existing) return false;
  ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
  return true;
}
