/**
 * This file defines the tests of the applicant sheet model: columns, reading by header name
 * in either language, the group's own columns, and writing back.
 */

import { fixtureSettings } from '../program/settings-fixture';
import { throughSheets } from '../tables/sheet-oracle';
import {
  applicantAt,
  applicantColumns,
  applyResponse,
  emptyApplicantTable,
  readApplicants,
  readApplicantTable,
  writeApplicantRow,
  writeApplicantTable,
} from './imports';
import { idFor, MENTEE, MENTOR, response, SETTINGS } from './response-fixture';

describe('applicantColumns', () => {
  it('orders id, status, time, every field, issues, then hidden bookkeeping', () => {
    const cols = applicantColumns('mentor', 'sv');
    expect(cols.map((c) => c.key)).toEqual([
      'id', 'status', 'submittedAt', 'firstName', 'lastName', 'email', 'phone', 'organisation', 'field',
      'education', 'city', 'digital', 'acceptsEnglish', 'capacity', 'fields', 'wishes', 'consent', 'issues',
      'responseRow', 'intakeHash', 'intakeKeys',
    ]);
    expect(cols.filter((c) => c.hidden).map((c) => c.key)).toEqual(['responseRow', 'intakeHash', 'intakeKeys']);
    expect(cols.find((c) => c.key === 'issues')!.header).toBe('Att åtgärda');
    const mentee = applicantColumns('mentee', 'en').map((c) => c.key);
    expect(mentee).toContain('language');
    expect(mentee).toContain('motivation');
    expect(mentee).not.toContain('capacity');
    expect(new Set(applicantColumns('mentee', 'en').map((c) => c.header)).size).toBe(mentee.length);
  });
});

describe('reading and writing the table', () => {
  const filled = applyResponse(emptyApplicantTable('mentor', 'sv'), response('mentor', 2, MENTOR), SETTINGS, idFor('mentor')).table;

  it('writes labels, numbers and protected text, and reads them back to the same table', () => {
    const block = writeApplicantTable(filled);
    expect(block.headers).toEqual(applicantColumns('mentor', 'sv').map((c) => c.header));
    const row = Object.fromEntries(block.headers.map((h, j) => [h, block.rows[0]![j]]));
    expect(row).toMatchObject({
      Status: 'ny',
      Inskickad: new Date('2026-07-20T10:02:00.000Z'),
      Mobilnummer: "'+46701740605",
      'Digitala möten': 'Ja',
      'Engelskspråkig adept': 'Nej',
      'Antal adepter': 2,
      Samtycke: 'Ja',
      responseRow: 2,
    });
    const [headers = [], ...stored] = throughSheets([block.headers, ...block.rows]);
    expect(readApplicantTable('mentor', 'sv', headers, stored)).toEqual(filled);
  });

  it('reads what real Sheets returns: no apostrophes, booleans, numbers, Dates', () => {
    const block = writeApplicantTable(filled);
    const sheetsValues = block.rows.map((r) =>
      r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
    );
    expect(readApplicantTable('mentor', 'sv', block.headers, sheetsValues)).toEqual(filled);
    const j = block.headers.indexOf('Digitala möten');
    const typed = sheetsValues.map((r) => r.map((v, k) => (k === j ? true : v)));
    expect(readApplicantTable('mentor', 'sv', block.headers, typed).rows).toEqual(filled.rows);
    const when = block.headers.indexOf('Inskickad');
    const dated = sheetsValues.map((r) => r.map((v, k) => (k === when ? new Date(Date.UTC(2026, 6, 20, 10, 2)) : v)));
    expect(applicantAt(readApplicantTable('mentor', 'sv', block.headers, dated), 0)!.submittedAt).toBe('2026-07-20T10:02:00.000Z');
  });

  it('maps columns by header, in either language, keeping the group order and its own columns', () => {
    const block = writeApplicantTable(filled);
    const en = applicantColumns('mentor', 'en');
    const sv = applicantColumns('mentor', 'sv');
    // The group moved email first, renamed nothing, added a notes column in the middle.
    const order = [5, ...block.headers.map((_, j) => j).filter((j) => j !== 5)];
    const headers = order.map((j) => (j % 2 === 0 ? en[j]!.header : sv[j]!.header));
    headers.splice(3, 0, 'Anteckningar');
    const rows = throughSheets(block.rows).map((r) => {
      const moved = order.map((j) => r[j]);
      moved.splice(3, 0, '=A2&" ok"');
      return moved;
    });
    const table = readApplicantTable('mentor', 'sv', headers, rows);
    expect(table.headers).toEqual(headers);
    expect(table.columns[3]).toBeNull();
    expect(table.rows[0]![3]).toBe('=A2&" ok"'); // the group's cell, as read
    expect(readApplicants(table)).toEqual(readApplicants(filled));
    const written = writeApplicantRow(table, 0);
    expect(written[3]).toBe('=A2&" ok"');
    expect(written[0]).toBe('lena.holm@example.org');
  });

  it('appends the columns a sheet lacks and pads short rows', () => {
    const table = readApplicantTable('mentee', 'en', ['Id', 'E-post', 'Notes'], [['AD-1', 'a@example.org'], []]);
    expect(table.headers.slice(0, 3)).toEqual(['Id', 'E-post', 'Notes']);
    expect(table.headers).toContain('Motivation');
    expect(table.headers.length).toBe(applicantColumns('mentee', 'en').length + 1);
    expect(table.rows[1]!.every((v) => v === '')).toBe(true);
    expect(readApplicants(table)).toHaveLength(1);
    expect(readApplicants(table)[0]).toMatchObject({ id: 'AD-1', email: 'a@example.org', status: 'new', language: 'sv' });
  });

  it('counts a duplicated header once and keeps the copy as the group column', () => {
    const table = readApplicantTable('mentor', 'sv', ['Id', 'Id', 'Förnamn'], [['MR-1', 'x', 'Ann']]);
    expect(table.columns.slice(0, 3)).toEqual(['id', null, 'firstName']);
    expect(applicantAt(table, 0)!.id).toBe('MR-1');
  });

  it('types the records leniently for what the group typed', () => {
    const table = readApplicantTable('mentor', 'en', ['Id', 'Status', 'Mentees', 'Email'], [
      ['MR-1', 'Godkänd', 'many', 'A@Example.org'],
      ['MR-2', 'hmm', 2, 'b@example.org'],
    ]);
    const [a, b] = readApplicants(table) as [import('./imports').Mentor, import('./imports').Mentor];
    expect(a).toMatchObject({ status: 'approved', capacity: 1, email: 'a@example.org' });
    expect(b).toMatchObject({ status: 'new', capacity: 2 });
  });

  it('reads a mentee record with its language', () => {
    const t = applyResponse(emptyApplicantTable('mentee', 'en'), response('mentee', 2, MENTEE), fixtureSettings('en'), idFor('mentee')).table;
    expect(applicantAt(t, 0)).toMatchObject({ role: 'mentee', language: 'en', digital: true, status: 'new' });
    expect(writeApplicantRow(t, 0)[t.columns.indexOf('language')]).toBe('English');
  });
});
