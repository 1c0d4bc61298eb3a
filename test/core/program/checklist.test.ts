/**
 * This file defines the tests of the planning checklist: its order, dates and statuses on
 * fixed days.
 */
import { type ChecklistStatus, planningChecklist } from '../../../src/core/program';
import { fixtureSettings } from './settings-fixture';

function statuses(items: ReturnType<typeof planningChecklist>): Record<string, ChecklistStatus> {
  return Object.fromEntries(items.map((i) => [i.key, i.status]));
}

describe('planningChecklist', () => {
  const settings = fixtureSettings('sv');

  it('lists the toolkit steps in order with their dates', () => {
    const items = planningChecklist(settings, '2026-01-15');
    expect(items.map((i) => [i.key, i.date])).toEqual([
      ['startPlanning', '2026-01-20'],
      ['appointGroup', '2026-02-20'],
      ['createForms', '2026-07-06'],
      ['openApplications', '2026-07-20'],
      ['closeApplications', '2026-08-17'],
      ['match', '2026-08-22'],
      ['announceMatches', '2026-08-24'],
      ['kickoff', '2026-09-03'],
      ['midwayCheckIn', '2026-10-03'],
      ['closingMeeting', '2026-11-03'],
      ['programEnd', '2026-11-03'],
      ['deleteData', '2027-05-03'],
    ]);
    const dates = items.map((i) => i.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('labels the steps in the program language, or the one asked for', () => {
    expect(planningChecklist(settings, '2026-01-15')[0]!.label).toMatch(/^Börja planera/);
    expect(planningChecklist(settings, '2026-01-15', {}, 'en')[11]!.label).toBe('Delete the personal data');
    expect(planningChecklist(fixtureSettings('en'), '2026-01-15')[7]!.label).toBe('Kickoff meeting');
  });

  it('at the start: planning is due within the week, the rest upcoming, the group appointed', () => {
    const s = statuses(planningChecklist(settings, '2026-01-15'));
    expect(s.startPlanning).toBe('due');
    expect(s.appointGroup).toBe('done');
    expect(s.createForms).toBe('upcoming');
    expect(s.deleteData).toBe('upcoming');
    const noGroup = statuses(planningChecklist({ ...settings, projectGroup: [] }, '2026-01-15'));
    expect(noGroup.appointGroup).toBe('upcoming');
  });

  it('during matching: past events done, unconfirmed tasks overdue, the next week due', () => {
    const s = statuses(planningChecklist({ ...settings, projectGroup: [] }, '2026-08-20', { createForms: true }));
    expect(s).toEqual({
      startPlanning: 'done',
      appointGroup: 'overdue',
      createForms: 'done',
      openApplications: 'done',
      closeApplications: 'done',
      match: 'due',
      announceMatches: 'due',
      kickoff: 'upcoming',
      midwayCheckIn: 'upcoming',
      closingMeeting: 'upcoming',
      programEnd: 'upcoming',
      deleteData: 'upcoming',
    });
  });

  it('on the kickoff day: the kickoff is due, an unsent announcement overdue until confirmed', () => {
    const before = statuses(planningChecklist(settings, '2026-09-03', { createForms: true, match: true }));
    expect(before.kickoff).toBe('due');
    expect(before.announceMatches).toBe('overdue');
    const after = statuses(planningChecklist(settings, '2026-09-03', { createForms: true, match: true, announceMatches: true }));
    expect(after.announceMatches).toBe('done');
  });

  it('after the end: data deletion overdue until done; progress can mark an event as missed', () => {
    const s = statuses(planningChecklist(settings, '2027-06-01', { kickoff: false }));
    expect(s.deleteData).toBe('overdue');
    expect(s.closingMeeting).toBe('done');
    expect(s.kickoff).toBe('overdue');
    expect(statuses(planningChecklist(settings, '2027-06-01', { deleteData: true })).deleteData).toBe('done');
  });

  it('refuses a malformed today', () => {
    expect(() => planningChecklist(settings, '15/1/2026')).toThrow(/YYYY-MM-DD/);
  });
});
