/**
 * This file defines the integration test of the match emails' "why the two of you" line
 * in the recipient's language, end to end in the built bundle: in a Swedish program,
 * applicants sign up through the forms, the workbench proposes and confirms pairs (the
 * Matches sheet stores each explanation in Swedish), "announce" queues the match emails
 * and the drain sends them. An English-speaking mentee's English email must give the
 * reasons in English, while her mentor's Swedish email gives the Swedish text the Matches
 * sheet shows.
 */
import type { Emulator } from '../../emulator';
import { DEMO_SEED, demoAnswers } from '../../emulator/demo';
import { asFormAnswers } from '../../emulator/preview/demo-program';
import type { AnnounceReport, DrainReport } from '../../src/app/outbox';
import { type Result, renderFailure } from '../../src/core/failures';
import type { WorkbenchView } from '../../src/main';
import { newEmulator, programSettings, records, setUpProgram } from './support';

function value<T>(em: Emulator, fn: string, ...args: unknown[]): T {
  const result = em.run<Result<T>>(fn, ...args);
  if (!result.ok) throw new Error(renderFailure(result.failure, 'en'));
  return result.value;
}

/** The text after `label` on its line of the plain-text body. */
function lineAfter(body: string, label: string): string {
  const line = body.split('\n').find((l) => l.startsWith(label));
  if (line === undefined) throw new Error(`no "${label}" line in:\n${body}`);
  return line.slice(label.length).trim();
}

/** A Swedish program whose workbench proposed and confirmed every pair it could. */
function confirmedProgram(): { em: Emulator; english: WorkbenchView['mentees'] } {
  const em = newEmulator();
  const settings = setUpProgram(em, programSettings('sv'));
  for (const [role, n] of [['mentor', 30], ['mentee', 45]] as const) {
    for (const a of demoAnswers(role, n, DEMO_SEED + 300, settings)) {
      try {
        em.submitForm(role, asFormAnswers(role, settings, a).answers);
      } catch {
        // the demo generator makes one flawed sign-up of each role, which the form refuses
      }
    }
  }
  let view = value<WorkbenchView>(em, 'getWorkbench');
  view = value<WorkbenchView>(em, 'workbenchAction', { kind: 'propose', settings: view.settings }, view.version);
  const paired = view.mentees.filter((m) => m.mentorId).map((m) => m.id);
  view = value<WorkbenchView>(em, 'workbenchAction', { kind: 'confirm', menteeIds: paired }, view.version);
  const english = view.mentees.filter((m) => m.language === 'en' && m.mentorId && m.state === 'confirmed');
  expect(english.length).toBeGreaterThan(1);
  return { em, english };
}

/** Announces, sends everything due, and returns each person's address and each mentee's stored (Swedish) explanation. */
function announceAndSend(em: Emulator): { emailOf: Map<string, string>; stored: Map<string, string> } {
  const { report } = value<{ report: AnnounceReport }>(em, 'announce');
  em.advanceTo(report.due);
  for (let i = 0; i < 10 && value<{ report: DrainReport }>(em, 'sendNow').report.left > 0; i++);
  const emailOf = new Map([...records(em, 'Mentors'), ...records(em, 'Mentees')].map((r) => [r.Id!, r['E-post']!]));
  const stored = new Map(records(em, 'Matchningar').map((r) => [r['Adeptens e-post']!, r.Motivering!]));
  return { emailOf, stored };
}

const menteeMail = (em: Emulator, address: string) => em.sentMail().filter((s) => s.to[0] === address && /^Your mentor/.test(s.subject));

test("in a Swedish program an English-speaking mentee's match email explains the pair in English, her mentor's in Swedish", () => {
  const { em, english } = confirmedProgram();
  const { emailOf, stored } = announceAndSend(em);
  for (const m of english) {
    const menteeEmail = emailOf.get(m.id)!;
    const mentorEmail = emailOf.get(m.mentorId!)!;
    const sheetWhy = stored.get(menteeEmail)!;
    expect(sheetWhy).toMatch(/\d+ poäng av 100/);

    const toMentee = menteeMail(em, menteeEmail);
    expect(toMentee).toHaveLength(1);
    const menteeWhy = lineAfter(toMentee[0]!.body, 'Why the two of you?');
    expect(menteeWhy).toMatch(/\d+ of 100 points/);
    expect(menteeWhy).not.toMatch(/samma|poäng|adeptens|mentorns|möjliga/i);
    // The same pair, the same score: only the language differs.
    expect(menteeWhy.match(/(\d+) of 100 points/)![1]).toBe(sheetWhy.match(/(\d+) poäng av 100/)![1]);

    const toMentor = em.sentMail().filter((s) => s.to[0] === mentorEmail && /^Din adept/.test(s.subject) && s.subject.endsWith(m.name));
    expect(toMentor).toHaveLength(1);
    expect(lineAfter(toMentor[0]!.body, 'Varför just ni?')).toBe(sheetWhy);

    // The sidebar's preview of an English template shows what the email said.
    const input = { kind: 'match-mentee', language: 'en', subject: 'Your mentor', body: 'Why the two of you? {{match.why}}', personId: m.id };
    expect(lineAfter(value<{ text: string }>(em, 'previewEmail', input, 'sv').text, 'Why the two of you?')).toBe(menteeWhy);
  }
}, 120_000);

test('a confirmed pair that can no longer be scored keeps the explanation the Matches sheet stores', () => {
  const { em, english } = confirmedProgram();
  // The group marks one mentee invalid after confirming: she is out of the scoring, her pair stays confirmed.
  const [gone, kept] = english;
  const sheet = em.spreadsheet.values('Mentees');
  const statusCol = sheet[0]!.indexOf('Status');
  const row = sheet.findIndex((r) => r[sheet[0]!.indexOf('Id')] === gone!.id);
  expect(sheet[0]![statusCol]).toBe('Status');
  expect(row).toBeGreaterThan(0);
  em.spreadsheet.write('Mentees', row + 1, statusCol + 1, [['ogiltig']]);
  const { emailOf, stored } = announceAndSend(em);
  const goneWhy = lineAfter(menteeMail(em, emailOf.get(gone!.id)!)[0]!.body, 'Why the two of you?');
  expect(goneWhy).toBe(stored.get(emailOf.get(gone!.id)!));
  expect(goneWhy).toMatch(/\d+ poäng av 100/);
  // Everyone else is still scored, in their own language.
  expect(lineAfter(menteeMail(em, emailOf.get(kept!.id)!)[0]!.body, 'Why the two of you?')).toMatch(/\d+ of 100 points/);
}, 120_000);
