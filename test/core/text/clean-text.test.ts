/**
 * This file defines the tests of the one text normalisation settings and intake share: a
 * shared field the settings accept is the one intake finds in a tick, whatever control or
 * composition characters it held; short answers lose line breaks; names lose invisible
 * formatting; an address with 'İ' passes the add-on's own check after lower-casing.
 */
import fc from 'fast-check';
import { formSpec } from '../../../src/core/forms';
import { inspectResponse } from '../../../src/core/intake';
import { isEmailAddress, normaliseEmail, type ProgramSettings, validateSettings } from '../../../src/core/program';
import { MENTOR, MENTOR_IDS, response } from '../intake/response-fixture';
import { fixtureSettings } from '../program/settings-fixture';

function saved(edit: (s: ProgramSettings) => void): ProgramSettings {
  const s = structuredClone(fixtureSettings());
  edit(s);
  const result = validateSettings(s, 'sv');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.settings;
}

/** A mentor ticking `ticked` (as Google joins ticks) on the form made from `settings`. */
function tick(settings: ProgramSettings, ticked: string[]) {
  return inspectResponse('mentor', response('mentor', 2, { ...MENTOR, fields: ticked.join(', ') }), settings, MENTOR_IDS);
}

describe('settings and intake clean text alike', () => {
  it('a shared field with a NUL is saved without it, offered so, and a tick of it is neither flagged nor lost', () => {
    const settings = saved((s) => {
      s.sharedFields = ['Data\u0000science', '\u0000', 'Energi'];
    });
    expect(settings.sharedFields).toEqual(['Datascience', 'Energi']);
    const choices = formSpec('mentor', settings).items.find((i) => i.key === 'fields')!.choices;
    expect(choices).toEqual(['Datascience', 'Energi']);
    const result = tick(settings, ['Datascience']);
    expect(result.applicant.fields).toEqual(['Datascience']);
    expect(result.problems.filter((p) => p.key === 'fields')).toEqual([]);
  });

  it('settings saved before the shared cleaning (a NUL kept) still match a tick', () => {
    const old = { ...fixtureSettings(), sharedFields: ['Data\u0000science'] };
    const result = tick(old, ['Datascience']);
    expect(result.applicant.fields).toEqual(['Data\u0000science']);
    expect(result.problems.filter((p) => p.key === 'fields')).toEqual([]);
  });

  it('any field the settings accept is found in a tick of the choice the form offers (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\u0000', '\u0007', '\r', '\n', '\t', 'e\u0301', 'é', 'ß', '\u200b', '😀', 'ø'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.uniqueArray(field, { minLength: 1, maxLength: 4 }), (fields) => {
        const s = structuredClone(fixtureSettings());
        s.sharedFields = fields;
        const result = validateSettings(s, 'sv');
        if (!result.ok) return; // refused (e.g. a comma): nothing is offered
        const offered = formSpec('mentor', result.settings).items.find((i) => i.key === 'fields')?.choices ?? [];
        expect(offered).toEqual(result.settings.sharedFields);
        for (const choice of offered) {
          const inspected = tick(result.settings, [choice]);
          expect(inspected.applicant.fields).toEqual([choice]);
          expect(inspected.problems.filter((p) => p.key === 'fields')).toEqual([]);
        }
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});

describe('short answers and names', () => {
  it('a line break inside a short answer becomes a space (names and a mentor\'s education)', () => {
    const { applicant } = inspectResponse(
      'mentor',
      response('mentor', 2, { ...MENTOR, firstName: 'Ann\rBcc: x@example.com', education: 'Civilingenjör\r\nBcc: y@example.com' }),
      fixtureSettings(),
      MENTOR_IDS,
    );
    expect(applicant.firstName).toBe('Ann Bcc: x@example.com');
    expect(applicant.role === 'mentor' && applicant.education).toBe('Civilingenjör Bcc: y@example.com');
  });

  it('bidi overrides, isolates and zero-width characters are removed from names', () => {
    const invisible = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
    for (const ch of invisible) {
      const { applicant } = inspectResponse(
        'mentor',
        response('mentor', 2, { ...MENTOR, firstName: `An${ch}na`, lastName: `${ch}Holm`, organisation: `Nord${ch}ljus AB` }),
        fixtureSettings(),
        MENTOR_IDS,
      );
      expect([applicant.firstName, applicant.lastName, applicant.role === 'mentor' ? applicant.organisation : '']).toEqual(['Anna', 'Holm', 'Nordljus AB']);
    }
    // Right-to-left names themselves are kept.
    const { applicant } = inspectResponse('mentor', response('mentor', 2, { ...MENTOR, firstName: 'שלום' }), fixtureSettings(), MENTOR_IDS);
    expect(applicant.firstName).toBe('שלום');
    expect(saved((s) => {
      s.contact.name = 'Karin\u202e Ek';
    }).contact.name).toBe('Karin Ek');
  });
});

describe('İ in an email address', () => {
  it('passes the add-on\'s own check after lower-casing, precomposed or decomposed, in settings and intake', () => {
    expect('İ'.toLowerCase()).toBe('i\u0307'); // Unicode's default mapping, whatever the locale
    const precomposed = normaliseEmail('İnci@example.com');
    expect(precomposed).toBe('i\u0307nci@example.com');
    expect(normaliseEmail('I\u0307nci@Example.com')).toBe(precomposed);
    expect(isEmailAddress(precomposed)).toBe(true);
    const result = inspectResponse('mentor', response('mentor', 2, { ...MENTOR, email: 'İnci@example.com' }), fixtureSettings(), MENTOR_IDS);
    expect(result.problems).toEqual([]);
    expect(result.key).toBe(precomposed);
    expect(saved((s) => {
      s.contact.email = 'İnci@example.com';
    }).contact.email).toBe(precomposed);
    // Marks still need a base character.
    expect(isEmailAddress('\u0307nci@example.com')).toBe(false);
    expect(isEmailAddress('inci@\u0307example.com')).toBe(false);
  });
});
