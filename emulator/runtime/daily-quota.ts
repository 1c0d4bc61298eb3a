/**
 * This file defines a daily quota as Google counts it: per user, and reset 24 hours after
 * the first request of the current window (not at midnight). Used for email recipients,
 * calendar events created and properties reads/writes.
 */
import type { EmulatorClock } from '../context';

const DAY_MS = 24 * 60 * 60 * 1000;

export class DailyQuota {
  private windowStart: number | null = null;
  private used = 0;

  constructor(
    private readonly clock: EmulatorClock,
    readonly limit: number,
  ) {}

  remaining(): number {
    this.roll();
    return Math.max(0, this.limit - this.used);
  }

  /** Takes `amount` units if they fit in what is left today; false (nothing taken) if not. */
  consume(amount: number): boolean {
    this.roll();
    if (this.used + amount > this.limit) return false;
    if (this.windowStart === null) this.windowStart = this.clock.now();
    this.used += amount;
    return true;
  }

  /** Takes `amount` units even past the limit (for a use only known afterwards, such as run time). */
  charge(amount: number): void {
    this.roll();
    if (this.windowStart === null) this.windowStart = this.clock.now();
    this.used += amount;
  }

  private roll(): void {
    if (this.windowStart !== null && this.clock.now() >= this.windowStart + DAY_MS) {
      this.windowStart = null;
      this.used = 0;
    }
  }
}

/** One daily quota per user (Google counts most quotas per user), created on first use. */
export class PerUserQuota {
  private readonly quotas = new Map<string, DailyQuota>();

  constructor(
    private readonly clock: EmulatorClock,
    readonly limit: number,
  ) {}

  of(user: string): DailyQuota {
    let q = this.quotas.get(user);
    if (!q) {
      q = new DailyQuota(this.clock, this.limit);
      this.quotas.set(user, q);
    }
    return q;
  }
}
