/**
 * This file defines the integration tests of the Gmail errors a drain meets only on Google,
 * through the built bundle in the emulator: the day's recipient quota spent by another script
 * of the same user in the middle of a run, an address Gmail itself refuses although the
 * add-on's own check passes it, and a server error that does not say whether the email went
 * (delivered or not). In each, no email goes twice and none is lost.
 */
import { type Emulator, SERVER_ERROR_MESSAGE } from '../../emulator';
import type { DrainReport, OutboxView } from '../../src/app/outbox';
import { answers, newEmulator, numberedMentee, records, runOk, setUpProgram } from './support';

function mentee(i: number) {
  return answers('mentee', 'sv', numberedMentee(i, { motivation: 'Lära mig om arbetslivet.' }));
}

function programWithApplicants(n: number, options: Parameters<typeof newEmulator>[0] = {}): Emulator {
  const em = newEmulator(options);
  setUpProgram(em);
  for (let i = 1; i <= n; i++) em.submitForm('mentee', mentee(i));
  return em;
}

const sendNow = (em: Emulator) => runOk<{ report: DrainReport; outbox: OutboxView }>(em, 'sendNow');
const recipients = (em: Emulator) => em.sentMail().map((m) => m.to.join(','));
const address = (i: number) => `adept${i}@student.example.se`;
const statuses = (em: Emulator) => records(em, 'Outbox').map((r) => [r.Mottagare, r.Status]);

describe('the recipient quota spent by another script of the same user mid-run', () => {
  test('the drain stops at that email, which stays queued with the rest, and the next day each goes once', () => {
    const em = programWithApplicants(4);
    // After the add-on's second email, another script of the coordinator sends 1,500 recipients.
    em.useMailQuota(1500, { afterSends: 2 });
    const first = sendNow(em);
    expect(first.report).toMatchObject({ sent: 2, failed: 0, unknown: 0, left: 2, stoppedBy: 'quota' });
    expect(recipients(em)).toEqual([address(1), address(2)]);
    expect(statuses(em)).toEqual([
      [address(1), 'skickat'],
      [address(2), 'skickat'],
      [address(3), 'i kö'],
      [address(4), 'i kö'],
    ]);
    // Not failed, not waiting for a check: only queued.
    expect(first.outbox.attention).toEqual([]);
    expect(first.outbox.counts).toMatchObject({ sent: 2, queued: 2, due: 2, failed: 0, check: 0, sending: 0 });
    expect(first.outbox.quotaLeft).toBe(0);
    expect(records(em, 'Outbox')[2]!.Fel).toBe('');

    // Later the same day: still spent, nothing goes.
    em.advanceBy(3600_000);
    expect(sendNow(em).report).toMatchObject({ sent: 0, left: 2, stoppedBy: 'quota' });
    // The next day the quota is back: the two left go, each once.
    em.advanceBy(24 * 3600_000);
    expect(sendNow(em).report).toMatchObject({ sent: 2, left: 0, stoppedBy: 'done' });
    expect(recipients(em)).toEqual([address(1), address(2), address(3), address(4)]);
    expect(statuses(em).map((s) => s[1])).toEqual(['skickat', 'skickat', 'skickat', 'skickat']);
    expect(sendNow(em).report.sent).toBe(0);
    expect(em.sentMail()).toHaveLength(4);
  });

  test('spent before the run the drain sends nothing; another member\'s scripts spend only their own quota', () => {
    const em = programWithApplicants(2, { users: ['coordinator@example.edu', 'omar.haddad@example.org'] });
    em.useMailQuota(1500, { user: 'omar.haddad@example.org' });
    // The coordinator's quota is untouched by another member's scripts.
    expect(sendNow(em).report).toMatchObject({ sent: 2, stoppedBy: 'done' });
    const other = programWithApplicants(2);
    other.useMailQuota(1500);
    expect(sendNow(other).report).toMatchObject({ sent: 0, left: 2, stoppedBy: 'quota' });
    expect(other.sentMail()).toEqual([]);
  });
});

describe('an address Gmail refuses that passes the add-on\'s own check', () => {
  test('its row is failed with Gmail\'s message, shown in the sidebar, never retried; the others go', () => {
    const em = programWithApplicants(3);
    em.rejectAddress(address(2));
    const { report, outbox } = sendNow(em);
    expect(report).toMatchObject({ sent: 2, failed: 1, unknown: 0, left: 0, stoppedBy: 'done' });
    expect(recipients(em)).toEqual([address(1), address(3)]);
    const row = records(em, 'Outbox')[1]!;
    expect([row.Mottagare, row.Status, row.Fel]).toEqual([address(2), 'misslyckades', `Invalid email: ${address(2)}`]);
    // The sidebar's outbox view lists it for the group, with Gmail's words.
    const view = runOk<OutboxView>(em, 'getOutbox');
    expect(view.attention.map((r) => [r.recipient, r.state, r.error])).toEqual([[address(2), 'failed', `Invalid email: ${address(2)}`]]);
    expect(outbox.attention).toEqual(view.attention);
    // Nothing was charged for the refused message.
    expect(view.quotaLeft).toBe(1500 - 2);
    // Later drains, the next day too, leave it failed.
    em.advanceBy(8 * 60_000);
    expect(sendNow(em).report).toMatchObject({ sent: 0, failed: 0, left: 0 });
    em.advanceBy(24 * 3600_000);
    expect(sendNow(em).report).toMatchObject({ sent: 0, failed: 0, left: 0 });
    expect(recipients(em)).toEqual([address(1), address(3)]);
    expect(records(em, 'Outbox')[1]!.Status).toBe('misslyckades');
  });

  test('a custom refusal message is the one recorded', () => {
    const em = programWithApplicants(1);
    em.rejectAddress(address(1).toUpperCase(), 'Invalid argument: recipient');
    expect(sendNow(em).report).toMatchObject({ sent: 0, failed: 1 });
    expect(records(em, 'Outbox')[0]!.Fel).toBe('Invalid argument: recipient');
  });
});

describe('a Gmail server error that does not say whether the email went', () => {
  for (const delivered of [true, false]) {
    test(`delivered ${delivered}: the row waits for the group's check and no later drain sends it again`, () => {
      const em = programWithApplicants(3);
      // The first send fails with the server error; the drain goes on with the others.
      em.failNextSend({ delivered });
      expect(sendNow(em).report).toMatchObject({ sent: 2, unknown: 1, left: 0, failed: 0 });
      const first = runOk<OutboxView>(em, 'getOutbox');
      expect(first.attention.map((r) => [r.recipient, r.state, r.error])).toEqual([[address(1), 'check', SERVER_ERROR_MESSAGE]]);
      const expected = delivered ? [address(1), address(2), address(3)] : [address(2), address(3)];
      expect(recipients(em)).toEqual(expected);
      // Drains after the claim has expired, and the next day, do not touch it.
      em.advanceBy(8 * 60_000);
      expect(sendNow(em).report).toMatchObject({ sent: 0, unknown: 0, left: 0 });
      em.advanceBy(24 * 3600_000);
      expect(sendNow(em).report).toMatchObject({ sent: 0, unknown: 0, left: 0 });
      expect(recipients(em)).toEqual(expected);
      expect(runOk<OutboxView>(em, 'getOutbox').attention.map((r) => r.state)).toEqual(['check']);

      // The group looks in the sent mail and decides: mark it sent if it went, resend if not.
      const key = first.attention[0]!.key;
      runOk(em, 'resolveOutbox', key, delivered ? 'markSent' : 'resend');
      sendNow(em);
      expect(recipients(em).slice().sort()).toEqual([address(1), address(2), address(3)]);
      expect(new Set(recipients(em)).size).toBe(3);
      expect(statuses(em).map((s) => s[1])).toEqual(['skickat', 'skickat', 'skickat']);
    });
  }
});
