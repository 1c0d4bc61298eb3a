/**
 * This file defines the emulator's read-only views and test controls: sheets as displayed,
 * sent mail, calendar events, triggers, properties, UI, logs, executions, service-call
 * counts, and the knobs a test turns (holding a lock, answering an invitation, seeding
 * properties). Every view returns plain copies, so callers cannot change the model by
 * accident and results compare cleanly with toEqual.
 */
import type { Assembled } from './assemble';
import type { EmulatorContext, ServiceName } from './context';
import type { ExecutionRecord, Executions } from './runtime/executions';
import type { GuestStatusName } from './services/calendar';
import type { LockScope } from './services/lock';
import type { LogEntry } from './services/logger';
import type { SentMail } from './services/mail-outbox';
import type { PropertyStoreName } from './services/properties';
import { nextRun } from './services/script-triggers';
import type { CalendarEventInfo, FormInfo, TriggerInfo, UiSnapshot } from './types';

/**
 * Where a published add-on keeps its records instead of document properties: one row per
 * key, the value behind a prefix (src/gas/program-store). A bound script uses document properties.
 */
export const PROGRAM_STORE_SHEET = 'Mentorprogram (data)';
const PROGRAM_STORE_PREFIX = 'v:';

export class EmulatorViews {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly assembled: Assembled,
    private readonly execLog: Executions,
    private readonly logEntries: LogEntry[],
  ) {}

  /** The bound spreadsheet's model (uncounted access for tests and the preview). */
  get spreadsheet() {
    return this.assembled.sheets;
  }

  get formsModel() {
    return this.assembled.forms;
  }

  now(): string {
    return new Date(this.ctx.clock.now()).toISOString();
  }

  sheet(name: string): string[][] {
    if (this.assembled.sheets.sheet(name) === null) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(', ')})`);
    return this.assembled.sheets.displayValues(name);
  }

  sheetNames(): string[] {
    return this.assembled.sheets.sheetNames();
  }

  sentMail(): SentMail[] {
    return this.assembled.outbox.sent.map((m) => ({ ...m, to: [...m.to], cc: [...m.cc], bcc: [...m.bcc] }));
  }

  calendarEvents(): CalendarEventInfo[] {
    return this.assembled.calendar.events().map((e) => ({
      id: e.id,
      calendarId: e.calendarId,
      title: e.title,
      start: new Date(e.start).toISOString(),
      end: new Date(e.end).toISOString(),
      description: e.description,
      location: e.location,
      guests: [...e.guests].map(([email, status]) => ({ email, status })),
      invitations: e.invitations.map((i) => ({ ...i })),
      guestsCanSeeGuests: e.guestsCanSeeGuests,
      tags: Object.fromEntries(e.tags),
      apiId: e.apiId,
      meetLink: e.meetLink,
      notices: e.notices.map((n) => ({ ...n })),
    }));
  }

  deleteCalendarEventByHand(eventId: string): void {
    this.assembled.calendar.deleteByHand(eventId);
  }

  respondToInvitation(eventId: string, email: string, status: GuestStatusName): void {
    this.assembled.calendar.respond(eventId, email, status);
  }

  serviceCalls(): Partial<Record<ServiceName, number>> {
    return this.execLog.serviceCalls() as Partial<Record<ServiceName, number>>;
  }

  /** Calls per method, e.g. { 'Range.getValues': 3 }. */
  methodCalls(): Record<string, number> {
    return this.execLog.methodCalls();
  }

  resetServiceCalls(): void {
    this.execLog.resetServiceCalls();
  }

  triggers(): TriggerInfo[] {
    return this.assembled.triggers.all().map((t) => {
      const next = nextRun(t.schedule);
      return {
        uid: t.uid,
        handler: t.handler,
        eventType: t.eventType,
        source: t.source,
        sourceId: t.sourceId,
        documentId: t.documentId,
        user: t.user,
        nextRun: next === null ? null : new Date(next).toISOString(),
      };
    });
  }

  /** A store as a plain object; `user` picks whose user store (default: the default user). */
  properties(store: PropertyStoreName, user?: string): Record<string, string> {
    return this.assembled.properties.store(store, user).toObject();
  }

  /** Test setup: writes properties directly (no quota, no limits, no service call). */
  setProperties(store: PropertyStoreName, values: Record<string, string>, user?: string): void {
    const target = this.assembled.properties.store(store, user).values;
    for (const [k, v] of Object.entries(values)) target.set(k, String(v));
  }

  programRecords(): Record<string, string> {
    const fromProperties = this.properties('document');
    if (this.assembled.sheets.sheet(PROGRAM_STORE_SHEET) === null) return fromProperties;
    const out: Record<string, string> = { ...fromProperties };
    for (const [key = '', value = ''] of this.assembled.sheets.displayValues(PROGRAM_STORE_SHEET).slice(1)) {
      if (key !== '' && value.startsWith(PROGRAM_STORE_PREFIX)) out[key] = value.slice(PROGRAM_STORE_PREFIX.length);
    }
    return out;
  }

  setProgramRecords(values: Record<string, string>): void {
    if (this.assembled.sheets.sheet(PROGRAM_STORE_SHEET) === null) {
      this.setProperties('document', values);
      return;
    }
    const rows = Object.entries({ ...this.programRecords(), ...values }).map(([k, v]) => [k, PROGRAM_STORE_PREFIX + v]);
    const old = this.assembled.sheets.displayValues(PROGRAM_STORE_SHEET).length - 1;
    const all = [...rows, ...Array.from({ length: Math.max(0, old - rows.length) }, () => ['', ''])];
    if (all.length > 0) this.assembled.sheets.write(PROGRAM_STORE_SHEET, 2, 1, all);
  }

  ui(): UiSnapshot {
    const state = this.assembled.sheets.ui;
    return {
      menus: structuredClone(state.menus),
      sidebar: state.sidebar ? { title: state.sidebar.title, html: state.sidebar.html } : null,
    };
  }

  logs(): LogEntry[] {
    return this.logEntries.map((e) => ({ ...e }));
  }

  executions(): ExecutionRecord[] {
    return this.execLog.records();
  }

  /** Simulates another execution holding the lock until `untilIso`. */
  holdLock(scope: LockScope, untilIso: string): void {
    const until = Date.parse(untilIso);
    if (Number.isNaN(until)) throw new Error(`holdLock: not an ISO time: ${untilIso}`);
    this.assembled.locks.hold(scope, until);
  }

  setAuthorizationRequired(required: boolean): void {
    this.assembled.triggers.setAuthorizationRequired(required);
  }

  forms(): FormInfo[] {
    return this.assembled.forms.list();
  }
}
