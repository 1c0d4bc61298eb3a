/**
 * This file defines the time-zone oracle the timeline tests use: Europe/Stockholm's offset
 * at an instant, read from Node's own zone database through Intl (independent of the code
 * under test), and a helper for ISO instants.
 */
import type { ZoneOffset } from '../../../src/core/timeline';

export function offsetOf(timeZone: string): ZoneOffset {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  return (utcMs) => {
    const name = format.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    if (!m) return 0;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  };
}

export const stockholm = offsetOf('Europe/Stockholm');

export const ms = (iso: string): number => Date.parse(iso);
export const iso = (utcMs: number): string => new Date(utcMs).toISOString().replace('.000Z', 'Z');
