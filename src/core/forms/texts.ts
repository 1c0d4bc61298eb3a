/**
 * This file defines the lookup of form texts by language. The Swedish catalogue is the
 * reference: its type is the type every other language must satisfy.
 */
import type { Language } from '../types';
import { en } from './en';
import { sv } from './sv';

export type FormTexts = typeof sv;

const catalogues: Record<Language, FormTexts> = { sv, en };

export function formTexts(language: Language): FormTexts {
  return catalogues[language] ?? sv;
}

/** Both catalogues, for recognising answers and titles whatever language they were written in. */
export const ALL_FORM_TEXTS: readonly FormTexts[] = [sv, en];
