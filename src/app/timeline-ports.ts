/**
 * This file defines what the timeline and the meetings need from the outside world beyond
 * the shared ports: the program's time zone, the hourly trigger of the current user, the
 * Log sheet, the calendar, and the email steps (which the outbox provides). They are kept
 * apart from src/app/ports.ts so the shared interface stays small; src/main.ts wires them.
 */
import type { LocalTime, StepError, StepId, StepState, ZoneOffset } from '../core/timeline';
import type { Ports } from './ports';

/** The outcome of one step's action: expected failures are values. */
export type StepResult = { ok: true; note?: StepError } | { ok: false; error: StepError };

export interface ProgramZone {
  /** IANA name of the spreadsheet's time zone, e.g. 'Europe/Stockholm'. */
  name(): string;
  offset: ZoneOffset;
}

/** The current user's hourly time-driven trigger for this spreadsheet. */
export interface AutomationGateway {
  /** The email of the user running this execution ('' when Google does not tell). */
  currentUser(): string;
  /** Unique ids of this user's hourly timeline triggers for this spreadsheet. */
  mine(): string[];
  /** Creates this user's hourly trigger for this spreadsheet; its unique id. */
  install(): string;
  /** Deletes this user's trigger with this id; false when they have none such. */
  deleteTrigger(uid: string): boolean;
}

export interface LogEntry {
  atMs: number;
  step: StepId | '';
  outcome: StepState | 'info';
  message: string;
  by: string;
  runId: string;
}

/** The Log sheet: appended to, never rewritten. */
export interface RunLog {
  append(entries: LogEntry[], language: 'sv' | 'en', offset: ZoneOffset): void;
}

/** One guest of a meeting event. */
export interface Guest {
  email: string;
  name: string;
}

export interface MeetingEventSpec {
  title: string;
  startMs: number;
  endMs: number;
  location: string;
  description: string;
  guests: string[];
  guestsCanSeeOtherGuests: boolean;
  /** Ask Google for a Meet link (advanced Calendar service). */
  createMeet: boolean;
  /** Idempotency key of the Meet request (the same on every retry of one event). */
  meetRequestId: string;
}

export interface EventSnapshot {
  id: string;
  /** 'confirmed', or 'cancelled' for an event deleted by hand. */
  status: 'confirmed' | 'cancelled';
  guests: string[];
  meetLink: string;
}

/** A calendar the group picked (or the user's own: calendarId 'primary'). */
export interface CalendarGateway {
  /** The event, or null when Calendar has no such event at all. */
  get(calendarId: string, eventId: string): EventSnapshot | null;
  /** Creates the event and emails the invitations; returns it. */
  insert(calendarId: string, spec: MeetingEventSpec): EventSnapshot;
  /** Updates time, place, text and guests (added guests are invited, removed ones told). */
  update(calendarId: string, eventId: string, spec: MeetingEventSpec): EventSnapshot;
}

/** The email steps, provided by the outbox (each idempotent: the outbox never sends twice). */
export type MailStep = 'announceMatches' | 'kickoffReminder' | 'midwayCheckIn' | 'checkInReminder' | 'closingReminder' | 'thanks';

export interface TimelineMailer {
  /** This build can run the step. */
  has(step: MailStep): boolean;
  run(step: MailStep): StepResult;
  /** Every hourly run after the announcement: queues the emails of pairs confirmed since, then sends what is due. */
  followUp(announced: boolean): void;
}

export interface TimelinePorts extends Ports {
  zone: ProgramZone;
  automation: AutomationGateway;
  log: RunLog;
  calendar: CalendarGateway;
  /** The outbox's email steps; a step it cannot run waits, saying why. */
  emailSteps?: TimelineMailer;
  /** The confirmed participants (mentors and mentees of confirmed pairs); absent until the Matches sheet exists. */
  participants?: () => Guest[];
}

export type { LocalTime };
