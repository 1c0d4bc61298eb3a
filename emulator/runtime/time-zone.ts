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

const offsetCache = new Map<string, Map<number, number>>();
/** Since 1970 every zone changes offset on a quarter hour, so one lookup per quarter hour suffices. */
const BUCKET_MS = 15 * 60_000;

/** The zone's offset from UTC in ms at an instant (cached per quarter hour since 1970). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  if (!(ms >= 0)) return zonedParts(ms, timeZone).offsetMs;
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(ms / BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    if (cache.size > 50_000) cache.clear();
    offset = zonedParts(bucket * BUCKET_MS, timeZone).offsetMs;
    cache.set(bucket, offset);
  }
  return offset;
}

/**
 * The instant for a wall-clock time given as "local ms" (the wall clock read as if it were UTC),
 * as ECMAScript's UTC(t) does: a repeated time (autumn) is the earlier instant, a skipped time
 * (spring) is read with the offset before the change, so 02:30 becomes 03:30.
 */
export function localToEpoch(localMs: number, timeZone: string): number {
  if (!Number.isFinite(localMs)) return Number.NaN;
  const DAY = 86_400_000;
  const before = zoneOffsetMs(localMs - DAY, timeZone);
  const after = zoneOffsetMs(localMs + DAY, timeZone);
  const fits = [before, after].filter((o) => zoneOffsetMs(localMs - o, timeZone) === o).map((o) => localMs - o);
  if (fits.length > 0) return Math.min(...fits);
  return localMs - before;
}
