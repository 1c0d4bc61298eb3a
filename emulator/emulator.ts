/**
 * This file defines the emulator itself: it owns the context, the services, the service
 * boundary and the executions, and runs the bundle's functions the way Apps Script does —
 * each run or trigger firing is a new execution in a freshly loaded bundle, with its own
 * AuthMode and time budget. Form submissions and time-driven triggers are in
 * trigger-firing.ts; the read-only views in views.ts.
 */
import * as path from 'node:path';
import { assembleServices, UNSUPPORTED_GLOBALS } from './assemble';
import type { EmulatorContext, ServiceName } from './context';
import type { Emulator } from './index';
import { loadApiTypes } from './runtime/api-types';
import { type AuthModeName, DEFAULT_CALL_COST_MS, EXECUTION_LIMIT_MS, SIMPLE_TRIGGER_LIMIT_MS, SIMPLE_TRIGGERS } from './runtime/call-policy';
import { createRuntimeContext } from './runtime/context-impl';
import { appsScriptError, isErrorLike, messageOf } from './runtime/errors';
import { type ExecutionKind, type ExecutionOutcome, Executions } from './runtime/executions';
import { jsonCopy } from './runtime/json-bridge';
import { type LoadedBundle, loadBundle } from './runtime/loader';
import { type Realm, ServiceBoundary } from './runtime/service-proxy';
import type { LogEntry } from './services/logger';
import { advanceClock, submitForms } from './trigger-firing';
import type { EmulatorOptions, TriggerRunOptions } from './types';
import { EmulatorViews } from './views';

const AUTH_MODES: ReadonlySet<string> = new Set(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
const DEFAULT_DIST = path.resolve(__dirname, '..', 'dist');

export interface ExecutionRequest {
  name: string;
  kind: ExecutionKind;
  authMode: AuthModeName;
  triggerUid?: string;
  /** Builds the arguments inside the execution (host values; converted for the bundle). */
  args(): unknown[];
}

/** Rebuilds an error from the bundle's realm as a host Error, keeping name and stack. */
function hostError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  const error = new Error(messageOf(thrown));
  if (isErrorLike(thrown)) {
    error.name = thrown.name;
    error.stack = thrown.stack;
  }
  return error;
}

export class MentorprogramEmulator extends EmulatorViews implements Emulator {
  readonly context: EmulatorContext;
  readonly boundary: ServiceBoundary;
  readonly executionLog: Executions;
  private readonly distDir: string;
  private readonly costs: Record<ServiceName, number>;
  private readonly wrapped: Record<string, unknown> = {};
  private loaded: LoadedBundle;
  private realm: Realm | null = null;

  constructor(options: EmulatorOptions) {
    const nowMs = Date.parse(options.now);
    if (Number.isNaN(nowMs)) throw new Error(`createEmulator: now must be an ISO time, got ${JSON.stringify(options.now)}`);
    const workspace = (options.account ?? 'workspace') === 'workspace';
    const seed = options.seed ?? 1;
    const { ctx, dateShim } = createRuntimeContext({
      nowMs,
      seed,
      timeZone: options.timeZone ?? 'Europe/Stockholm',
      locale: options.locale ?? 'sv_SE',
      user: options.user ?? 'coordinator@example.edu',
      workspace,
    });
    const logs: LogEntry[] = [];
    const costs = { ...DEFAULT_CALL_COST_MS, ...options.callCostMs };
    const executions = new Executions(ctx, costs);
    const distDir = path.resolve(options.distDir ?? DEFAULT_DIST);
    const assembled = assembleServices(ctx, {
      seed,
      distDir,
      spreadsheetName: options.spreadsheetName,
      aliases: options.aliases ?? [],
      dailyRecipients: options.dailyRecipients ?? (workspace ? 1500 : 100),
      authorizationRequired: options.authorizationRequired ?? false,
      currentExecution: () => executions.current()?.id ?? null,
      logSink: { entries: logs, currentExecution: () => executions.current()?.id ?? null },
    });
    super(ctx, assembled, executions, logs);
    this.costs = costs;
    this.context = ctx;
    this.executionLog = executions;
    this.distDir = distDir;
    this.boundary = new ServiceBoundary(executions, loadApiTypes(), () => this.realm);
    executions.onEnd((id) => assembled.locks.releaseAll(id));
    for (const [name, service] of Object.entries(assembled.services)) this.wrapped[name] = this.boundary.wrapService(name, service);
    for (const name of UNSUPPORTED_GLOBALS) this.wrapped[name] = this.boundary.wrapService(name, {});
    for (const [name, { billedAs, collections }] of Object.entries(assembled.advanced)) {
      this.wrapped[name] = Object.fromEntries(Object.entries(collections).map(([key, c]) => [key, this.boundary.wrapObject(c, billedAs, undefined, `${name}.${key}`)]));
    }
    Object.assign(this.wrapped, assembled.plainGlobals, { Date: dateShim });
    // Loaded once up front so `global` exists and a broken bundle fails at creation.
    this.loaded = this.load();
  }

  get global(): Record<string, unknown> {
    return this.loaded.global;
  }

  private load(): LoadedBundle {
    this.loaded = loadBundle(this.distDir, this.wrapped);
    this.realm = this.loaded.realm;
    return this.loaded;
  }

  /** Runs one execution; failures are recorded, not thrown (the caller decides). */
  execute(request: ExecutionRequest): ExecutionOutcome {
    const simple = request.kind === 'simple-trigger';
    const ui = this.assembled.sheets.ui;
    return this.executionLog.execute({
      name: request.name,
      kind: request.kind,
      authMode: request.authMode,
      limitMs: simple ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS,
      triggerUid: request.triggerUid,
      invoke: () => {
        const fn = this.load().global[request.name];
        if (typeof fn !== 'function') throw appsScriptError(request.name, `Script function not found: ${request.name}`);
        const args = request.args().map((a) => this.boundary.toRealm(a, 'SpreadsheetApp'));
        // Installable and time-driven triggers have no editor open: getUi() fails there.
        const before = ui.available;
        ui.available = request.kind === 'run' || simple;
        try {
          return (fn as (...a: unknown[]) => unknown)(...args);
        } finally {
          ui.available = before;
        }
      },
    });
  }

  run<T = unknown>(fnName: string, ...args: unknown[]): T {
    const copied = args.map((a, i) => jsonCopy(a, `run('${fnName}') argument ${i}`));
    const outcome = this.execute({ name: fnName, kind: 'run', authMode: 'FULL', args: () => copied });
    if (outcome.thrown !== undefined) throw hostError(outcome.thrown);
    return jsonCopy(outcome.value, `The result of ${fnName}`) as T;
  }

  runRaw<T = unknown>(fnName: string, ...args: unknown[]): T {
    const outcome = this.execute({ name: fnName, kind: 'run', authMode: 'FULL', args: () => args });
    if (outcome.thrown !== undefined) throw hostError(outcome.thrown);
    return outcome.value as T;
  }

  runTrigger(fnName: string, event: Record<string, unknown> = {}, options: TriggerRunOptions = {}) {
    const requested = options.authMode ?? event.authMode ?? (fnName === 'onOpen' || fnName === 'onEdit' ? 'LIMITED' : 'FULL');
    if (typeof requested !== 'string' || !AUTH_MODES.has(requested)) throw new Error(`runTrigger: unknown authMode ${String(requested)}`);
    const authMode = requested as AuthModeName;
    const kind: ExecutionKind = SIMPLE_TRIGGERS.has(fnName) ? 'simple-trigger' : 'installable-trigger';
    return this.execute({
      name: fnName,
      kind,
      authMode,
      args: () => [{ source: this.sourceProxy(), ...event, authMode }],
    }).record;
  }

  /** The bound spreadsheet as the bundle sees it (for event objects). */
  sourceProxy(): unknown {
    return this.boundary.wrapObject(this.assembled.sheets.spreadsheetFacade(), 'SpreadsheetApp', 'Spreadsheet.Spreadsheet');
  }

  submitForm(role: 'mentor' | 'mentee', answers: Record<string, string | string[]>) {
    const [result] = submitForms(this, [{ role, answers }]);
    if (!result) throw new Error('submitForm: nothing was submitted');
    return result;
  }

  submitForms(list: { role: 'mentor' | 'mentee'; answers: Record<string, string | string[]> }[]) {
    return submitForms(this, list);
  }

  setCallCostMs(costs: Partial<Record<ServiceName, number>>): void {
    for (const [name, ms] of Object.entries(costs)) {
      if (typeof ms !== 'number' || !(ms >= 0)) throw new Error(`setCallCostMs: ${name} needs a cost of 0 ms or more`);
      this.costs[name as ServiceName] = ms;
    }
  }

  advanceTo(iso: string) {
    const target = Date.parse(iso);
    if (Number.isNaN(target)) throw new Error(`advanceTo: not an ISO time: ${iso}`);
    return advanceClock(this, target);
  }

  advanceBy(ms: number) {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`advanceBy: ms must be a non-negative number, got ${ms}`);
    return advanceClock(this, this.context.clock.now() + ms);
  }
}
