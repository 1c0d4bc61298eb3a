/**
 * Integration tests of a project group with two accounts (the emulator's several users):
 * both press "create forms", and still one form-submit trigger exists, each response is
 * handled once, and each member's sidebar names the owner. When the owner has left, the
 * other takes over; the old trigger then retires itself on its next firing. While one member
 * creates the forms, another's press is refused, naming them.
 */
import { renderFailure } from '../../src/core/failures';
import type { Result, SidebarState } from '../../src/main';
import { answers, newEmulator, oneMenteeMentor, programSettings, records, runOkAs as asOk } from './support';

const ANNA = 'anna@example.edu';
const BO = 'bo@example.edu';

function mentor(email: string) {
  return answers('mentor', 'sv', oneMenteeMentor({ lastName: email.split('@')[0], email }));
}

function group() {
  const em = newEmulator({ users: [ANNA, BO] });
  asOk(em, ANNA, 'saveSettings', programSettings(), 'sv');
  return em;
}

test('two members press "create forms": one trigger, one handling per response, and both sidebars name the owner', () => {
  const em = group();
  asOk(em, ANNA, 'createForms');
  asOk(em, BO, 'createForms');
  const triggers = em.triggers().filter((t) => t.eventType === 'ON_FORM_SUBMIT');
  expect(triggers.map((t) => t.user)).toEqual([ANNA]);
  expect(em.forms()).toHaveLength(2);

  const submitted = em.submitForm('mentor', mentor('ann@example.org'));
  expect(submitted.executions).toHaveLength(1);
  expect(submitted.executions[0]).toMatchObject({ status: 'completed', user: ANNA, triggerUid: triggers[0]!.uid });
  expect(records(em, 'Mentors')).toHaveLength(1);

  expect(asOk<SidebarState>(em, ANNA, 'getSidebarState').responseTrigger).toMatchObject({ owner: ANNA, mine: true });
  expect(asOk<SidebarState>(em, BO, 'getSidebarState').responseTrigger).toMatchObject({ owner: ANNA, mine: false });
});

// The emulator runs simultaneous executions to completion in start order (each on its own
// clock, locks busy until released), so this checks the lock timing, not interleaved reads.
test('pressed at the same moment by both, the forms and the trigger are still made once', () => {
  const em = group();
  const runs = em.runConcurrently([
    { fn: 'createForms', user: ANNA },
    { fn: 'createForms', user: BO },
  ]);
  expect(runs.map((r) => r.status)).toEqual(['completed', 'completed']);
  expect(em.triggers().filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
  expect(em.forms()).toHaveLength(2);
  em.submitForm('mentor', mentor('ann@example.org'));
  expect(records(em, 'Mentors')).toHaveLength(1);
});

test('with the record lost and two triggers existing, a response is still handled once, and the stray retires', () => {
  const em = group();
  asOk(em, ANNA, 'createForms');
  // The record is lost (a hand edit of document properties): Bo's press installs his own and records him.
  em.setProgramRecords({ 'mp.triggers': '' });
  asOk(em, BO, 'createForms');
  expect(JSON.parse(em.programRecords()['mp.triggers']!).formSubmit.owner).toBe(BO);
  expect(em.triggers().map((t) => t.user).sort()).toEqual([ANNA, BO]);
  const submitted = em.submitForm('mentor', mentor('ann@example.org'));
  expect(submitted.executions).toHaveLength(2);
  expect(records(em, 'Mentors')).toHaveLength(1);
  expect(records(em, 'Mentors')[0]).toMatchObject({ 'E-post': 'ann@example.org' });
  // Anna's trigger saw it was not the recorded one and deleted itself.
  expect(em.triggers().map((t) => t.user)).toEqual([BO]);
  em.submitForm('mentor', mentor('bea@example.org'));
  expect(records(em, 'Mentors')).toHaveLength(2);
});

test('the owner left: the other member takes over, and the old trigger retires on its next firing without handling it', () => {
  const em = group();
  asOk(em, ANNA, 'createForms');
  const annas = em.triggers()[0]!.uid;
  const state = asOk<SidebarState>(em, BO, 'takeOverResponseTrigger');
  expect(state.responseTrigger).toMatchObject({ owner: BO, mine: true });
  // Anna's trigger still exists (Bo cannot see or delete it); both fire.
  expect(em.triggers().map((t) => t.user).sort()).toEqual([ANNA, BO]);
  const submitted = em.submitForm('mentor', mentor('ann@example.org'));
  expect(submitted.executions.map((e) => [e.user, e.status]).sort()).toEqual([
    [ANNA, 'completed'],
    [BO, 'completed'],
  ]);
  expect(records(em, 'Mentors')).toHaveLength(1);
  expect(em.triggers().map((t) => t.user)).toEqual([BO]);
  expect(em.triggers()[0]!.uid).not.toBe(annas);
  expect(asOk<SidebarState>(em, ANNA, 'getSidebarState').responseTrigger).toMatchObject({ owner: BO, mine: false });
});

test('while one member is creating the forms, another member\'s press is refused naming them, and no second pair is made', () => {
  const em = group();
  // Anna's press is under way (its claim written, its forms not yet): as simultaneous runs on Google would see it.
  const until = new Date(Date.parse(em.now()) + 6 * 60_000).toISOString();
  em.setProgramRecords({ 'mp.forms.creating': JSON.stringify({ by: ANNA, until }) });
  const refused = em.as(BO).run<Result<SidebarState>>('createForms');
  expect(refused).toEqual({ ok: false, failure: { key: 'formsBeingCreated', values: { by: ANNA } } });
  if (refused.ok) throw new Error('expected a failure');
  expect(renderFailure(refused.failure, 'sv')).toBe(`Formulären skapas just nu av ${ANNA}. Vänta en stund och tryck på Uppdatera.`);
  expect(em.forms()).toHaveLength(0);
  // Anna herself may press again (her run was cut short, or she retried).
  asOk(em, ANNA, 'createForms');
  expect(em.forms()).toHaveLength(2);
  expect(em.programRecords()['mp.forms.creating']).toBe('null');
});

test('a claim left by a run cut short expires after six minutes', () => {
  const em = group();
  const until = new Date(Date.parse(em.now()) + 6 * 60_000).toISOString();
  em.setProgramRecords({ 'mp.forms.creating': JSON.stringify({ by: ANNA, until }) });
  em.advanceBy(6 * 60_000 + 1000);
  asOk(em, BO, 'createForms');
  expect(em.forms()).toHaveLength(2);
});
