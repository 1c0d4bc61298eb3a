/**
 * This file defines the tests of local time inside the bundle: Dates built from parts, their
 * getters and setters, toString and parsing of local date strings follow the script's time
 * zone (daylight saving included), not the host's TZ. CI runs this file under TZ=UTC and
 * TZ=America/New_York; the figures below hold under both.
 */
import { scriptEmulator } from './helpers';

const CODE = `
function parts(ms) { var d = new Date(ms); return [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getTimezoneOffset()]; }
function build(y, m, d, h, mi) { return new Date(y, m, d, h, mi).toISOString(); }
function buildDefaults() { return [new Date(2026, 0).toISOString(), new Date(2026, 0, 15).toISOString(), new Date(26, 0, 1).toISOString()]; }
function parse(s) { var t = Date.parse(s); return [isNaN(t) ? null : new Date(t).toISOString(), isNaN(new Date(s).getTime()) ? null : new Date(s).toISOString()]; }
function text(ms) { var d = new Date(ms); return [d.toString(), d.toDateString(), d.toTimeString(), d.toLocaleString('en-GB'), d.toLocaleString('en-GB', { timeZone: 'UTC' }), String(d), '' + d]; }
function setters(ms) {
  var d = new Date(ms), out = [];
  d.setHours(17, 0, 0, 0); out.push(d.toISOString());
  d.setDate(d.getDate() + 1); out.push(d.toISOString());
  d.setMonth(6); out.push(d.toISOString());
  d.setMinutes(90); out.push(d.toISOString());
  d.setFullYear(2027, 0, 1); out.push(d.toISOString());
  d.setSeconds(30, 5); out.push(d.toISOString());
  d.setMilliseconds(7); out.push(d.toISOString());
  return out;
}
function midnight(ms) { var d = new Date(ms); d.setHours(0, 0, 0, 0); return d.toISOString(); }
function intl(ms) { return [new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(ms)), Intl.DateTimeFormat().resolvedOptions().timeZone, new Intl.DateTimeFormat('en-GB', { hour: '2-digit', timeZone: 'UTC' }).format(new Date(ms)), typeof Intl.NumberFormat]; }
function nowText() { return [Date(), new Date().getHours(), new Date() instanceof Date]; }
function serviceDate() { var d = CalendarApp.getDefaultCalendar().createEvent('x', new Date(2026, 6, 1, 9, 0), new Date(2026, 6, 1, 10, 0)).getStartTime(); return [d.getHours(), d.toTimeString().slice(0, 17), d instanceof Date]; }
`;

const stockholm = () => scriptEmulator(CODE, { timeZone: 'Europe/Stockholm', now: '2026-01-15T09:30:00Z' });

describe('local time in the script time zone', () => {
  test('new Date(y, m, d, h, mi) is read in the script zone, daylight saving included', () => {
    const emu = stockholm();
    expect(emu.run('build', 2026, 0, 15, 17, 0)).toBe('2026-01-15T16:00:00.000Z');
    expect(emu.run('build', 2026, 6, 15, 17, 0)).toBe('2026-07-15T15:00:00.000Z');
    expect(emu.run('buildDefaults')).toEqual(['2025-12-31T23:00:00.000Z', '2026-01-14T23:00:00.000Z', '1925-12-31T23:00:00.000Z']);
    const ny = scriptEmulator(CODE, { timeZone: 'Asia/Tokyo' });
    expect(ny.run('build', 2026, 0, 15, 17, 0)).toBe('2026-01-15T08:00:00.000Z');
  });

  test('a time skipped in spring moves forward, a repeated one in autumn is the earlier', () => {
    const emu = stockholm();
    expect(emu.run('build', 2026, 2, 29, 2, 30)).toBe('2026-03-29T01:30:00.000Z');
    expect(emu.run('build', 2026, 9, 25, 2, 30)).toBe('2026-10-25T00:30:00.000Z');
  });

  test('getters and getTimezoneOffset follow the zone', () => {
    const emu = stockholm();
    // 2026-01-15T23:30Z is already Friday the 16th in Stockholm.
    expect(emu.run('parts', Date.parse('2026-01-15T23:30:00Z'))).toEqual([2026, 0, 16, 5, 0, 30, 0, -60]);
    expect(emu.run('parts', Date.parse('2026-07-01T12:00:00Z'))).toEqual([2026, 6, 1, 3, 14, 0, 0, -120]);
    expect(emu.run('parts', Date.parse('2026-12-31T23:00:00Z'))).toEqual([2027, 0, 1, 5, 0, 0, 0, -60]);
  });

  test('setters change local fields in the zone and cross daylight saving', () => {
    const emu = stockholm();
    expect(emu.run('setters', Date.parse('2026-03-28T08:00:00Z'))).toEqual([
      '2026-03-28T16:00:00.000Z', // 17:00 CET
      '2026-03-29T15:00:00.000Z', // next day 17:00 CEST
      '2026-07-29T15:00:00.000Z',
      '2026-07-29T16:30:00.000Z', // setMinutes(90): 18:30 CEST
      '2027-01-01T17:30:00.000Z', // 18:30 CET
      '2027-01-01T17:30:30.005Z',
      '2027-01-01T17:30:30.007Z',
    ]);
    expect(emu.run('midnight', Date.parse('2026-07-01T12:00:00Z'))).toBe('2026-06-30T22:00:00.000Z');
  });

  test('local date strings are parsed in the zone; ISO date-only is UTC, offsets are kept', () => {
    const emu = stockholm();
    expect(emu.run<(string | null)[]>('parse', '2026-01-15 17:00')).toEqual(['2026-01-15T16:00:00.000Z', '2026-01-15T16:00:00.000Z']);
    expect(emu.run<(string | null)[]>('parse', 'January 15, 2026 17:00')).toEqual(['2026-01-15T16:00:00.000Z', '2026-01-15T16:00:00.000Z']);
    expect(emu.run<(string | null)[]>('parse', 'July 15, 2026')).toEqual(['2026-07-14T22:00:00.000Z', '2026-07-14T22:00:00.000Z']);
    expect(emu.run<(string | null)[]>('parse', '2026-07-15T17:00')).toEqual(['2026-07-15T15:00:00.000Z', '2026-07-15T15:00:00.000Z']);
    expect(emu.run<(string | null)[]>('parse', '2026-01-15')).toEqual(['2026-01-15T00:00:00.000Z', '2026-01-15T00:00:00.000Z']);
    expect(emu.run<(string | null)[]>('parse', '2026-01-15T17:00:00Z')[0]).toBe('2026-01-15T17:00:00.000Z');
    expect(emu.run<(string | null)[]>('parse', '2026-01-15T17:00:00+05:00')[0]).toBe('2026-01-15T12:00:00.000Z');
    expect(emu.run<(string | null)[]>('parse', 'Thu Jan 15 2026 17:00:00 GMT+0100 (Central European Standard Time)')[0]).toBe('2026-01-15T16:00:00.000Z');
    expect(emu.run<(string | null)[]>('parse', 'Jan 15 2026 17:00 UTC')[0]).toBe('2026-01-15T17:00:00.000Z');
    expect(emu.run<(string | null)[]>('parse', 'not a date')).toEqual([null, null]);
  });

  test('toString and friends show the zone; toLocaleString defaults to it', () => {
    const [full, date, time, locale, localeUtc, str, concat] = stockholm().run<string[]>('text', Date.parse('2026-07-15T15:00:00Z'));
    expect(full).toBe('Wed Jul 15 2026 17:00:00 GMT+0200 (Central European Summer Time)');
    expect(date).toBe('Wed Jul 15 2026');
    expect(time).toBe('17:00:00 GMT+0200 (Central European Summer Time)');
    expect(locale).toBe('15/07/2026, 17:00:00');
    expect(localeUtc).toBe('15/07/2026, 15:00:00');
    expect([str, concat]).toEqual([full, full]);
  });

  test('Intl.DateTimeFormat defaults to the script zone too', () => {
    expect(stockholm().run('intl', Date.parse('2026-07-15T15:00:00Z'))).toEqual(['17:00', 'Europe/Stockholm', '15', 'function']);
  });

  test('Date() and new Date() read the simulated clock in the zone', () => {
    expect(stockholm().run('nowText')).toEqual(['Thu Jan 15 2026 10:30:00 GMT+0100 (Central European Standard Time)', 10, true]);
  });

  test('Dates made by services follow the zone too', () => {
    expect(stockholm().run('serviceDate')).toEqual([9, '09:00:00 GMT+0200', true]);
  });
});
