/**
 * This file defines the calendar gateway over the advanced Calendar service (Calendar API
 * v3, `Calendar` in appsscript.json's enabledAdvancedServices). The advanced service is
 * used rather than CalendarApp because only it lets the add-on choose the event's id
 * (recorded before the event exists, so a retry finds it), create a Google Meet link
 * (conferenceData.createRequest with conferenceDataVersion 1), send invitations and
 * updates to every guest (sendUpdates 'all'), and tell an event deleted by hand (status
 * 'cancelled', which Events.get still returns) from one that never existed (404).
 */
import type { CalendarGateway, EventSnapshot, MeetingEventSpec } from '../app/timeline-ports';

function api(): GoogleAppsScript.Calendar {
  if (!Calendar) throw new Error('The advanced Calendar service is not enabled (appsscript.json, enabledAdvancedServices).');
  return Calendar;
}

function snapshot(event: GoogleAppsScript.Calendar.Schema.Event): EventSnapshot {
  const entry = event.conferenceData?.entryPoints?.find((e) => e.entryPointType === 'video');
  return {
    id: event.id ?? '',
    status: event.status === 'cancelled' ? 'cancelled' : 'confirmed',
    guests: (event.attendees ?? []).map((a) => String(a.email ?? '').toLowerCase()).filter((e) => e !== ''),
    meetLink: event.hangoutLink ?? entry?.uri ?? '',
  };
}

function body(spec: MeetingEventSpec, timeZone: string): GoogleAppsScript.Calendar.Schema.Event {
  return {
    summary: spec.title,
    description: spec.description,
    location: spec.location,
    start: { dateTime: new Date(spec.startMs).toISOString(), timeZone },
    end: { dateTime: new Date(spec.endMs).toISOString(), timeZone },
    attendees: spec.guests.map((email) => ({ email })),
    guestsCanSeeOtherGuests: spec.guestsCanSeeOtherGuests,
    guestsCanInviteOthers: false,
  };
}

function meetRequest(spec: MeetingEventSpec): GoogleAppsScript.Calendar.Schema.ConferenceData {
  return { createRequest: { requestId: spec.meetRequestId, conferenceSolutionKey: { type: 'hangoutsMeet' } } };
}

function isNotFound(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /not found|404/i.test(message);
}

export function calendarGateway(timeZone: () => string): CalendarGateway {
  return {
    get(calendarId, eventId) {
      try {
        return snapshot(api().Events!.get(calendarId, eventId));
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    },
    insert(calendarId, spec) {
      const event = { ...body(spec, timeZone()), id: spec.meetRequestId, ...(spec.createMeet ? { conferenceData: meetRequest(spec) } : {}) };
      return snapshot(api().Events!.insert(event, calendarId, { sendUpdates: 'all', conferenceDataVersion: 1 }));
    },
    update(calendarId, eventId, spec) {
      const current = api().Events!.get(calendarId, eventId);
      const wantsMeet = spec.createMeet && !current.conferenceData;
      const patch = { ...body(spec, timeZone()), ...(wantsMeet ? { conferenceData: meetRequest(spec) } : {}) };
      return snapshot(api().Events!.patch(patch, calendarId, eventId, { sendUpdates: 'all', conferenceDataVersion: 1 }));
    },
  };
}
