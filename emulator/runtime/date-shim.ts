/**
 * This file defines the `Date` the loaded bundle sees. It is a Proxy over the emulator's
 * zoned Date class (zoned-date.ts, local time in the script's zone): `new Date()` and
 * `Date.now()` answer the simulated clock, while `new Date(x)`, `Date.UTC`, `Date.parse`
 * and subclassing behave as on Google. The instances are genuine host Dates, so dates made
 * by services (ctx.makeDate, the same class) and dates made by the bundle are the same kind
 * of object, and `instanceof Date` holds on both sides of the vm boundary (also for a plain
 * host Date).
 */

export function createDateShim(now: () => number, ZonedDate: DateConstructor, RealDate: DateConstructor = Date): DateConstructor {
  const simulatedNow = (): number => now();
  const hasInstance = (value: unknown): boolean => value instanceof RealDate;
  return new Proxy(ZonedDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [simulatedNow()] : args, newTarget);
    },
    // `Date()` called without `new` returns the current time as a string.
    apply() {
      return new ZonedDate(simulatedNow()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return simulatedNow;
      if (prop === Symbol.hasInstance) return hasInstance;
      return Reflect.get(target, prop, receiver);
    },
  });
}
