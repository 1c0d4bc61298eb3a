/**
 * This file defines Utilities.formatDate's pattern language: Java SimpleDateFormat letters
 * rendered in a real IANA time zone. Names of months and days are English, as Apps Script
 * formats them whatever the spreadsheet locale. Supported letters: G y Y M L d D E u a H k
 * K h m s S z Z X and 'quoted text'; any other letter throws like Java's "Illegal pattern
 * character".
 */
import { type ZonedParts, zonedParts } from '../runtime/time-zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offset(minutes: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X1') return `${sign}${h}`;
  if (style === 'X3') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

const zoneNames = new Map<string, Intl.DateTimeFormat>();

function zoneAbbreviation(ms: number, timeZone: string, offsetMinutes: number): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  if (timeZone === 'GMT' || timeZone === 'Etc/GMT') return 'GMT';
  for (const locale of ['en-US', 'en-GB']) {
    const key = `${locale}|${timeZone}`;
    let f = zoneNames.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
      zoneNames.set(key, f);
    }
    const name = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (name !== '' && !name.startsWith('GMT') && !name.startsWith('UTC')) return name;
  }
  return `GMT${offset(offsetMinutes, 'X3').replace('Z', '+00:00')}`;
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000) + 1;
}

function field(letter: string, count: number, p: ZonedParts, ms: number, timeZone: string): string {
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1] ?? '';
      if (count === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'D':
      return pad(dayOfYear(p), count);
    case 'E':
      return count >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, Math.max(count, 3)).slice(0, Math.max(count, 3));
    case 'z':
      return zoneAbbreviation(ms, timeZone, p.offsetMinutes);
    case 'Z':
      return offset(p.offsetMinutes, 'Z');
    case 'X':
      return offset(p.offsetMinutes, count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Formats `ms` with a SimpleDateFormat pattern in `timeZone`; throws on an unknown letter. */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const p = zonedParts(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] ?? '';
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) out += "'";
      else out += pattern.slice(i + 1, end === -1 ? pattern.length : end);
      i = end === -1 ? pattern.length : end + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out += field(c, j - i, p, ms, timeZone);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
