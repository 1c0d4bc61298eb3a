/**
 * This file defines the property test of re-reading through the built bundle: over random
 * submissions whose answers start with ' = + - @, hold quotes, unicode and number-like text,
 * and resubmit under the same address, live intake leaves one row per address, a re-read
 * then changes no cell (values, display or formulas) and adds no row, and a re-read into an
 * empty sheet gives the live rows exactly.
 */
import fc from 'fast-check';
import { answers, mentorAnswers, newEmulator, records, runOk, setUpProgram } from './support';

const mentor = mentorAnswers;

const lead = fc.constantFrom("'", '=', '+', '-', '@', '"', "''", '');
const body = fc.oneof(
  fc.constantFrom('1', 'Anna', '007', '1,5', '+12025550143', 'SUM(1,2)', 'TRUE', '2026-01-01', '4671234567890123456789012', 'Ünïcödé 👋🏽', 'שלום', '"quoted"'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
);
/** A short answer the live form accepts: one line, not blank. */
const shortAnswer = fc
  .tuple(lead, body)
  .map(([a, b]) => a + b)
  .filter((s) => s.trim() !== '' && !/[\r\n]/.test(s));
const localPart = fc.tuple(fc.constantFrom("'", "'=", '+', '-', '', "o'"), fc.constantFrom('1anna', 'bo', 'x', 'åsa')).map(([a, b]) => a + b);

const submission = fc.record({
  local: localPart,
  firstName: shortAnswer,
  lastName: shortAnswer,
  organisation: shortAnswer,
  city: shortAnswer,
  phone: fc.oneof(shortAnswer, fc.constantFrom('+12025550143', '0701740610', '+46 70 174 06 10')),
  wishes: fc.option(shortAnswer, { nil: undefined }),
});

describe('re-read after live intake (property, through the bundle)', () => {
  test('changes no cell and adds no row', () => {
    fc.assert(
      fc.property(fc.array(submission, { minLength: 1, maxLength: 5 }), (list) => {
        const em = newEmulator();
        setUpProgram(em);
        for (const { local, ...typed } of list) {
          em.advanceBy(1_000);
          const result = em.submitForm('mentor', answers('mentor', 'sv', { ...mentor, ...typed, email: `${local}@example.com` }));
          expect(result.executions.map((x) => x.status)).toEqual(['completed']);
        }
        const people = new Set(list.map((s) => `${s.local}@example.com`.normalize('NFC').toLowerCase()));
        const rows = records(em, 'Mentors');
        expect(rows.map((r) => r['E-post']).sort()).toEqual([...people].sort());
        const display = em.sheet('Mentors');
        const values = em.spreadsheet.values('Mentors');
        const formulas = em.spreadsheet.formulas('Mentors');
        expect(formulas.flat().filter(Boolean)).toEqual([]);
        const summary = runOk<{ added: number; updated: number }>(em, 'rereadResponses');
        expect(summary).toMatchObject({ added: 0, updated: 0 });
        expect(em.sheet('Mentors')).toEqual(display);
        expect(em.spreadsheet.values('Mentors')).toEqual(values);
        expect(em.spreadsheet.formulas('Mentors')).toEqual(formulas);
        // And from nothing (the sheet deleted), re-reading gives exactly the live rows.
        em.spreadsheet.deleteSheet('Mentors');
        runOk(em, 'rereadResponses');
        expect(em.sheet('Mentors')).toEqual(display);
        // The last answer of each person, as typed (NFC, trimmed), is what the sheet shows.
        const last = new Map(list.map((s) => [`${s.local}@example.com`.toLowerCase(), s]));
        for (const row of rows) {
          const s = last.get(row['E-post']!)!;
          expect(row.Förnamn).toBe(s.firstName.normalize('NFC').trim().replace(/\s+/g, ' '));
        }
      }),
      { seed: 42, numRuns: 30 },
    );
  });
});
