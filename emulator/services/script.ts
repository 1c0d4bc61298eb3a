/**
 * This file defines ScriptApp: its enums, the trigger builders and the add-on trigger
 * rules Google enforces — triggers only for the document the add-on runs in, one trigger
 * of each event type per user per document, time-driven at most hourly, 20 triggers per
 * user per script, each user seeing and deleting only their own. Error texts are
 * approximations of Google's (README). getUserTriggers(ss) lists the document's spreadsheet
 * triggers only; time-driven ones are found through
 * getProjectTriggers(), the reading that works whichever way Google lists them.
 */
import type { EmulatorContext } from '../context';
import { type ClockSpec, type EventTypeName, firingOffsetMs, nextRun, scheduleFor, type TriggerRecord, type TriggerSourceName } from './script-triggers';

const enumOf = <K extends string>(...keys: K[]) => Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P });
const AUTH_MODE = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
const AUTHORIZATION_STATUS = enumOf('REQUIRED', 'NOT_REQUIRED');
const EVENT_TYPE = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
const TRIGGER_SOURCE = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
const INSTALLATION_SOURCE = enumOf('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON');
const WEEK_DAY = enumOf('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');
const WEEK_DAYS: readonly string[] = Object.keys(WEEK_DAY);

export const MAX_TRIGGERS_PER_USER = 20;
const TYPE_WORDS: Readonly<Record<EventTypeName, string>> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_FORM_SUBMIT: 'form submit',
  ON_CHANGE: 'change',
  ON_EVENT_UPDATED: 'calendar',
};

export interface TriggerRegistry {
  all(): TriggerRecord[];
  /** Emulator API: makes getAuthorizationInfo report REQUIRED (e.g. after a scope change). */
  setAuthorizationRequired(required: boolean): void;
}

export interface ScriptOptions {
  documentId(): string;
  authorizationRequired: boolean;
  /** Seeds the minute within the hour each time-driven trigger fires at. */
  seed: number;
  /** A script bound to the spreadsheet reports NONE; a published add-on how it was installed. */
  deployment: 'bound' | 'addon';
}

export function createScriptApp(ctx: EmulatorContext, options: ScriptOptions) {
  const records: TriggerRecord[] = [];
  let authorizationRequired = options.authorizationRequired;

  class Trigger {
    constructor(readonly record: TriggerRecord) {}
    getUniqueId = () => this.record.uid;
    getHandlerFunction = () => this.record.handler;
    getEventType = () => this.record.eventType;
    getTriggerSource = () => this.record.source;
    getTriggerSourceId = () => this.record.sourceId;
  }

  const create = (method: string, handler: string, eventType: EventTypeName, source: TriggerSourceName, spec?: ClockSpec): Trigger => {
    const documentId = options.documentId();
    const mine = records.filter((r) => r.user === ctx.user.email);
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      ctx.fail(method, 'This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    if (mine.some((r) => r.documentId === documentId && r.eventType === eventType)) {
      ctx.fail(
        method,
        `This add-on has created too many ${TYPE_WORDS[eventType]} triggers in this document for this Google user account. Delete the existing trigger before creating another.`,
      );
    }
    const uid = BigInt(`0x${ctx.ids.hex(15)}`).toString();
    let schedule = null;
    if (spec) {
      const s = scheduleFor(spec, ctx.clock.now(), ctx.timeZone, firingOffsetMs(options.seed, uid));
      if (typeof s === 'string') return s.startsWith('unsupported:') ? ctx.unsupported(s.slice(12)) : ctx.fail(method, s);
      schedule = s;
    }
    const record: TriggerRecord = {
      uid,
      handler,
      eventType,
      source,
      sourceId: source === 'SPREADSHEETS' ? documentId : null,
      user: ctx.user.email,
      documentId,
      created: ctx.clock.now(),
      schedule,
    };
    records.push(record);
    return new Trigger(record);
  };

  const positive = (method: string, n: unknown): number =>
    typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : ctx.fail(method, 'Invalid argument: n');

  class ClockTriggerBuilder {
    private readonly spec: ClockSpec = {};
    constructor(private readonly handler: string) {}
    everyMinutes = (n: unknown) => this.with({ minutes: positive('ClockTriggerBuilder.everyMinutes', n) });
    everyHours = (n: unknown) => this.with({ hours: positive('ClockTriggerBuilder.everyHours', n) });
    everyDays = (n: unknown) => this.with({ days: positive('ClockTriggerBuilder.everyDays', n) });
    everyWeeks = (n: unknown) => this.with({ weeks: positive('ClockTriggerBuilder.everyWeeks', n) });
    atHour = (h: unknown) =>
      this.with({ atHour: typeof h === 'number' && h >= 0 && h <= 23 ? h : ctx.fail('ClockTriggerBuilder.atHour', 'Invalid argument: hour') });
    nearMinute = (m: unknown) =>
      this.with({ nearMinute: typeof m === 'number' && m >= 0 && m <= 59 ? m : ctx.fail('ClockTriggerBuilder.nearMinute', 'Invalid argument: minute') });
    onWeekDay = (d: unknown) => {
      const i = WEEK_DAYS.indexOf(String(d));
      return this.with({ weekDay: i >= 0 ? i : ctx.fail('ClockTriggerBuilder.onWeekDay', 'Invalid argument: day') });
    };
    onMonthDay = (d: unknown) => this.with({ monthDay: Number(d) });
    inTimezone = (tz: unknown) => this.with({ timeZone: String(tz) });
    at = (date: unknown) => this.with({ at: ctx.isDate(date) ? date.getTime() : ctx.fail('ClockTriggerBuilder.at', 'Invalid argument: date') });
    after = (ms: unknown) =>
      this.with({ after: typeof ms === 'number' && ms >= 0 ? ms : ctx.fail('ClockTriggerBuilder.after', 'Invalid argument: durationMilliseconds') });
    atDate = (y: unknown, m: unknown, d: unknown) => this.with({ atDate: [Number(y), Number(m), Number(d)] });
    create = () => create('ClockTriggerBuilder.create', this.handler, 'CLOCK', 'CLOCK', this.spec);
    private with(part: ClockSpec): this {
      Object.assign(this.spec, part);
      return this;
    }
  }

  class SpreadsheetTriggerBuilder {
    private type: EventTypeName | null = null;
    constructor(private readonly handler: string) {}
    onOpen = () => this.on('ON_OPEN');
    onEdit = () => this.on('ON_EDIT');
    onChange = () => this.on('ON_CHANGE');
    onFormSubmit = () => this.on('ON_FORM_SUBMIT');
    create = () =>
      this.type === null
        ? ctx.fail('SpreadsheetTriggerBuilder.create', 'Invalid argument: the trigger has no event type (call onOpen, onEdit, onChange or onFormSubmit).')
        : create('SpreadsheetTriggerBuilder.create', this.handler, this.type, 'SPREADSHEETS');
    private on(type: EventTypeName): this {
      this.type = type;
      return this;
    }
  }

  const otherFile = (method: string): never => ctx.fail(method, 'Add-ons can only create triggers for the file in which the add-on is used.');
  const idOf = (target: unknown): string => {
    const getId = (target as { getId?: unknown } | null)?.getId;
    return typeof getId === 'function' ? String(getId.call(target)) : String(target);
  };

  class TriggerBuilder {
    constructor(private readonly handler: string) {}
    forSpreadsheet = (target: unknown) =>
      idOf(target) === options.documentId() ? new SpreadsheetTriggerBuilder(this.handler) : otherFile('TriggerBuilder.forSpreadsheet');
    forForm = () => otherFile('TriggerBuilder.forForm');
    forDocument = () => otherFile('TriggerBuilder.forDocument');
    timeBased = () => new ClockTriggerBuilder(this.handler);
  }

  class AuthorizationInfo {
    getAuthorizationStatus = () => (authorizationRequired ? AUTHORIZATION_STATUS.REQUIRED : AUTHORIZATION_STATUS.NOT_REQUIRED);
    getAuthorizationUrl = () => (authorizationRequired ? 'https://script.google.com/macros/d/emulator/authorize' : null);
  }

  const service = {
    AuthMode: AUTH_MODE,
    AuthorizationStatus: AUTHORIZATION_STATUS,
    EventType: EVENT_TYPE,
    TriggerSource: TRIGGER_SOURCE,
    InstallationSource: INSTALLATION_SOURCE,
    WeekDay: WEEK_DAY,
    newTrigger(functionName: unknown): TriggerBuilder {
      if (typeof functionName !== 'string' || functionName === '') ctx.fail('ScriptApp.newTrigger', 'Invalid argument: functionName');
      return new TriggerBuilder(functionName);
    },
    getProjectTriggers: (): Trigger[] => records.filter((r) => r.user === ctx.user.email).map((r) => new Trigger(r)),
    getUserTriggers(target: unknown): Trigger[] {
      const id = idOf(target);
      return records.filter((r) => r.user === ctx.user.email && r.sourceId === id).map((r) => new Trigger(r));
    },
    deleteTrigger(trigger: unknown): void {
      const uid = trigger instanceof Trigger ? trigger.record.uid : null;
      if (uid === null) ctx.fail('ScriptApp.deleteTrigger', 'Invalid argument: trigger');
      // Only the creator's own triggers: another member's are invisible and untouchable.
      const i = records.findIndex((r) => r.uid === uid && r.user === ctx.user.email);
      if (i >= 0) records.splice(i, 1);
    },
    getAuthorizationInfo: (authMode: unknown) =>
      authMode === AUTH_MODE.FULL || authMode === AUTH_MODE.LIMITED || authMode === AUTH_MODE.NONE
        ? new AuthorizationInfo()
        : ctx.fail('ScriptApp.getAuthorizationInfo', 'Invalid argument: authMode'),
    // NONE: "Script is not running as an add-on" (reference/script/installation-source).
    getInstallationSource: () => (options.deployment === 'bound' ? INSTALLATION_SOURCE.NONE : INSTALLATION_SOURCE.APPS_MARKETPLACE_DOMAIN_ADD_ON),
  };
  const registry: TriggerRegistry = {
    all: () => records,
    setAuthorizationRequired(required) {
      authorizationRequired = required;
    },
  };
  return { service, registry, nextRun };
}
