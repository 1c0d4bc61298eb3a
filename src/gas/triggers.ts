/**
 * This file defines the add-on's access to installable triggers, all of them the running
 * member's own: ScriptApp.getUserTriggers lists only the triggers this user made for this
 * spreadsheet, and a trigger runs as the user who made it. Which member's trigger the add-on
 * relies on is decided in src/app/trigger-ownership from a record in document properties.
 */
import { programSpreadsheet } from './program-document';
import type { Triggers } from '../app/ports';

export const FORM_SUBMIT_HANDLER = 'onFormSubmit';

function mine(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(programSpreadsheet());
}

function isFormSubmit(t: GoogleAppsScript.Script.Trigger): boolean {
  return t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT && t.getHandlerFunction() === FORM_SUBMIT_HANDLER;
}

export const gasTriggers: Triggers = {
  currentUser() {
    // In a trigger the active user may be hidden; the effective user is the trigger's owner.
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  },
  formSubmitTriggers() {
    return mine()
      .filter(isFormSubmit)
      .map((t) => t.getUniqueId());
  },
  installFormSubmitTrigger() {
    return ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(programSpreadsheet()).onFormSubmit().create().getUniqueId();
  },
  deleteTrigger(uid) {
    const trigger = mine().find((t) => t.getUniqueId() === uid);
    if (!trigger) return false;
    ScriptApp.deleteTrigger(trigger);
    return true;
  },
};
