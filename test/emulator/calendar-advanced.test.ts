/**
 * This file tests the advanced Calendar service (Calendar.Events) in the emulator: events
 * it makes are CalendarApp's too, client-chosen ids and their rules, sendUpdates deciding
 * who is emailed, Meet links only with conferenceDataVersion 1, patching guests (added
 * invited, removed told), a deleted event still readable as cancelled, unknown ids and
 * calendars, and the guest limit.
 */
import { scriptEmulator } from './helpers';

const SCRIPT = `
function body(id, guests, meet) {
  var b = { summary: 'Kickoff', description: 'Välkomna', location: 'Aulan',
    start: { dateTime: '2026-12-17T17:00:00Z', timeZone: 'Europe/Stockholm' }, end: { dateTime: '2026-12-17T19:00:00Z' },
    attendees: guests.map(function (g) { return { email: g }; }), guestsCanSeeOtherGuests: false };
  if (id) b.id = id;
  if (meet) b.conferenceData = { createRequest: { requestId: 'req-' + id, conferenceSolutionKey: { type: 'hangoutsMeet' } } };
  return b;
}
function insert(id, guests, opts, meet) { return Calendar.Events.insert(body(id, guests, meet), 'primary', opts); }
function get(id) { return Calendar.Events.get('primary', id); }
function patchGuests(id, guests, opts) { return Calendar.Events.patch({ attendees: guests.map(function (g) { return { email: g }; }) }, 'primary', id, opts); }
function remove(id) { Calendar.Events.remove('primary', id); }
function viaCalendarApp(id) { var e = CalendarApp.getEventById(id + '@google.com'); return e && [e.getTitle(), e.getGuestList().length, e.guestsCanSeeGuests()]; }
function tryIt(fn, a, b, c, d) { try { this[fn](a, b, c, d); return 'ok'; } catch (e) { return e.message; } }
`;

describe('Calendar (advanced service)', () => {
  test('insert with a chosen id and sendUpdates all: one event CalendarApp sees, one invitation per guest', () => {
    const emu = scriptEmulator(SCRIPT);
    const made = emu.run<Record<string, unknown>>('insert', 'mpk0123456789', ['ann@example.com', 'Bo@Example.com'], { sendUpdates: 'all' });
    expect(made).toMatchObject({ id: 'mpk0123456789', iCalUID: 'mpk0123456789@google.com', status: 'confirmed', summary: 'Kickoff', guestsCanSeeOtherGuests: false });
    expect(emu.run('viaCalendarApp', 'mpk0123456789')).toEqual(['Kickoff', 2, false]);
    const [event] = emu.calendarEvents();
    expect(event!.guests.map((g) => g.email)).toEqual(['ann@example.com', 'bo@example.com']);
    expect(event!.invitations.map((i) => i.email)).toEqual(['ann@example.com', 'bo@example.com']);
  });

  test('without sendUpdates nobody is emailed; externalOnly emails only guests outside the user’s domain', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('insert', 'aaaaa1', ['ann@example.com'], {});
    emu.run('insert', 'aaaaa2', ['ann@example.com', 'boss@example.edu'], { sendUpdates: 'externalOnly' });
    expect(emu.calendarEvents().map((e) => e.invitations.map((i) => i.email))).toEqual([[], ['ann@example.com']]);
  });

  test('ids must be base32hex, 5 to 1024 characters, and unused in the calendar (deleted events included)', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(emu.run('tryIt', 'insert', 'Has-Caps', [], {})).toMatch(/Invalid resource id value/);
    expect(emu.run('tryIt', 'insert', 'abcw1', [], {})).toMatch(/Invalid resource id value/); // w is not base32hex
    expect(emu.run('tryIt', 'insert', 'abc', [], {})).toMatch(/Invalid resource id value/);
    expect(emu.run('tryIt', 'insert', 'abcde', [], {})).toBe('ok');
    emu.run('remove', 'abcde');
    expect(emu.run('tryIt', 'insert', 'abcde', [], {})).toMatch(/already exists/);
  });

  test('a Meet link is made only with conferenceDataVersion 1', () => {
    const emu = scriptEmulator(SCRIPT);
    const without = emu.run<Record<string, unknown>>('insert', 'meet00', [], {}, true);
    const withIt = emu.run<Record<string, unknown>>('insert', 'meet01', [], { conferenceDataVersion: 1 }, true);
    expect(without.hangoutLink).toBeUndefined();
    expect(withIt.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(emu.calendarEvents()[1]!.meetLink).toBe(withIt.hangoutLink);
  });

  test('patching the guests invites newcomers, tells removed guests and updates the kept ones (sendUpdates all)', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('insert', 'guests1', ['ann@example.com', 'bo@example.com'], { sendUpdates: 'all' });
    const patched = emu.run<{ attendees: { email: string }[] }>('patchGuests', 'guests1', ['ann@example.com', 'cy@example.com'], { sendUpdates: 'all' });
    expect(patched.attendees.map((a) => a.email)).toEqual(['ann@example.com', 'cy@example.com']);
    const [e] = emu.calendarEvents();
    expect(e!.invitations.map((i) => i.email)).toEqual(['ann@example.com', 'bo@example.com', 'cy@example.com']);
    expect(e!.notices.map((n) => `${n.kind}:${n.email}`)).toEqual(['cancellation:bo@example.com', 'update:ann@example.com']);
  });

  test('a deleted event: Events.get still returns it, cancelled; CalendarApp no longer finds it; an unknown id is Not Found', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('insert', 'gone1', ['ann@example.com'], {});
    emu.deleteCalendarEventByHand('gone1');
    expect(emu.run<Record<string, unknown>>('get', 'gone1').status).toBe('cancelled');
    expect(emu.run('viaCalendarApp', 'gone1')).toBeNull();
    expect(emu.calendarEvents()).toEqual([]);
    expect(emu.run('tryIt', 'get', 'never1')).toBe('API call to calendar.events.get failed with error: Not Found');
    expect(emu.run('tryIt', 'insert', 'other1', [], {}, false)).toBe('ok');
  });

  test('at most 500 guests on one event', () => {
    const emu = scriptEmulator(SCRIPT);
    const many = Array.from({ length: 501 }, (_, i) => `g${i}@example.com`);
    expect(emu.run('tryIt', 'insert', 'big01', many, {})).toMatch(/Calendar usage limits exceeded/);
    expect(emu.run('tryIt', 'insert', 'big02', many.slice(0, 500), {})).toBe('ok');
  });
});
