/**
 * This file defines the integration tests of answers kept exactly as typed: text starting
 * with an apostrophe, and number-like answers the response sheet stores as numbers. Live
 * intake (the event's namedValues) and re-reading (the form's own responses) must give the
 * same rows, and re-reading a sheet intake wrote must change nothing.
 */
import { answers, mentorAnswers, newEmulator, records, runOk, setUpProgram } from './support';

const mentor = mentorAnswers;

function rereadFromScratch(em: ReturnType<typeof newEmulator>, sheet: string) {
  em.spreadsheet.deleteSheet(sheet);
  runOk(em, 'rereadResponses');
  return em.sheet(sheet);
}

describe('answers as typed', () => {
  test('an email starting with an apostrophe: no duplicate on resubmission, re-read adds nothing and keeps the apostrophe', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentor, email: "'1anna@example.com", firstName: "'+1" }));
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentor, email: "'=x@example.com" }));
    em.advanceBy(60_000);
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentor, email: "'1anna@example.com", firstName: "'+1", city: 'Lund' }));
    const rows = records(em, 'Mentors');
    expect(rows.map((r) => r['E-post'])).toEqual(["'1anna@example.com", "'=x@example.com"]);
    expect(rows[0]).toMatchObject({ Förnamn: "'+1", Stad: 'Lund' });
    const live = em.sheet('Mentors');
    expect(runOk<{ added: number }>(em, 'rereadResponses').added).toBe(0);
    expect(em.sheet('Mentors')).toEqual(live);
    runOk(em, 'rereadResponses');
    expect(em.sheet('Mentors')).toEqual(live);
    expect(em.spreadsheet.formulas('Mentors').flat().filter(Boolean)).toEqual([]);
  });

  test('number-like answers keep their typed text, live and on re-read', () => {
    const em = newEmulator();
    setUpProgram(em);
    const digits = '4671234567890123456789012';
    em.submitForm(
      'mentor',
      answers('mentor', 'sv', { ...mentor, phone: '+12025550143', organisation: '007', field: '1,5', wishes: digits }),
    );
    const raw = em.spreadsheet.values('Formulärsvar mentorer')[1]!;
    expect(raw).toContain(7); // the response sheet really holds '007' as a number
    const [row] = records(em, 'Mentors');
    expect(row).toMatchObject({
      Mobilnummer: '+12025550143',
      Organisation: '007',
      Verksamhetsområde: '1,5',
      Önskemål: digits,
      'Att åtgärda': '',
    });
    const live = em.sheet('Mentors');
    runOk(em, 'rereadResponses');
    expect(em.sheet('Mentors')).toEqual(live);
    expect(rereadFromScratch(em, 'Mentors')).toEqual(live);
  });

  test('a response whose trigger failed is re-read with its typed text', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.holdLock('document', '2026-11-28T10:05:00Z');
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentor, organisation: '007', phone: '+12025550143' }));
    em.advanceTo('2026-11-28T10:06:00Z');
    runOk(em, 'rereadResponses');
    expect(records(em, 'Mentors')[0]).toMatchObject({ Organisation: '007', Mobilnummer: '+12025550143' });
  });
});
