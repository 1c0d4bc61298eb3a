/**
 * This file defines how one emulator's services are put together: it creates every
 * service with its model from the shared context and options, in dependency order (the
 * spreadsheet first, since document-scoped stores and FormApp hang off it), and lists the
 * globals the bundle gets, including loud stand-ins for Apps Script services the emulator
 * deliberately leaves out (any call on them fails naming the method).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EmulatorContext, ServiceName } from './context';
import { createCalendarApp } from './services/calendar';
import { createAdvancedCalendar } from './services/calendar-advanced';
import { createFormApp } from './services/forms';
import { createGmailApp } from './services/gmail';
import { createHtmlService } from './services/html';
import { createLockService } from './services/lock';
import { createConsole, createLogger, type LogSink } from './services/logger';
import { createMailApp } from './services/mail';
import { createMailOutbox } from './services/mail-outbox';
import { createPropertiesService } from './services/properties';
import { createScriptApp } from './services/script';
import { createSession } from './services/session';
import { createSpreadsheetApp } from './services/spreadsheet';
import { createUtilities } from './services/utilities';

/** Apps Script globals the emulator does not implement: present so calls fail by name. */
export const UNSUPPORTED_GLOBALS = [
  'DriveApp',
  'DocumentApp',
  'SlidesApp',
  'UrlFetchApp',
  'CacheService',
  'ContentService',
  'XmlService',
  'CardService',
  'ContactsApp',
  'GroupsApp',
  'LanguageApp',
  'Maps',
  'Charts',
  'Jdbc',
  'DataStudioApp',
  'Gmail',
  'Sheets',
  'Drive',
] as const;

export interface AssembleOptions {
  seed: number;
  distDir: string;
  spreadsheetName?: string;
  aliases: string[];
  dailyRecipients: number;
  authorizationRequired: boolean;
  deployment: 'bound' | 'addon';
  developerDomain: string;
  currentExecution(): string | null;
  logSink: LogSink;
}

/** The oauthScopes of the built manifest (dist/appsscript.json), or null when it has none. */
function manifestScopes(distDir: string): readonly string[] | null {
  const file = path.join(distDir, 'appsscript.json');
  if (!fs.existsSync(file)) return null;
  const scopes = (JSON.parse(fs.readFileSync(file, 'utf8')) as { oauthScopes?: unknown }).oauthScopes;
  return Array.isArray(scopes) ? scopes.map(String) : null;
}

export function assembleServices(ctx: EmulatorContext, options: AssembleOptions) {
  const workspace = ctx.user.workspace;
  const sheets = createSpreadsheetApp(ctx, { spreadsheetName: options.spreadsheetName, scopes: manifestScopes(options.distDir) });
  const documentId = () => sheets.model.active().id;
  const forms = createFormApp(ctx, sheets.model);
  const outbox = createMailOutbox(ctx, { dailyRecipients: options.dailyRecipients, aliases: options.aliases });
  const gmail = createGmailApp(ctx, outbox);
  const mail = createMailApp(ctx, outbox);
  const calendar = createCalendarApp(ctx, { dailyEvents: workspace ? 10_000 : 5_000 });
  const advancedCalendar = createAdvancedCalendar(ctx, calendar.internals);
  const script = createScriptApp(ctx, { documentId, authorizationRequired: options.authorizationRequired, seed: options.seed, deployment: options.deployment });
  const properties = createPropertiesService(ctx, { documentId, dailyOperations: workspace ? 500_000 : 50_000 });
  const locks = createLockService(ctx, { documentId, currentExecution: options.currentExecution });
  const html = createHtmlService(ctx, { distDir: options.distDir });
  const session = createSession(ctx, { seed: options.seed, deployment: options.deployment, developerDomain: options.developerDomain });
  const utilities = createUtilities(ctx);

  const services: Record<ServiceName, object> = {
    SpreadsheetApp: sheets.service,
    FormApp: forms.service,
    GmailApp: gmail.service,
    MailApp: mail.service,
    CalendarApp: calendar.service,
    ScriptApp: script.service,
    PropertiesService: properties.service,
    LockService: locks.service,
    HtmlService: html.service,
    Session: session.service,
    Utilities: utilities.service,
  };
  return {
    services,
    /** Globals that are not wrapped: they are not Google services and cost nothing. */
    plainGlobals: { Logger: createLogger(ctx, options.logSink), console: createConsole(ctx, options.logSink) },
    /** Advanced services: global name -> collections (each wrapped as an object of the Apps Script service it bills to). */
    advanced: { Calendar: { billedAs: 'CalendarApp', collections: advancedCalendar.service } },
    sheets: sheets.model,
    forms: forms.model,
    outbox,
    calendar: calendar.model,
    triggers: script.registry,
    properties: properties.model,
    locks: locks.model,
  };
}

export type Assembled = ReturnType<typeof assembleServices>;
