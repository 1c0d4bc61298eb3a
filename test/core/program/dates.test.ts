/**
 * This file defines the tests of the pure 'YYYY-MM-DD' date helpers the timeline runs on.
 */
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dateOfTimestamp,
  daysBetween,
  formatDate,
  formatDateTime,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  isTimeOfDay,
  midpoint,
  onOrAfterWeekday,
  toDayNumber,
} from '../../../src/core/program';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-01-15')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '26-01-15', '2026-1-5', '2026-01-15T10:00', '', 'idag', 20260115]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it('accepts only HH:mm times', () => {
    expect(isTimeOfDay('18:00')).toBe(true);
    expect(isTimeOfDay('00:00')).toBe(true);
    expect(isTimeOfDay('23:59')).toBe(true);
    for (const bad of ['24:00', '8:00', '18.00', '18:60', '', '18:00:00']) expect(isTimeOfDay(bad)).toBe(false);
  });

  it('counts days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(fromDayNumber(toDayNumber('2026-03-01'))).toBe('2026-03-01');
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-09-03', 2)).toBe('2026-11-03');
    expect(addMonths('2026-07-20', -6)).toBe('2026-01-20');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('finds midpoints and weekdays', () => {
    expect(midpoint('2026-09-03', '2026-11-03')).toBe('2026-10-03');
    expect(midpoint('2026-01-01', '2026-01-02')).toBe('2026-01-01');
    expect(isoWeekday('2026-01-01')).toBe(4); // a Thursday
    expect(isoWeekday('2026-01-04')).toBe(7); // a Sunday
    expect(onOrAfterWeekday('2026-07-15', 1)).toBe('2026-07-20');
    expect(onOrAfterWeekday('2026-07-20', 1)).toBe('2026-07-20');
  });

  it('round-trips every day number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -24000, max: 300000 }), fc.integer({ min: -1000, max: 1000 }), (n, d) => {
        const date = fromDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
        expect(daysBetween(date, addDays(date, d))).toBe(d);
      }),
      { seed: 20260115 },
    );
  });

  it('formats dates for people in both languages', () => {
    expect(formatDate('2026-10-03', 'sv')).toBe('3 oktober 2026');
    expect(formatDate('2026-10-03', 'en')).toBe('3 October 2026');
    expect(formatDateTime('2026-09-03', '18:00', 'sv')).toBe('3 september 2026 kl. 18:00');
    expect(formatDateTime('2026-09-03', '18:00', 'en')).toBe('3 September 2026 at 18:00');
    expect(formatDateTime('2026-09-03', '', 'en')).toBe('3 September 2026');
  });

  it('takes the calendar date of a timestamp as written', () => {
    expect(dateOfTimestamp('2026-08-01T23:30:00.000Z')).toBe('2026-08-01');
    expect(dateOfTimestamp('yesterday')).toBeNull();
  });

  it('throws on malformed dates given to arithmetic (a programming error)', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/Not a date/);
  });
});
