/**
 * This file defines the `Date` the loaded bundle sees. It is a Proxy over the host realm's
 * Date: `new Date()` and `Date.now()` answer the simulated clock, while `new Date(x)`,
 * `Date.UTC`, `Date.parse` and subclassing behave normally. The instances are genuine
 * host Dates, so dates made by services (ctx.makeDate) and dates made by the bundle are
 * the same kind of object and `instanceof Date` holds on both sides of the vm boundary.
 */

export function createDateShim(now: () => number, RealDate: DateConstructor = Date): DateConstructor {
  const simulatedNow = (): number => now();
  return new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [simulatedNow()] : args, newTarget);
    },
    // `Date()` called without `new` returns the current time as a string.
    apply() {
      return new RealDate(simulatedNow()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return simulatedNow;
      return Reflect.get(target, prop, receiver);
    },
  });
}
