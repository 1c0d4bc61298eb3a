/**
 * This file defines the emulator's scripting API, used by the integration tests and the
 * local preview (documented in emulator/README.md): create an emulator on a simulated
 * clock, run the built add-on's functions as Apps Script would, submit its forms, move
 * time forward, and read back what the add-on did.
 */
import type { EmulatorContext, ServiceName } from './context';
import { MentorprogramEmulator } from './emulator';
import type { ExecutionRecord } from './runtime/executions';
import type { FormsModel } from './services/forms';
import type { SpreadsheetModel } from './services/spreadsheet';
import type {
  Answers,
  ConcurrencyOptions,
  ConcurrentRequest,
  CalendarEventInfo,
  EmulatorOptions,
  FormInfo,
  FormSubmission,
  FormSubmitResult,
  GuestStatusName,
  LockScope,
  LogEntry,
  PropertyStoreName,
  Role,
  SentMail,
  SubmitFormsOptions,
  TriggerInfo,
  TriggerRunOptions,
  UiSnapshot,
  UserRunner,
} from './types';

export type * from './types';
export { DEFAULT_CALL_COST_MS, EXECUTION_LIMIT_MS, SIMPLE_TRIGGER_LIMIT_MS } from './runtime/call-policy';
export { UNSUPPORTED_SUFFIX } from './runtime/errors';
export { TIME_LIMIT_MESSAGE } from './runtime/executions';
export { FORMS_PROPERTY } from './trigger-firing';
export { PROGRAM_STORE_SHEET } from './views';
export { DEFAULT_SPREAD_MS, MAX_SIMULTANEOUS_EXECUTIONS_PER_USER, TOO_MANY_SIMULTANEOUS_MESSAGE } from './concurrency';
export { TRIGGER_RUNTIME_MESSAGE } from './emulator';
export { LOCK_TIMEOUT_MESSAGE } from './services/lock';
export { SERVER_ERROR_MESSAGE } from './services/mail-outbox';

export interface Emulator {
  /**
   * Calls a global of the bundle as google.script.run or a menu item would: a new execution
   * (AuthMode FULL, 6-minute budget, locks released after). Arguments and result are copied
   * through JSON; Dates, functions and class instances are rejected. Throws what the function threw.
   */
  run<T = unknown>(fnName: string, ...args: unknown[]): T;
  /** Like run, without the JSON copy (for passing event objects; results stay in the bundle's realm). */
  runRaw<T = unknown>(fnName: string, ...args: unknown[]): T;
  /**
   * Runs a trigger function with an event ({ authMode, source: the spreadsheet } plus `event`).
   * onOpen/onEdit/onInstall are simple triggers (30-second budget). Failures are recorded, not thrown.
   */
  runTrigger(fnName: string, event?: Record<string, unknown>, options?: TriggerRunOptions): ExecutionRecord;
  /** Submits the add-on's form for `role` (found through the document property mp.forms) and fires form-submit triggers. */
  submitForm(role: Role | string, answers: Answers): FormSubmitResult;
  /** A respondent opens a pre-filled link (toPrefilledUrl) of any form, adds `answers` by question title and submits; triggers fire as for submitForm. */
  submitPrefilled(url: string, answers?: Answers): FormSubmitResult;
  /**
   * Submits several responses at the same moment: all rows land first, then the triggers run
   * one by one, or with { simultaneous: true } overlapping around the locks (see runConcurrently).
   */
  submitForms(list: FormSubmission[], options?: SubmitFormsOptions): FormSubmitResult[];
  /**
   * Runs several google.script.run calls "at the same moment" (each as request.user, default
   * the default user): each on its own clock, starting at a seeded instant within
   * options.spreadMs (default 1,000) of now, run to completion in start order with locks busy
   * until their release; a user's 31st simultaneous execution is refused. Failures are
   * recorded, not thrown. Returns the records in request order; the clock ends at the latest end.
   */
  runConcurrently(requests: ConcurrentRequest[], options?: ConcurrencyOptions): ExecutionRecord[];
  /** The same run/runRaw/runTrigger as another member of the group (one of options.users). */
  as(user: string): UserRunner;
  /** The group's accounts (options.users; the default user first). */
  users(): string[];
  /** What is left today of `user`'s daily trigger runtime (90 min consumer / 6 h Workspace), ms. */
  triggerRuntimeRemainingMs(user?: string): number;
  /** Moves the clock forward to `iso`, firing due time-driven triggers in order; returns their executions. */
  advanceTo(iso: string): ExecutionRecord[];
  advanceBy(ms: number): ExecutionRecord[];
  /** Simulated now, ISO. */
  now(): string;
  /** A sheet's content area as displayed (string[][]; [] when empty). Throws if there is no such sheet. */
  sheet(name: string): string[][];
  sheetNames(): string[];
  sentMail(): SentMail[];
  calendarEvents(): CalendarEventInfo[];
  /** A guest answers an invitation (YES, NO, MAYBE). */
  respondToInvitation(eventId: string, email: string, status: GuestStatusName): void;
  /** A group member deletes an event by hand in Calendar (iCalUID or API id): the API still returns it as cancelled. */
  deleteCalendarEventByHand(eventId: string): void;
  /** Calls per service since creation or the last reset, e.g. { SpreadsheetApp: 12 }. */
  serviceCalls(): Partial<Record<ServiceName, number>>;
  /** Calls per method, e.g. { 'Range.getValues': 3 }. */
  methodCalls(): Record<string, number>;
  resetServiceCalls(): void;
  /** Changes the simulated cost per call of some services from now on (e.g. to make an execution run out of time). */
  setCallCostMs(costs: Partial<Record<ServiceName, number>>): void;
  /**
   * Cuts the running execution off right after its `calls`-th service call from now (that
   * call takes the whole 6-minute limit, so the next one throws the time-limit error), as a
   * run dies at any point on Google; null restores normal costs. For "killed at every call" tests.
   */
  cutOffAfterCalls(calls: number | null): void;
  /**
   * Another script or add-on of `options.user` (default: the default user) sends `recipients`
   * recipients' worth of email, sharing the user's daily recipient quota: now, or right after
   * the next `options.afterSends` messages the add-on sends (to spend it in the middle of a run).
   */
  useMailQuota(recipients: number, options?: { user?: string; afterSends?: number }): void;
  /** Gmail refuses every message to `address` from now on, throwing `message` (default `Invalid email: <address>`); nothing is sent or charged. */
  rejectAddress(address: string, message?: string): void;
  /**
   * The next GmailApp/MailApp send throws `failure.message` (default SERVER_ERROR_MESSAGE), after
   * delivering the message (`delivered: true`: it is in sentMail()) or before (`false`: it is not).
   * Either way the recipients are charged to the quota.
   */
  failNextSend(failure: { message?: string; delivered: boolean }): void;
  triggers(): TriggerInfo[];
  /** A store as a plain object; for 'user', whose (default: the default user). */
  properties(store: PropertyStoreName, user?: string): Record<string, string>;
  /** Test setup: writes properties directly (no quota, limits or service call). */
  setProperties(store: PropertyStoreName, values: Record<string, string>, user?: string): void;
  /**
   * The add-on's stored records by key, wherever this deployment keeps them: document
   * properties of a bound script, the hidden store sheet of a published add-on.
   */
  programRecords(): Record<string, string>;
  /** Test setup: sets keys of the add-on's records where the deployment keeps them (merged). */
  setProgramRecords(values: Record<string, string>): void;
  ui(): UiSnapshot;
  /** Logger.log and console output of the bundle. */
  logs(): LogEntry[];
  executions(): ExecutionRecord[];
  /** Simulates another execution holding a lock until `untilIso`. */
  holdLock(scope: LockScope, untilIso: string): void;
  /** Makes ScriptApp.getAuthorizationInfo report REQUIRED or NOT_REQUIRED. */
  setAuthorizationRequired(required: boolean): void;
  forms(): FormInfo[];
  /** Uncounted access to the spreadsheet model (tests, preview). */
  readonly spreadsheet: SpreadsheetModel;
  readonly formsModel: FormsModel;
  /** The vm context of the latest execution (the bundle's global object). */
  readonly global: Record<string, unknown>;
  readonly context: EmulatorContext;
}

export function createEmulator(options: EmulatorOptions): Emulator {
  return new MentorprogramEmulator(options);
}
