/**
 * This file defines what every emulated Apps Script service shares within one emulator:
 * the simulated clock, seeded ids, the Date class the bundle sees, the time zone and locale,
 * the current user, and Apps Script-shaped errors. Services receive it in their factory and
 * never read the real clock or Math.random.
 */

export type ServiceName =
  | 'SpreadsheetApp'
  | 'FormApp'
  | 'GmailApp'
  | 'MailApp'
  | 'CalendarApp'
  | 'ScriptApp'
  | 'PropertiesService'
  | 'LockService'
  | 'HtmlService'
  | 'Session'
  | 'Utilities';

export interface EmulatorClock {
  /** Simulated epoch milliseconds. */
  now(): number;
  /** Moves simulated time forward (never backward). */
  advance(ms: number): void;
}

export interface EmulatorContext {
  clock: EmulatorClock;
  /** Seeded, deterministic ids: `next('sheet')` gives 'sheet-1', 'sheet-2' ...; `uuid()` an RFC 4122 v4-shaped string. */
  ids: {
    next(prefix: string): string;
    uuid(): string;
    /** `length` lowercase hex digits (added for Google-looking ids such as iCalUIDs). */
    hex(length: number): string;
    /** `length` characters of [A-Za-z0-9_-] (added for Drive-style file ids). */
    token(length: number): string;
  };
  /** Creates a Date of the class the loaded bundle sees as `Date` (use for every Date handed to the bundle). */
  makeDate(ms: number): Date;
  /** True for any Date, whatever realm made it. */
  isDate(value: unknown): value is Date;
  /** IANA zone of the spreadsheet and script, e.g. 'Europe/Stockholm'. */
  timeZone: string;
  /** Spreadsheet locale, e.g. 'sv_SE' or 'en_US'. */
  locale: string;
  /**
   * The account running the script: the running execution's user (a trigger runs as its
   * creator), else the emulator's default user. The emulator sets `email` per execution.
   */
  user: { email: string; workspace: boolean };
  /** The running execution, or null between executions. */
  execution(): { id: string; kind: string; user: string; document: boolean } | null;
  /**
   * Throws an Error shaped like Apps Script's (`Exception: <message>`), naming the method,
   * e.g. fail('Range.setValues', 'The number of columns in the data does not match ...').
   */
  fail(method: string, message: string): never;
  /** Throws the emulator's "not supported" error for a method it deliberately leaves out. */
  unsupported(method: string): never;
}
