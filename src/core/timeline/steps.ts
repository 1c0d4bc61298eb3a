/**
 * This file defines the program's timeline as steps: which steps there are, in which order,
 * and when each falls due, derived from the program's dates (setup) and a few timeline
 * options. Due times are wall-clock times in the program's zone turned into instants with
 * the zone's offset function, so a step due "09:00" is due at 09:00 in Stockholm on both
 * sides of a daylight-saving change. A step the group moved keeps its new time; every other
 * step follows the settings, so changing a date in setup moves the steps still waiting.
 */
import type { IsoDate } from '../program/dates';
import { addDays } from '../program/dates';
import type { ProgramSettings } from '../program/settings';
import { instantOf, type LocalTime, localTimeOf, type ZoneOffset } from './zoned-time';

/** The steps, in the order they run when several fall due at once. */
export const STEP_IDS = [
  'openForms',
  'closeForms',
  'announceMatches',
  'createKickoff',
  'kickoffReminder',
  'midwayCheckIn',
  'createClosing',
  'checkInReminder',
  'closingReminder',
  'thanks',
  'deletePersonalData',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** What the group can adjust about the timeline beyond the program's dates. */
export interface TimelineOptions {
  /** 'HH:mm': the time of day emails and invitations go out. */
  sendTime: string;
  /** Days before each meeting its reminder goes out. */
  reminderDaysBefore: number;
  /** Days after the midway check-in its reminder (and the flags for pairs that have not met) go out. */
  checkInReminderDays: number;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = { sendTime: '09:00', reminderDaysBefore: 2, checkInReminderDays: 7 };

export interface PlannedStep {
  id: StepId;
  /** When it is due, in the program's zone (the moved time when the group moved it). */
  due: LocalTime;
  dueMs: number;
  /**
   * After this instant the step no longer makes sense (a reminder after its meeting, opening
   * the forms after they should have closed): a run that finds it still waiting skips it.
   * Null: it never lapses, however late.
   */
  lapsesMs: number | null;
  /** Waits for a group member's confirmation instead of running by itself. */
  needsConfirmation: boolean;
  moved: boolean;
}

const MIDNIGHT = '00:00';

function at(date: IsoDate, time: string): LocalTime {
  return { date, time };
}

/** The natural due times, before the group's moves. */
function naturalDue(settings: ProgramSettings, o: TimelineOptions): Record<StepId, LocalTime> {
  const t = settings.timeline;
  const send = (date: IsoDate) => at(date, o.sendTime);
  return {
    // Forms accept answers from the first minute of the opening day to the last of the closing day.
    openForms: at(t.applicationOpens, MIDNIGHT),
    closeForms: at(addDays(t.applicationCloses, 1), MIDNIGHT),
    announceMatches: send(t.matchesAnnounced),
    // The invitation goes with the match emails, so the date is in everyone's calendar at once.
    createKickoff: send(t.matchesAnnounced),
    kickoffReminder: send(addDays(t.kickoff.date, -o.reminderDaysBefore)),
    midwayCheckIn: send(t.midway),
    // The closing invitation goes out at midway: about a month's notice in the toolkit's plan.
    createClosing: send(t.midway),
    checkInReminder: send(addDays(t.midway, o.checkInReminderDays)),
    closingReminder: send(addDays(t.closing.date, -o.reminderDaysBefore)),
    // The morning after the closing meeting.
    thanks: send(addDays(t.closing.date, 1)),
    deletePersonalData: send(t.dataDeletion),
  };
}

/** Steps that come after another one: never due before it (a reminder before its invitation). */
const NOT_BEFORE: Partial<Record<StepId, StepId>> = {
  createKickoff: 'announceMatches',
  kickoffReminder: 'createKickoff',
  checkInReminder: 'midwayCheckIn',
  closingReminder: 'createClosing',
  thanks: 'closingReminder',
};

/**
 * The timeline for these settings. `moves` holds the steps the group moved by hand (their
 * new wall-clock time), `offset` the program zone's offset function.
 */
export function planTimeline(settings: ProgramSettings, options: TimelineOptions, moves: Partial<Record<StepId, LocalTime>>, offset: ZoneOffset): PlannedStep[] {
  const natural = naturalDue(settings, options);
  const t = settings.timeline;
  const kickoffStart = instantOf(t.kickoff, offset);
  const closingStart = instantOf(t.closing, offset);
  const lapses: Record<StepId, number | null> = {
    openForms: instantOf(natural.closeForms, offset),
    closeForms: null,
    announceMatches: null,
    createKickoff: kickoffStart,
    kickoffReminder: kickoffStart,
    midwayCheckIn: closingStart,
    createClosing: closingStart,
    checkInReminder: closingStart,
    closingReminder: closingStart,
    thanks: null,
    deletePersonalData: null,
  };
  const planned = new Map<StepId, PlannedStep>();
  for (const id of STEP_IDS) {
    const move = moves[id];
    let due = move ?? natural[id];
    let dueMs = instantOf(due, offset);
    const prior = NOT_BEFORE[id];
    const priorStep = prior ? planned.get(prior) : undefined;
    if (!move && priorStep && priorStep.dueMs > dueMs) {
      dueMs = priorStep.dueMs;
      due = localTimeOf(dueMs, offset);
    }
    planned.set(id, { id, due, dueMs, lapsesMs: lapses[id], needsConfirmation: id === 'deletePersonalData', moved: move !== undefined });
  }
  return STEP_IDS.map((id) => planned.get(id) as PlannedStep);
}
