/**
 * This file defines the integration tests of the group's sending choices: "hold all" stops sending at once, the
 * sender is an alias of the running user (refused otherwise), and replies go to the
 * contact person.
 */
import type { Emulator } from '../../emulator';
import type { DrainReport, OutboxView } from '../../src/app/outbox';
import { type Result, renderFailure } from '../../src/core/failures';
import { answers, newEmulator, numberedMentee, setUpProgram } from './support';

const ALIAS = 'mentorprogram@example.edu';

function result<T>(em: Emulator | { run: Emulator['run'] }, fn: string, ...args: unknown[]): Result<T> {
  return em.run<Result<T>>(fn, ...args);
}
function value<T>(em: Emulator | { run: Emulator['run'] }, fn: string, ...args: unknown[]): T {
  const r = result<T>(em, fn, ...args);
  if (!r.ok) throw new Error(renderFailure(r.failure, 'en'));
  return r.value;
}

function program(): Emulator {
  const em = newEmulator({ aliases: [ALIAS] });
  setUpProgram(em);
  for (let i = 1; i <= 3; i++) {
    em.submitForm(
      'mentee',
      answers('mentee', 'sv', numberedMentee(i, { lastName: 'T', education: 'D', motivation: 'M', expectations: 'E', contribution: 'C' })),
    );
  }
  return em;
}

test('hold all stops sending; released, everything goes', () => {
  const em = program();
  value(em, 'setMailOptions', { hold: true });
  const held = value<{ report: DrainReport; outbox: OutboxView }>(em, 'sendNow');
  expect(held.report).toMatchObject({ sent: 0, stoppedBy: 'hold' });
  expect(held.outbox).toMatchObject({ hold: true, counts: { queued: 3 } });
  expect(em.sentMail()).toEqual([]);
  value(em, 'setMailOptions', { hold: false });
  expect(value<{ report: DrainReport }>(em, 'sendNow').report.sent).toBe(3);
});

test('the sender is one of your aliases, replies go to the contact person', () => {
  const em = program();
  const refused = result(em, 'setMailOptions', { from: 'someone@elsewhere.example' });
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(renderFailure(refused.failure, 'sv')).toBe('Du kan inte skicka från someone@elsewhere.example. Välj en av dina egna adresser.');
  value(em, 'setMailOptions', { from: ALIAS });
  value(em, 'sendNow');
  expect(em.sentMail().map((m) => [m.from, m.replyTo])).toEqual(Array(3).fill([ALIAS, 'karin.ek@example.org']));
});
