/**
 * This file defines the tests of the two sign-up forms' specifications in both languages:
 * every toolkit field, the consent text, the shared list and the texts around the questions.
 */

import { type FieldKey, formSpec } from '../../../src/core/forms';
import { en } from '../../../src/core/forms/en';
import { sv } from '../../../src/core/forms/sv';
import type { Language, Role } from '../../../src/core/types';
import { fixtureSettings } from '../program/settings-fixture';

const MENTOR_KEYS: FieldKey[] = [
  'firstName', 'lastName', 'email', 'phone', 'organisation', 'field', 'education', 'city',
  'digital', 'acceptsEnglish', 'capacity', 'fields', 'wishes', 'consent',
];
const MENTEE_KEYS: FieldKey[] = [
  'firstName', 'lastName', 'email', 'phone', 'language', 'city', 'digital', 'education',
  'motivation', 'expectations', 'contribution', 'fields', 'wishes', 'consent',
];
const LANGUAGES: Language[] = ['sv', 'en'];

describe('formSpec', () => {
  it.each(LANGUAGES)('asks mentors every toolkit question (%s)', (language) => {
    const spec = formSpec('mentor', fixtureSettings(language));
    expect(spec.items.map((i) => i.key)).toEqual(MENTOR_KEYS);
  });

  it.each(LANGUAGES)('asks mentees every toolkit question (%s)', (language) => {
    const spec = formSpec('mentee', fixtureSettings(language));
    expect(spec.items.map((i) => i.key)).toEqual(MENTEE_KEYS);
  });

  it.each([
    ['mentor', 'sv'], ['mentor', 'en'], ['mentee', 'sv'], ['mentee', 'en'],
  ] as [Role, Language][])('has unique, non-empty titles and sound items (%s, %s)', (role, language) => {
    const spec = formSpec(role, fixtureSettings(language));
    const titles = spec.items.map((i) => i.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const item of spec.items) {
      expect(item.title.trim()).not.toBe('');
      if (['choice', 'checkbox', 'consent'].includes(item.type)) expect(item.choices?.length).toBeGreaterThan(0);
      else expect(item.choices).toBeUndefined();
    }
    const byKey = Object.fromEntries(spec.items.map((i) => [i.key, i]));
    expect(byKey.email!.type).toBe('email');
    expect(byKey.email!.required).toBe(true);
    expect(byKey.consent!.required).toBe(true);
    expect(byKey.firstName!.required && byKey.lastName!.required).toBe(true);
    expect(byKey.wishes!.required).toBe(false);
    expect(byKey.phone!.type).toBe('phone');
  });

  it('uses the expected choices', () => {
    const svMentor = Object.fromEntries(formSpec('mentor', fixtureSettings('sv')).items.map((i) => [i.key, i]));
    expect(svMentor.digital!.choices).toEqual(['Ja', 'Nej']);
    expect(svMentor.acceptsEnglish!.choices).toEqual(['Ja', 'Nej']);
    expect(svMentor.capacity!.choices).toEqual(['1', '2', '3']);
    expect(svMentor.capacity!.required).toBe(false);
    const enMentee = Object.fromEntries(formSpec('mentee', fixtureSettings('en')).items.map((i) => [i.key, i]));
    expect(enMentee.language!.choices).toEqual(['Swedish', 'English']);
    expect(enMentee.digital!.choices).toEqual(['Yes', 'No']);
    const svMentee = Object.fromEntries(formSpec('mentee', fixtureSettings('sv')).items.map((i) => [i.key, i]));
    expect(svMentee.language!.choices).toEqual(['Svenska', 'Engelska (English)']);
  });

  it.each(LANGUAGES)('names the contact person and the deletion date in the consent (%s)', (language) => {
    for (const role of ['mentor', 'mentee'] as Role[]) {
      const consent = formSpec(role, fixtureSettings(language)).items.find((i) => i.key === 'consent')!;
      expect(consent.type).toBe('consent');
      expect(consent.choices).toHaveLength(1);
      expect(consent.helpText).toContain('Karin Ek (karin.ek@example.org)');
      expect(consent.helpText).toContain(language === 'sv' ? '3 maj 2027' : '3 May 2027');
      expect(consent.helpText).toContain(language === 'sv' ? 'Mentorprogrammet 2026' : 'Mentor Program 2026');
    }
  });

  it('offers the shared list only when the program has one, with exactly its entries', () => {
    const withList = fixtureSettings('sv', { sharedFields: ['Juridik', 'Design och UX'] });
    for (const role of ['mentor', 'mentee'] as Role[]) {
      const item = formSpec(role, withList).items.find((i) => i.key === 'fields')!;
      expect(item.type).toBe('checkbox');
      expect(item.required).toBe(false);
      expect(item.choices).toEqual(['Juridik', 'Design och UX']);
      const without = formSpec(role, fixtureSettings('sv', { sharedFields: [] }));
      expect(without.items.some((i) => i.key === 'fields')).toBe(false);
    }
  });

  it('describes the program, its dates and whom to ask, and confirms in kind', () => {
    const spec = formSpec('mentee', fixtureSettings('sv'));
    expect(spec.title).toBe('Mentorprogrammet 2026: anmälan som adept');
    expect(spec.description).toContain('17 augusti 2026');
    expect(spec.description).toContain('3 september 2026 kl. 18:00');
    expect(spec.description).toContain('Karin Ek (karin.ek@example.org)');
    expect(spec.description).toMatch(/English speakers are welcome/);
    expect(spec.confirmationMessage).toContain('24 augusti 2026');
    const enSpec = formSpec('mentor', fixtureSettings('en'));
    expect(enSpec.title).toBe('Mentor Program 2026: sign up as a mentor');
    expect(enSpec.description).toContain('3 November 2026 at 18:00');
    expect(enSpec.confirmationMessage).toContain('karin.ek@example.org');
  });

  it('keeps the two catalogues key for key', () => {
    const shape = (o: object): unknown =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'object' && v !== null ? shape(v) : typeof v]));
    expect(shape(en)).toEqual(shape(sv));
  });
});
