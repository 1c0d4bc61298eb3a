/**
 * This file defines the lookup of intake texts by language. The Swedish catalogue is the
 * reference: its type is the type every other language must satisfy.
 */
import type { Language } from '../types';
import { en } from './en';
import { sv } from './sv';

export type IntakeTexts = typeof sv;

const catalogues: Record<Language, IntakeTexts> = { sv, en };

export function intakeTexts(language: Language): IntakeTexts {
  return catalogues[language] ?? sv;
}

/** Both catalogues, for recognising headers and labels written in either language. */
export const ALL_INTAKE_TEXTS: readonly IntakeTexts[] = [sv, en];
