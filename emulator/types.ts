/**
 * This file defines the types of the emulator's scripting API (emulator/index.ts): its
 * options and the records it hands back. Everything returned is plain data, safe to
 * compare with toEqual and to send to the preview page as JSON.
 */
import type { ServiceName } from './context';
import type { AuthModeName } from './runtime/call-policy';
import type { ExecutionRecord } from './runtime/executions';
import type { GuestStatusName } from './services/calendar';
import type { LockScope } from './services/lock';
import type { LogEntry } from './services/logger';
import type { SentMail } from './services/mail-outbox';
import type { PropertyStoreName } from './services/properties';
import type { MenuRecord } from './services/spreadsheet';

export type { AuthModeName, ExecutionRecord, GuestStatusName, LockScope, LogEntry, MenuRecord, PropertyStoreName, SentMail, ServiceName };

export interface EmulatorOptions {
  /** Simulated start time, ISO 8601 (e.g. '2026-11-28T10:00:00Z'). */
  now: string;
  /** Seed of every generated id and uuid (default 1). */
  seed?: number;
  /** Folder with the built add-on (default <repo>/dist). */
  distDir?: string;
  /** Quotas and limits of a consumer (gmail.com) or Google Workspace account (default 'workspace'). */
  account?: 'consumer' | 'workspace';
  /** The user's address (default 'coordinator@example.edu'). */
  user?: string;
  /** GmailApp.getAliases() (default none). */
  aliases?: string[];
  /** Spreadsheet locale (default 'sv_SE'). */
  locale?: string;
  /** Script and spreadsheet time zone (default 'Europe/Stockholm', as in appsscript.json). */
  timeZone?: string;
  /** Simulated ms per service call, overriding DEFAULT_CALL_COST_MS. */
  callCostMs?: Partial<Record<ServiceName, number>>;
  /** Name of the bound spreadsheet (default 'Mentorprogram'). */
  spreadsheetName?: string;
  /** Overrides the daily email recipient quota (100 consumer / 1,500 Workspace). */
  dailyRecipients?: number;
  /** Makes ScriptApp.getAuthorizationInfo report REQUIRED (default false). */
  authorizationRequired?: boolean;
  /**
   * The project group's accounts, each with its own user properties, triggers and quotas
   * (default: [user]). The first one (or `user`, if given) is the default user of run().
   */
  users?: string[];
  /**
   * 'addon' (default): a published Editor add-on; its time-driven triggers run without a
   * document (no active spreadsheet, document properties or document lock), and
   * Session.getActiveUser() is blank for users outside the developer's domain.
   * 'bound': a container-bound script; its time-driven triggers have the spreadsheet.
   */
  deployment?: 'bound' | 'addon';
  /** Domain of the add-on's developer (default: the domain of the default user). */
  developerDomain?: string;
  /** Daily total runtime of trigger executions per user, ms (default 90 min consumer / 6 h Workspace). */
  triggerRuntimeMs?: number;
}

/** One execution of runConcurrently: a global called as google.script.run would, as `user`. */
export interface ConcurrentRequest {
  fn: string;
  /** Copied through JSON as in run(). */
  args?: unknown[];
  /** Default: the emulator's default user. */
  user?: string;
}

export interface ConcurrencyOptions {
  /**
   * The executions start within this many ms of now, each at a seeded random offset
   * (default 1,000; 0 starts them all at the same instant, in request order).
   */
  spreadMs?: number;
}

export interface SubmitFormsOptions extends ConcurrencyOptions {
  /** Run the form-submit trigger executions overlapping (concurrency.ts) instead of one after another. */
  simultaneous?: boolean;
}

export interface UserRunner {
  readonly user: string;
  run<T = unknown>(fnName: string, ...args: unknown[]): T;
  runRaw<T = unknown>(fnName: string, ...args: unknown[]): T;
  runTrigger(fnName: string, event?: Record<string, unknown>, options?: TriggerRunOptions): ExecutionRecord;
}

export type Role = 'mentor' | 'mentee';
export type Answers = Record<string, string | string[]>;

export interface FormSubmission {
  /** 'mentor', 'mentee', or the id of any form the add-on made. */
  role: Role | string;
  answers: Answers;
}

export interface FormSubmitResult {
  role: Role | string;
  formId: string;
  /** Where the response row landed. */
  sheetName: string;
  row: number;
  values: string[];
  namedValues: Record<string, string[]>;
  /** One execution per form-submit trigger fired (none if no trigger is installed). */
  executions: ExecutionRecord[];
}

export interface TriggerInfo {
  uid: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  documentId: string;
  user: string;
  /** ISO time of the next run of a time-driven trigger, else null. */
  nextRun: string | null;
}

export interface CalendarEventInfo {
  id: string;
  calendarId: string;
  title: string;
  start: string;
  end: string;
  description: string;
  location: string;
  guests: { email: string; status: GuestStatusName }[];
  /** Invitation emails Google would have sent (createEvent with sendInvites: true). */
  invitations: { email: string; sentAt: string }[];
  guestsCanSeeGuests: boolean;
  tags: Record<string, string>;
  /** The Calendar API id (advanced service). */
  apiId: string;
  /** Google Meet link, or ''. */
  meetLink: string;
  /** Update and cancellation emails (advanced service, sendUpdates). */
  notices: { email: string; kind: 'update' | 'cancellation'; sentAt: string }[];
}

export interface FormInfo {
  id: string;
  title: string;
  published: boolean;
  accepting: boolean;
  /** Item titles in order (questions and section headers). */
  items: string[];
  /** The published (respondent) URL. */
  url: string;
  destinationSpreadsheetId: string | null;
  responses: number;
}

export interface UiSnapshot {
  menus: MenuRecord[];
  sidebar: { title: string; html: string } | null;
}

export interface TriggerRunOptions {
  /** AuthMode of the execution (default: LIMITED for onOpen/onEdit, FULL otherwise). */
  authMode?: AuthModeName;
}
