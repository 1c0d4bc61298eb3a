/**
 * This file defines the calendar arithmetic the program timeline needs, on plain
 * 'YYYY-MM-DD' strings only. Days are counted with integer civil-calendar formulas (proleptic
 * Gregorian, no time zones), so the core never constructs a Date, never reads a clock and
 * gives the same answer in Apps Script, Node and the browser. Times of day are 'HH:mm'.
 */
import type { Language } from '../types';

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Years outside this range are almost certainly typing mistakes ('0226-05-01').
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(value: string): CivilDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date written 'YYYY-MM-DD' (so '2026-02-30' is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parts(value) !== null;
}

/** True for a time of day written 'HH:mm' on the 24-hour clock. */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

// Howard Hinnant's days_from_civil: days since 1970-01-01.
function dayNumberOf(c: CivilDate): number {
  const y = c.month <= 2 ? c.year - 1 : c.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = c.month > 2 ? c.month - 3 : c.month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + c.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilOf(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function format(c: CivilDate): IsoDate {
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

function mustParse(value: IsoDate): CivilDate {
  const c = parts(value);
  // A malformed date here is a programming error: callers validate user input first.
  if (!c) throw new Error(`Not a date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return c;
}

/** Days since 1970-01-01 (negative before). Throws on a malformed date. */
export function toDayNumber(date: IsoDate): number {
  return dayNumberOf(mustParse(date));
}

/** The date `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): IsoDate {
  return format(civilOf(dayNumber));
}

/** `date` moved by `days` (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `date` moved by whole calendar months. The day is clamped to the target month's length,
 * so 2026-01-31 + 1 month is 2026-02-28, as people expect of "one month later".
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const c = mustParse(date);
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format({ year, month, day: Math.min(c.day, daysInMonth(year, month)) });
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The date halfway between two dates, rounded down to a whole day. */
export function midpoint(a: IsoDate, b: IsoDate): IsoDate {
  return fromDayNumber(Math.floor((toDayNumber(a) + toDayNumber(b)) / 2));
}

/** Day of the week, 1 = Monday ... 7 = Sunday (ISO 8601). */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The first date on or after `date` that falls on `weekday` (1 = Monday ... 7 = Sunday). */
export function onOrAfterWeekday(date: IsoDate, weekday: number): IsoDate {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

/** The calendar date of an ISO 8601 timestamp, as written (no time-zone shift). */
export function dateOfTimestamp(timestamp: string): IsoDate | null {
  const head = timestamp.slice(0, 10);
  return isIsoDate(head) ? head : null;
}

const MONTHS: Record<Language, readonly string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A date as people write it in forms and emails: '12 oktober 2026' / '12 October 2026'. */
export function formatDate(date: IsoDate, language: Language): string {
  const c = mustParse(date);
  return `${c.day} ${MONTHS[language][c.month - 1]} ${c.year}`;
}

/** A date with an optional time: '12 oktober 2026 kl. 18:00' / '12 October 2026 at 18:00'. */
export function formatDateTime(date: IsoDate, time: string, language: Language): string {
  const day = formatDate(date, language);
  if (!isTimeOfDay(time)) return day;
  return language === 'sv' ? `${day} kl. ${time}` : `${day} at ${time}`;
}
