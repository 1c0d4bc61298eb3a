/**
 * Integration tests of program setup through the built bundle: the first state a new
 * spreadsheet shows, all-or-nothing saving with per-field messages in the user's language,
 * and settings kept in Document Properties (shared by every editor, surviving reloads).
 */
import type { SidebarState } from '../../src/main';
import { newEmulator, programSettings, runFailure, runOk } from './support';

test('a new spreadsheet starts on a toolkit draft, in Swedish, not yet configured', () => {
  const em = newEmulator();
  const state = runOk<SidebarState>(em, 'getSidebarState');
  expect(state).toMatchObject({ configured: false, language: 'sv', programName: '', today: '2026-11-28' });
  expect(state.checklist[0]).toMatchObject({ key: 'startPlanning', date: '2026-11-30', status: 'due' });
  expect(state.checklist.map((i) => i.key)).toEqual(expect.arrayContaining(['kickoff', 'midwayCheckIn', 'closingMeeting', 'deleteData']));
  // Planning starts six months before applications open; two months from kickoff to closing.
  expect(state.settings.timeline.applicationOpens >= '2027-05-28').toBe(true);
  const { kickoff, closing } = state.settings.timeline;
  expect(closing.date.slice(0, 7)).toBe(`${kickoff.date.slice(0, 4)}-${String(Number(kickoff.date.slice(5, 7)) + 2).padStart(2, '0')}`);
});

test('invalid settings are refused field by field and nothing is saved', () => {
  const em = newEmulator();
  const good = programSettings();
  runOk(em, 'saveSettings', good, 'sv');
  const before = em.programRecords();
  const bad = {
    ...good,
    programName: 'Changed',
    contact: { name: 'Karin Ek', email: 'karin@@example' },
    timeline: { ...good.timeline, closing: { ...good.timeline.closing, date: '2026-01-01' } },
  };
  const sv = runFailure(em, 'saveSettings', bad, 'sv');
  expect(sv.key).toBe('settingsInvalid');
  expect(sv.fields?.['contact.email']).toMatch(/giltig e-postadress/);
  expect(sv.fields?.['timeline.closing.date']).toBe('Avslutningsträffen måste vara efter uppstartsmötet.');
  const en = runFailure(em, 'saveSettings', bad, 'en');
  expect(en.fields?.['timeline.closing.date']).toBe('The closing meeting must be after the kickoff.');
  expect(em.programRecords()).toEqual(before);
});

test('saved settings are read back by a later execution (another editor, a reload)', () => {
  const em = newEmulator();
  const settings = { ...programSettings('en'), sharedFields: ['Law', 'Medicine'] };
  runOk(em, 'saveSettings', settings, 'en');
  const state = runOk<SidebarState>(em, 'getSidebarState');
  expect(state).toMatchObject({ configured: true, language: 'en', programName: 'Mentor Program 2027' });
  expect(state.settings.sharedFields).toEqual(['Law', 'Medicine']);
  expect(state.checklist.map((item) => item.key)).toContain('kickoff');
  // Blank midway and deletion dates get the toolkit defaults.
  const blank = { ...settings, timeline: { ...settings.timeline, midway: '', dataDeletion: '' } };
  const saved = runOk<SidebarState>(em, 'saveSettings', blank, 'en');
  expect(saved.settings.timeline.midway).toBeTruthy();
  expect(saved.settings.timeline.dataDeletion > saved.settings.timeline.programEnd).toBe(true);
});

test('the menu is in the program language once settings exist', () => {
  const em = newEmulator();
  runOk(em, 'saveSettings', programSettings('en'), 'en');
  em.runTrigger('onOpen', { authMode: 'LIMITED' });
  const menu = em.ui().menus.find((m) => m.addon);
  expect(menu?.entries).toEqual([expect.objectContaining({ caption: 'Open Mentorprogram', functionName: 'showSidebar' })]);
});
