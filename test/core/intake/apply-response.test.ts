/**
 * This file defines the tests of applying responses to the applicant table: adding,
 * idempotence, resubmission, invalid emails, and the group's edits winning.
 */

import { fixtureSettings } from '../program/settings-fixture';
import {
  type ApplicantTable,
  applicantAt,
  applyResponse,
  cellOf,
  emptyApplicantTable,
  intakeCounts,
  type Mentor,
  readApplicantTable,
  rebuild,
  writeApplicantTable,
} from './imports';
import { idFor, MENTEE, MENTOR, MENTOR_IDS, response, SETTINGS, timeOfRow } from './response-fixture';

function apply(table: ApplicantTable, row: number, answers = MENTOR, language: 'sv' | 'en' = 'sv') {
  return applyResponse(table, response('mentor', row, answers, language), SETTINGS, MENTOR_IDS);
}

/** A group edit made in the sheet: write, change one cell as Sheets would return it, read. */
function edit(table: ApplicantTable, rowIndex: number, header: string, value: unknown): ApplicantTable {
  const block = writeApplicantTable(table);
  const j = block.headers.indexOf(header);
  if (j < 0) throw new Error(`no column ${header}`);
  block.rows[rowIndex]![j] = value;
  return readApplicantTable(table.role, table.language, block.headers, block.rows);
}

describe('applyResponse', () => {
  const empty = emptyApplicantTable('mentor', 'sv');

  it('adds a new person with a stable id and bookkeeping', () => {
    const { table, change } = apply(empty, 2);
    expect(change).toEqual({ kind: 'added', rowIndex: 0, id: MENTOR_IDS('lena.holm@example.org') });
    expect(table.rows).toHaveLength(1);
    expect(cellOf(table, table.rows[0]!, 'responseRow')).toBe('2');
    expect(cellOf(table, table.rows[0]!, 'intakeKeys')).toBe('lena.holm@example.org');
    expect(cellOf(table, table.rows[0]!, 'intakeHash')).toMatch(/^submittedAt=[0-9a-z]+;firstName=/);
    expect(empty.rows).toHaveLength(0); // pure: the input is untouched
  });

  it('is idempotent: the same response twice changes nothing', () => {
    const once = apply(empty, 2).table;
    const twice = apply(once, 2);
    expect(twice.change).toEqual({ kind: 'unchanged', rowIndex: 0, id: MENTOR_IDS('lena.holm@example.org') });
    expect(twice.table).toBe(once);
  });

  it('updates the same person on resubmission with the same (normalised) email', () => {
    const first = apply(empty, 2).table;
    const second = apply(first, 5, { ...MENTOR, email: ' LENA.HOLM@example.org', city: 'Stockholm', capacity: '3' });
    expect(second.change).toEqual({ kind: 'updated', rowIndex: 0, id: MENTOR_IDS('lena.holm@example.org') });
    expect(second.table.rows).toHaveLength(1);
    expect(applicantAt(second.table, 0)).toMatchObject({ city: 'Stockholm', capacity: 3, status: 'new' });
    expect(cellOf(second.table, second.table.rows[0]!, 'responseRow')).toBe('5');
    // An older response arriving late (a rebuild after a missed trigger) changes nothing.
    expect(apply(second.table, 2).change.kind).toBe('unchanged');
  });

  it('takes a resubmission that lands on a recorded row number after a raw row was deleted', () => {
    const first = apply(empty, 2).table;
    const second = apply(first, 5, { ...MENTOR, city: 'Lund' }).table;
    // The group deleted a test response above row 5: the next submission is row 5 again.
    const third = applyResponse(second, response('mentor', 5, { ...MENTOR, city: 'Umeå' }, 'sv', timeOfRow(9)), SETTINGS, MENTOR_IDS);
    expect(third.change.kind).toBe('updated');
    expect(applicantAt(third.table, 0)!.city).toBe('Umeå');
    // Re-reading the renumbered sheet changes nothing.
    const renumbered = [response('mentor', 2, MENTOR), response('mentor', 4, { ...MENTOR, city: 'Lund' }, 'sv', timeOfRow(5)), response('mentor', 5, { ...MENTOR, city: 'Umeå' }, 'sv', timeOfRow(9))];
    expect(rebuild(third.table, renumbered, SETTINGS, MENTOR_IDS).table).toBe(third.table);
  });

  it('adds a row per invalid email, each keyed by its raw row, and stays idempotent', () => {
    const bad = { ...MENTOR, email: 'lena.holm(at)example.org' };
    const one = apply(empty, 3, bad).table;
    const again = apply(one, 3, bad);
    expect(again.change.kind).toBe('unchanged');
    const two = apply(one, 4, bad);
    expect(two.change.kind).toBe('added');
    expect(two.table.rows).toHaveLength(2);
    expect(applicantAt(two.table, 0)!.id).toBe(MENTOR_IDS('row:3'));
    expect(applicantAt(two.table, 1)!.id).toBe(MENTOR_IDS('row:4'));
    expect(applicantAt(two.table, 1)!.status).toBe('invalid');
  });

  it('gives a colliding id a suffix', () => {
    const constant = () => 'MR-00000000';
    const a = applyResponse(empty, response('mentor', 2, MENTOR), SETTINGS, constant).table;
    const b = applyResponse(a, response('mentor', 3, { ...MENTOR, email: 'other@example.org' }), SETTINGS, constant);
    expect(b.change).toEqual({ kind: 'added', rowIndex: 1, id: 'MR-00000000-2' });
  });

  it("keeps the group's status on resubmission", () => {
    const first = apply(empty, 2).table;
    for (const [label, status] of [['godkänd', 'approved'], ['withdrawn', 'withdrawn'], ['Matchad', 'matched']] as const) {
      const edited = edit(first, 0, 'Status', label);
      const after = apply(edited, 6, { ...MENTOR, consent: '' }).table; // would be 'invalid'
      expect(applicantAt(after, 0)!.status).toBe(status);
      expect(applicantAt(after, 0)!.issues).toEqual(['Samtycke till behandling av personuppgifter saknas.']);
    }
  });

  it('lets intake move its own status, and keeps a status the group changed', () => {
    const invalid = apply(empty, 2, { ...MENTOR, consent: '' }).table;
    expect(applicantAt(invalid, 0)!.status).toBe('invalid');
    const fixed = apply(invalid, 3).table;
    expect(applicantAt(fixed, 0)).toMatchObject({ status: 'new', issues: [] });
    // The group accepted an invalid row as 'new' by hand: intake leaves that alone.
    const overruled = edit(invalid, 0, 'Status', 'ny');
    expect(applicantAt(apply(overruled, 3, { ...MENTOR, consent: '', city: 'Lund' }).table, 0)).toMatchObject({ status: 'new', city: 'Lund' });
  });

  it('keeps a field the group edited and updates the fields it did not touch', () => {
    const first = apply(empty, 2).table;
    const edited = edit(first, 0, 'Organisation', 'Nordljus Energi (moderbolaget)');
    const after = apply(edited, 7, { ...MENTOR, organisation: 'Nordljus AB', city: 'Västerås', field: 'Vätgas' }).table;
    expect(applicantAt(after, 0)).toMatchObject({ organisation: 'Nordljus Energi (moderbolaget)', city: 'Västerås', field: 'Vätgas' });
    // Still the group's on the next submission too.
    const later = apply(after, 9, { ...MENTOR, organisation: 'Något annat AB' }).table;
    expect((applicantAt(later, 0) as Mentor).organisation).toBe('Nordljus Energi (moderbolaget)');
    // Until an answer agrees with the group's value: then intake owns the field again.
    const agreed = apply(later, 10, { ...MENTOR, organisation: 'Nordljus Energi (moderbolaget)' }).table;
    expect((applicantAt(apply(agreed, 11, { ...MENTOR, organisation: 'Ny AB' }).table, 0) as Mentor).organisation).toBe('Ny AB');
  });

  it('does not take a relabelling after a language switch for an edit', () => {
    const first = apply(empty, 2).table;
    const block = writeApplicantTable(first);
    const english = readApplicantTable('mentor', 'en', block.headers, block.rows);
    const relabelled = writeApplicantTable(english); // 'Ja' is now written 'Yes', 'ny' is 'new'
    const reread = readApplicantTable('mentor', 'en', relabelled.headers, relabelled.rows);
    const after = applyResponse(reread, response('mentor', 4, { ...MENTOR, digital: 'No' }, 'en'), fixtureSettings('en'), MENTOR_IDS).table;
    expect(applicantAt(after, 0)!.digital).toBe(false);
  });

  it('drops the problem about a field the group fixed, and its blocking effect', () => {
    const bad = apply(empty, 2, { ...MENTOR, email: 'lena.holm@example' }).table;
    expect(applicantAt(bad, 0)!.status).toBe('invalid');
    const fixed = edit(bad, 0, 'E-post', 'lena.holm@example.org');
    // Re-reading all responses after the fix neither duplicates nor re-breaks the row.
    const reread = rebuild(fixed, [response('mentor', 2, { ...MENTOR, email: 'lena.holm@example' })], SETTINGS, MENTOR_IDS);
    expect(reread.changes.map((c) => c.kind)).toEqual(['unchanged']);
    expect(reread.table).toBe(fixed);
    // A new submission from the corrected address finds the row, and the issue goes away.
    const resubmitted = apply(fixed, 8).table;
    expect(resubmitted.rows).toHaveLength(1);
    expect(applicantAt(resubmitted, 0)).toMatchObject({ email: 'lena.holm@example.org', status: 'new', issues: [] });
    expect(intakeCounts(resubmitted).needAttention).toBe(0);
  });

  it('finds a person by an address the group corrected, also on a later re-read', () => {
    const first = apply(empty, 2, { ...MENTOR, email: 'lena.holm@exmaple.org' }).table; // a typo, still valid
    const corrected = edit(first, 0, 'E-post', 'lena.holm@example.org');
    const resubmitted = apply(corrected, 5).table;
    expect(resubmitted.rows).toHaveLength(1);
    const all = [response('mentor', 2, { ...MENTOR, email: 'lena.holm@exmaple.org' }), response('mentor', 5, MENTOR)];
    expect(rebuild(resubmitted, all, SETTINGS, MENTOR_IDS).table).toBe(resubmitted);
  });

  it('fills a row the group added by hand, keeping what they typed', () => {
    const block = writeApplicantTable(empty);
    const row = block.headers.map((h) => ({ 'E-post': 'lena.holm@example.org', Status: 'godkänd', Stad: 'Gävle' })[h] ?? '');
    const manual = readApplicantTable('mentor', 'sv', block.headers, [row]);
    const after = apply(manual, 2).table;
    expect(after.rows).toHaveLength(1);
    expect(applicantAt(after, 0) as Mentor).toMatchObject({ status: 'approved', city: 'Gävle', firstName: 'Lena', capacity: 2 });
  });

  it('rejects a response without a usable raw row (a programming error)', () => {
    expect(() => apply(empty, 0)).toThrow(/positive integer/);
  });

  it('keeps mentors and mentees apart by role', () => {
    const mentees = applyResponse(emptyApplicantTable('mentee', 'sv'), response('mentee', 2, MENTEE), SETTINGS, idFor('mentee'));
    expect(mentees.change.id).toMatch(/^AD-/);
  });
});

describe('intakeCounts', () => {
  it('counts per status and what needs attention', () => {
    let table = emptyApplicantTable('mentor', 'sv');
    const add = (row: number, answers: typeof MENTOR) => {
      table = applyResponse(table, response('mentor', row, answers), SETTINGS, MENTOR_IDS).table;
    };
    add(2, MENTOR);
    add(3, { ...MENTOR, email: 'b@example.org', consent: '' }); // invalid
    add(4, { ...MENTOR, email: 'c@example.org', phone: 'ring mig' }); // new, flagged
    add(5, { ...MENTOR, email: 'd@example.org' });
    add(6, { ...MENTOR, email: 'e@example.org', phone: 'ring' });
    table = edit(table, 3, 'Status', 'godkänd');
    table = edit(table, 4, 'Status', 'avanmäld'); // withdrawn: no attention needed
    const block = writeApplicantTable(table);
    const withBlank = readApplicantTable('mentor', 'sv', block.headers, [...block.rows, block.headers.map(() => '')]);
    expect(intakeCounts(withBlank)).toEqual({
      total: 5,
      byStatus: { new: 2, approved: 1, withdrawn: 1, matched: 0, invalid: 1 },
      needAttention: 2,
    });
    // The group clears a non-blocking issue by emptying the cell.
    expect(intakeCounts(edit(table, 2, 'Att åtgärda', '')).needAttention).toBe(1);
    // A status cell that is not a status needs attention.
    expect(intakeCounts(edit(table, 0, 'Status', 'kanske')).needAttention).toBe(3);
  });
});
