/**
 * This file defines the emulator itself: it owns the context, the services, the service
 * boundary and the executions, and runs the bundle's functions the way Apps Script does —
 * each run or trigger firing is a new execution in a freshly loaded bundle, with its own
 * AuthMode, time budget and user (one of the group's accounts; a trigger runs as its
 * creator), and trigger runs count towards their user's daily trigger runtime. Form submissions and time-driven triggers are in
 * trigger-firing.ts; the read-only views in views.ts.
 */
import * as path from 'node:path';
import { assembleServices, UNSUPPORTED_GLOBALS } from './assemble';
import type { EmulatorContext, ServiceName } from './context';
import type { Emulator } from './index';
import { loadApiTypes } from './runtime/api-types';
import { type AuthModeName, DEFAULT_CALL_COST_MS, EXECUTION_LIMIT_MS, SIMPLE_TRIGGER_LIMIT_MS, SIMPLE_TRIGGERS } from './runtime/call-policy';
import { createRuntimeContext } from './runtime/context-impl';
import { createZonedIntl } from './runtime/zoned-date';
import { PerUserQuota } from './runtime/daily-quota';
import { appsScriptError, isErrorLike, messageOf } from './runtime/errors';
import { type ExecutionKind, type ExecutionOutcome, Executions } from './runtime/executions';
import { jsonCopy } from './runtime/json-bridge';
import { type LoadedBundle, loadBundle } from './runtime/loader';
import { type Realm, ServiceBoundary } from './runtime/service-proxy';
import type { LogEntry } from './services/logger';
import { SERVER_ERROR_MESSAGE } from './services/mail-outbox';
import { advanceClock, submitForms, submitPrefilled } from './trigger-firing';
import type { ConcurrencyOptions, ConcurrentRequest, EmulatorOptions, SubmitFormsOptions, TriggerRunOptions, UserRunner } from './types';
import { runConcurrently } from './concurrency';
import { EmulatorViews } from './views';

const AUTH_MODES: ReadonlySet<string> = new Set(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
const DEFAULT_DIST = path.resolve(__dirname, '..', 'dist');
const DEFAULT_USER = 'coordinator@example.edu';
/** What Google reports when a user's trigger executions used up the day's runtime (community reports, README). */
export const TRIGGER_RUNTIME_MESSAGE = 'Service using too much computer time for one day';

export interface ExecutionRequest {
  name: string;
  kind: ExecutionKind;
  authMode: AuthModeName;
  triggerUid?: string;
  /** The account it runs as (default: the default user); a trigger runs as its creator. */
  user?: string;
  /** False for an execution Google gives no document (default true). */
  document?: boolean;
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
  readonly defaultUser: string;
  readonly userList: readonly string[];
  readonly deployment: 'bound' | 'addon';
  /** Sets the clock backwards too: only overlapping executions use it (concurrency.ts). */
  readonly setClock: (ms: number) => void;
  readonly seed: number;
  private readonly triggerRuntime: PerUserQuota;

  constructor(options: EmulatorOptions) {
    const nowMs = Date.parse(options.now);
    if (Number.isNaN(nowMs)) throw new Error(`createEmulator: now must be an ISO time, got ${JSON.stringify(options.now)}`);
    const workspace = (options.account ?? 'workspace') === 'workspace';
    const seed = options.seed ?? 1;
    const defaultUser = options.user ?? options.users?.[0] ?? DEFAULT_USER;
    const userList = [...new Set([defaultUser, ...(options.users ?? [])])];
    const deployment = options.deployment ?? 'addon';
    const { ctx, dateShim, setClock } = createRuntimeContext({
      nowMs,
      seed,
      timeZone: options.timeZone ?? 'Europe/Stockholm',
      locale: options.locale ?? 'sv_SE',
      user: defaultUser,
      workspace,
    });
    const logs: LogEntry[] = [];
    const costs = { ...DEFAULT_CALL_COST_MS, ...options.callCostMs };
    const executions = new Executions(ctx, costs);
    ctx.execution = () => executions.current();
    const distDir = path.resolve(options.distDir ?? DEFAULT_DIST);
    const assembled = assembleServices(ctx, {
      seed,
      distDir,
      spreadsheetName: options.spreadsheetName,
      aliases: options.aliases ?? [],
      dailyRecipients: options.dailyRecipients ?? (workspace ? 1500 : 100),
      authorizationRequired: options.authorizationRequired ?? false,
      deployment,
      developerDomain: options.developerDomain ?? defaultUser.split('@')[1] ?? '',
      currentExecution: () => executions.current()?.id ?? null,
      logSink: { entries: logs, currentExecution: () => executions.current()?.id ?? null },
    });
    super(ctx, assembled, executions, logs);
    this.defaultUser = defaultUser;
    this.userList = userList;
    this.deployment = deployment;
    this.setClock = setClock;
    this.seed = seed;
    this.triggerRuntime = new PerUserQuota(ctx.clock, options.triggerRuntimeMs ?? (workspace ? 6 * 3600_000 : 90 * 60_000));
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
    Object.assign(this.wrapped, assembled.plainGlobals, { Date: dateShim, Intl: createZonedIntl(ctx.timeZone) });
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
    const user = this.checkUser(request.user ?? this.defaultUser);
    // Every trigger execution counts towards its user's daily trigger runtime.
    const quota = request.kind === 'run' ? null : this.triggerRuntime.of(user);
    const previousUser = this.context.user.email;
    this.context.user.email = user;
    try {
      // The day's window opens when the first trigger run starts.
      quota?.charge(0);
      const outcome = this.executeAs(request, user, simple, ui, quota ? { ms: quota.remaining(), message: TRIGGER_RUNTIME_MESSAGE } : undefined);
      quota?.charge(outcome.record.durationMs);
      return outcome;
    } finally {
      this.context.user.email = previousUser;
    }
  }

  /** Milliseconds of trigger runtime `user` has left today. */
  triggerRuntimeRemainingMs(user: string = this.defaultUser): number {
    return this.triggerRuntime.of(this.checkUser(user)).remaining();
  }

  users(): string[] {
    return [...this.userList];
  }

  checkUser(user: string): string {
    if (!this.userList.includes(user)) throw new Error(`Unknown user ${user}: list it in the users option (${this.userList.join(', ')})`);
    return user;
  }

  private executeAs(
    request: ExecutionRequest,
    user: string,
    simple: boolean,
    ui: { available: boolean },
    budget: { ms: number; message: string } | undefined,
  ): ExecutionOutcome {
    return this.executionLog.execute({
      name: request.name,
      kind: request.kind,
      authMode: request.authMode,
      limitMs: simple ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS,
      triggerUid: request.triggerUid,
      user,
      document: request.document ?? true,
      budget,
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
    return this.runAs<T>(this.defaultUser, fnName, args);
  }

  runAs<T>(user: string, fnName: string, args: unknown[]): T {
    const copied = args.map((a, i) => jsonCopy(a, `run('${fnName}') argument ${i}`));
    const outcome = this.execute({ name: fnName, kind: 'run', authMode: 'FULL', user, args: () => copied });
    if (outcome.thrown !== undefined) throw hostError(outcome.thrown);
    return jsonCopy(outcome.value, `The result of ${fnName}`) as T;
  }

  runRaw<T = unknown>(fnName: string, ...args: unknown[]): T {
    return this.runRawAs<T>(this.defaultUser, fnName, args);
  }

  private runRawAs<T>(user: string, fnName: string, args: unknown[]): T {
    const outcome = this.execute({ name: fnName, kind: 'run', authMode: 'FULL', user, args: () => args });
    if (outcome.thrown !== undefined) throw hostError(outcome.thrown);
    return outcome.value as T;
  }

  as(user: string): UserRunner {
    this.checkUser(user);
    return {
      user,
      run: <T = unknown>(fnName: string, ...args: unknown[]) => this.runAs<T>(user, fnName, args),
      runRaw: <T = unknown>(fnName: string, ...args: unknown[]) => this.runRawAs<T>(user, fnName, args),
      runTrigger: (fnName: string, event?: Record<string, unknown>, options?: TriggerRunOptions) =>
        this.runTriggerAs(user, fnName, event, options),
    };
  }

  runConcurrently(requests: ConcurrentRequest[], options: ConcurrencyOptions = {}) {
    return runConcurrently(
      this,
      requests.map((r, i) => {
        const copied = (r.args ?? []).map((a, j) => jsonCopy(a, `runConcurrently request ${i} argument ${j}`));
        return { name: r.fn, kind: 'run' as const, authMode: 'FULL' as const, user: r.user ?? this.defaultUser, args: () => copied };
      }),
      options,
    );
  }

  runTrigger(fnName: string, event: Record<string, unknown> = {}, options: TriggerRunOptions = {}) {
    return this.runTriggerAs(this.defaultUser, fnName, event, options);
  }

  private runTriggerAs(user: string, fnName: string, event: Record<string, unknown> = {}, options: TriggerRunOptions = {}) {
    const requested = options.authMode ?? event.authMode ?? (fnName === 'onOpen' || fnName === 'onEdit' ? 'LIMITED' : 'FULL');
    if (typeof requested !== 'string' || !AUTH_MODES.has(requested)) throw new Error(`runTrigger: unknown authMode ${String(requested)}`);
    const authMode = requested as AuthModeName;
    const kind: ExecutionKind = SIMPLE_TRIGGERS.has(fnName) ? 'simple-trigger' : 'installable-trigger';
    return this.execute({
      name: fnName,
      kind,
      authMode,
      user,
      args: () => [{ source: this.sourceProxy(), ...event, authMode }],
    }).record;
  }

  /** The bound spreadsheet as the bundle sees it (for event objects). */
  sourceProxy(): unknown {
    return this.boundary.wrapObject(this.assembled.sheets.spreadsheetFacade(), 'SpreadsheetApp', 'Spreadsheet.Spreadsheet');
  }

  submitPrefilled(url: string, answers: Record<string, string | string[]> = {}) {
    return submitPrefilled(this, url, answers);
  }

  submitForm(role: string, answers: Record<string, string | string[]>) {
    const [result] = submitForms(this, [{ role, answers }]);
    if (!result) throw new Error('submitForm: nothing was submitted');
    return result;
  }

  submitForms(list: { role: string; answers: Record<string, string | string[]> }[], options: SubmitFormsOptions = {}) {
    return submitForms(this, list, options);
  }

  setCallCostMs(costs: Partial<Record<ServiceName, number>>): void {
    for (const [name, ms] of Object.entries(costs)) {
      if (typeof ms !== 'number' || !(ms >= 0)) throw new Error(`setCallCostMs: ${name} needs a cost of 0 ms or more`);
      this.costs[name as ServiceName] = ms;
    }
  }

  private cutOffBase: Record<string, number> | null = null;

  cutOffAfterCalls(calls: number | null): void {
    const base = this.cutOffBase ?? { ...this.costs };
    for (const name of Object.keys(base)) {
      Object.defineProperty(this.costs, name, { value: base[name], writable: true, configurable: true, enumerable: true });
    }
    this.cutOffBase = null;
    if (calls === null) return;
    if (!Number.isInteger(calls) || calls < 1) throw new Error(`cutOffAfterCalls: calls must be a whole number >= 1, got ${calls}`);
    this.cutOffBase = base;
    let left = calls;
    for (const name of Object.keys(base)) {
      // Read once per call as it returns (Executions.after): the n-th call takes the whole
      // execution limit, so the call after it fails with the time-limit error.
      Object.defineProperty(this.costs, name, {
        configurable: true,
        enumerable: true,
        get: () => base[name]! + (--left === 0 ? EXECUTION_LIMIT_MS : 0),
        set: (ms: number) => {
          base[name] = ms;
        },
      });
    }
  }

  useMailQuota(recipients: number, options: { user?: string; afterSends?: number } = {}): void {
    this.assembled.outbox.useQuota(recipients, this.checkUser(options.user ?? this.defaultUser), options.afterSends ?? 0);
  }

  rejectAddress(address: string, message?: string): void {
    this.assembled.outbox.rejectAddress(address, message ?? `Invalid email: ${address}`);
  }

  failNextSend(failure: { message?: string; delivered: boolean }): void {
    this.assembled.outbox.failNextSend({ message: failure.message ?? SERVER_ERROR_MESSAGE, delivered: failure.delivered });
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
