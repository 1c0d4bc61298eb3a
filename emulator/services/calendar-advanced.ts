/**
 * This file defines the advanced Calendar service (`Calendar`, the Calendar API v3 as
 * Apps Script exposes it once enabled in appsscript.json): `Calendar.Events.insert`,
 * `get`, `patch` and `remove` over the same events CalendarApp sees. What it models, each
 * from the API reference (emulator/README.md lists the sources):
 * - a client-chosen event id must be base32hex (a-v, 0-9), 5-1024 characters; an id
 *   already used in the calendar is refused (409), deleted events included;
 * - `sendUpdates` ('all' | 'externalOnly' | 'none', default none) decides who is emailed:
 *   invitations for new guests, updates for kept ones, cancellations for removed ones;
 * - `conferenceData.createRequest` (hangoutsMeet) makes a Meet link only with
 *   `conferenceDataVersion: 1`; with version 0 the conference data is ignored;
 * - a deleted event stays readable by `get` with `status: 'cancelled'`; an unknown id
 *   throws "Not Found";
 * - at most 500 guests on a one-time event, and invitations to guests outside the user's
 *   domain count against a daily budget (10,000, the figure Google gives for paid
 *   Workspace; the emulator uses it for consumer accounts too, as Google publishes none).
 */
import type { EmulatorContext } from '../context';
import { DailyQuota } from '../runtime/daily-quota';
import type { EventRecord, GuestStatusName } from './calendar';

export const MAX_EVENT_GUESTS = 500;
export const DAILY_EXTERNAL_INVITATIONS = 10_000;
const EVENT_ID = /^[a-v0-9]{5,1024}$/;

interface Internals {
  events: EventRecord[];
  quota: DailyQuota;
  defaultId: string;
}

type Json = Record<string, unknown>;

function apiError(method: string, message: string): never {
  throw Object.assign(new Error(`API call to calendar.events.${method} failed with error: ${message}`), { name: 'GoogleJsonResponseException' });
}

export function createAdvancedCalendar(ctx: EmulatorContext, internals: Internals) {
  const { events, quota } = internals;
  const externalInvitations = new DailyQuota(ctx.clock, DAILY_EXTERNAL_INVITATIONS);
  const domain = ctx.user.email.split('@')[1] ?? '';
  const isExternal = (email: string) => email.split('@')[1] !== domain;

  const calendarOf = (method: string, calendarId: unknown): string => {
    const id = String(calendarId);
    if (id === 'primary' || id === internals.defaultId) return internals.defaultId;
    return apiError(method, 'Not Found');
  };
  const find = (calendarId: string, eventId: unknown) => events.find((e) => e.calendarId === calendarId && e.apiId === String(eventId));
  const time = (method: string, value: unknown, field: string): number => {
    const dateTime = (value as Json | undefined)?.dateTime;
    const ms = typeof dateTime === 'string' ? Date.parse(dateTime) : Number.NaN;
    if (Number.isNaN(ms)) apiError(method, `Missing or invalid ${field}.dateTime.`);
    return ms;
  };
  const attendees = (method: string, value: unknown): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) apiError(method, 'Invalid attendees.');
    const list = [...new Set(value.map((a) => String((a as Json).email ?? '').trim().toLowerCase()))];
    if (list.some((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e))) apiError(method, 'Invalid attendee email.');
    if (list.length > MAX_EVENT_GUESTS) apiError(method, 'Calendar usage limits exceeded.');
    return list;
  };
  const wantsMail = (sendUpdates: unknown, email: string) => sendUpdates === 'all' || (sendUpdates === 'externalOnly' && isExternal(email));
  const invite = (method: string, r: EventRecord, emails: string[], sendUpdates: unknown) => {
    const sentAt = new Date(ctx.clock.now()).toISOString();
    const mailed = emails.filter((e) => wantsMail(sendUpdates, e));
    if (!externalInvitations.consume(mailed.filter(isExternal).length)) apiError(method, 'Calendar usage limits exceeded.');
    for (const email of mailed) r.invitations.push({ email, sentAt });
  };
  const conference = (method: string, r: EventRecord, body: Json, options: Json) => {
    if (Number(options.conferenceDataVersion ?? 0) !== 1) return;
    const request = (body.conferenceData as Json | undefined)?.createRequest as Json | undefined;
    if (!request) return;
    const key = (request.conferenceSolutionKey as Json | undefined)?.type;
    if (key !== 'hangoutsMeet') apiError(method, 'Invalid conference type value.');
    if (typeof request.requestId !== 'string' || request.requestId === '') apiError(method, 'Invalid conference request id.');
    const letters = ctx.ids.hex(10).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] ?? 'a');
    r.meetLink = `https://meet.google.com/${letters.slice(0, 3)}-${letters.slice(3, 7)}-${letters.slice(7, 10)}`;
  };
  const resource = (r: EventRecord): Json => ({
    kind: 'calendar#event',
    id: r.apiId,
    iCalUID: r.id,
    status: r.deleted ? 'cancelled' : 'confirmed',
    summary: r.title,
    description: r.description,
    location: r.location,
    start: { dateTime: new Date(r.start).toISOString() },
    end: { dateTime: new Date(r.end).toISOString() },
    attendees: [...r.guests].map(([email, status]) => ({ email, responseStatus: responseOf(status) })),
    guestsCanSeeOtherGuests: r.guestsCanSeeGuests,
    guestsCanInviteOthers: r.guestsCanInviteOthers,
    created: new Date(r.created).toISOString(),
    updated: new Date(r.updated).toISOString(),
    ...(r.meetLink
      ? {
          hangoutLink: r.meetLink,
          conferenceData: { conferenceSolution: { key: { type: 'hangoutsMeet' } }, entryPoints: [{ entryPointType: 'video', uri: r.meetLink }] },
        }
      : {}),
  });

  const Events = {
    insert(body: unknown, calendarId: unknown, optionalArgs?: unknown): Json {
      const m = 'insert';
      const cal = calendarOf(m, calendarId);
      const b = (body ?? {}) as Json;
      const o = (optionalArgs ?? {}) as Json;
      let apiId = ctx.ids.hex(26);
      if (b.id !== undefined) {
        if (typeof b.id !== 'string' || !EVENT_ID.test(b.id)) apiError(m, 'Invalid resource id value.');
        if (find(cal, b.id)) apiError(m, 'The requested identifier already exists.');
        apiId = b.id;
      }
      const [start, end] = [time(m, b.start, 'start'), time(m, b.end, 'end')];
      if (end < start) apiError(m, 'The specified time range is empty.');
      const guests = attendees(m, b.attendees);
      if (!quota.consume(1)) apiError(m, 'Calendar usage limits exceeded.');
      const now = ctx.clock.now();
      const r: EventRecord = {
        id: `${apiId}@google.com`,
        apiId,
        calendarId: cal,
        title: String(b.summary ?? ''),
        start,
        end,
        description: String(b.description ?? ''),
        location: String(b.location ?? ''),
        guests: new Map(guests.map((g) => [g, 'INVITED' as GuestStatusName])),
        invitations: [],
        guestsCanSeeGuests: b.guestsCanSeeOtherGuests !== false,
        guestsCanInviteOthers: b.guestsCanInviteOthers !== false,
        tags: new Map(),
        created: now,
        updated: now,
        deleted: false,
        meetLink: '',
        notices: [],
      };
      invite(m, r, guests, o.sendUpdates);
      conference(m, r, b, o);
      events.push(r);
      return resource(r);
    },
    get(calendarId: unknown, eventId: unknown): Json {
      const r = find(calendarOf('get', calendarId), eventId);
      if (!r) apiError('get', 'Not Found');
      return resource(r);
    },
    patch(body: unknown, calendarId: unknown, eventId: unknown, optionalArgs?: unknown): Json {
      const m = 'patch';
      const r = find(calendarOf(m, calendarId), eventId);
      if (!r) apiError(m, 'Not Found');
      const b = (body ?? {}) as Json;
      const o = (optionalArgs ?? {}) as Json;
      const start = b.start === undefined ? r.start : time(m, b.start, 'start');
      const end = b.end === undefined ? r.end : time(m, b.end, 'end');
      if (end < start) apiError(m, 'The specified time range is empty.');
      const sentAt = new Date(ctx.clock.now()).toISOString();
      if (b.attendees !== undefined) {
        const next = attendees(m, b.attendees);
        const before = [...r.guests.keys()];
        const added = next.filter((e) => !r.guests.has(e));
        const removed = before.filter((e) => !next.includes(e));
        invite(m, r, added, o.sendUpdates);
        for (const email of removed) {
          r.guests.delete(email);
          if (wantsMail(o.sendUpdates, email)) r.notices.push({ email, kind: 'cancellation', sentAt });
        }
        for (const email of added) r.guests.set(email, 'INVITED');
      }
      if (b.summary !== undefined) r.title = String(b.summary);
      if (b.description !== undefined) r.description = String(b.description);
      if (b.location !== undefined) r.location = String(b.location);
      if (b.guestsCanSeeOtherGuests !== undefined) r.guestsCanSeeGuests = b.guestsCanSeeOtherGuests === true;
      if (b.guestsCanInviteOthers !== undefined) r.guestsCanInviteOthers = b.guestsCanInviteOthers === true;
      if (b.status === 'confirmed') r.deleted = false;
      r.start = start;
      r.end = end;
      conference(m, r, b, o);
      for (const email of r.guests.keys()) if (wantsMail(o.sendUpdates, email) && !r.invitations.some((i) => i.email === email && i.sentAt === sentAt)) r.notices.push({ email, kind: 'update', sentAt });
      r.updated = ctx.clock.now();
      return resource(r);
    },
    remove(calendarId: unknown, eventId: unknown): void {
      const r = find(calendarOf('remove', calendarId), eventId);
      if (!r || r.deleted) apiError('remove', r ? 'Resource has been deleted' : 'Not Found');
      r.deleted = true;
    },
  };
  return { service: { Events } };
}

function responseOf(status: GuestStatusName): string {
  switch (status) {
    case 'YES':
      return 'accepted';
    case 'NO':
      return 'declined';
    case 'MAYBE':
      return 'tentative';
    default:
      return 'needsAction';
  }
}
