/**
 * This file defines time-zone arithmetic on top of Intl, shared by Utilities.formatDate, the
 * time-driven trigger schedule (atHour/nearMinute are wall-clock times in the script's zone)
 * and the spreadsheet's dates. Intl formatters are cached per zone because creating them is
 * slow.
 */

export interface ZonedParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number;
  /** Offset from UTC in minutes, e.g. 60 for CET. */
  offsetMinutes: number;
  /** The exact offset in ms: historical local mean times are not whole minutes. */
  offsetMs: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** True if Intl knows the zone (IANA names such as 'Europe/Stockholm', or 'UTC'/'GMT'). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of an instant in a zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const raw: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(ms))) raw[p.type] = p.value;
  const year = Number(raw.year);
  const month = Number(raw.month);
  const day = Number(raw.day);
  const hour = Number(raw.hour);
  const minute = Number(raw.minute);
  const second = Number(raw.second);
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: WEEKDAYS.indexOf(raw.weekday ?? 'Sun'),
    offsetMinutes: Math.round((asUtc - ms) / 60000),
    offsetMs: asUtc - ms,
  };
}

/**
 * The instant at which the zone's wall clock shows the given time. For a time skipped by a
 * DST change the later instant is returned; for a repeated time the earlier one.
 */
export function zonedTimeToEpoch(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two refinements settle the offset, also across a DST boundary.
  const guess = asUtc - zonedParts(asUtc, timeZone).offsetMs;
  return asUtc - zonedParts(guess, timeZone).offsetMs;
}
