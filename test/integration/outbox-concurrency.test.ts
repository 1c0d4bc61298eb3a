/**
 * This file defines the integration tests of the outbox with several project-group members: two members' drains
 * at the same moment send each email once, and a drain that starts while another member's
 * run still holds its rows leaves them alone (they are settled only once that run is over).
 */
import type { Emulator } from '../../emulator';
import type { DrainReport, OutboxView } from '../../src/app/outbox';
import type { Result } from '../../src/main';
import { answers, newEmulator, numberedMentee, records, setUpProgram } from './support';

const OMAR = 'omar.haddad@example.org';

function applicants(em: Emulator, n: number): void {
  for (let i = 1; i <= n; i++) em.submitForm('mentee', answers('mentee', 'sv', numberedMentee(i)));
}

function drain(runner: { run: Emulator['run'] }): { report: DrainReport; outbox: OutboxView } {
  const result = runner.run<Result<{ report: DrainReport; outbox: OutboxView }>>('sendNow');
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result.value;
}

const recipients = (em: Emulator) => em.sentMail().map((m) => m.to.join(','));

test('two members press "Send now" at the same moment: each email goes once', () => {
  const em = newEmulator({ users: ['coordinator@example.edu', OMAR] });
  setUpProgram(em);
  applicants(em, 30);
  const runs = em.runConcurrently([{ fn: 'sendNow' }, { fn: 'sendNow', user: OMAR }, { fn: 'sendNow' }], { spreadMs: 200 });
  expect(runs.map((r) => r.status)).toEqual(['completed', 'completed', 'completed']);
  const to = recipients(em);
  expect(to).toHaveLength(30);
  expect(new Set(to).size).toBe(30);
  expect(records(em, 'Outbox').every((r) => r.Status === 'skickat')).toBe(true);
});

function program(): Emulator {
  // Each member's quota is 4 recipients a day: a drain claims 4 of the 10 emails.
  const em = newEmulator({ users: ['coordinator@example.edu', OMAR], dailyRecipients: 4 });
  setUpProgram(em);
  applicants(em, 10);
  return em;
}

/** The first n after whose call a cut-off drain has sent exactly `emails` (found on fresh copies). */
function cutAfterSending(emails: number): number {
  for (let n = 1; n < 200; n++) {
    const copy = program();
    copy.cutOffAfterCalls(n);
    expect(() => drain(copy)).toThrow(/Exceeded maximum execution time/);
    if (copy.sentMail().length === emails) return n;
  }
  throw new Error('no such cut');
}

test('a drain leaves the rows another run still holds, and settles them once that run is over', () => {
  const cut = cutAfterSending(2);
  const em = program();
  em.cutOffAfterCalls(cut);
  expect(() => drain(em)).toThrow(/Exceeded maximum execution time/);
  em.cutOffAfterCalls(null);
  expect(em.sentMail()).toHaveLength(2);
  // Omar drains at once: the first run's four rows are still claimed (it might be running).
  const omar = drain(em.as(OMAR));
  expect(omar.report.sent).toBe(4);
  expect(omar.outbox.counts).toMatchObject({ sending: 4, sent: 4, queued: 2 });
  // Eight minutes later that run is surely over. Its record says one email went and the
  // second was being sent (it did go, but the record cannot tell: the group checks it);
  // the two it never tried go back to the queue.
  em.advanceBy(8 * 60_000);
  const later = drain(em.as(OMAR));
  expect(later.report).toMatchObject({ sent: 0, stoppedBy: 'quota' }); // Omar's 4 are used today
  expect(later.outbox.counts).toMatchObject({ sent: 5, check: 1, queued: 4 });
  expect(drain(em).report).toMatchObject({ sent: 2, stoppedBy: 'quota' }); // the coordinator's last 2
  em.advanceBy(24 * 3600_000);
  const day2 = drain(em);
  expect(day2.report).toMatchObject({ sent: 2, stoppedBy: 'done' });
  const to = recipients(em);
  expect(to).toHaveLength(10);
  expect(new Set(to).size).toBe(10);
  expect(day2.outbox.counts).toMatchObject({ sent: 9, check: 1, queued: 0 });
});
