/**
 * This file defines the integration tests of the owned-table mechanism through the built
 * bundle: the applicant sheets keep the group's formulas, in its own columns and in
 * intake's, and intake writes only the changed rows, in few block calls.
 */
import { answers, mentorAnswers, newEmulator, records, runOk, setUpProgram } from './support';

const mentor = mentorAnswers;

describe('owned applicant sheets', () => {
  test('a formula the group put in an intake column, and one in its own column, survive the next write of the row', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.submitForm('mentor', answers('mentor', 'sv', mentor));
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentor, email: 'bo@example.org' }));
    const headers = em.sheet('Mentors')[0]!;
    const col = (h: string) => headers.indexOf(h) + 1;
    em.spreadsheet.write('Mentors', 2, col('Stad'), [['=PROPER("uppsala")']], true);
    em.spreadsheet.write('Mentors', 2, col('Organisation'), [['=UPPER("x")']], true);
    const own = headers.length + 1;
    em.spreadsheet.write('Mentors', 1, own, [['Anteckning'], ['=LEN(A2)']], true);
    em.advanceBy(60_000);
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentor, city: 'Lund', wishes: 'Nya önskemål' }));
    const formulas = em.spreadsheet.formulas('Mentors');
    expect(formulas[1]![col('Stad') - 1]).toBe('=PROPER("uppsala")');
    expect(formulas[1]![col('Organisation') - 1]).toBe('=UPPER("x")');
    expect(formulas[1]![own - 1]).toBe('=LEN(A2)');
    expect(records(em, 'Mentors')[0]!.Önskemål).toBe('Nya önskemål');
    runOk(em, 'rereadResponses');
    expect(em.spreadsheet.formulas('Mentors')).toEqual(formulas);
  });

  test('the bookkeeping columns of a new sheet are hidden, in one call, and the header row frozen', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.resetServiceCalls();
    em.submitForm('mentor', answers('mentor', 'sv', mentor));
    const headers = em.sheet('Mentors')[0]!;
    const store = em.spreadsheet.sheet('Mentors')!;
    const hidden = headers.flatMap((h, j) => (store.hiddenColumns.has(j + 1) ? [h] : []));
    expect(hidden).toEqual(['responseRow', 'intakeHash', 'intakeKeys']);
    // One call for the Mentors sheet's bookkeeping columns, one for the new Outbox sheet's
    // (the application email is queued on intake).
    expect(em.methodCalls()['Sheet.hideColumns']).toBe(2);
    expect(store.frozenRows).toBe(1);
  });

  test('a resubmission writes only its own row of intake columns, the header untouched', () => {
    const em = newEmulator();
    setUpProgram(em);
    for (let i = 0; i < 6; i++) em.submitForm('mentor', answers('mentor', 'sv', { ...mentor, email: `m${i}@example.org` }));
    const before = em.sheet('Mentors');
    em.advanceBy(60_000);
    em.resetServiceCalls();
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentor, email: 'm3@example.org', city: 'Lund' }));
    // One block for the applicant's row, one for the Outbox row of the application email.
    expect(em.methodCalls()['Range.setValues']).toBe(2);
    const after = em.sheet('Mentors');
    const stad = before[0]!.indexOf('Stad');
    expect(after[4]![stad]).toBe('Lund');
    expect(after.filter((_, i) => i !== 4)).toEqual(before.filter((_, i) => i !== 4));
  });
});
