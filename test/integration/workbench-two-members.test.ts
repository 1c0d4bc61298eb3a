/**
 * Integration test of two project-group members on the workbench at the same moment, each
 * under their own account (emulator users), their calls overlapping around the document
 * lock: both act on the same version, only the first change is made, the other is refused
 * and changes nothing; confirmation records who confirmed.
 */
import { type Result, renderFailure } from '../../src/core/failures';
import type { WorkbenchView } from '../../src/main';
import { answers, newEmulator, records, setUpProgram } from './support';

const ANNA = 'anna@example.edu';
const BO = 'bo@example.edu';
const base = { digital: 'Nej', consent: ['Jag samtycker'], city: 'Uppsala' };

test('two members act on the same version at once: one change is made, the other refused', () => {
  const em = newEmulator({ users: [ANNA, BO] });
  const as = <T>(user: string, fn: string, ...args: unknown[]): Result<T> => em.as(user).run<Result<T>>(fn, ...args);
  const view = (user: string): WorkbenchView => {
    const r = as<WorkbenchView>(user, 'getWorkbench');
    if (!r.ok) throw new Error(renderFailure(r.failure, 'en'));
    return r.value;
  };
  setUpProgram(em);
  for (const [email, field] of [['jurist@example.org', 'Juridik'], ['kodare@example.org', 'Programmering']] as [string, string][]) {
    em.submitForm('mentor', answers('mentor', 'sv', { firstName: 'M', lastName: email.split('@')[0], email, organisation: 'Org', education: 'Examen', field, acceptsEnglish: 'Nej', capacity: '1', ...base }));
  }
  for (const [email, education] of [['ada@example.com', 'Juridik'], ['eli@example.com', 'Programmering']] as [string, string][]) {
    em.submitForm('mentee', answers('mentee', 'sv', { firstName: 'A', lastName: email.split('@')[0], email, language: 'Svenska', education, motivation: 'Lära', expectations: 'Råd', contribution: 'Frågor', ...base }));
  }
  const first = view(ANNA);
  const proposed = as<WorkbenchView>(ANNA, 'workbenchAction', { kind: 'propose', settings: first.settings }, first.version);
  expect(proposed.ok).toBe(true);

  const seenByAnna = view(ANNA);
  const seenByBo = view(BO);
  expect(seenByBo.version).toBe(seenByAnna.version);
  const [ada, eli] = seenByAnna.mentees;
  const runs = em.runConcurrently([
    { fn: 'workbenchAction', args: [{ kind: 'unassign', menteeId: ada!.id }, seenByAnna.version], user: ANNA },
    { fn: 'workbenchAction', args: [{ kind: 'lock', menteeId: eli!.id }, seenByBo.version], user: BO },
  ]);
  expect(runs.map((r) => r.status)).toEqual(['completed', 'completed']);
  const after = view(BO);
  const adaGone = after.mentees.find((m) => m.id === ada!.id)!.state === 'unmatched';
  const eliLocked = after.mentees.find((m) => m.id === eli!.id)!.state === 'locked';
  // Exactly one of the two was made: the second writer saw a new version and was refused.
  expect([adaGone, eliLocked].filter(Boolean)).toHaveLength(1);

  // Bo, on the old version still, is refused; after reloading, his confirmation is his.
  const stale = as<WorkbenchView>(BO, 'workbenchAction', { kind: 'confirm', menteeIds: 'all' }, seenByBo.version);
  expect(stale).toMatchObject({ ok: false, failure: { key: 'staleVersion' } });
  const confirmed = as<WorkbenchView>(BO, 'workbenchAction', { kind: 'confirm', menteeIds: 'all' }, after.version);
  expect(confirmed.ok).toBe(true);
  expect(records(em, 'Matchningar').filter((r) => r.Mentor).map((r) => r['Bekräftad av'])).toEqual(adaGone ? [BO] : [BO, BO]);
});
