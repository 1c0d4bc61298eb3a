/**
 * This file defines the tests of reading answers back: question titles and choice labels
 * recognised in both languages.
 */
import {
  fieldKeyForTitle,
  formSpec,
  isConsentGiven,
  languageLabels,
  parseLanguageChoice,
  parseYesNo,
  yesNoLabels,
} from '../../../src/core/forms';
import type { Role } from '../../../src/core/types';
import { fixtureSettings } from '../program/settings-fixture';

describe('fieldKeyForTitle', () => {
  it.each(['mentor', 'mentee'] as Role[])('recognises every %s title in both languages', (role) => {
    for (const language of ['sv', 'en'] as const) {
      for (const item of formSpec(role, fixtureSettings(language)).items) {
        expect(fieldKeyForTitle(role, item.title)).toBe(item.key);
        expect(fieldKeyForTitle(role, `  ${item.title.toUpperCase()} *`)).toBe(item.key);
      }
    }
  });

  it('ignores columns the add-on did not create and questions of the other role', () => {
    expect(fieldKeyForTitle('mentor', 'Tidstämpel')).toBeUndefined();
    expect(fieldKeyForTitle('mentee', 'Timestamp')).toBeUndefined();
    expect(fieldKeyForTitle('mentee', 'Företag eller organisation')).toBeUndefined();
    expect(fieldKeyForTitle('mentor', 'Why do you want to take part in the mentor program?')).toBeUndefined();
  });

  it('knows common aliases and the keys themselves', () => {
    expect(fieldKeyForTitle('mentor', 'Email Address')).toBe('email');
    expect(fieldKeyForTitle('mentee', 'E-postadress')).toBe('email');
    expect(fieldKeyForTitle('mentee', 'firstName')).toBe('firstName');
  });
});

describe('choice labels', () => {
  it('reads yes and no in both languages', () => {
    for (const yes of ['Ja', 'ja', 'Yes', 'YES', 'Ja, gärna', 'TRUE', 'sant', ' yes please ']) expect(parseYesNo(yes)).toBe(true);
    for (const no of ['Nej', 'No', 'nej tack', 'FALSE', 'falskt']) expect(parseYesNo(no)).toBe(false);
    for (const neither of ['', 'kanske', 'maybe', 'Jaha?']) expect(parseYesNo(neither)).toBeUndefined();
    expect(yesNoLabels('sv')).toEqual({ yes: 'Ja', no: 'Nej' });
    expect(yesNoLabels('en')).toEqual({ yes: 'Yes', no: 'No' });
  });

  it('reads the mentorship language in both languages', () => {
    expect(parseLanguageChoice('Svenska')).toBe('sv');
    expect(parseLanguageChoice('Swedish')).toBe('sv');
    expect(parseLanguageChoice('Engelska (English)')).toBe('en');
    expect(parseLanguageChoice('english')).toBe('en');
    expect(parseLanguageChoice('Finska')).toBeUndefined();
    expect(parseLanguageChoice(languageLabels('sv').en)).toBe('en');
    expect(parseLanguageChoice(languageLabels('en').sv)).toBe('sv');
  });

  it('takes any ticked consent, but not a blank or a refusal', () => {
    expect(isConsentGiven('Jag samtycker')).toBe(true);
    expect(isConsentGiven('I consent')).toBe(true);
    expect(isConsentGiven('Ja')).toBe(true);
    expect(isConsentGiven('')).toBe(false);
    expect(isConsentGiven('  ')).toBe(false);
    expect(isConsentGiven('Nej')).toBe(false);
  });
});
