/**
 * This file defines the fixed program settings the program, forms, intake and demo tests
 * share: the toolkit defaults planned from 2026-01-15, with a contact person, a project group
 * and a fixed shared list filled in.
 */
import { defaultSettings, type ProgramSettings } from '../../../src/core/program';
import type { Language } from '../../../src/core/types';

export const TODAY = '2026-01-15';

export function fixtureSettings(language: Language = 'sv', overrides: Partial<ProgramSettings> = {}): ProgramSettings {
  const base = defaultSettings(TODAY, language);
  return {
    ...base,
    programName: language === 'sv' ? 'Mentorprogrammet 2026' : 'Mentor Program 2026',
    contact: { name: 'Karin Ek', email: 'karin.ek@example.org' },
    projectGroup: [
      { name: 'Karin Ek', email: 'karin.ek@example.org' },
      { name: 'Omar Haddad', email: 'omar.haddad@example.org' },
    ],
    ...overrides,
  };
}
