/**
 * This file defines the timeline's Apps Script side: the program's time zone (the
 * spreadsheet's, with its offset read through Utilities.formatDate), the current user's
 * hourly trigger, and the Log sheet. Add-ons may keep one time-driven trigger per user and
 * document, and a user sees only their own triggers, so the trigger's unique id is mapped
 * to this spreadsheet in the user's properties at install (the trigger runs as that user):
 * the handler of a published add-on, which has no active spreadsheet, opens its program by
 * that id (src/gas/program-document).
 */


import { programSpreadsheet } from './program-document';
import { TIMELINE_HANDLER } from '../app/timeline-automation';
import type { AutomationGateway, ProgramZone } from '../app/timeline-ports';
import type { ZoneOffset } from '../core/timeline';

const TRIGGER_PREFIX = 'mp.timeline.trigger.';
const HOUR = 3_600_000;

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return programSpreadsheet();
}

export function programZone(): ProgramZone {
  let zone = '';
  const cache = new Map<number, number>();
  const name = () => {
    if (!zone) zone = spreadsheet().getSpreadsheetTimeZone() || 'Europe/Stockholm';
    return zone;
  };
  const offset: ZoneOffset = (utcMs) => {
    // Offsets change only on the hour in every zone the program may use; cache per hour.
    const hour = Math.floor(utcMs / HOUR);
    const hit = cache.get(hour);
    if (hit !== undefined) return hit;
    const z = Utilities.formatDate(new Date(utcMs), name(), 'Z'); // '+0100'
    const minutes = (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
    cache.set(hour, minutes);
    return minutes;
  };
  return { name, offset };
}

function myTimelineTriggers(): GoogleAppsScript.Script.Trigger[] {
  const id = spreadsheet().getId();
  const props = PropertiesService.getUserProperties();
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === TIMELINE_HANDLER && props.getProperty(TRIGGER_PREFIX + t.getUniqueId()) === id);
}

export const automationGateway: AutomationGateway = {
  currentUser: () => Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail(),
  mine: () => myTimelineTriggers().map((t) => t.getUniqueId()),
  install() {
    const trigger = ScriptApp.newTrigger(TIMELINE_HANDLER).timeBased().everyHours(1).create();
    const uid = trigger.getUniqueId();
    PropertiesService.getUserProperties().setProperty(TRIGGER_PREFIX + uid, spreadsheet().getId());
    return uid;
  },
  deleteTrigger(uid) {
    const trigger = myTimelineTriggers().find((t) => t.getUniqueId() === uid);
    if (!trigger) return false;
    ScriptApp.deleteTrigger(trigger);
    PropertiesService.getUserProperties().deleteProperty(TRIGGER_PREFIX + uid);
    return true;
  },
};

/** The spreadsheet a time-driven trigger belongs to (recorded at install), or null. */
export function spreadsheetIdOfTrigger(triggerUid: string): string | null {
  return PropertiesService.getUserProperties().getProperty(TRIGGER_PREFIX + triggerUid);
}
