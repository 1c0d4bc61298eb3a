/**
 * This file defines the message catalogue lookup: one object per language, Swedish first
 * and the default, and a typed accessor.
 */
import type { Language } from '../types';
import { en } from './en';
import { sv } from './sv';

export type Messages = typeof sv;
export type MessageKey = keyof Messages;

const catalogues: Record<Language, Messages> = { sv, en };

export const DEFAULT_LANGUAGE: Language = 'sv';

export function messages(language: Language | undefined): Messages {
  return catalogues[language ?? DEFAULT_LANGUAGE] ?? sv;
}

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}
