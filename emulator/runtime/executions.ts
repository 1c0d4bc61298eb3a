/**
 * This file defines executions: each `run`, trigger firing or menu click is one execution
 * with its own AuthMode, its own time budget and a record in the executions log. It is also
 * the service-call gate: every call the bundle makes is counted per service, checked
 * against the time limit and the AuthMode, and advances the simulated clock by the
 * service's cost. Google stops an execution that runs out of time for good, so once the
 * limit is hit every later call throws too and the execution is recorded as timed out even
 * if the bundle catches the error.
 */
import type { EmulatorContext } from '../context';
import { type AuthModeName, authorisationDenial } from './call-policy';
import { appsScriptError, messageOf } from './errors';
import type { CallGate, CallInfo } from './service-proxy';

export type ExecutionKind = 'run' | 'simple-trigger' | 'installable-trigger' | 'time-driven';
export type ExecutionStatus = 'completed' | 'failed' | 'timed-out';

export interface ExecutionRecord {
  id: string;
  /** The global function that ran. */
  name: string;
  kind: ExecutionKind;
  authMode: AuthModeName;
  /** ISO times on the simulated clock. */
  start: string;
  end: string;
  durationMs: number;
  status: ExecutionStatus;
  error: string | null;
  triggerUid: string | null;
  /** Service calls made during this execution. */
  serviceCalls: number;
  /** The account the execution ran as (a trigger runs as its creator). */
  user: string;
}

export interface ExecutionSpec {
  name: string;
  kind: ExecutionKind;
  authMode: AuthModeName;
  limitMs: number;
  triggerUid?: string;
  /** The account it runs as (default: the emulator's default user). */
  user: string;
  /** False when Google gives the execution no document (an add-on's time-driven trigger). */
  document: boolean;
  /**
   * A further budget than the time limit, e.g. what is left of the daily trigger runtime: when
   * it is used up the next call throws `message` and the execution ends, as at the time limit.
   */
  budget?: { ms: number; message: string };
  /** Runs the function; receives the execution id. */
  invoke(executionId: string): unknown;
}

/** What services may ask about the running execution. */
export interface ExecutionInfo {
  id: string;
  authMode: AuthModeName;
  kind: ExecutionKind;
  user: string;
  document: boolean;
}

export interface ExecutionOutcome {
  record: ExecutionRecord;
  value: unknown;
  /** What the function threw (or the time-limit error), else undefined. */
  thrown: unknown;
}

interface Active extends ExecutionInfo {
  startMs: number;
  limitMs: number;
  /** Message of the limit that ended the execution, once one did. */
  stoppedBy: string | null;
  budget: { ms: number; message: string } | null;
  calls: number;
}

export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

export class Executions implements CallGate {
  private active: Active | null = null;
  private readonly log: ExecutionRecord[] = [];
  private counts: Record<string, number> = {};
  private methodCounts: Record<string, number> = {};
  private readonly endHooks: ((executionId: string) => void)[] = [];

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly costs: Readonly<Record<string, number>>,
  ) {}

  /** The running execution, or null between executions. */
  current(): ExecutionInfo | null {
    const a = this.active;
    return a ? { id: a.id, authMode: a.authMode, kind: a.kind, user: a.user, document: a.document } : null;
  }

  /** Registers cleanup to run when any execution ends (e.g. releasing its locks). */
  onEnd(hook: (executionId: string) => void): void {
    this.endHooks.push(hook);
  }

  before(call: CallInfo): void {
    const a = this.active;
    if (a) {
      const elapsed = this.ctx.clock.now() - a.startMs;
      if (a.stoppedBy === null && elapsed > a.limitMs) a.stoppedBy = TIME_LIMIT_MESSAGE;
      if (a.stoppedBy === null && a.budget && elapsed > a.budget.ms) a.stoppedBy = a.budget.message;
      if (a.stoppedBy !== null) throw appsScriptError(`${call.typeName}.${call.method}`, a.stoppedBy);
      const denial = authorisationDenial(a.authMode, call.service, call.typeName, call.method);
      if (denial) throw appsScriptError(`${call.typeName}.${call.method}`, denial);
      a.calls++;
    }
    this.counts[call.service] = (this.counts[call.service] ?? 0) + 1;
    const qualified = `${call.typeName}.${call.method}`;
    this.methodCounts[qualified] = (this.methodCounts[qualified] ?? 0) + 1;
  }

  after(call: CallInfo): void {
    this.ctx.clock.advance(this.costs[call.service] ?? 0);
  }

  execute(spec: ExecutionSpec): ExecutionOutcome {
    if (this.active) throw new Error(`Cannot start ${spec.name} while ${this.active.id} is running: executions are sequential`);
    const id = this.ctx.ids.next('execution');
    const startMs = this.ctx.clock.now();
    const active: Active = {
      id,
      authMode: spec.authMode,
      kind: spec.kind,
      user: spec.user,
      document: spec.document,
      startMs,
      limitMs: spec.limitMs,
      stoppedBy: spec.budget && spec.budget.ms <= 0 ? spec.budget.message : null,
      budget: spec.budget ?? null,
      calls: 0,
    };
    this.active = active;
    let value: unknown;
    let thrown: unknown;
    let failed = false;
    try {
      // A budget already spent (e.g. the day's trigger runtime) stops the run before any code.
      if (active.stoppedBy !== null) throw appsScriptError(spec.name, active.stoppedBy);
      value = spec.invoke(id);
    } catch (error) {
      failed = true;
      thrown = error;
    } finally {
      this.active = null;
      for (const hook of this.endHooks) hook(id);
    }
    // A budget (trigger runtime) is enforced to the end: Google stops the run when it is spent.
    if (active.stoppedBy === null && active.budget && this.ctx.clock.now() - startMs > active.budget.ms) active.stoppedBy = active.budget.message;
    const timedOut = active.stoppedBy === TIME_LIMIT_MESSAGE;
    if (active.stoppedBy !== null) {
      // Google ends the execution at the limit, whatever the script did with the error.
      thrown = appsScriptError(spec.name, active.stoppedBy);
      failed = true;
      value = undefined;
    }
    const endMs = this.ctx.clock.now();
    const record: ExecutionRecord = {
      id,
      name: spec.name,
      kind: spec.kind,
      authMode: spec.authMode,
      start: new Date(startMs).toISOString(),
      end: new Date(endMs).toISOString(),
      durationMs: endMs - startMs,
      status: timedOut ? 'timed-out' : failed ? 'failed' : 'completed',
      error: failed ? messageOf(thrown) : null,
      triggerUid: spec.triggerUid ?? null,
      serviceCalls: active.calls,
      user: spec.user,
    };
    this.log.push(record);
    return { record, value, thrown: failed ? thrown : undefined };
  }

  /** Records an execution Google refused before it started (e.g. too many running at once). */
  refuse(spec: Pick<ExecutionSpec, 'name' | 'kind' | 'authMode' | 'triggerUid' | 'user'>, message: string): ExecutionRecord {
    const at = new Date(this.ctx.clock.now()).toISOString();
    const record: ExecutionRecord = {
      id: this.ctx.ids.next('execution'),
      name: spec.name,
      kind: spec.kind,
      authMode: spec.authMode,
      start: at,
      end: at,
      durationMs: 0,
      status: 'failed',
      error: message,
      triggerUid: spec.triggerUid ?? null,
      serviceCalls: 0,
      user: spec.user,
    };
    this.log.push(record);
    return record;
  }

  records(): ExecutionRecord[] {
    return this.log.map((r) => ({ ...r }));
  }

  serviceCalls(): Record<string, number> {
    return { ...this.counts };
  }

  methodCalls(): Record<string, number> {
    return { ...this.methodCounts };
  }

  resetServiceCalls(): void {
    this.counts = {};
    this.methodCounts = {};
  }
}
