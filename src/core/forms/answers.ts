/**
 * This file defines how the forms' titles and choice labels are recognised when reading
 * answers back, in BOTH languages: a program may switch language after its forms were
 * created, a raw response sheet may then hold columns of either language, and the group
 * may type 'ja' or 'Yes' into a sheet by hand. Recognition is forgiving about case, spacing,
 * a trailing '*' or ':' and extra words after the label ('Ja, gärna').
 */
import type { Language, Role } from '../types';
import { type FieldKey, fieldDefinitions, fieldKeys } from './field-keys';
import { titleKey } from './form-spec';
import { ALL_FORM_TEXTS, formTexts } from './texts';

/** Lower-case, NFC, single spaces, without a trailing required-marker or colon. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[*:]+$/, '')
    .trim();
}

// Headers other tools or older form versions use for the same questions.
const ALIASES: Record<string, FieldKey> = {
  'e-postadress': 'email',
  'email address': 'email',
  'e-mail': 'email',
  epost: 'email',
  telefon: 'phone',
  telefonnummer: 'phone',
  phone: 'phone',
  'phone number': 'phone',
  mobil: 'phone',
  'mobile phone': 'phone',
};

function buildTitleIndex(): Map<string, FieldKey> {
  const index = new Map<string, FieldKey>();
  for (const role of ['mentor', 'mentee'] as const) {
    for (const { key } of fieldDefinitions(role)) {
      index.set(normaliseLabel(key), key);
      for (const t of ALL_FORM_TEXTS) index.set(normaliseLabel(t.titles[titleKey(role, key)]), key);
    }
  }
  for (const [alias, key] of Object.entries(ALIASES)) index.set(alias, key);
  return index;
}

const TITLE_INDEX = buildTitleIndex();
const ROLE_KEYS: Record<Role, ReadonlySet<FieldKey>> = { mentor: new Set(fieldKeys('mentor')), mentee: new Set(fieldKeys('mentee')) };
const TITLE_CACHE: Record<Role, Map<string, FieldKey | undefined>> = { mentor: new Map(), mentee: new Map() };

/**
 * The field a question title (= raw response sheet header) stands for, for `role`, in
 * either language; undefined for titles the add-on did not create (e.g. 'Tidstämpel').
 */
export function fieldKeyForTitle(role: Role, title: string): FieldKey | undefined {
  const cache = TITLE_CACHE[role];
  if (cache.has(title)) return cache.get(title);
  const key = TITLE_INDEX.get(normaliseLabel(title));
  const result = key !== undefined && ROLE_KEYS[role].has(key) ? key : undefined;
  // Response sheets have a handful of headers, read once per response: remember them.
  if (cache.size < 1000) cache.set(title, result);
  return result;
}

function firstWord(text: string): string {
  return /^[\p{L}\p{N}]+/u.exec(normaliseLabel(text))?.[0] ?? '';
}

const YES = new Set(['ja', 'yes', 'j', 'y', 'true', 'sant', '1', 'gärna']);
const NO = new Set(['nej', 'no', 'n', 'false', 'falskt', '0']);

/** A yes/no answer in either language (or TRUE/FALSE): true, false, or undefined if neither. */
export function parseYesNo(answer: string): boolean | undefined {
  const word = firstWord(answer);
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}

/** The mentorship language chosen: 'Svenska', 'Swedish', 'Engelska (English)', 'en' ... */
export function parseLanguageChoice(answer: string): Language | undefined {
  const word = firstWord(answer);
  if (word === 'svenska' || word === 'swedish' || word === 'sv') return 'sv';
  if (word === 'engelska' || word === 'english' || word === 'en') return 'en';
  return undefined;
}

/**
 * Whether a consent answer gives consent. Google only records a required checkbox when it is
 * ticked, so any non-blank answer that is not a refusal counts: this keeps consent working
 * if the group rewords the consent choice in the form after creating it.
 */
export function isConsentGiven(answer: string): boolean {
  return normaliseLabel(answer) !== '' && parseYesNo(answer) !== false;
}

/** The yes/no choice labels the forms use in `language`. */
export function yesNoLabels(language: Language): { yes: string; no: string } {
  const t = formTexts(language);
  return { yes: t.yes, no: t.no };
}

/** The mentorship-language choice labels the mentee form uses in `language`. */
export function languageLabels(language: Language): Record<Language, string> {
  const t = formTexts(language);
  return { sv: t.swedish, en: t.english };
}
