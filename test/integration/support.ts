/**
 * This file defines what the integration tests share: a fresh emulator on the built
 * dist/ at a fixed time, a fixed program whose applications are open on that day, and
 * answer maps for the add-on's forms built from the form specs (so tests name fields by
 * key, and the titles are whatever the forms really show).
 */
import * as path from 'node:path';
import { createEmulator, type Emulator } from '../../emulator';
import { demoProgramSettings } from '../../emulator/preview/demo-program';
import { type FieldKey, fieldTitle } from '../../src/core/forms';
import type { ProgramSettings } from '../../src/core/program';
import type { Language, Role } from '../../src/core/types';
import type { Failure, Result } from '../../src/main';

export const DIST = path.resolve(__dirname, '../../dist');
export const NOW = '2026-11-28T10:00:00Z';

export function newEmulator(options: Partial<Parameters<typeof createEmulator>[0]> = {}): Emulator {
  return createEmulator({ now: NOW, seed: 7, distDir: DIST, ...options });
}

/** The demo program's settings: applications open 2026-11-02 to 2026-11-30, so forms created on NOW accept responses. */
export function programSettings(language: Language = 'sv'): ProgramSettings {
  return demoProgramSettings(language);
}

/** Calls a sidebar function and returns its Result's value; a failure fails the test, naming it. */
export function runOk<T = unknown>(em: Emulator, fnName: string, ...args: unknown[]): T {
  const result = em.run<Result<T>>(fnName, ...args);
  if (!result.ok) throw new Error(`${fnName} failed: ${JSON.stringify(result.failure)}`);
  return result.value;
}

/** Calls a sidebar function as `user` (one of the emulator's accounts) and returns its Result's value; a failure fails the test. */
export function runOkAs<T = unknown>(em: Emulator, user: string, fnName: string, ...args: unknown[]): T {
  const result = em.as(user).run<Result<T>>(fnName, ...args);
  if (!result.ok) throw new Error(`${fnName} as ${user} failed: ${JSON.stringify(result.failure)}`);
  return result.value;
}

/** Calls a sidebar function that must fail as a value, and returns the Failure. */
export function runFailure(em: Emulator, fnName: string, ...args: unknown[]): Failure {
  const result = em.run<Result<unknown>>(fnName, ...args);
  if (result.ok) throw new Error(`${fnName} succeeded, a failure was expected`);
  return result.failure;
}

/** Saves the settings and creates both forms, as the group would in the sidebar. */
export function setUpProgram(em: Emulator, settings: ProgramSettings = programSettings()): ProgramSettings {
  runOk(em, 'saveSettings', settings, settings.language);
  runOk(em, 'createForms');
  return settings;
}

export type AnswerInput = Partial<Record<FieldKey, string | string[]>>;

/** One complete, valid Swedish mentor application; tests spread it and override the fields they vary. */
export const mentorAnswers: Readonly<AnswerInput> = Object.freeze({
  firstName: 'Anna',
  lastName: 'Svensson',
  email: 'anna@example.org',
  phone: '070-174 06 10',
  organisation: 'Exempelbolaget AB',
  field: 'Mjukvaruutveckling',
  education: 'Civilingenjör',
  city: 'Uppsala',
  digital: 'Ja',
  acceptsEnglish: 'Ja',
  capacity: '2',
  consent: ['Jag samtycker'],
});

/** A valid Swedish mentor application with room for one mentee and no phone; `overrides` replace fields in place. */
export function oneMenteeMentor(overrides: AnswerInput = {}): AnswerInput {
  return {
    firstName: 'Anna',
    lastName: 'Svensson',
    email: 'anna@example.org',
    organisation: 'Org',
    field: 'Juridik',
    education: 'Jurist',
    city: 'Uppsala',
    digital: 'Ja',
    acceptsEnglish: 'Ja',
    capacity: '1',
    consent: ['Jag samtycker'],
    ...overrides,
  };
}

/** The n-th of a batch of valid Swedish mentee applications (Adept{n}, adept{n}@student.example.se); `overrides` replace fields in place. */
export function numberedMentee(n: number, overrides: AnswerInput = {}): AnswerInput {
  return {
    firstName: `Adept${n}`,
    lastName: 'Testsson',
    email: `adept${n}@student.example.se`,
    phone: '+46 70 174 06 11',
    language: 'Svenska',
    city: 'Uppsala',
    digital: 'Nej',
    education: 'Datavetenskap',
    motivation: 'Lära mig.',
    expectations: 'Råd.',
    contribution: 'Frågor.',
    consent: ['Jag samtycker'],
    ...overrides,
  };
}

/** Form answers keyed by the question titles the form shows in `language`. */
export function answers(role: Role, language: Language, byKey: AnswerInput): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(byKey)) {
    if (value !== undefined) out[fieldTitle(role, key as FieldKey, language)] = value;
  }
  return out;
}

/** Rows of an applicant sheet as objects keyed by header, for row-by-row checks. */
export function records(em: Emulator, sheetName: string): Record<string, string>[] {
  const [headers = [], ...rows] = em.sheet(sheetName);
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
}
