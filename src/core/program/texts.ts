/**
 * This file defines the lookup of program-setup texts by language. The Swedish catalogue is
 * the reference: its type is the type every other language must satisfy.
 */
import type { Language } from '../types';
import { en } from './en';
import { sv } from './sv';

export type ProgramTexts = typeof sv;

const catalogues: Record<Language, ProgramTexts> = { sv, en };

export function programTexts(language: Language): ProgramTexts {
  return catalogues[language] ?? sv;
}
