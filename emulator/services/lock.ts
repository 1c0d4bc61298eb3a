/**
 * This file defines LockService. Executions in the emulator run one after another, so
 * contention is simulated: `holdLock` (emulator API) makes "another execution" hold a lock
 * until a simulated time. tryLock/waitLock then wait on the simulated clock: they get the
 * lock when the hold ends within the timeout, else they spend the whole timeout and fail.
 * Locks still held when an execution ends are released, as Google does.
 */
import type { EmulatorContext } from '../context';

export type LockScope = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface LockState {
  /** Execution holding the lock, if any. */
  holder: string | null;
  /** Simulated "other execution" holding it until this time (epoch ms). */
  heldUntil: number;
}

export interface LockModel {
  /** Makes another (simulated) execution hold the lock until `untilMs`. */
  hold(scope: LockScope, untilMs: number): void;
  /** Releases every lock the execution holds. */
  releaseAll(executionId: string): void;
  state(scope: LockScope): { heldBy: string | null; externalUntil: string | null };
}

export interface LockOptions {
  currentExecution(): string | null;
  documentId(): string;
}

export function createLockService(ctx: EmulatorContext, options: LockOptions) {
  const states = new Map<string, LockState>();
  const keyOf = (scope: LockScope) =>
    scope === 'document' ? `document:${options.documentId()}` : scope === 'user' ? `user:${ctx.user.email}` : 'script';
  const stateOf = (scope: LockScope): LockState => {
    const key = keyOf(scope);
    let s = states.get(key);
    if (!s) {
      s = { holder: null, heldUntil: 0 };
      states.set(key, s);
    }
    return s;
  };
  const owner = () => options.currentExecution() ?? 'outside-execution';

  class Lock {
    constructor(private readonly scope: LockScope) {}

    /** Waits (on the simulated clock) up to `timeout` ms; true when the lock was obtained. */
    private acquire(method: string, timeout: unknown): boolean {
      if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 0) ctx.fail(method, 'Invalid argument: timeoutInMillis');
      const s = stateOf(this.scope);
      const me = owner();
      if (s.holder === me) return true;
      const now = ctx.clock.now();
      const freeAt = Math.max(s.heldUntil, now);
      if (freeAt - now > timeout) {
        ctx.clock.advance(timeout);
        return false;
      }
      ctx.clock.advance(freeAt - now);
      s.holder = me;
      return true;
    }

    tryLock(timeoutInMillis: unknown): boolean {
      return this.acquire('Lock.tryLock', timeoutInMillis);
    }

    waitLock(timeoutInMillis: unknown): void {
      if (!this.acquire('Lock.waitLock', timeoutInMillis)) ctx.fail('Lock.waitLock', LOCK_TIMEOUT_MESSAGE);
    }

    hasLock(): boolean {
      return stateOf(this.scope).holder === owner();
    }

    releaseLock(): void {
      const s = stateOf(this.scope);
      if (s.holder === owner()) s.holder = null;
    }
  }

  const model: LockModel = {
    hold(scope, untilMs) {
      const s = stateOf(scope);
      s.heldUntil = Math.max(s.heldUntil, untilMs);
    },
    releaseAll(executionId) {
      for (const s of states.values()) if (s.holder === executionId) s.holder = null;
    },
    state(scope) {
      const s = stateOf(scope);
      return {
        heldBy: s.holder,
        externalUntil: s.heldUntil > ctx.clock.now() ? new Date(s.heldUntil).toISOString() : null,
      };
    },
  };
  const service = {
    getDocumentLock: () => new Lock('document'),
    getScriptLock: () => new Lock('script'),
    getUserLock: () => new Lock('user'),
  };
  return { service, model };
}
