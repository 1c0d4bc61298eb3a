/**
 * This file defines the conversion between a wall-clock time in the program's time zone
 * ('YYYY-MM-DD' + 'HH:mm') and an instant (milliseconds since 1970 UTC). The core reads no
 * clock and knows no zone rules: the caller passes the zone's offset function (in Apps
 * Script from the Apps Script date formatter, in tests from Intl), so daylight-saving changes are
 * whatever the zone database says. A wall time that does not exist (the spring-forward
 * hour) is read as the same clock reading in the new offset, i.e. one hour later, and an
 * ambiguous one (the autumn hour that happens twice) as its first occurrence, as
 * java.time's ZonedDateTime.of and Google Calendar do.
 */
import { fromDayNumber, type IsoDate, isTimeOfDay, toDayNumber } from '../program/dates';

/** The zone's offset from UTC in minutes (60 for CET, 120 for CEST) at an instant. */
export type ZoneOffset = (utcMs: number) => number;

/** A wall-clock time in the program's zone. */
export interface LocalTime {
  date: IsoDate;
  /** 'HH:mm' on the 24-hour clock. */
  time: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

function minutesOfDay(time: string): number {
  // Malformed input is a programming error: settings are validated before they get here.
  if (!isTimeOfDay(time)) throw new Error(`Not a time of day (HH:mm): ${JSON.stringify(time)}`);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The instant of a wall-clock time in the zone. */
export function instantOf(local: LocalTime, offset: ZoneOffset): number {
  const wall = toDayNumber(local.date) * DAY + minutesOfDay(local.time) * MINUTE;
  // The offsets in force just before and just after the wall time; they differ only
  // around a change. Prefer the earlier offset (first occurrence) when it is consistent.
  const before = offset(wall - offset(wall - DAY) * MINUTE - 3 * 3_600_000);
  const after = offset(wall - offset(wall + DAY) * MINUTE + 3 * 3_600_000);
  for (const candidate of [before, after]) {
    const utc = wall - candidate * MINUTE;
    if (offset(utc) === candidate) return utc;
  }
  // In the gap: the clock reading in the earlier offset, which lands after the change.
  return wall - before * MINUTE;
}

/** The wall-clock time of an instant in the zone. */
export function localTimeOf(utcMs: number, offset: ZoneOffset): LocalTime {
  const wall = utcMs + offset(utcMs) * MINUTE;
  const day = Math.floor(wall / DAY);
  const minutes = Math.floor((wall - day * DAY) / MINUTE);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { date: fromDayNumber(day), time: `${hh}:${mm}` };
}
