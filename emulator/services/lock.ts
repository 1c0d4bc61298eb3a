/**
 * This file defines LockService. Executions in the emulator run one after another, so
 * contention is simulated: a lock remembers until when it was busy (`heldUntil`: released by
 * an earlier execution of an overlapping batch, see concurrency.ts, or held by "another
 * execution" through `holdLock`). tryLock/waitLock wait on the simulated clock: they get the
 * lock when it is free within the timeout, else they spend the whole timeout and fail.
 * hasLock() is per Lock object (true only after that object's own tryLock/waitLock
 * succeeded, until its releaseLock). getDocumentLock() is null without a containing
 * document. Locks still held when an execution ends are released, as Google does.
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

  /** Frees a lock, remembering until when it was busy for executions that started earlier. */
  const free = (s: LockState) => {
    s.holder = null;
    s.heldUntil = Math.max(s.heldUntil, ctx.clock.now());
  };

  class Lock {
    /** Whether this object's own tryLock/waitLock got the lock (Google: hasLock is per object). */
    private acquired = false;
    constructor(private readonly scope: LockScope) {}

    /** Waits (on the simulated clock) up to `timeout` ms; true when the lock was obtained. */
    private acquire(method: string, timeout: unknown): boolean {
      if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 0) ctx.fail(method, 'Invalid argument: timeoutInMillis');
      const s = stateOf(this.scope);
      const me = owner();
      if (s.holder === me) {
        this.acquired = true;
        return true;
      }
      const now = ctx.clock.now();
      const freeAt = Math.max(s.heldUntil, now);
      if (freeAt - now > timeout) {
        ctx.clock.advance(timeout);
        this.acquired = false;
        return false;
      }
      ctx.clock.advance(freeAt - now);
      s.holder = me;
      this.acquired = true;
      return true;
    }

    tryLock(timeoutInMillis: unknown): boolean {
      return this.acquire('Lock.tryLock', timeoutInMillis);
    }

    waitLock(timeoutInMillis: unknown): void {
      if (!this.acquire('Lock.waitLock', timeoutInMillis)) ctx.fail('Lock.waitLock', LOCK_TIMEOUT_MESSAGE);
    }

    hasLock(): boolean {
      return this.acquired && stateOf(this.scope).holder === owner();
    }

    releaseLock(): void {
      const s = stateOf(this.scope);
      if (this.acquired && s.holder === owner()) free(s);
      this.acquired = false;
    }
  }

  const model: LockModel = {
    hold(scope, untilMs) {
      const s = stateOf(scope);
      s.heldUntil = Math.max(s.heldUntil, untilMs);
    },
    releaseAll(executionId) {
      for (const s of states.values()) if (s.holder === executionId) free(s);
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
    // Google: null "if called outside of the context of a containing document".
    getDocumentLock: () => ((ctx.execution()?.document ?? true) ? new Lock('document') : null),
    getScriptLock: () => new Lock('script'),
    getUserLock: () => new Lock('user'),
  };
  return { service, model };
}
