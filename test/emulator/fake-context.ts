/**
 * This file defines the fixed fake EmulatorContext the tests of single emulated services use
 * directly, without the bundle: the clock stands at `start` (2026-11-28T10:00:00Z unless told)
 * and moves only when advanced, ids count up, and dates are this realm's Date.
 */
import type { EmulatorContext } from '../../emulator/context';

export const FAKE_NOW = Date.parse('2026-11-28T10:00:00Z');

export interface FakeContextOptions {
  locale?: string;
  timeZone?: string;
  /** The clock's start, epoch ms. */
  start?: number;
}

export function fakeContext({ locale = 'en_US', timeZone = 'Europe/Stockholm', start = FAKE_NOW }: FakeContextOptions = {}): EmulatorContext {
  let now = start;
  const counters = new Map<string, number>();
  let uuids = 0;
  return {
    clock: {
      now: () => now,
      advance(ms) {
        now += ms;
      },
    },
    ids: {
      next(prefix) {
        const n = (counters.get(prefix) ?? 0) + 1;
        counters.set(prefix, n);
        return `${prefix}-${n}`;
      },
      uuid: () => `00000000-0000-4000-8000-${String(++uuids).padStart(12, '0')}`,
      hex: (length) => String(++uuids).padStart(length, '0'),
      token: (length) => `T${String(++uuids).padStart(length - 1, '0')}`,
    },
    makeDate: (ms) => new Date(ms),
    isDate: (v): v is Date => Object.prototype.toString.call(v) === '[object Date]',
    timeZone,
    locale,
    user: { email: 'admin@example.edu', workspace: true },
    execution: () => null,
    fail(method, message): never {
      throw Object.assign(new Error(`Exception: ${message}`), { method });
    },
    unsupported(method): never {
      throw new Error(`Not supported by the emulator: ${method}`);
    },
  };
}
