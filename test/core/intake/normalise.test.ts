/**
 * This file defines the tests of response normalisation: cleaning, typing and flagging of
 * every answer, including deliberately bad input.
 */

import { fixtureSettings } from '../program/settings-fixture';
import { inspectResponse, MAX_CELL_TEXT, type Mentee, type Mentor, normalisePhone, normaliseResponse } from './imports';
import { type Answers, idFor, MENTEE, MENTOR, response } from './response-fixture';

const sv = fixtureSettings('sv');
const en = fixtureSettings('en');

function mentor(answers: Answers, language: 'sv' | 'en' = 'sv'): Mentor {
  return normaliseResponse('mentor', response('mentor', 2, answers, language), language === 'sv' ? sv : en, idFor('mentor')) as Mentor;
}
function mentee(answers: Answers, language: 'sv' | 'en' = 'sv'): Mentee {
  return normaliseResponse('mentee', response('mentee', 2, answers, language), language === 'sv' ? sv : en, idFor('mentee')) as Mentee;
}

describe('normaliseResponse', () => {
  it('turns a clean mentor response into a clean record', () => {
    const m = mentor(MENTOR);
    expect(m).toEqual({
      id: expect.stringMatching(/^MR-[0-9a-z]{8}$/),
      role: 'mentor',
      status: 'new',
      submittedAt: '2026-07-20T10:02:00.000Z',
      firstName: 'Lena',
      lastName: 'Holm',
      email: 'lena.holm@example.org',
      phone: '+46701740605',
      organisation: 'Nordljus Energi AB',
      field: 'Energi',
      education: 'Civilingenjör i energisystem',
      city: 'Uppsala',
      digital: true,
      acceptsEnglish: false,
      capacity: 2,
      fields: ['Energi och miljö', 'Forskning'],
      wishes: 'Gärna en adept som är intresserad av vätgas.',
      issues: [],
    });
  });

  it('turns a clean mentee response into a clean record', () => {
    const m = mentee(MENTEE);
    expect(m.role).toBe('mentee');
    expect(m.status).toBe('new');
    expect(m.language).toBe('en');
    expect(m.digital).toBe(true);
    expect(m.phone).toBe('');
    expect(m.fields).toEqual(['Data science och AI']);
    expect(m.issues).toEqual([]);
  });

  it('trims everything, collapses spaces in names and lower-cases the email', () => {
    const m = mentor({ ...MENTOR, firstName: '  Lena \t Maria ', lastName: ' Holm\n', email: '  Lena.HOLM@Example.ORG ', city: ' Uppsala  ', wishes: '  Rad ett\r\nRad  två  ' });
    expect(m.firstName).toBe('Lena Maria');
    expect(m.lastName).toBe('Holm');
    expect(m.email).toBe('lena.holm@example.org');
    expect(m.city).toBe('Uppsala');
    expect(m.wishes).toBe('Rad ett\nRad  två');
    expect(m.id).toBe(mentor(MENTOR).id); // the id follows the normalised email
  });

  it.each([
    ['070-123 45 67', '+46701234567'],
    ['+46 70 123 45 67', '+46701234567'],
    ['0046701234567', '+46701234567'],
    ['0701234567', '+46701234567'],
    ['701234567', '+46701234567'], // a sheet that dropped the leading zero
    ['08-123 456 78', '+46812345678'],
    ['+44 7911 123456', '+447911123456'],
    ['+1 (415) 555-2671', '+14155552671'],
  ])('writes phone %j as %j', (input, e164) => {
    expect(normalisePhone(input)).toEqual({ ok: true, e164 });
    const m = mentor({ ...MENTOR, phone: input });
    expect(m.phone).toBe(e164);
    expect(m.issues).toEqual([]);
  });

  it.each([['ring mig'], ['12'], ['07911 123456'], ['0701740605, 0184710000']])('keeps unreadable phone %j and flags it', (input) => {
    const m = mentor({ ...MENTOR, phone: input });
    expect(m.phone).toBe(input);
    expect(m.status).toBe('new'); // not blocking
    expect(m.issues).toEqual([`Telefonnumret "${input}" kunde inte tolkas; kontrollera det.`]);
  });

  it('reads yes/no in either language, capacity with a default, and the language', () => {
    expect(mentor({ ...MENTOR, digital: 'Yes', acceptsEnglish: 'Ja' })).toMatchObject({ digital: true, acceptsEnglish: true });
    expect(mentor({ ...MENTOR, digital: 'No', acceptsEnglish: 'nej' })).toMatchObject({ digital: false, acceptsEnglish: false });
    expect(mentor({ ...MENTOR, capacity: '' }).capacity).toBe(1);
    expect(mentor({ ...MENTOR, capacity: '3 st' }).capacity).toBe(3);
    expect(mentor({ ...MENTOR, capacity: 'två' }).capacity).toBe(2);
    const bad = mentor({ ...MENTOR, capacity: 'noll' });
    expect(bad.capacity).toBe(1);
    expect(bad.issues).toEqual(['Antalet adepter "noll" kunde inte tolkas; 1 används.']);
    expect(mentor({ ...MENTOR, capacity: '0' }).capacity).toBe(1);
    expect(mentee({ ...MENTEE, language: 'Svenska' }).language).toBe('sv');
    expect(mentee({ ...MENTEE, language: 'English' }, 'en').language).toBe('en');
    const odd = mentor({ ...MENTOR, digital: 'Kanske' });
    expect(odd.digital).toBe(false);
    expect(odd.issues).toEqual(['Oväntat svar på "Kan du tänka dig att träffas digitalt?": "Kanske".']);
  });

  it('matches ticked fields against the shared list and keeps unknown ones, flagged', () => {
    const m = mentor({ ...MENTOR, fields: 'forskning, Juridik, Astrologi' });
    expect(m.fields).toEqual(['Juridik', 'Forskning', 'Astrologi']);
    expect(m.issues).toEqual(['"Astrologi" finns inte i listan över områden.']);
    expect(mentor({ ...MENTOR, fields: '' }).fields).toEqual([]);
  });

  it('counts a suggested field ticked in the other language as the same field', () => {
    expect(mentee(MENTEE, 'en').fields).toEqual(['Data science and AI']);
    expect(mentee({ ...MENTEE, fields: 'Law, Juridik' }).fields).toEqual(['Juridik']);
    expect(mentee({ ...MENTEE, fields: 'Law' }).issues).toEqual([]);
  });

  it('reads answers titled in the other language (a program that switched language)', () => {
    const m = normaliseResponse('mentor', response('mentor', 2, MENTOR, 'en'), sv, idFor('mentor')) as Mentor;
    expect(m).toEqual(mentor(MENTOR));
  });

  it('prefers a filled answer when a question appears under both languages', () => {
    const r = response('mentor', 2, MENTOR, 'sv');
    r.answers['First name'] = '';
    r.answers['Last name'] = 'Holmberg';
    const m = normaliseResponse('mentor', r, sv, idFor('mentor'));
    expect(m.firstName).toBe('Lena');
    expect(m.lastName).toBe('Holm'); // both filled: the program language's column wins
  });

  describe('bad input', () => {
    it('makes a response without consent invalid, in the program language', () => {
      const svResult = mentor({ ...MENTOR, consent: '' });
      expect(svResult.status).toBe('invalid');
      expect(svResult.issues).toEqual(['Samtycke till behandling av personuppgifter saknas.']);
      const enResult = mentee({ ...MENTEE, consent: '' }, 'en');
      expect(enResult.issues).toEqual(['Consent to the processing of personal data is missing.']);
    });

    it('makes an unusable or missing email invalid, keyed by raw row', () => {
      const r = inspectResponse('mentor', response('mentor', 7, { ...MENTOR, email: 'Lena.Holm(at)example' }), sv, (k) => `id:${k}`);
      expect(r.applicant.status).toBe('invalid');
      expect(r.applicant.email).toBe('lena.holm(at)example');
      expect(r.applicant.issues).toEqual(['E-postadressen "lena.holm(at)example" går inte att använda.']);
      expect(r.key).toBe('row:7');
      expect(r.applicant.id).toBe('id:row:7');
      const missing = mentor({ ...MENTOR, email: ' ' });
      expect(missing.issues).toEqual(['E-postadress saknas.']);
    });

    it('lists every blank required answer by its question', () => {
      const m = mentee({ ...MENTEE, firstName: ' ', motivation: '', digital: '' }, 'en');
      expect(m.status).toBe('invalid');
      expect(m.issues).toEqual([
        'Missing answer to "First name".',
        'Missing answer to "Are you open to meeting digitally?".',
        'Missing answer to "Why do you want to take part in the mentor program?".',
      ]);
    });

    it('keeps formula-like names as literal text and flags them', () => {
      const formula = '=HYPERLINK("http://x","y")';
      const m = mentor({ ...MENTOR, firstName: formula, lastName: '+46 Holm' });
      expect(m.firstName).toBe(formula);
      expect(m.lastName).toBe('+46 Holm');
      expect(m.status).toBe('new');
      expect(m.issues).toEqual([
        '"Förnamn" ser ut som en formel eller länk; kontrollera svaret.',
        '"Efternamn" ser ut som en formel eller länk; kontrollera svaret.',
      ]);
    });

    it('keeps a 5,000-character answer whole and flags it', () => {
      const long = 'x'.repeat(5000);
      const m = mentee({ ...MENTEE, motivation: long, firstName: 'y'.repeat(5000) }, 'en');
      expect(m.motivation).toBe(long);
      expect(m.firstName).toHaveLength(5000);
      expect(m.status).toBe('new');
      expect(m.issues).toEqual([
        'Unusually long answer to "First name" (5000 characters, normally at most 100).',
        'Unusually long answer to "Why do you want to take part in the mentor program?" (5000 characters, normally at most 4000).',
      ]);
    });

    it('cuts an answer beyond the cell limit, without splitting an emoji', () => {
      const huge = `${'a'.repeat(MAX_CELL_TEXT - 2)}😀😀😀`;
      const m = mentee({ ...MENTEE, wishes: huge }, 'en');
      expect(m.wishes.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      expect(m.wishes.endsWith('…')).toBe(true);
      expect(m.wishes).not.toMatch(/[\uD800-\uDBFF]…$/);
      expect(m.issues).toEqual([expect.stringMatching(/^The answer to "Other wishes and comments" was too long for a cell/)]);
    });

    it('passes emojis and right-to-left text through untouched', () => {
      const m = mentee({
        ...MENTEE,
        firstName: 'נועה',
        lastName: 'الحسن',
        city: 'Malmö 🌊',
        motivation: 'أريد أن أتعلم 🚀 — and לומדת data science 👩🏽‍💻',
      });
      expect(m.firstName).toBe('נועה');
      expect(m.lastName).toBe('الحسن');
      expect(m.city).toBe('Malmö 🌊');
      expect(m.motivation).toBe('أريد أن أتعلم 🚀 — and לומדת data science 👩🏽‍💻');
      expect(m.issues).toEqual([]);
    });

    it('removes invisible control characters but keeps line breaks', () => {
      const m = mentee({ ...MENTEE, firstName: 'Sa\u0000m', expectations: 'Rad 1\u0007\nRad 2' });
      expect(m.firstName).toBe('Sam');
      expect(m.expectations).toBe('Rad 1\nRad 2');
    });

    it('flags everything at once: a blank form is invalid with every reason', () => {
      const m = mentee({}, 'sv');
      expect(m.status).toBe('invalid');
      expect(m.issues).toContain('E-postadress saknas.');
      expect(m.issues).toContain('Samtycke till behandling av personuppgifter saknas.');
      expect(m.issues).toContain('Svar saknas på "Förnamn".');
      expect(m.language).toBe('sv');
    });
  });
});
