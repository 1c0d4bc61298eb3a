/**
 * This file defines helpers the intake tests share: raw responses built from answers by
 * field key (titled as the form in the given language titles them), a fixed id function, and
 * the Swedish fixture settings and mentor ids most of them run with.
 */
import { type FieldKey, fieldTitle } from '../../../src/core/forms';
import { type RawResponse, stableId } from '../../../src/core/intake';
import type { Language, Role } from '../../../src/core/types';
import { fixtureSettings } from '../program/settings-fixture';

export type Answers = Partial<Record<FieldKey, string>>;

export const MENTOR: Answers = {
  firstName: 'Lena',
  lastName: 'Holm',
  email: 'lena.holm@example.org',
  phone: '070-174 06 05',
  organisation: 'Nordljus Energi AB',
  field: 'Energi',
  education: 'Civilingenjör i energisystem',
  city: 'Uppsala',
  digital: 'Ja',
  acceptsEnglish: 'Nej',
  capacity: '2',
  fields: 'Energi och miljö, Forskning',
  wishes: 'Gärna en adept som är intresserad av vätgas.',
  consent: 'Jag samtycker',
};

export const MENTEE: Answers = {
  firstName: 'Sam',
  lastName: 'Lindqvist',
  email: 'sam.lindqvist@example.com',
  phone: '',
  language: 'Engelska (English)',
  city: 'Uppsala',
  digital: 'Yes',
  education: 'MSc Data Science',
  motivation: 'I want to understand how data science is used in industry.',
  expectations: 'Honest advice about my first job.',
  contribution: 'A fresh view on machine learning.',
  fields: 'Data science och AI',
  wishes: '',
  consent: 'I consent',
};

export function response(role: Role, row: number, answers: Answers, language: Language = 'sv', timestamp?: string): RawResponse {
  const titled: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) titled[fieldTitle(role, key as FieldKey, language)] = value ?? '';
  return { row, timestamp: timestamp ?? timeOfRow(row), answers: titled };
}

/** Raw rows are in submission order: row n was submitted n minutes after 10:00 on 2026-07-20. */
export function timeOfRow(row: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `2026-07-20T${two(10 + Math.floor(row / 60))}:${two(row % 60)}:00.000Z`;
}

export const idFor = (role: Role) => (key: string) => stableId(role, key);

/** The settings intake runs with unless a test is about another language. */
export const SETTINGS = fixtureSettings('sv');
export const MENTOR_IDS = idFor('mentor');
