/**
 * This file defines the ports: what the use cases need from the outside world, as plain
 * interfaces. src/gas implements them with Apps Script services; only src/main.ts wires the
 * two together, so use cases can be read (and reasoned about) without any Google detail.
 */

import type { CheckinFormSpec } from '../core/email';
import type { Result } from '../core/failures';
import type { FormSpec } from '../core/forms';
import type { IsoDate } from '../core/program';
import type { SheetSnapshot, TableWrite } from '../core/tables';
import type { ZoneOffset } from '../core/timeline';
import type { Role } from '../core/types';

/** A table sheet: one header row, then records, read and written in whole blocks. */
export interface TableData {
  headers: string[];
  rows: unknown[][];
}

/** A form's two links: respondents', and the group's editor. */
export interface FormLinks {
  publishedUrl: string;
  editUrl: string;
}

/** What the add-on remembers about a form it made. */
export interface FormRecord extends FormLinks {
  /** Stored straight after the form is made; the links ('' until then) come with step 2. */
  formId: string;
  /** False until every question is on the form (absent in records from before this flag: built). */
  built?: boolean;
  /** -1 until the form is linked and its response tab found. */
  responseSheetId: number;
}

export type FormRecords = Partial<Record<Role, FormRecord>>;

export interface FormState {
  exists: boolean;
  /** Respondents can submit: published and accepting responses. */
  accepting: boolean;
}

/** Small JSON values every editor of the spreadsheet sees (Document Properties). */
export interface DocumentStore {
  readJson<T>(key: string): T | null;
  writeJson(key: string, value: unknown): void;
}

/** How a form is worded and opened: texts come in the program's language. */
export interface FormBuild {
  /** Shown by Google Forms when an email answer fails validation. */
  emailHelp: string;
  accepting: boolean;
}

/**
 * Making a form takes three steps, each stored before the next, so a failure at any point
 * is resumed by pressing again and never leaves a second form behind. Every step fails as
 * a value: 'formGone' when the form is not found (deleted, or not shared), and
 * 'formsUnavailable' when Forms did not answer, after which nothing may be made anew.
 */
export interface FormsGateway {
  /** exists: false only when Forms said the form is not found. */
  state(formId: string): Result<FormState>;
  /** Step 1: an empty form with this title; `remember` gets its id before any other Forms call. */
  create(title: string, remember: (formId: string) => void): Result<string>;
  /** Step 2: (re)writes every question, description and confirmation, publishes, opens or closes. */
  build(formId: string, spec: FormSpec, how: FormBuild): Result<FormLinks>;
  /** Step 3: links the form to this spreadsheet (once) and names its response tab; its id, or -1 if not there yet. */
  link(formId: string, responseSheetName: string): Result<number>;
  /** Opens (publishing if needed) or closes the form. */
  setAccepting(formId: string, accepting: boolean): Result<null>;
  /**
   * The answers as the person typed them (the form's own responses, checkboxes joined with
   * ', ') to `titles` of the response that landed on raw row `row` at `timestampMs`, by row;
   * a row whose response the form no longer has is left out.
   */
  typedAnswers(formId: string, queries: readonly TypedAnswerQuery[]): Map<number, Record<string, string>>;
}

/** Which typed answers to fetch for one raw response row (see FormsGateway.typedAnswers). */
export interface TypedAnswerQuery {
  row: number;
  timestampMs: number;
  titles: string[];
}

export interface Tables {
  /** The table on the sheet with this name, or null when there is no such sheet. */
  read(name: string): TableData | null;
  /** The table and name of the sheet with this id, or null. */
  readById(sheetId: number): { name: string; data: TableData } | null;
  /** Header row and one data row (1-based sheet row), three calls whatever the sheet's size. */
  readRow(sheetId: number, row: number): { headers: string[]; values: unknown[] } | null;
  /** Creates the sheet with its header row (frozen, hidden columns hidden) when missing. */
  ensure(name: string, headers: string[], hiddenHeaders: readonly string[]): void;
  /** Writes a block of values with its top-left cell at (row, column), both 1-based: one call. */
  writeBlock(name: string, row: number, column: number, values: unknown[][]): void;
}

/**
 * The sheets the add-on owns (src/core/tables): each read once, values and formulas, and
 * written by a plan of few blocks that touches only the add-on's own columns.
 */
export interface OwnedTables {
  /** The used block, header row first, with its formulas; null when there is no such sheet. */
  read(name: string): SheetSnapshot | null;
  /** Carries out a plan: creates the sheet when asked, one setValues per block, hides columns. */
  write(name: string, plan: TableWrite): void;
}

/**
 * The clock. Dates the group types (the timeline) are meant in the spreadsheet's time zone
 * (File > Settings), which an add-on's users set per document; the script's time zone is
 * the add-on's manifest, the same for every program, so it is not used for "today".
 */
export interface Clock {
  /** Today (YYYY-MM-DD) in the spreadsheet's time zone. */
  today(): IsoDate;
  /** Now, as an ISO 8601 instant in UTC. */
  nowIso(): string;
  /** The spreadsheet's time zone's offset from UTC (minutes) at an instant: for "09:00 on the date" in the program's zone. */
  zoneOffset: ZoneOffset;
}

export interface Lock {
  /** Runs `work` holding the document lock, so writers never interleave. */
  withLock<T>(work: () => T): T;
}

/**
 * The running member's installable triggers on this spreadsheet. Triggers run as the member
 * who made them and each member sees only their own (ScriptApp.getUserTriggers), so who owns
 * the one the add-on relies on is recorded in document properties (src/app/trigger-ownership).
 */
export interface Triggers {
  /** The running member's email ('' when Google does not reveal it). */
  currentUser(): string;
  /** Unique ids of the running member's form-submit triggers on this spreadsheet for the add-on's handler. */
  formSubmitTriggers(): string[];
  /** Installs a form-submit trigger under the running member; its unique id. */
  installFormSubmitTrigger(): string;
  /** Deletes the running member's trigger with this id; false when they have none such. */
  deleteTrigger(uid: string): boolean;
}

/** One email as the mailer sends it: both parts, from the chosen sender, replies to the contact person. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An alias of the sending user, or null for the user's own address. */
  from: string | null;
  /** The sender's display name. */
  name: string;
  replyTo: string;
}

/**
 * What became of a send: `rejected` (Gmail refused the message, e.g. the address: retrying
 * will not help), `quota` (the daily recipient quota is used up: nothing was sent), or
 * `unknown` (an error that does not say whether the email went).
 */
export type SendResult = { ok: true } | { ok: false; reason: 'rejected' | 'quota' | 'unknown'; message: string };

export interface Mailer {
  /** Recipients the running user may still send to today. */
  remainingQuota(): number;
  /** The running user's send-as aliases. */
  aliases(): string[];
  /** The running user's own address. */
  userEmail(): string;
  send(email: OutgoingEmail): SendResult;
}

/** The check-in form once built: its link, and a pre-filled link in which `marker` stands for a code. */
export interface CheckinFormBuild {
  publishedUrl: string;
  linkTemplate: string;
  marker: string;
}

/** The midway check-in form: made and linked like the sign-up forms, built from its own spec. */
export interface CheckinForms {
  build(formId: string, spec: CheckinFormSpec): Result<CheckinFormBuild>;
}

export interface Ports {
  store: DocumentStore;
  forms: FormsGateway;
  tables: Tables;
  clock: Clock;
  lock: Lock;
  triggers: Triggers;
  ownedTables: OwnedTables;
  mailer: Mailer;
  checkinForms: CheckinForms;
}
