/**
 * Integration tests of program setup through the built bundle: the first state a new
 * spreadsheet shows, all-or-nothing saving with per-field messages in the user's language,
 * and settings kept in Document Properties (shared by every editor, surviving reloads).
 */
import type { SidebarState } from '../../src/main';
import { newEmulator, programSettings } from './support';

type SaveAnswer = { ok: true; state: SidebarState } | { ok: false; errors: Record<string, string> };

test('a new spreadsheet starts on a toolkit draft, in Swedish, not yet configured', () => {
  const em = newEmulator();
  const state = em.run<SidebarState>('getSidebarState');
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
  expect(em.run<SaveAnswer>('saveSettings', good, 'sv').ok).toBe(true);
  const before = em.properties('document');
  const bad = {
    ...good,
    programName: 'Changed',
    contact: { name: 'Karin Ek', email: 'karin@@example' },
    timeline: { ...good.timeline, closing: { ...good.timeline.closing, date: '2026-01-01' } },
  };
  const sv = em.run<SaveAnswer>('saveSettings', bad, 'sv');
  expect(sv.ok).toBe(false);
  if (sv.ok) return;
  expect(sv.errors['contact.email']).toMatch(/giltig e-postadress/);
  expect(sv.errors['timeline.closing.date']).toBe('Avslutningsträffen måste vara efter uppstartsmötet.');
  const en = em.run<SaveAnswer>('saveSettings', bad, 'en');
  expect(en.ok === false && en.errors['timeline.closing.date']).toBe('The closing meeting must be after the kickoff.');
  expect(em.properties('document')).toEqual(before);
});

test('saved settings are read back by a later execution (another editor, a reload)', () => {
  const em = newEmulator();
  const settings = { ...programSettings('en'), sharedFields: ['Law', 'Medicine'] };
  em.run('saveSettings', settings, 'en');
  const state = em.run<SidebarState>('getSidebarState');
  expect(state).toMatchObject({ configured: true, language: 'en', programName: 'Mentor Program 2027' });
  expect(state.settings.sharedFields).toEqual(['Law', 'Medicine']);
  expect(state.checklist.map((item) => item.key)).toContain('kickoff');
  // Blank midway and deletion dates get the toolkit defaults.
  const blank = { ...settings, timeline: { ...settings.timeline, midway: '', dataDeletion: '' } };
  const saved = em.run<SaveAnswer>('saveSettings', blank, 'en');
  expect(saved.ok && saved.state.settings.timeline.midway).toBeTruthy();
  expect(saved.ok && saved.state.settings.timeline.dataDeletion > saved.state.settings.timeline.programEnd).toBe(true);
});

test('the menu is in the program language once settings exist', () => {
  const em = newEmulator();
  em.run('saveSettings', programSettings('en'), 'en');
  em.runTrigger('onOpen', { authMode: 'LIMITED' });
  const menu = em.ui().menus.find((m) => m.addon);
  expect(menu?.entries).toEqual([expect.objectContaining({ caption: 'Open Mentorprogram', functionName: 'showSidebar' })]);
});
