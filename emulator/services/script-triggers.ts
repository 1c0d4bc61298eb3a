/**
 * This file defines the installable-trigger registry behind ScriptApp and how time-driven
 * triggers are scheduled. Google fires a recurring trigger at a time it picks within the
 * hour; the emulator picks a seeded minute and second per trigger (`offsetMs`, under an hour):
 * everyHours(n) fires every n hours at that offset past the hour; everyDays/everyWeeks fire
 * at atHour plus that offset (or at nearMinute when given) wall-clock time in the trigger's
 * zone. So a trigger never fires twice within an hour, and never exactly on the hour;
 * at()/after()/atDate() fire once and then stay listed, disabled, until deleted (so they
 * still count towards the add-on limits, the stricter reading).
 */
import { zonedParts, zonedTimeToEpoch } from '../runtime/time-zone';

export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE' | 'ON_EVENT_UPDATED';
export type TriggerSourceName = 'SPREADSHEETS' | 'CLOCK' | 'FORMS' | 'DOCUMENTS' | 'CALENDAR';

const HOUR = 3600_000;

export type ClockSchedule =
  | { kind: 'once'; nextAt: number; fired: boolean }
  | { kind: 'hours'; every: number; nextAt: number }
  | { kind: 'days'; every: number; hour: number; minute: number; timeZone: string; nextAt: number };

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  sourceId: string | null;
  user: string;
  /** The document the add-on created it in (add-on triggers belong to one document). */
  documentId: string;
  created: number;
  schedule: ClockSchedule | null;
}

/** What the clock builder collected. */
export interface ClockSpec {
  minutes?: number;
  hours?: number;
  days?: number;
  weeks?: number;
  atHour?: number;
  nearMinute?: number;
  weekDay?: number;
  monthDay?: number;
  at?: number;
  after?: number;
  atDate?: [number, number, number];
  timeZone?: string;
}

/** Local date `days` after the local date of `fromMs`, at hour:minute, in `timeZone`. */
function localAt(fromMs: number, days: number, hour: number, minute: number, timeZone: string): number {
  const p = zonedParts(fromMs, timeZone);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return zonedTimeToEpoch(timeZone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute);
}

/** A trigger's seeded firing offset within the hour: 1 min 0 s to 59 min 59 s, from the seed and its uid. */
export function firingOffsetMs(seed: number, uid: string): number {
  let h = 2166136261 ^ seed;
  for (const ch of `${seed}:${uid}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return 60_000 + (h % (59 * 60)) * 1000;
}

/** First schedule for a spec, or an error message (the caller throws it Google-style). */
export function scheduleFor(spec: ClockSpec, nowMs: number, defaultZone: string, offsetMs = 0): ClockSchedule | string {
  const tz = spec.timeZone ?? defaultZone;
  if (spec.minutes !== undefined) return 'Add-ons cannot create time-based triggers that run more frequently than once per hour.';
  if (spec.monthDay !== undefined) return 'unsupported:ClockTriggerBuilder.onMonthDay';
  if (spec.at !== undefined) return { kind: 'once', nextAt: spec.at, fired: false };
  if (spec.after !== undefined) return { kind: 'once', nextAt: nowMs + spec.after, fired: false };
  if (spec.atDate) {
    const [y, m, d] = spec.atDate;
    return { kind: 'once', nextAt: zonedTimeToEpoch(tz, y, m, d, spec.atHour ?? 0, spec.nearMinute ?? 0), fired: false };
  }
  if (spec.hours !== undefined) {
    // The first run: `offsetMs` past the hour, n hours on (Google: "sometime within the hour").
    const hourStart = Math.floor(nowMs / HOUR) * HOUR;
    return { kind: 'hours', every: spec.hours, nextAt: hourStart + spec.hours * HOUR + offsetMs };
  }
  if (spec.days !== undefined || spec.weeks !== undefined) {
    const now = zonedParts(nowMs, tz);
    const hour = spec.atHour ?? now.hour;
    const minute = spec.nearMinute ?? (spec.atHour === undefined ? now.minute : Math.floor(offsetMs / 60_000));
    const every = spec.days ?? (spec.weeks ?? 1) * 7;
    let offsetDays = 0;
    if (spec.weeks !== undefined && spec.weekDay !== undefined) offsetDays = (spec.weekDay - now.weekday + 7) % 7;
    let first = localAt(nowMs, offsetDays, hour, minute, tz);
    if (first <= nowMs) first = localAt(nowMs, offsetDays + (spec.weeks !== undefined && spec.weekDay !== undefined ? 7 : 1), hour, minute, tz);
    return { kind: 'days', every, hour, minute, timeZone: tz, nextAt: first };
  }
  if (spec.atHour !== undefined || spec.weekDay !== undefined) return 'atHour/onWeekDay need everyDays or everyWeeks';
  return 'The clock trigger has no schedule: call everyHours, everyDays, everyWeeks, at, after or atDate.';
}

/** Moves a schedule past the run that was due at its `nextAt`. */
export function advanceSchedule(s: ClockSchedule): void {
  if (s.kind === 'once') s.fired = true;
  else if (s.kind === 'hours') s.nextAt += s.every * HOUR;
  else s.nextAt = localAt(s.nextAt, s.every, s.hour, s.minute, s.timeZone);
}

/** Next run time, or null when the trigger will not fire again. */
export function nextRun(s: ClockSchedule | null): number | null {
  if (!s || (s.kind === 'once' && s.fired)) return null;
  return s.nextAt;
}

/** The event object Apps Script passes to a time-driven trigger (fields in UTC). */
export function clockEvent(ms: number, triggerUid: string): Record<string, unknown> {
  const d = new Date(ms);
  // ISO week: the week holding this date's Thursday.
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7));
  const week = Math.ceil(((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86400000 + 1) / 7);
  return {
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': week,
    year: d.getUTCFullYear(),
  };
}
