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
}

export interface ExecutionSpec {
  name: string;
  kind: ExecutionKind;
  authMode: AuthModeName;
  limitMs: number;
  triggerUid?: string;
  /** Runs the function; receives the execution id. */
  invoke(executionId: string): unknown;
}

export interface ExecutionOutcome {
  record: ExecutionRecord;
  value: unknown;
  /** What the function threw (or the time-limit error), else undefined. */
  thrown: unknown;
}

interface Active {
  id: string;
  authMode: AuthModeName;
  startMs: number;
  limitMs: number;
  timedOut: boolean;
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

  /** The running execution's id and AuthMode, or null between executions. */
  current(): { id: string; authMode: AuthModeName } | null {
    return this.active ? { id: this.active.id, authMode: this.active.authMode } : null;
  }

  /** Registers cleanup to run when any execution ends (e.g. releasing its locks). */
  onEnd(hook: (executionId: string) => void): void {
    this.endHooks.push(hook);
  }

  before(call: CallInfo): void {
    const a = this.active;
    if (a) {
      if (a.timedOut || this.ctx.clock.now() - a.startMs > a.limitMs) {
        a.timedOut = true;
        throw appsScriptError(`${call.typeName}.${call.method}`, TIME_LIMIT_MESSAGE);
      }
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
    const active: Active = { id, authMode: spec.authMode, startMs, limitMs: spec.limitMs, timedOut: false, calls: 0 };
    this.active = active;
    let value: unknown;
    let thrown: unknown;
    let failed = false;
    try {
      value = spec.invoke(id);
    } catch (error) {
      failed = true;
      thrown = error;
    } finally {
      this.active = null;
      for (const hook of this.endHooks) hook(id);
    }
    if (active.timedOut) {
      // Google ends the execution at the limit, whatever the script did with the error.
      thrown = appsScriptError(spec.name, TIME_LIMIT_MESSAGE);
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
      status: active.timedOut ? 'timed-out' : failed ? 'failed' : 'completed',
      error: failed ? messageOf(thrown) : null,
      triggerUid: spec.triggerUid ?? null,
      serviceCalls: active.calls,
    };
    this.log.push(record);
    return { record, value, thrown: failed ? thrown : undefined };
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
