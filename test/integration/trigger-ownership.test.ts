/**
 * Integration tests of trigger ownership through the built bundle, as one member: the
 * form-submit trigger is recorded in document properties with its owner, installed once,
 * shown in the sidebar; a firing trigger that is not the recorded one handles nothing and
 * deletes itself; the owner's sidebar repairs a trigger that is gone; "read responses under
 * my account" replaces another member's record.
 */
import type { SidebarState } from '../../src/main';
import { answers, newEmulator, oneMenteeMentor, records, runOk, setUpProgram } from './support';

const USER = 'coordinator@example.edu';
const mentor = answers('mentor', 'sv', oneMenteeMentor());

function triggerRecord(em: ReturnType<typeof newEmulator>) {
  return JSON.parse(em.programRecords()['mp.triggers'] || 'null')?.formSubmit ?? null;
}

test('creating the forms records the one trigger with its owner, and the sidebar shows it as mine', () => {
  const em = newEmulator();
  setUpProgram(em);
  runOk(em, 'createForms');
  const triggers = em.triggers().filter((t) => t.eventType === 'ON_FORM_SUBMIT');
  expect(triggers).toHaveLength(1);
  expect(triggerRecord(em)).toEqual({ owner: USER, uid: triggers[0]!.uid, handler: 'onFormSubmit', installedAt: expect.stringMatching(/^2026-11-28T10:00/) });
  const state = runOk<SidebarState>(em, 'getSidebarState');
  expect(state.responseTrigger).toEqual({ owner: USER, mine: true, installedAt: triggerRecord(em).installedAt });
});

test('when another member owns the trigger, nothing is installed and a stray of mine retires itself on firing', () => {
  const em = newEmulator();
  setUpProgram(em);
  const mine = triggerRecord(em);
  const other = { owner: 'bo@example.edu', uid: 'their-trigger', handler: 'onFormSubmit', installedAt: '2026-11-01T09:00:00.000Z' };
  em.setProgramRecords({ 'mp.triggers': JSON.stringify({ formSubmit: other }) });
  // Pressing again as me respects the record and removes my stray at once.
  runOk(em, 'createForms');
  expect(em.triggers()).toHaveLength(0);
  expect(triggerRecord(em)).toEqual(other);
  const state = runOk<SidebarState>(em, 'getSidebarState');
  expect(state.responseTrigger).toEqual({ owner: 'bo@example.edu', mine: false, installedAt: other.installedAt });
  expect(mine.uid).not.toBe(other.uid);
});

test('a firing trigger that is not the recorded one handles nothing and deletes itself', () => {
  const em = newEmulator();
  setUpProgram(em);
  const other = { owner: 'bo@example.edu', uid: 'their-trigger', handler: 'onFormSubmit', installedAt: '2026-11-01T09:00:00.000Z' };
  em.setProgramRecords({ 'mp.triggers': JSON.stringify({ formSubmit: other }) });
  const result = em.submitForm('mentor', mentor);
  expect(result.executions.map((e) => e.status)).toEqual(['completed']);
  expect(em.sheetNames()).not.toContain('Mentors');
  expect(em.triggers()).toHaveLength(0);
  expect(triggerRecord(em)).toEqual(other);
});

test('taking over installs under my account and replaces the record; responses are then handled once', () => {
  const em = newEmulator();
  setUpProgram(em);
  const other = { owner: 'bo@example.edu', uid: 'their-trigger', handler: 'onFormSubmit', installedAt: '2026-11-01T09:00:00.000Z' };
  em.setProgramRecords({ 'mp.triggers': JSON.stringify({ formSubmit: other }) });
  runOk(em, 'createForms');
  expect(em.triggers()).toHaveLength(0);
  const state = runOk<SidebarState>(em, 'takeOverResponseTrigger');
  const [trigger] = em.triggers();
  expect(em.triggers()).toHaveLength(1);
  expect(triggerRecord(em)).toMatchObject({ owner: USER, uid: trigger!.uid });
  expect(state.responseTrigger).toMatchObject({ owner: USER, mine: true });
  em.submitForm('mentor', mentor);
  expect(records(em, 'Mentors')).toHaveLength(1);
});

test("the owner's sidebar open repairs their trigger when it is gone", () => {
  const em = newEmulator();
  setUpProgram(em);
  const before = triggerRecord(em);
  // My trigger retires itself (another record), then the record names me with a trigger that no longer exists.
  em.setProgramRecords({ 'mp.triggers': JSON.stringify({ formSubmit: { ...before, uid: 'elsewhere' } }) });
  em.submitForm('mentor', mentor);
  expect(em.triggers()).toHaveLength(0);
  em.setProgramRecords({ 'mp.triggers': JSON.stringify({ formSubmit: { ...before, uid: 'gone' } }) });
  const state = runOk<SidebarState>(em, 'getSidebarState');
  expect(em.triggers()).toHaveLength(1);
  expect(triggerRecord(em)).toMatchObject({ owner: USER, uid: em.triggers()[0]!.uid });
  expect(state.responseTrigger).toMatchObject({ owner: USER, mine: true });
  // The response the retired trigger did not read is found by re-reading.
  expect(runOk<{ added: number }>(em, 'rereadResponses').added).toBe(1);
});

test('a trigger installed before records existed is adopted on its first firing and handles it', () => {
  const em = newEmulator();
  setUpProgram(em);
  const uid = em.triggers()[0]!.uid;
  // As stored by a version without records: no value (an empty one reads as none).
  em.setProgramRecords({ 'mp.triggers': '' });
  expect(triggerRecord(em)).toBeNull();
  em.submitForm('mentor', mentor);
  expect(records(em, 'Mentors')).toHaveLength(1);
  expect(triggerRecord(em)).toMatchObject({ owner: USER, uid });
});
