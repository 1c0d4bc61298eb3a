/**
 * This file defines the timeline's Apps Script side: the program's time zone (the
 * spreadsheet's, with its offset read through Utilities.formatDate), the current user's
 * hourly trigger, and the Log sheet. Add-ons may keep one time-driven trigger per user and
 * document, and a user sees only their own triggers, so the trigger's unique id is mapped
 * to this spreadsheet in the user's properties at install: the handler of a published
 * add-on, which may have no active spreadsheet, opens its program by that id.
 */


import { TIMELINE_HANDLER } from '../app/timeline-automation';
import type { AutomationGateway, LogEntry, ProgramZone } from '../app/timeline-ports';
import { toCellText } from '../core/intake/cell-text';
import { localTimeOf, timelineMessage, timelineTexts, type ZoneOffset } from '../core/timeline';

const TRIGGER_PREFIX = 'mp.timeline.trigger.';
const HOUR = 3_600_000;

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

const BLOCKED_PREFIX = 'mp.timeline.blocked.';
const DAY = 24 * HOUR;

/**
 * A published add-on's time-driven trigger runs without the document: no active
 * spreadsheet, no document properties, no document lock (emulator/README.md, "Time-driven
 * triggers of a published add-on run without the document"). The program's settings and
 * records live in document properties, so such a run cannot do the program's steps; it
 * says so, at most once a day, in the Log sheet of the spreadsheet recorded for the trigger
 * (opened by id), instead of failing silently.
 */
export function reportNoDocumentContext(triggerUid: string | undefined): void {
  const id = triggerUid ? spreadsheetIdOfTrigger(triggerUid) : null;
  if (!id) return;
  const props = PropertiesService.getUserProperties();
  const last = Number(props.getProperty(BLOCKED_PREFIX + id) ?? 0);
  const now = Date.now();
  if (now - last < DAY) return;
  props.setProperty(BLOCKED_PREFIX + id, String(now));
  const ss = SpreadsheetApp.openById(id);
  // Without document properties the program's language is unknown: the Log's header row tells it.
  const header = ss.getSheetByName(LOG_SHEET)?.getRange(1, 1).getValue();
  const language = header === 'Time' ? 'en' : 'sv';
  const zone = ss.getSpreadsheetTimeZone() || 'Europe/Stockholm';
  const offset: ZoneOffset = (ms) => {
    const z = Utilities.formatDate(new Date(ms), zone, 'Z');
    return (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
  };
  const message = timelineMessage(language, 'noDocumentContext');
  appendLog(ss, [{ atMs: now, step: '', outcome: 'failed', message, by: automationGateway.currentUser(), runId: '' }], language, offset);
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

const LOG_SHEET = 'Log';
const LOG_HEADERS = { sv: ['Tid', 'Steg', 'Resultat', 'Meddelande', 'Av', 'Körning'], en: ['Time', 'Step', 'Outcome', 'Message', 'By', 'Run'] } as const;

/** Appends to the Log sheet (the owned table of src/app/run-log, same name and headers) of a spreadsheet opened by id. */
function appendLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, entries: LogEntry[], language: 'sv' | 'en', offset: ZoneOffset): void {
  if (entries.length === 0) return;
  let sheet = ss.getSheetByName(LOG_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(LOG_SHEET);
    sheet.getRange(1, 1, 1, LOG_HEADERS[language].length).setValues([[...LOG_HEADERS[language]]]).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  const texts = timelineTexts(language);
  // Columns by header (the group may have moved them), as the owned table reads them.
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!.map((h) => String(h).trim());
  const at = (i: number) => {
    const found = header.indexOf(LOG_HEADERS[language][i]!);
    return found >= 0 ? found : header.indexOf(LOG_HEADERS[language === 'sv' ? 'en' : 'sv'][i]!);
  };
  const rows = entries.map((e) => {
    const local = localTimeOf(e.atMs, offset);
    const outcome = e.outcome === 'info' ? '' : texts.state[e.outcome];
    const values = [toCellText(`${local.date} ${local.time}`), e.step ? texts.step[e.step] : '', outcome, toCellText(e.message), toCellText(e.by), toCellText(e.runId)];
    const row: unknown[] = header.map(() => '');
    values.forEach((v, i) => {
      const j = at(i);
      if (j >= 0) row[j] = v;
    });
    return row;
  });
  const first = sheet.getLastRow() + 1;
  const needed = first + rows.length - 1;
  const max = sheet.getMaxRows();
  if (needed > max) sheet.insertRowsAfter(max, needed - max);
  sheet.getRange(first, 1, rows.length, rows[0]!.length).setValues(rows);
}
