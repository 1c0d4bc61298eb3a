/**
 * This file defines the integration test of the midway check-in in the built bundle, on the demo program: the
 * check-in form is made once, every participant of a confirmed pair gets an email with
 * their own pre-filled link, answers given through those links land on the pair's row in
 * the Matches sheet, and the right pairs are flagged (not met, going badly, no answer
 * after a week) with a reminder that is queued once.
 */
import type { Emulator } from '../../emulator';
import { makeDemoEmulator } from '../../emulator/preview/demo-program';
import type { CheckinView, DrainReport } from '../../src/app/outbox';
import { checkinFormSpec } from '../../src/core/email';
import { type Result, renderFailure } from '../../src/core/failures';
import type { WorkbenchView } from '../../src/main';
import { DIST, records } from './support';

function value<T>(em: Emulator, fn: string, ...args: unknown[]): T {
  const result = em.run<Result<T>>(fn, ...args);
  if (!result.ok) throw new Error(renderFailure(result.failure, 'en'));
  return result.value;
}
function drainAll(em: Emulator): void {
  for (let i = 0; i < 20; i++) if (value<{ report: DrainReport }>(em, 'sendNow').report.left === 0) return;
}

let em: Emulator;
let view: WorkbenchView;
const spec = checkinFormSpec('Mentorprogrammet 2027');
const linkIn = (body: string) => /https:\/\/docs\.google\.com\/forms\/d\/e\/[^\s]+/.exec(body)?.[0] ?? '';

beforeAll(() => {
  em = makeDemoEmulator({ distDir: DIST }).emulator;
  view = value<WorkbenchView>(em, 'getWorkbench');
  view = value<WorkbenchView>(em, 'workbenchAction', { kind: 'propose', settings: view.settings }, view.version);
  view = value<WorkbenchView>(em, 'workbenchAction', { kind: 'confirm', menteeIds: 'all' }, view.version);
  drainAll(em); // the application emails
}, 120_000);

test('the check-in goes to both sides of every confirmed pair, each with their own link', () => {
  const first = value<{ queued: number; pairs: number }>(em, 'startCheckIn');
  expect(first).toMatchObject({ queued: 160, pairs: 80 });
  expect(value<{ queued: number }>(em, 'startCheckIn').queued).toBe(0); // pressed twice: nothing more
  expect(em.forms().filter((f) => f.title.includes('avstämning'))).toHaveLength(1);
  const before = em.sentMail().length;
  em.advanceTo(`${JSON.parse(em.programRecords()['mp.settings']!).timeline.midway}T08:00:00.000Z`);
  drainAll(em);
  const checkins = em.sentMail().slice(before);
  expect(checkins).toHaveLength(160);
  const links = checkins.map((m) => linkIn(m.body));
  expect(new Set(links).size).toBe(160);
  for (const mail of checkins) expect(mail.htmlBody).toContain(`<a href="${linkIn(mail.body).replace(/&/g, '&amp;')}">`);
});

test('answers reach the pair\'s row in Matches and flag the right pairs; a week later the silent ones', () => {
  const mailOf = (email: string) => em.sentMail().find((m) => m.to[0] === email && /avstämning|check-in/i.test(m.subject))!;
  const sheet = records(em, 'Matchningar');
  const [a, b, c] = sheet;
  const answer = (email: string, met: boolean, rating: string, note = '') =>
    em.submitPrefilled(linkIn(mailOf(email).body), {
      [spec.met.title]: met ? spec.met.yes : spec.met.no,
      [spec.times.title]: met ? '2' : '0',
      [spec.rating.title]: rating,
      [spec.note.title]: note,
    });
  answer(a!['Adeptens e-post']!, false, '3', 'Min mentor svarar inte.');
  answer(b!['Mentorns e-post']!, true, '2');
  answer(c!['Adeptens e-post']!, true, '5');
  answer(c!['Mentorns e-post']!, true, '4');
  const after = records(em, 'Matchningar');
  expect([after[0]!['Adept: träffats'], after[0]!['Adept: antal träffar'], after[0]!['Adept: hur det går (1-5)'], after[0]!['Adept: till kontaktpersonen']]).toEqual(['nej', '0', '3', 'Min mentor svarar inte.']);
  expect(after[0]!['Mentor: träffats']).toBe('');
  expect([after[1]!['Mentor: träffats'], after[1]!['Mentor: hur det går (1-5)']]).toEqual(['ja', '2']);
  expect([after[2]!['Adept: hur det går (1-5)'], after[2]!['Mentor: hur det går (1-5)']]).toEqual(['5', '4']);

  let checkins = value<CheckinView>(em, 'getCheckins', 'sv');
  expect(checkins).toMatchObject({ pairs: 80, answered: 4 });
  const flagged = (v: CheckinView) => v.flagged.map((p) => [p.pairId, p.mentee.flags, p.mentor.flags]);
  expect(flagged(checkins)).toEqual([
    [a!['Par-id'], ['notMet'], []],
    [b!['Par-id'], [], ['goingBadly']],
  ]);
  expect(checkins.flagged[0]!.mentee.flagText).toEqual(['har inte träffats']);

  // A week after the emails went, everyone who has not answered is flagged too.
  em.advanceBy(7 * 86_400_000);
  checkins = value<CheckinView>(em, 'getCheckins', 'en');
  expect(checkins.flagged).toHaveLength(79);
  expect(checkins.flagged.find((p) => p.pairId === c!['Par-id'])).toBeUndefined();
  expect(checkins.flagged.find((p) => p.pairId === a!['Par-id'])!.mentor.flagText).toEqual(['no answer for a week']);

  // One click reminds one person, once.
  const target = checkins.flagged.find((p) => p.pairId === a!['Par-id'])!;
  expect(value<{ queued: boolean }>(em, 'sendCheckinReminder', target.pairId, target.mentor.personId).queued).toBe(true);
  expect(value<{ queued: boolean }>(em, 'sendCheckinReminder', target.pairId, target.mentor.personId).queued).toBe(false);
  const before = em.sentMail().length;
  drainAll(em);
  const reminder = em.sentMail().slice(before);
  expect(reminder.map((m) => [m.to[0], m.subject])).toEqual([[a!['Mentorns e-post'], 'Påminnelse: hur går det i Mentorprogrammet 2027?']]);
  expect(linkIn(reminder[0]!.body)).toBe(linkIn(mailOf(a!['Mentorns e-post']!).body));
  expect(value<CheckinView>(em, 'getCheckins', 'sv').flagged.find((p) => p.pairId === a!['Par-id'])!.mentor.reminded).toBe(true);
});

test('an edited code is not filed on anyone\'s row', () => {
  const sheet = records(em, 'Matchningar');
  const link = linkIn(em.sentMail().find((m) => m.to[0] === sheet[5]!['Adeptens e-post'] && linkIn(m.body) !== '')!.body);
  em.submitPrefilled(link, { [spec.code.title]: 'A-123~P-1~abcd', [spec.met.title]: spec.met.yes, [spec.times.title]: '1', [spec.rating.title]: '4' });
  expect(records(em, 'Matchningar').map((r) => r['Adept: svarade'])).toEqual(sheet.map((r) => r['Adept: svarade']));
  expect(em.logs().some((l) => /Check-in answer on row \d+ not recorded/.test(l.message))).toBe(true);
});

test('program-wide emails: thanks go to mentors and mentees separately, each once, in their language', () => {
  const pairs = records(em, 'Matchningar');
  const mentors = new Set(pairs.map((p) => p['Mentorns e-post']));
  const mentees = new Set(pairs.map((p) => p['Adeptens e-post']));
  expect(value<{ added: number }>(em, 'queueProgramEmail', 'thanks-mentor').added).toBe(mentors.size);
  expect(value<{ added: number }>(em, 'queueProgramEmail', 'thanks-mentor').added).toBe(0);
  expect(value<{ added: number }>(em, 'queueProgramEmail', 'thanks-mentee').added).toBe(mentees.size);
  const before = em.sentMail().length;
  drainAll(em);
  const thanks = em.sentMail().slice(before);
  expect(thanks).toHaveLength(mentors.size + mentees.size);
  for (const m of thanks) {
    if (mentors.has(m.to[0]!)) expect(m.subject).toBe('Tack för att du var mentor i Mentorprogrammet 2027');
    else expect(m.subject).toMatch(/^(Tack för att du var med i Mentorprogrammet 2027|Thank you for taking part in Mentorprogrammet 2027)$/);
  }
  expect(thanks.filter((m) => /alumninätverket|alumni network/.test(m.body))).toHaveLength(mentees.size);
});
