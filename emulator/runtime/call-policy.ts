/**
 * This file defines what a service call costs and whether it is allowed: the default
 * simulated milliseconds per call of each service, the execution time limits, and the
 * AuthMode rules. Google publishes neither per-call latencies nor a per-service AuthMode
 * table, so both are documented approximations (emulator/README.md): costs are round
 * figures in the range community benchmarks report, and the AuthMode rules are the
 * conservative reading of the docs (a call allowed here is allowed on Google).
 */
import type { ServiceName } from '../context';

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** Simulated milliseconds each call of a service's methods (or its objects' methods) takes. */
export const DEFAULT_CALL_COST_MS: Readonly<Record<ServiceName, number>> = {
  SpreadsheetApp: 20,
  FormApp: 50,
  GmailApp: 300,
  MailApp: 300,
  CalendarApp: 150,
  ScriptApp: 50,
  PropertiesService: 10,
  LockService: 10,
  HtmlService: 5,
  Session: 5,
  Utilities: 1,
};

/** Installable triggers, menu items and google.script.run calls: 6 minutes. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** Simple triggers (onOpen, onEdit, onInstall, onSelectionChange): 30 seconds. */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;
export const SIMPLE_TRIGGERS: ReadonlySet<string> = new Set(['onOpen', 'onEdit', 'onInstall', 'onSelectionChange']);

/** Scopes named in the permission error (taken from the add-on's manifest). */
const SCOPES: Readonly<Record<string, string>> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  FormApp: 'https://www.googleapis.com/auth/forms',
  GmailApp: 'https://mail.google.com/',
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  CalendarApp: 'https://www.googleapis.com/auth/calendar',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  HtmlService: 'https://www.googleapis.com/auth/script.container.ui',
  Session: 'https://www.googleapis.com/auth/userinfo.email',
};

/** In AuthMode.NONE only the add-on menu may be built (and Utilities, which needs no authorisation). */
const MENU_BUILDING: ReadonlySet<string> = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);

/** LIMITED: the bound file, its UI and Document Properties; no other user data. */
const LIMITED_DENIED: ReadonlySet<string> = new Set([
  'SpreadsheetApp.openById',
  'SpreadsheetApp.openByUrl',
  'SpreadsheetApp.open',
  'SpreadsheetApp.create',
  'PropertiesService.getScriptProperties',
  'PropertiesService.getUserProperties',
  'Session.getActiveUser',
  'Session.getEffectiveUser',
]);
const LIMITED_SERVICES: ReadonlySet<string> = new Set(['SpreadsheetApp', 'HtmlService', 'PropertiesService', 'Session', 'Utilities']);

/** The permission error's message when `mode` forbids the call, else null. */
export function authorisationDenial(mode: AuthModeName, service: string, typeName: string, method: string): string | null {
  if (mode === 'FULL' || service === 'Utilities') return null;
  const qualified = `${typeName}.${method}`;
  const allowed =
    mode === 'NONE'
      ? MENU_BUILDING.has(qualified)
      : LIMITED_SERVICES.has(service) && !LIMITED_DENIED.has(qualified);
  if (allowed) return null;
  const scope = SCOPES[service];
  return `You do not have permission to call ${qualified}.${scope ? ` Required permissions: ${scope}` : ''}`;
}
