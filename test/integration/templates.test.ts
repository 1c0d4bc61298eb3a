/**
 * This file defines the integration tests of the templates through the built bundle: the defaults are written to
 * the Templates sheet on first use, a name with HTML and quotes reaches the email escaped in
 * the HTML part and as typed in the plain-text part (in Swedish and English), an unknown or
 * misspelt placeholder is refused when saved from the sidebar and, when typed into the
 * sheet by hand, holds the email (naming the placeholder) instead of sending a blank.
 */
import type { Emulator } from '../../emulator';
import type { DrainReport, OutboxView } from '../../src/app/outbox';
import { type Result, renderFailure } from '../../src/core/failures';
import { answers, newEmulator, numberedMentee, records, setUpProgram } from './support';

function value<T>(em: Emulator, fn: string, ...args: unknown[]): T {
  const result = em.run<Result<T>>(fn, ...args);
  if (!result.ok) throw new Error(renderFailure(result.failure, 'en'));
  return result.value;
}

function sign(em: Emulator, firstName: string, email: string, language: 'Svenska' | 'Engelska (English)') {
  em.submitForm('mentee', answers('mentee', 'sv', numberedMentee(0, { firstName, lastName: 'Ek & "Söner"', email, language })));
}

test('both languages render with every value escaped in HTML, as typed in plain text', () => {
  const em = newEmulator();
  setUpProgram(em);
  sign(em, '<b>Åsa</b>', 'asa@student.example.se', 'Svenska');
  sign(em, '<img src=x onerror=alert(1)>', 'sam@student.example.se', 'Engelska (English)');
  value<{ report: DrainReport }>(em, 'sendNow');
  const [sv, en] = em.sentMail();
  expect(sv!.subject).toBe('Vi har tagit emot din ansökan till Mentorprogrammet 2027');
  expect(sv!.body.startsWith('Hej <b>Åsa</b>!\n')).toBe(true);
  expect(sv!.htmlBody).toContain('Hej &lt;b&gt;Åsa&lt;/b&gt;!');
  expect(en!.body.startsWith('Hi <img src=x onerror=alert(1)>,\n')).toBe(true);
  expect(en!.htmlBody).toContain('Hi &lt;img src=x onerror=alert(1)&gt;,');
  expect(en!.htmlBody).not.toMatch(/<img/);
  // The defaults were written on first use: every kind (13 emails and the 2 Calendar event texts) in both languages.
  const templates = records(em, 'Templates');
  expect(templates).toHaveLength(30);
  expect(templates.filter((t) => t.Språk === 'engelska')).toHaveLength(15);
});

test('an unknown placeholder is refused when saved, and one typed into the sheet holds the email', () => {
  const em = newEmulator();
  setUpProgram(em);
  sign(em, 'Åsa', 'asa@student.example.se', 'Svenska');
  const input = { kind: 'application-received', language: 'sv', subject: 'Hej {{person.frstName}}', body: 'Text {{mentor.phone}}', personId: '' };
  const saved = value<{ saved: boolean; problems: string[] }>(em, 'saveEmailTemplate', input, 'sv');
  expect(saved).toEqual({
    saved: false,
    problems: ['Ämne: fältet {{person.frstName}} finns inte. Menade du {{person.firstName}}?', 'Text: fältet {{mentor.phone}} finns inte.'],
  });
  expect(em.sheetNames()).not.toContain('Templates');

  // The first drain writes the defaults; then a member edits a body in the sheet and misspells a placeholder.
  value<{ report: DrainReport }>(em, 'sendNow');
  sign(em, 'Bo', 'bo@student.example.se', 'Svenska');
  const sheet = em.sheet('Templates');
  const header = sheet[0]!;
  const row = sheet.findIndex((r) => r[header.indexOf('Typ')] === 'Ansökan mottagen' && r[header.indexOf('Språk')] === 'svenska');
  em.spreadsheet.write('Templates', row + 1, header.indexOf('Text') + 1, [['Hej {{person.fristName}}!']]);
  const { report, outbox } = value<{ report: DrainReport; outbox: OutboxView }>(em, 'sendNow');
  expect(report).toMatchObject({ sent: 0, held: 1 });
  expect(em.sentMail().map((m) => m.to[0])).toEqual(['asa@student.example.se']);
  expect(outbox.attention.map((r) => [r.recipient, r.state])).toEqual([['bo@student.example.se', 'held']]);
  expect(outbox.attention[0]!.error).toContain('{{person.fristName}}');
  // Fixed in the sheet, the group resends: the email goes, with the name.
  em.spreadsheet.write('Templates', row + 1, header.indexOf('Text') + 1, [['Hej {{person.firstName}}!']]);
  value<OutboxView>(em, 'resolveOutbox', outbox.attention[0]!.key, 'resend');
  value<{ report: DrainReport }>(em, 'sendNow');
  expect(em.sentMail().at(-1)!.body).toBe('Hej Bo!\n');
});
