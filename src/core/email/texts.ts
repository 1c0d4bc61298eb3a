/**
 * This file defines the lookup of the email sheets' texts by language, the parsing of a
 * kind, state or language label back from the sheet (in either language, or the key
 * itself), and the wording of template problems.
 */
import type { Language } from '../types';
import { EMAIL_KINDS, type EmailKind } from './kinds';
import { OUTBOX_STATES, type OutboxState } from './outbox';
import type { TemplateProblem } from './placeholders';
import { sv } from './texts-sv';

export type EmailTexts = typeof sv;

// Imported lazily to keep the type's source single (texts-en.ts imports EmailTexts from here).
import { en } from './texts-en';

const catalogues: Record<Language, EmailTexts> = { sv, en };

export function emailTexts(language: Language): EmailTexts {
  return catalogues[language] ?? sv;
}

const norm = (s: string) => s.trim().toLowerCase();

function parseLabel<K extends string>(text: string, keys: readonly K[], labels: (t: EmailTexts) => Record<K, string>): K | null {
  const t = norm(text);
  for (const key of keys) {
    if (t === key || norm(labels(sv)[key]) === t || norm(labels(en)[key]) === t) return key;
  }
  return null;
}

export const parseKind = (text: string): EmailKind | null => parseLabel(text, EMAIL_KINDS, (t) => t.kinds);
export const parseState = (text: string): OutboxState | null => parseLabel(text, OUTBOX_STATES, (t) => t.states);
export const parseLanguageLabel = (text: string): Language | null => parseLabel(text, ['sv', 'en'] as const, (t) => t.languages);

export function problemText(problem: TemplateProblem, language: Language): string {
  const t = emailTexts(language);
  const field = problem.field === 'subject' ? t.fieldSubject : t.fieldBody;
  switch (problem.code) {
    case 'unknownPlaceholder':
      return t.unknownPlaceholder(field, problem.name, problem.suggestion);
    case 'unclosedPlaceholder':
      return t.unclosedPlaceholder(field, problem.near);
    case 'emptySubject':
      return t.emptySubject;
    case 'emptyBody':
      return t.emptyBody;
  }
}
