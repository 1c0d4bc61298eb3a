/**
 * This file tests the wall-clock/instant conversion in Europe/Stockholm around both
 * daylight-saving changes of 2026 (29 March, 25 October) and on ordinary days.
 */
import { instantOf, localTimeOf } from '../../../src/core/timeline';
import { iso, ms, offsetOf, stockholm } from './zone-fixture';

describe('instantOf in Europe/Stockholm', () => {
  test.each([
    ['2026-03-28', '09:00', '2026-03-28T08:00:00Z'], // winter time, UTC+1
    ['2026-03-29', '01:30', '2026-03-29T00:30:00Z'], // just before the change
    ['2026-03-29', '03:00', '2026-03-29T01:00:00Z'], // first minute of summer time
    ['2026-03-29', '09:00', '2026-03-29T07:00:00Z'], // summer time, UTC+2
    ['2026-10-24', '09:00', '2026-10-24T07:00:00Z'],
    ['2026-10-25', '01:59', '2026-10-24T23:59:00Z'],
    ['2026-10-25', '09:00', '2026-10-25T08:00:00Z'], // winter time again
    ['2026-12-31', '23:00', '2026-12-31T22:00:00Z'],
  ])('%s %s is %s', (date, time, expected) => {
    expect(iso(instantOf({ date, time }, stockholm))).toBe(expected);
  });

  test('a wall time in the spring-forward gap is read one hour later', () => {
    expect(iso(instantOf({ date: '2026-03-29', time: '02:30' }, stockholm))).toBe('2026-03-29T01:30:00Z');
  });

  test('an ambiguous autumn wall time is its first occurrence (still summer time)', () => {
    expect(iso(instantOf({ date: '2026-10-25', time: '02:30' }, stockholm))).toBe('2026-10-25T00:30:00Z');
  });

  test('other zones: New York (DST on other Sundays) and UTC', () => {
    const ny = offsetOf('America/New_York');
    expect(iso(instantOf({ date: '2026-03-08', time: '09:00' }, ny))).toBe('2026-03-08T13:00:00Z');
    expect(iso(instantOf({ date: '2026-03-07', time: '09:00' }, ny))).toBe('2026-03-07T14:00:00Z');
    expect(iso(instantOf({ date: '2026-03-07', time: '09:00' }, () => 0))).toBe('2026-03-07T09:00:00Z');
  });
});

describe('localTimeOf', () => {
  test('gives the wall-clock time on both sides of each change', () => {
    expect(localTimeOf(ms('2026-03-29T00:59:00Z'), stockholm)).toEqual({ date: '2026-03-29', time: '01:59' });
    expect(localTimeOf(ms('2026-03-29T01:00:00Z'), stockholm)).toEqual({ date: '2026-03-29', time: '03:00' });
    expect(localTimeOf(ms('2026-10-25T00:30:00Z'), stockholm)).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(localTimeOf(ms('2026-10-25T01:30:00Z'), stockholm)).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(localTimeOf(ms('2026-10-25T23:30:00Z'), stockholm)).toEqual({ date: '2026-10-26', time: '00:30' });
  });

  test('round-trips every hour of March and October 2026 outside the ambiguous hour', () => {
    for (const start of ['2026-03-01T00:00:00Z', '2026-10-01T00:00:00Z']) {
      for (let h = 0; h < 31 * 24; h += 1) {
        const t = ms(start) + h * 3_600_000;
        const local = localTimeOf(t, stockholm);
        if (local.date === '2026-10-25' && local.time.startsWith('02')) continue;
        expect(instantOf(local, stockholm)).toBe(t);
      }
    }
  });
});
