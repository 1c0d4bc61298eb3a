/**
 * This file defines the meetings use case: the kickoff and the closing meeting as one
 * Calendar event each, in the calendar the group picked (default the user's own), with
 * every confirmed participant and the project group as guests and invitations sent.
 * The title and text are the group's templates (`kickoff-event`, `closing-event` in the
 * Templates sheet). Running it again updates that event (time, place, text, guests: newcomers invited,
 * withdrawn participants removed) instead of making a second one. The event's id is chosen
 * by the add-on and recorded *before* the event is created, so a run that dies between
 * creating it and recording it finds it by that id next time instead of creating another
 * (the before/after pattern of the sign-up forms). An event deleted by hand is reported,
 * with "create it again" in the sidebar (recreateMeeting).
 */
import { emailTexts, problemText } from '../core/email';
import { cyrb53 } from '../core/intake/hash';
import { EVENT_TEMPLATE, type InvitationText, type MeetingKind, planGuests, renderInvitation } from '../core/meetings';
import { loadTemplates } from './email-templates';
import type { ProgramSettings } from '../core/program';
import { instantOf } from '../core/timeline';
import type { MeetingEventSpec, StepResult, TimelinePorts } from './timeline-ports';

export const MEETINGS_KEY = 'mp.meetings';
export const MEETING_OPTIONS_KEY = 'mp.meetings.options';

export interface MeetingOptions {
  /** 'primary' (the user's own calendar) or a calendar id the group picked. */
  calendarId: string;
  guestsCanSeeOtherGuests: boolean;
  /** Create a Google Meet link (advanced Calendar service) for this meeting. */
  meet: Record<MeetingKind, boolean>;
  durationMinutes: number;
  /** A Google Group to invite instead of the participants when there are more than Calendar allows. */
  groupAddress: string;
}

export const DEFAULT_MEETING_OPTIONS: MeetingOptions = { calendarId: 'primary', guestsCanSeeOtherGuests: false, meet: { kickoff: false, closing: false }, durationMinutes: 120, groupAddress: '' };

export interface MeetingRecord {
  calendarId: string;
  eventId: string;
  /** 'creating' from just before the insert until it is known to exist. */
  state: 'creating' | 'created';
  /** The guests the add-on invited (only these are ever removed). */
  invited: string[];
  /** What the event was last written with, so an unchanged re-run writes nothing. */
  signature: string;
  meetLink: string;
  /** What keeps the hourly refresh from updating the event, as last logged (logged once). */
  problem?: string;
}

export type MeetingRecords = Partial<Record<MeetingKind, MeetingRecord>>;

export function meetingOptions(ports: TimelinePorts): MeetingOptions {
  const raw = ports.store.readJson<Partial<MeetingOptions>>(MEETING_OPTIONS_KEY) ?? {};
  return { ...DEFAULT_MEETING_OPTIONS, ...raw, meet: { ...DEFAULT_MEETING_OPTIONS.meet, ...raw.meet } };
}

export function meetingRecords(ports: TimelinePorts): MeetingRecords {
  return ports.store.readJson<MeetingRecords>(MEETINGS_KEY) ?? {};
}

function saveRecord(ports: TimelinePorts, kind: MeetingKind, record: MeetingRecord | undefined): void {
  const records = meetingRecords(ports);
  if (record) records[kind] = record;
  else delete records[kind];
  ports.store.writeJson(MEETINGS_KEY, records);
}

/** A new event id: base32hex (a-v, 0-9), 5-1024 characters, as Calendar requires of ids a client chooses. */
function newEventId(ports: TimelinePorts, kind: MeetingKind): string {
  const seed = `${kind}|${ports.clock.nowIso()}|${ports.automation.currentUser()}`;
  return `mp${kind === 'kickoff' ? 'k' : 'c'}${cyrb53(seed).toString(32)}${cyrb53(seed, 7).toString(32)}`;
}

/**
 * The meeting's invitation from the group's template (the Templates sheet, in the program's
 * language), or the problem that keeps the template from being used, in the program's words.
 */
function writtenInvitation(ports: TimelinePorts, settings: ProgramSettings, kind: MeetingKind, withMeet: boolean): { ok: true; invitation: InvitationText } | { ok: false; error: StepResult & { ok: false } } {
  const templateKind = EVENT_TEMPLATE[kind];
  const template = { ...loadTemplates(ports, settings.language)(templateKind, settings.language), kind: templateKind };
  const rendered = renderInvitation(settings, template, withMeet);
  if (rendered.ok) return rendered;
  const problem = problemText(rendered.problems[0]!, settings.language);
  return { ok: false, error: { ok: false, error: { key: 'eventTemplate', values: { template: emailTexts(settings.language).kinds[templateKind], problem } } } };
}

function buildSpec(ports: TimelinePorts, settings: ProgramSettings, kind: MeetingKind, options: MeetingOptions, guests: string[], eventId: string, text: InvitationText): MeetingEventSpec {
  const meeting = kind === 'kickoff' ? settings.timeline.kickoff : settings.timeline.closing;
  const startMs = instantOf(meeting, ports.zone.offset);
  return {
    title: text.title,
    startMs,
    endMs: startMs + options.durationMinutes * 60_000,
    location: text.location,
    description: text.description,
    guests,
    guestsCanSeeOtherGuests: options.guestsCanSeeOtherGuests,
    createMeet: options.meet[kind],
    meetRequestId: eventId,
  };
}

function signatureOf(spec: MeetingEventSpec): string {
  const { guests, ...rest } = spec;
  return String(cyrb53(JSON.stringify({ ...rest, guests: [...guests].sort() })));
}

/** Creates or updates the meeting's event; the action of the createKickoff and createClosing steps. */
export function syncMeeting(ports: TimelinePorts, settings: ProgramSettings, kind: MeetingKind): StepResult {
  if (!ports.participants) return { ok: false, error: { key: 'actionNotAvailable', values: { detail: 'Matches' } } };
  const participants = ports.participants().map((g) => g.email);
  if (participants.length === 0) return { ok: false, error: { key: 'noPairs' } };
  const group = settings.projectGroup.map((p) => p.email);
  const options = meetingOptions(ports);
  // The templates are read before the lock: they are the group's text, not the add-on's record.
  const written = writtenInvitation(ports, settings, kind, options.meet[kind]);
  if (!written.ok) return written.error;
  return ports.lock.withLock((): StepResult => {
    const record = meetingRecords(ports)[kind];
    const existing = record && record.calendarId === options.calendarId ? ports.calendar.get(record.calendarId, record.eventId) : null;
    if (record && record.state === 'created' && (existing === null || existing.status === 'cancelled')) {
      return { ok: false, error: { key: 'eventDeleted', values: { title: written.invitation.title } } };
    }
    const plan = planGuests(participants, group, existing?.guests ?? [], record?.invited ?? [], options.groupAddress);
    if (plan.overLimit) return { ok: false, error: { key: 'tooManyGuests', values: { guests: plan.guests.length, limit: 500 } } };
    if (existing && record) {
      const spec = buildSpec(ports, settings, kind, options, plan.guests, record.eventId, written.invitation);
      const signature = signatureOf(spec);
      if (signature === record.signature && plan.added.length === 0 && plan.removed.length === 0) return { ok: true };
      const updated = ports.calendar.update(record.calendarId, record.eventId, spec);
      saveRecord(ports, kind, { ...record, state: 'created', invited: plan.guests, signature, meetLink: updated.meetLink || record.meetLink });
      return { ok: true, note: { key: 'eventUpdated', values: { added: plan.added.length, removed: plan.removed.length } } };
    }
    // Before: the id is recorded, so a run that dies after the insert finds the event by it.
    const eventId = record?.state === 'creating' && record.calendarId === options.calendarId ? record.eventId : newEventId(ports, kind);
    const spec = buildSpec(ports, settings, kind, options, plan.guests, eventId, written.invitation);
    saveRecord(ports, kind, { calendarId: options.calendarId, eventId, state: 'creating', invited: plan.guests, signature: '', meetLink: '' });
    const created = ports.calendar.insert(options.calendarId, { ...spec });
    // After.
    saveRecord(ports, kind, { calendarId: options.calendarId, eventId: created.id, state: 'created', invited: plan.guests, signature: signatureOf(spec), meetLink: created.meetLink });
    return { ok: true, note: { key: 'eventCreated', values: { guests: plan.guests.length } } };
  });
}

/**
 * Records what keeps the hourly refresh from updating the meeting's event (null: nothing
 * any more). True when it differs from what was recorded, so the caller logs it once, not
 * every hour. Hold the lock.
 */
export function noteRefreshProblem(ports: TimelinePorts, kind: MeetingKind, problem: string | null): boolean {
  const record = meetingRecords(ports)[kind];
  if (!record || (record.problem ?? null) === problem) return false;
  const { problem: _old, ...rest } = record;
  saveRecord(ports, kind, problem === null ? rest : { ...rest, problem });
  return problem !== null;
}

/** Forgets an event that was deleted by hand, so the next sync creates it again. False when it still exists. */
export function forgetDeletedMeeting(ports: TimelinePorts, kind: MeetingKind): boolean {
  return ports.lock.withLock(() => {
    const record = meetingRecords(ports)[kind];
    if (!record) return true;
    const existing = ports.calendar.get(record.calendarId, record.eventId);
    if (existing && existing.status !== 'cancelled') return false;
    saveRecord(ports, kind, undefined);
    return true;
  });
}

export interface MeetingView {
  kind: MeetingKind;
  exists: boolean;
  deleted: boolean;
  guests: number;
  meetLink: string;
}

export function meetingViews(ports: TimelinePorts): MeetingView[] {
  const records = meetingRecords(ports);
  return (['kickoff', 'closing'] as const).flatMap((kind) => {
    const record = records[kind];
    if (record?.state !== 'created') return [];
    const snap = ports.calendar.get(record.calendarId, record.eventId);
    const live = snap !== null && snap.status !== 'cancelled';
    return [{ kind, exists: live, deleted: !live, guests: snap?.guests.length ?? 0, meetLink: snap?.meetLink || record.meetLink }];
  });
}

export type MeetingOptionsResult = { ok: true; options: MeetingOptions } | { ok: false; error: { key: string; values?: Record<string, string | number> } };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * The group's meeting choices from the sidebar, checked field by field: the calendar ('primary'
 * or a calendar id, which looks like an email address), whether guests see each other, a Meet
 * link per meeting, the length, and the group address for programs over Calendar's guest limit.
 * The next sync (hourly, or "run now") brings the events in line.
 */
export function saveMeetingOptions(ports: TimelinePorts, input: unknown): MeetingOptionsResult {
  if (typeof input !== 'object' || input === null) return { ok: false, error: { key: 'invalidMeetingOptions' } };
  const raw = input as Record<string, unknown>;
  const current = meetingOptions(ports);
  const calendarId = typeof raw.calendarId === 'string' ? raw.calendarId.trim() : current.calendarId;
  const groupAddress = typeof raw.groupAddress === 'string' ? raw.groupAddress.trim().toLowerCase() : current.groupAddress;
  const duration = raw.durationMinutes === undefined ? current.durationMinutes : Number(raw.durationMinutes);
  if (calendarId !== 'primary' && !EMAIL.test(calendarId)) return { ok: false, error: { key: 'invalidMeetingOptions' } };
  if (groupAddress !== '' && !EMAIL.test(groupAddress)) return { ok: false, error: { key: 'invalidMeetingOptions' } };
  if (!Number.isInteger(duration) || duration < 15 || duration > 600) return { ok: false, error: { key: 'invalidMeetingOptions' } };
  const meet = (raw.meet ?? {}) as Record<string, unknown>;
  const options: MeetingOptions = {
    calendarId: calendarId || 'primary',
    guestsCanSeeOtherGuests: typeof raw.guestsCanSeeOtherGuests === 'boolean' ? raw.guestsCanSeeOtherGuests : current.guestsCanSeeOtherGuests,
    meet: {
      kickoff: typeof meet.kickoff === 'boolean' ? meet.kickoff : current.meet.kickoff,
      closing: typeof meet.closing === 'boolean' ? meet.closing : current.meet.closing,
    },
    durationMinutes: duration,
    groupAddress,
  };
  ports.lock.withLock(() => ports.store.writeJson(MEETING_OPTIONS_KEY, options));
  return { ok: true, options };
}
