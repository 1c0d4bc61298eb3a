/**
 * This file defines CalendarApp: the user's default calendar, events with guests, and the
 * invitations Google would email. An invitation is recorded for each guest of an event
 * created with `sendInvites: true`; `addGuest` records none (Google's docs do not say it
 * notifies, and community reports say it does not). Event creation counts against the
 * daily quota (5,000 consumer / 10,000 Workspace). iCalUIDs look like Google's
 * ('<26 hex>@google.com'). Recurring events, all-day events and other calendars are left out.
 */
import type { EmulatorContext } from '../context';
import { DailyQuota } from '../runtime/daily-quota';
import { parseRecipients } from './mail-outbox';

const GUEST_STATUS = { INVITED: 'INVITED', MAYBE: 'MAYBE', NO: 'NO', OWNER: 'OWNER', YES: 'YES' } as const;
export type GuestStatusName = keyof typeof GUEST_STATUS;

export interface EventRecord {
  id: string;
  calendarId: string;
  title: string;
  start: number;
  end: number;
  description: string;
  location: string;
  guests: Map<string, GuestStatusName>;
  invitations: { email: string; sentAt: string }[];
  guestsCanSeeGuests: boolean;
  guestsCanInviteOthers: boolean;
  tags: Map<string, string>;
  created: number;
  updated: number;
  deleted: boolean;
  /** The Calendar API's event id (the iCalUID without '@google.com'; advanced service). */
  apiId: string;
  /** Google Meet link made by a conferenceData.createRequest, else ''. */
  meetLink: string;
  /** Update and cancellation emails Google would have sent (advanced service, sendUpdates). */
  notices: { email: string; kind: 'update' | 'cancellation'; sentAt: string }[];
}

export interface CalendarModel {
  events(): EventRecord[];
  /** A group member deletes the event by hand in Calendar (by iCalUID or API id). */
  deleteByHand(eventId: string): void;
  /** Every event, deleted ones included. */
  allEvents(): EventRecord[];
  /** A guest answers an invitation (emulator API; the add-on can read it back). */
  respond(eventId: string, email: string, status: GuestStatusName): void;
}

export function createCalendarApp(ctx: EmulatorContext, opts: { dailyEvents: number }) {
  const events: EventRecord[] = [];
  const quota = new DailyQuota(ctx.clock, opts.dailyEvents);
  const defaultId = ctx.user.email;
  const date = (method: string, v: unknown): number => (ctx.isDate(v) ? v.getTime() : ctx.fail(method, `Invalid argument: ${method.endsWith('setTime') ? 'startTime' : 'date'}`));
  const touch = (r: EventRecord) => {
    r.updated = ctx.clock.now();
  };

  class EventGuest {
    constructor(
      private readonly email: string,
      private readonly status: GuestStatusName,
    ) {}
    getEmail = () => this.email;
    getName = () => this.email;
    getGuestStatus = () => this.status;
    getStatus = () => this.status.toLowerCase();
    getAdditionalGuests = () => 0;
  }

  class CalendarEvent {
    constructor(private readonly r: EventRecord) {}
    private live(method: string): EventRecord {
      if (this.r.deleted) ctx.fail(method, 'The calendar event does not exist, or it has already been deleted.');
      return this.r;
    }
    getId = () => this.r.id;
    getTitle = () => this.live('CalendarEvent.getTitle').title;
    setTitle = (title: unknown) => this.set('CalendarEvent.setTitle', (r) => (r.title = String(title)));
    getDescription = () => this.live('CalendarEvent.getDescription').description;
    setDescription = (d: unknown) => this.set('CalendarEvent.setDescription', (r) => (r.description = String(d)));
    getLocation = () => this.live('CalendarEvent.getLocation').location;
    setLocation = (l: unknown) => this.set('CalendarEvent.setLocation', (r) => (r.location = String(l)));
    getStartTime = () => ctx.makeDate(this.live('CalendarEvent.getStartTime').start);
    getEndTime = () => ctx.makeDate(this.live('CalendarEvent.getEndTime').end);
    setTime = (start: unknown, end: unknown) =>
      this.set('CalendarEvent.setTime', (r) => {
        const [s, e] = [date('CalendarEvent.setTime', start), date('CalendarEvent.setTime', end)];
        if (e < s) ctx.fail('CalendarEvent.setTime', 'Event start date must be before event end date.');
        r.start = s;
        r.end = e;
      });
    getDateCreated = () => ctx.makeDate(this.r.created);
    getLastUpdated = () => ctx.makeDate(this.r.updated);
    getOriginalCalendarId = () => this.r.calendarId;
    isOwnedByMe = () => true;
    isAllDayEvent = () => false;
    isRecurringEvent = () => false;
    getMyStatus = () => GUEST_STATUS.OWNER;
    getCreators = () => [ctx.user.email];
    addGuest = (email: unknown) =>
      this.set('CalendarEvent.addGuest', (r) => {
        const [address] = parseRecipients(ctx, 'CalendarEvent.addGuest', email);
        if (address && !r.guests.has(address)) r.guests.set(address, 'INVITED');
      });
    removeGuest = (email: unknown) => this.set('CalendarEvent.removeGuest', (r) => r.guests.delete(String(email).trim()));
    getGuestList = (includeOwner?: unknown) => {
      const list = [...this.live('CalendarEvent.getGuestList').guests].map(([e, s]) => new EventGuest(e, s));
      return includeOwner === true ? [new EventGuest(ctx.user.email, 'OWNER'), ...list] : list;
    };
    getGuestByEmail = (email: unknown) => {
      const status = this.live('CalendarEvent.getGuestByEmail').guests.get(String(email));
      return status ? new EventGuest(String(email), status) : null;
    };
    guestsCanSeeGuests = () => this.r.guestsCanSeeGuests;
    setGuestsCanSeeGuests = (v: unknown) => this.set('CalendarEvent.setGuestsCanSeeGuests', (r) => (r.guestsCanSeeGuests = v === true));
    guestsCanInviteOthers = () => this.r.guestsCanInviteOthers;
    setGuestsCanInviteOthers = (v: unknown) => this.set('CalendarEvent.setGuestsCanInviteOthers', (r) => (r.guestsCanInviteOthers = v === true));
    guestsCanModify = () => false;
    getTag = (key: unknown) => this.r.tags.get(String(key)) ?? null;
    setTag = (key: unknown, value: unknown) => this.set('CalendarEvent.setTag', (r) => r.tags.set(String(key), String(value)));
    deleteTag = (key: unknown) => this.set('CalendarEvent.deleteTag', (r) => r.tags.delete(String(key)));
    getAllTagKeys = () => [...this.r.tags.keys()];
    deleteEvent = () => {
      this.live('CalendarEvent.deleteEvent').deleted = true;
    };
    private set(method: string, change: (r: EventRecord) => unknown): this {
      change(this.live(method));
      touch(this.r);
      return this;
    }
  }

  const find = (id: unknown) => events.find((e) => e.id === String(id) && !e.deleted);

  class Calendar {
    constructor(private readonly id: string) {}
    getId = () => this.id;
    getName = () => this.id;
    getTimeZone = () => ctx.timeZone;
    isMyPrimaryCalendar = () => true;
    isOwnedByMe = () => true;
    createEvent = (title: unknown, start: unknown, end: unknown, options?: unknown) => {
      const m = 'Calendar.createEvent';
      const [s, e] = [date(m, start), date(m, end)];
      if (e < s) ctx.fail(m, 'Event start date must be before event end date.');
      const o = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
      const guests = parseRecipients(ctx, m, o.guests);
      if (!quota.consume(1)) {
        ctx.fail(m, 'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.');
      }
      const now = ctx.clock.now();
      const sentAt = new Date(now).toISOString();
      const apiId = ctx.ids.hex(26);
      const record: EventRecord = {
        id: `${apiId}@google.com`,
        apiId,
        meetLink: '',
        notices: [],
        calendarId: this.id,
        title: String(title ?? ''),
        start: s,
        end: e,
        description: o.description === undefined ? '' : String(o.description),
        location: o.location === undefined ? '' : String(o.location),
        guests: new Map(guests.map((g) => [g, 'INVITED' as GuestStatusName])),
        invitations: o.sendInvites === true ? guests.map((email) => ({ email, sentAt })) : [],
        guestsCanSeeGuests: true,
        guestsCanInviteOthers: true,
        tags: new Map(),
        created: now,
        updated: now,
        deleted: false,
      };
      events.push(record);
      return new CalendarEvent(record);
    };
    getEventById = (iCalId: unknown) => {
      const r = find(iCalId);
      return r ? new CalendarEvent(r) : null;
    };
    getEvents = (start: unknown, end: unknown, options?: unknown) => {
      const [s, e] = [date('Calendar.getEvents', start), date('Calendar.getEvents', end)];
      const o = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
      const search = typeof o.search === 'string' ? o.search.toLowerCase() : null;
      const list = events
        .filter((r) => !r.deleted && r.calendarId === this.id && r.start < e && r.end > s)
        .filter((r) => search === null || `${r.title} ${r.description} ${r.location}`.toLowerCase().includes(search))
        .sort((a, b) => a.start - b.start);
      const max = typeof o.max === 'number' ? o.max : list.length;
      return list.slice(0, max).map((r) => new CalendarEvent(r));
    };
  }

  const primary = new Calendar(defaultId);
  const service = {
    GuestStatus: GUEST_STATUS,
    getDefaultCalendar: () => primary,
    getCalendarById: (id: unknown) => (String(id) === defaultId ? primary : null),
    getAllCalendars: () => [primary],
    getAllOwnedCalendars: () => [primary],
    getEventById: (iCalId: unknown) => primary.getEventById(iCalId),
    createEvent: (title: unknown, start: unknown, end: unknown, options?: unknown) => primary.createEvent(title, start, end, options),
    getEvents: (start: unknown, end: unknown, options?: unknown) => primary.getEvents(start, end, options),
    getId: () => defaultId,
    getName: () => defaultId,
    getTimeZone: () => ctx.timeZone,
  };
  const model: CalendarModel = {
    events: () => events.filter((e) => !e.deleted),
    deleteByHand(eventId) {
      const r = events.find((e) => !e.deleted && (e.id === eventId || e.apiId === eventId));
      if (!r) throw new Error(`deleteByHand: no live event ${eventId}`);
      r.deleted = true;
    },
    allEvents: () => [...events],
    respond(eventId, email, status) {
      const r = find(eventId);
      if (!r?.guests.has(email)) throw new Error(`respond: ${email} is not a guest of event ${eventId}`);
      r.guests.set(email, status);
    },
  };
  /** What the advanced Calendar service shares with CalendarApp: one set of events, one daily quota. */
  const internals = { events, quota, defaultId };
  return { service, model, internals };
}
