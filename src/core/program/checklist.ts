/**
 * This file defines the planning checklist the setup view shows: the toolkit's steps laid
 * on the program's timeline, in order, each with a date and a status relative to `today`.
 * Steps are of two kinds. Events happen on their date (applications open, the kickoff) and
 * count as done once the date has passed. Tasks need someone to act (create the forms, send
 * the match emails, delete the data); the core cannot see whether that happened, so the
 * caller passes what it knows in `progress`, and a task past its date without confirmation
 * is overdue. `progress` also overrides events: `false` marks an event as not done.
 */
import type { Language } from '../types';
import { addDays, addMonths, type IsoDate, isIsoDate } from './dates';
import { PLANNING_MONTHS_BEFORE_OPENING, type ProgramSettings } from './settings';
import { programTexts } from './texts';

export type ChecklistKey =
  | 'startPlanning'
  | 'appointGroup'
  | 'createForms'
  | 'openApplications'
  | 'closeApplications'
  | 'match'
  | 'announceMatches'
  | 'kickoff'
  | 'midwayCheckIn'
  | 'closingMeeting'
  | 'programEnd'
  | 'deleteData';

export type ChecklistStatus = 'done' | 'due' | 'upcoming' | 'overdue';

export interface ChecklistItem {
  key: ChecklistKey;
  label: string;
  date: IsoDate;
  status: ChecklistStatus;
}

/** What the caller knows has (true) or has not (false) happened. */
export type ChecklistProgress = Partial<Record<ChecklistKey, boolean>>;

/** A step not done and dated within this many days from today is due (time to act). */
export const DUE_WINDOW_DAYS = 7;
/** The forms should exist this long before applications open, to test and share them. */
export const FORMS_READY_DAYS_BEFORE_OPENING = 14;
/** Matching gets this many days before the announcement (it cannot start before closing). */
export const MATCHING_DAYS_BEFORE_ANNOUNCEMENT = 2;

const TASKS: ReadonlySet<ChecklistKey> = new Set<ChecklistKey>([
  'appointGroup',
  'createForms',
  'match',
  'announceMatches',
  'midwayCheckIn',
  'deleteData',
]);

function later(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

function stepDates(settings: ProgramSettings): [ChecklistKey, IsoDate][] {
  const t = settings.timeline;
  const planning = addMonths(t.applicationOpens, -PLANNING_MONTHS_BEFORE_OPENING);
  return [
    ['startPlanning', planning],
    // The toolkit's second step: a group and contact person early on, a month into planning.
    ['appointGroup', addMonths(planning, 1)],
    ['createForms', addDays(t.applicationOpens, -FORMS_READY_DAYS_BEFORE_OPENING)],
    ['openApplications', t.applicationOpens],
    ['closeApplications', t.applicationCloses],
    ['match', later(t.applicationCloses, addDays(t.matchesAnnounced, -MATCHING_DAYS_BEFORE_ANNOUNCEMENT))],
    ['announceMatches', t.matchesAnnounced],
    ['kickoff', t.kickoff.date],
    ['midwayCheckIn', t.midway],
    ['closingMeeting', t.closing.date],
    ['programEnd', t.programEnd],
    ['deleteData', t.dataDeletion],
  ];
}

function statusOf(key: ChecklistKey, date: IsoDate, today: IsoDate, done: boolean | undefined): ChecklistStatus {
  if (done === true) return 'done';
  if (date < today) return TASKS.has(key) || done === false ? 'overdue' : 'done';
  return date <= addDays(today, DUE_WINDOW_DAYS) ? 'due' : 'upcoming';
}

/**
 * The ordered checklist for `settings` (validated) as of `today`. The project group is taken
 * as appointed once a contact person and at least one member are set, whatever `progress`
 * says otherwise about it. Labels are in the program's language unless `language` is given.
 */
export function planningChecklist(
  settings: ProgramSettings,
  today: IsoDate,
  progress: ChecklistProgress = {},
  language: Language = settings.language,
): ChecklistItem[] {
  if (!isIsoDate(today)) throw new Error(`planningChecklist: today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);
  const labels = programTexts(language).checklist;
  const appointed = settings.contact.name !== '' && settings.contact.email !== '' && settings.projectGroup.length > 0;
  return stepDates(settings).map(([key, date]) => {
    const done = key === 'appointGroup' && appointed ? true : progress[key];
    return { key, label: labels[key], date, status: statusOf(key, date, today, done) };
  });
}
