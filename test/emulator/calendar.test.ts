/**
 * This file defines the tests of CalendarApp: events on the default calendar, their guests
 * and invitations (only createEvent with sendInvites sends them), updates, look-up by
 * iCalUID, range queries, deletion and the daily event-creation quota.
 */
import { scriptEmulator } from './helpers';

const SCRIPT = `
function kickoff(sendInvites) {
  var cal = CalendarApp.getDefaultCalendar();
  var e = cal.createEvent('Kickoff', new Date('2026-12-01T16:00:00Z'), new Date('2026-12-01T18:00:00Z'),
    { description: 'Välkomna', location: 'Aulan', guests: 'ann@example.com, bo@example.com', sendInvites: sendInvites });
  return e.getId();
}
function update(id) {
  var e = CalendarApp.getEventById(id);
  e.setTitle('Kickoff!').setLocation('Sal 2').setDescription('Ny tid');
  e.setTime(new Date('2026-12-02T16:00:00Z'), new Date('2026-12-02T17:00:00Z'));
  e.addGuest('cy@example.com');
  e.removeGuest('bo@example.com');
  e.setGuestsCanSeeGuests(false);
  return { title: e.getTitle(), start: e.getStartTime().toISOString(), end: e.getEndTime().toISOString(),
    guests: e.getGuestList().map(function (g) { return g.getEmail() + ':' + g.getGuestStatus(); }),
    withOwner: e.getGuestList(true).length, ann: e.getGuestByEmail('ann@example.com').getGuestStatus(),
    nobody: e.getGuestByEmail('x@example.com'), canSee: e.guestsCanSeeGuests() };
}
function range(from, to) {
  return CalendarApp.getDefaultCalendar().getEvents(new Date(from), new Date(to)).map(function (e) { return e.getTitle(); });
}
function status(id, email) { return CalendarApp.getDefaultCalendar().getEventById(id).getGuestByEmail(email).getGuestStatus(); }
function remove(id) { CalendarApp.getEventById(id).deleteEvent(); return CalendarApp.getEventById(id); }
function backwards() { CalendarApp.getDefaultCalendar().createEvent('x', new Date('2026-12-02T00:00:00Z'), new Date('2026-12-01T00:00:00Z')); }
function bulk(n) { var cal = CalendarApp.getDefaultCalendar(); for (var i = 0; i < n; i++) cal.createEvent('e' + i, new Date(), new Date()); }
function calendars() { var c = CalendarApp.getDefaultCalendar(); return [c.getId(), c.getName(), CalendarApp.getCalendarById(c.getId()).getId(), CalendarApp.getCalendarById('other@example.com')]; }
`;

describe('CalendarApp', () => {
  test('createEvent with sendInvites records the event, its guests and one invitation each', () => {
    const emu = scriptEmulator(SCRIPT);
    const id = emu.run<string>('kickoff', true);
    expect(id).toMatch(/^[0-9a-f]{26}@google\.com$/);
    expect(emu.calendarEvents()).toEqual([
      {
        id,
        calendarId: 'coordinator@example.edu',
        title: 'Kickoff',
        start: '2026-12-01T16:00:00.000Z',
        end: '2026-12-01T18:00:00.000Z',
        description: 'Välkomna',
        location: 'Aulan',
        guests: [
          { email: 'ann@example.com', status: 'INVITED' },
          { email: 'bo@example.com', status: 'INVITED' },
        ],
        // Sent when createEvent ran, after getDefaultCalendar's 150 simulated ms.
        invitations: [
          { email: 'ann@example.com', sentAt: '2026-11-28T10:00:00.150Z' },
          { email: 'bo@example.com', sentAt: '2026-11-28T10:00:00.150Z' },
        ],
        guestsCanSeeGuests: true,
        tags: {},
        apiId: id.replace('@google.com', ''),
        meetLink: '',
        notices: [],
      },
    ]);
  });

  test('without sendInvites (the default) no invitation is sent; addGuest sends none either', () => {
    const emu = scriptEmulator(SCRIPT);
    const id = emu.run<string>('kickoff', false);
    const updated = emu.run('update', id);
    expect(updated).toEqual({
      title: 'Kickoff!',
      start: '2026-12-02T16:00:00.000Z',
      end: '2026-12-02T17:00:00.000Z',
      guests: ['ann@example.com:INVITED', 'cy@example.com:INVITED'],
      withOwner: 3,
      ann: 'INVITED',
      nobody: null,
      canSee: false,
    });
    expect(emu.calendarEvents()[0]).toMatchObject({ location: 'Sal 2', description: 'Ny tid', invitations: [], guestsCanSeeGuests: false });
  });

  test('a guest answer is visible to the script', () => {
    const emu = scriptEmulator(SCRIPT);
    const id = emu.run<string>('kickoff', true);
    emu.respondToInvitation(id, 'bo@example.com', 'YES');
    expect(emu.run('status', id, 'bo@example.com')).toBe('YES');
  });

  test('getEvents returns events overlapping the range', () => {
    const emu = scriptEmulator(SCRIPT);
    emu.run('kickoff', false);
    expect(emu.run('range', '2026-12-01T17:00:00Z', '2026-12-01T20:00:00Z')).toEqual(['Kickoff']);
    expect(emu.run('range', '2026-12-01T18:00:00Z', '2026-12-01T20:00:00Z')).toEqual([]);
  });

  test('deleted events are gone', () => {
    const emu = scriptEmulator(SCRIPT);
    const id = emu.run<string>('kickoff', false);
    expect(emu.run('remove', id)).toBeNull();
    expect(emu.calendarEvents()).toEqual([]);
  });

  test('the end may not precede the start', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(() => emu.run('backwards')).toThrow('Event start date must be before event end date.');
  });

  test('the default calendar is the user’s', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(emu.run('calendars')).toEqual(['coordinator@example.edu', 'coordinator@example.edu', 'coordinator@example.edu', null]);
  });

  test('a consumer account creates at most 5,000 events a day', () => {
    const emu = scriptEmulator(SCRIPT, { account: 'consumer', callCostMs: { CalendarApp: 0 } });
    emu.run('bulk', 5000);
    expect(() => emu.run('bulk', 1)).toThrow('You have been creating or deleting too many calendars or calendar events in a short time.');
    emu.advanceBy(24 * 3600 * 1000);
    emu.run('bulk', 1);
    expect(emu.calendarEvents()).toHaveLength(5001);
  });
});
