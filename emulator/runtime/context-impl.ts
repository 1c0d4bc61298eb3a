/**
 * This file defines how an emulator's EmulatorContext is made: the simulated clock, the
 * seeded ids, the Date the bundle sees, and Apps Script-shaped errors. One context lives as
 * long as one emulator; every service factory receives it.
 */
import type { EmulatorClock, EmulatorContext } from '../context';
import { createDateShim } from './date-shim';
import { appsScriptError, isDate, unsupportedError } from './errors';
import { createIdSource } from './prng';
import { createZonedDate } from './zoned-date';

export interface ContextOptions {
  nowMs: number;
  seed: number;
  timeZone: string;
  locale: string;
  user: string;
  workspace: boolean;
}

export interface RuntimeContext {
  ctx: EmulatorContext;
  /** Sets the clock to any time, also backwards: only for overlapping executions (concurrency.ts). */
  setClock(ms: number): void;
  /** The `Date` global handed to the bundle (simulated now, real everything else). */
  dateShim: DateConstructor;
}

function createClock(startMs: number): EmulatorClock & { set(ms: number): void } {
  let current = startMs;
  return {
    set(ms: number) {
      current = ms;
    },
    now: () => current,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`clock.advance(${ms}): time only moves forward`);
      current += ms;
    },
  };
}

export function createRuntimeContext(options: ContextOptions): RuntimeContext {
  const clock = createClock(options.nowMs);
  // Dates whose local time is the script's zone, whatever the host's TZ (zoned-date.ts).
  const ZonedDate = createZonedDate(options.timeZone);
  const ctx: EmulatorContext = {
    clock,
    ids: createIdSource(options.seed),
    // Host-realm Dates: the bundle's Date is a Proxy over this same constructor.
    makeDate: (ms: number) => new ZonedDate(ms),
    isDate,
    timeZone: options.timeZone,
    locale: options.locale,
    user: { email: options.user, workspace: options.workspace },
    // Replaced by the emulator once its executions exist.
    execution: () => null,
    fail(method: string, message: string): never {
      throw appsScriptError(method, message);
    },
    unsupported(method: string): never {
      throw unsupportedError(method);
    },
  };
  return { ctx, dateShim: createDateShim(clock.now, ZonedDate), setClock: clock.set };
}
