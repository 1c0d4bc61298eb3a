/**
 * This file defines the integration tests of the outbox through the built bundle in the emulator: intake queues
 * "application received" (and "updated" on resubmission), a drain sends each email once
 * within the daily quota and resumes after the quota resets, and a drain cut off at any
 * service call never sends an email twice and loses none.
 */
import type { Emulator } from '../../emulator';
import type { DrainReport, OutboxView } from '../../src/app/outbox';
import { answers, newEmulator, numberedMentee, records, runOk, setUpProgram } from './support';

function mentee(i: number, language: 'Svenska' | 'Engelska (English)' = 'Svenska', motivation = 'Lära mig om arbetslivet.') {
  return answers('mentee', 'sv', numberedMentee(i, { language, motivation }));
}

function programWithApplicants(n: number, options: Parameters<typeof newEmulator>[0] = {}): Emulator {
  const em = newEmulator(options);
  setUpProgram(em);
  for (let i = 1; i <= n; i++) em.submitForm('mentee', mentee(i, i % 3 === 0 ? 'Engelska (English)' : 'Svenska'));
  return em;
}

const sendNow = (em: Emulator) => runOk<{ report: DrainReport; outbox: OutboxView }>(em, 'sendNow');
const recipients = (em: Emulator) => em.sentMail().map((m) => m.to.join(','));

test('intake queues one "received" email per applicant, and "updated" on a resubmission', () => {
  const em = programWithApplicants(3);
  em.submitForm('mentee', mentee(2, 'Svenska', 'Ny motivering'));
  em.submitForm('mentee', mentee(2, 'Svenska', 'Ändrad igen')); // a second update: still one email of that kind
  const outbox = records(em, 'Outbox');
  expect(outbox.map((r) => [r.Typ, r.Mottagare, r.Status])).toEqual([
    ['Ansökan mottagen', 'adept1@student.example.se', 'i kö'],
    ['Ansökan mottagen', 'adept2@student.example.se', 'i kö'],
    ['Ansökan mottagen', 'adept3@student.example.se', 'i kö'],
    ['Ansökan uppdaterad', 'adept2@student.example.se', 'i kö'],
  ]);
  expect(em.sentMail()).toEqual([]);

  const { report } = sendNow(em);
  expect(report).toMatchObject({ sent: 4, failed: 0, left: 0, stoppedBy: 'done' });
  const mail = em.sentMail();
  expect(mail.map((m) => [m.to[0], m.subject])).toEqual([
    ['adept1@student.example.se', 'Vi har tagit emot din ansökan till Mentorprogrammet 2027'],
    ['adept2@student.example.se', 'Vi har tagit emot din ansökan till Mentorprogrammet 2027'],
    ['adept3@student.example.se', 'We have received your application to Mentorprogrammet 2027'],
    ['adept2@student.example.se', 'Vi har uppdaterat din ansökan till Mentorprogrammet 2027'],
  ]);
  // Both parts, reply-to the contact person, the program as sender name.
  expect(mail[0]!.body).toContain('Hej Adept1!');
  expect(mail[0]!.htmlBody).toContain('<li>Projektgruppen går igenom alla ansökningar');
  expect(mail[0]!.replyTo).toBe(JSON.parse(em.programRecords()['mp.settings']!).contact.email);
  expect(mail[0]!.name).toBe('Mentorprogrammet 2027');
  expect(records(em, 'Outbox').map((r) => r.Status)).toEqual(['skickat', 'skickat', 'skickat', 'skickat']);
  expect(sendNow(em).report.sent).toBe(0);
  expect(em.sentMail()).toHaveLength(4);
});

test('a drain stops at the daily quota and resumes 24 hours after the first send', () => {
  const em = programWithApplicants(8, { dailyRecipients: 5 });
  const first = sendNow(em);
  expect(first.report).toMatchObject({ sent: 5, left: 3, stoppedBy: 'quota' });
  expect(first.outbox.quotaLeft).toBe(0);
  expect(first.outbox.counts).toMatchObject({ sent: 5, queued: 3, due: 3 });
  em.advanceBy(23 * 3600_000);
  expect(sendNow(em).report).toMatchObject({ sent: 0, left: 3, stoppedBy: 'quota' });
  em.advanceBy(3600_000);
  expect(sendNow(em).report).toMatchObject({ sent: 3, left: 0, stoppedBy: 'done' });
  const to = recipients(em);
  expect(to).toHaveLength(8);
  expect(new Set(to).size).toBe(8);
});

test('an address that is not one valid address is failed with the reason and not retried', () => {
  const em = programWithApplicants(2);
  // The group corrects an address by hand into one Gmail refuses.
  const header = em.sheet('Outbox')[0]!;
  em.spreadsheet.write('Outbox', 2, header.indexOf('Mottagare') + 1, [['adept1@']]);
  const { report } = sendNow(em);
  expect(report).toMatchObject({ sent: 1, failed: 1 });
  const failed = records(em, 'Outbox')[0]!;
  expect([failed.Status, failed.Fel]).toEqual(['misslyckades', 'Ogiltig mottagaradress: adept1@']);
  expect(sendNow(em).report).toMatchObject({ sent: 0, failed: 0 });
});

describe('a drain cut off at every service call', () => {
  // One full drain of three emails, to learn how many service calls it makes.
  const probe = programWithApplicants(3);
  const before = probe.executions().length;
  sendNow(probe);
  const calls = probe.executions()[before]!.serviceCalls;

  test('the probe drain makes a bounded number of calls', () => {
    expect(calls).toBeGreaterThan(20);
    // A published add-on (the default deployment) also reads its state from the store sheet and
    // takes the program lease at every lock: about 20 calls more than a bound script.
    expect(calls).toBeLessThan(150);
  });

  const checked: number[] = [];
  // Cut off after the last call, the run has nothing left to do: it completes.
  for (let n = 1; n < calls; n++) {
    test(`cut off after call ${n}: no email twice, none lost`, () => {
      const em = programWithApplicants(3);
      em.cutOffAfterCalls(n);
      expect(() => sendNow(em)).toThrow(/Exceeded maximum execution time/);
      em.cutOffAfterCalls(null);
      const afterCut = recipients(em);
      // A run can only die past its own 6 minutes: the next run settles it (claims expire after 7).
      em.advanceBy(8 * 60_000);
      sendNow(em);
      const view = sendNow(em).outbox;
      const to = recipients(em);
      expect(new Set(to).size).toBe(to.length);
      expect(to.slice(0, afterCut.length)).toEqual(afterCut);
      const marked = records(em, 'Outbox').filter((r) => r.Status === 'skickat').map((r) => r.Mottagare);
      const check = view.attention.filter((r) => r.state === 'check').map((r) => r.recipient);
      // Marked sent only if it went; everything that went is marked or waits for a check.
      for (const address of marked) expect(to).toContain(address);
      for (const address of to) expect([...marked, ...check]).toContain(address);
      // Nothing lost: every email is sent or (at most the one being sent when it died) to check.
      expect(marked.length + check.length).toBe(3);
      expect(check.length).toBeLessThanOrEqual(1);
      expect(view.attention.length).toBe(check.length);
      if (check.length) checked.push(n);
    });
  }

  test('some cuts fall between a send and its record, and those are shown for a check', () => {
    // Per email the same few cut points leave it unknown: from "sending this one" recorded
    // (the send may or may not have run) until its outcome is recorded; one window per email.
    expect(checked.length).toBeGreaterThanOrEqual(6);
    expect(checked.length % 3).toBe(0);
    expect(checked[checked.length - 1]! - checked[0]!).toBe(checked.length - 1);
  });
});

test('a person withdrawn before their email goes has it cancelled, never sent', () => {
  const em = programWithApplicants(3);
  const headers = em.sheet('Mentees')[0]!;
  const row = records(em, 'Mentees').findIndex((r) => r['E-post'] === 'adept2@student.example.se');
  em.spreadsheet.write('Mentees', row + 2, headers.indexOf('Status') + 1, [['avanmäld']]);
  const { report } = sendNow(em);
  expect(report).toMatchObject({ sent: 2, cancelled: 1 });
  expect(recipients(em)).toEqual(['adept1@student.example.se', 'adept3@student.example.se']);
  const cancelled = records(em, 'Outbox').find((r) => r.Mottagare === 'adept2@student.example.se')!;
  expect([cancelled.Status, cancelled.Fel]).toEqual(['avbrutet', 'Personen har återkallat sin ansökan eller tagits bort.']);
});
