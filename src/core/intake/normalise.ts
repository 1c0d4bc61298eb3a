/**
 * This file defines how one form response becomes one clean applicant record: answers are
 * found by question title (either language), cleaned, typed (booleans, capacity, language,
 * ticked fields) and checked. Every problem becomes a reason in the program's language;
 * blocking ones (no consent, no usable email, a required answer missing) make the record
 * 'invalid', the rest only flag it. Nothing is ever dropped: an unreadable phone number keeps
 * its text, an over-long answer is kept (cut only at the cell limit).
 */
import { fieldKeyForTitle, isConsentGiven, parseLanguageChoice, parseYesNo } from '../forms/answers';
import { type FieldKey, fieldDefinitions } from '../forms/field-keys';
import { fieldTitle, formSpec } from '../forms/form-spec';
import { isEmailAddress, normaliseEmail } from '../program/email';
import { DEFAULT_SHARED_FIELDS, type ProgramSettings } from '../program/settings';
import type { Applicant, Role } from '../types';
import {
  cleanLine,
  cleanName,
  cleanText,
  MAX_CELL_TEXT,
  normalisePhone,
  parseCapacity,
  splitChecked,
  truncate,
} from './normalise-values';
import { intakeTexts } from './texts';

/** One form response as read from the raw response sheet or a form-submit event. */
export interface RawResponse {
  /** The response's row in the raw response sheet (1-based, so the first response is 2). */
  row: number;
  /** ISO 8601 submission time. */
  timestamp: string;
  /** Answers by question title (= raw sheet header); ticked boxes joined with ', '. */
  answers: Record<string, string>;
}

/** Gives the id for a new applicant from its intake key (see IntakeResult.key). */
export type IdFor = (key: string) => string;

export interface Problem {
  /** The field the problem is about, when it is about one. */
  key?: FieldKey;
  /** Blocking problems make the applicant 'invalid'. */
  blocking: boolean;
  message: string;
}

export interface IntakeResult {
  applicant: Applicant;
  consent: boolean;
  problems: Problem[];
  /**
   * What identifies the person across submissions: the normalised email when usable, else
   * 'row:<n>' (such a response cannot be matched to anyone, only to itself).
   */
  key: string;
}

/** A sane length per answer: longer ones are kept but flagged for a look. */
const SANE_LENGTH: Partial<Record<FieldKey, number>> = {
  firstName: 100,
  lastName: 100,
  email: 254,
  phone: 40,
  organisation: 200,
  field: 200,
  city: 100,
};
const SANE_LINE = 300;
const SANE_PARAGRAPH = 4000;
const QUOTE_MAX = 60;
/** Short-answer questions (one line on the form, though a pasted line break gets through): line breaks become spaces. */
const ONE_LINE: Record<Role, ReadonlySet<FieldKey>> = {
  mentor: new Set(fieldDefinitions('mentor').flatMap((d) => (d.type === 'text' ? [d.key] : []))),
  mentee: new Set(fieldDefinitions('mentee').flatMap((d) => (d.type === 'text' ? [d.key] : []))),
};
/** What goes into greetings, subjects and introductions: invisible formatting characters removed too. */
const SHOWN_NAMES: ReadonlySet<FieldKey> = new Set<FieldKey>(['firstName', 'lastName', 'organisation']);
const NAMES: ReadonlySet<FieldKey> = new Set<FieldKey>(['firstName', 'lastName', 'organisation', 'city']);

/**
 * Ticks made on a form in the other language: where the program uses a suggested field
 * (DEFAULT_SHARED_FIELDS), its translation counts as the same field, so re-reading old
 * responses after a language switch still finds them.
 */
function defaultFieldAliases(sharedFields: readonly string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const { sv, en } = DEFAULT_SHARED_FIELDS;
  for (const field of sharedFields) {
    const i = sv.indexOf(field);
    const j = en.indexOf(field);
    if (i >= 0 && en[i] !== undefined) aliases.set(en[i], field);
    if (j >= 0 && sv[j] !== undefined) aliases.set(sv[j], field);
  }
  return aliases;
}

/**
 * Picks one answer per field. A raw sheet may hold a question twice (both languages' titles
 * after a language switch): a filled answer beats a blank one, then the program language's
 * title beats the other, then the first column wins.
 */
function answersByKey(role: Role, response: RawResponse, settings: ProgramSettings): Map<FieldKey, string> {
  const result = new Map<FieldKey, string>();
  const ranks = new Map<FieldKey, number>();
  for (const [title, raw] of Object.entries(response.answers)) {
    const key = fieldKeyForTitle(role, title);
    if (key === undefined) continue;
    const value = typeof raw === 'string' ? raw : String(raw ?? '');
    const rank = (cleanText(value) !== '' ? 2 : 0) + (title.trim() === fieldTitle(role, key, settings.language) ? 1 : 0);
    if (rank > (ranks.get(key) ?? -1)) {
      result.set(key, value);
      ranks.set(key, rank);
    }
  }
  return result;
}

/**
 * Cleans and checks one response. `idFor` receives IntakeResult.key. The applicant's
 * `issues` are the problems' messages, in the program's language.
 */
export function inspectResponse(role: Role, response: RawResponse, settings: ProgramSettings, idFor: IdFor): IntakeResult {
  const language = settings.language;
  const t = intakeTexts(language).issues;
  const answers = answersByKey(role, response, settings);
  const problems: Problem[] = [];
  const title = (key: FieldKey) => fieldTitle(role, key, language);
  const quote = (value: string) => truncate(cleanLine(value), QUOTE_MAX);
  const flag = (key: FieldKey | undefined, blocking: boolean, message: string) =>
    problems.push(key === undefined ? { blocking, message } : { key, blocking, message });

  const text = (key: FieldKey): string => {
    const raw = answers.get(key) ?? '';
    const oneLine = ONE_LINE[role].has(key);
    const value = SHOWN_NAMES.has(key) ? cleanName(raw) : oneLine ? cleanLine(raw) : cleanText(raw);
    const sane = SANE_LENGTH[key] ?? (oneLine ? SANE_LINE : SANE_PARAGRAPH);
    if (value.length > MAX_CELL_TEXT) {
      flag(key, false, t.truncated(title(key), MAX_CELL_TEXT));
      return truncate(value, MAX_CELL_TEXT);
    }
    if (value.length > sane) flag(key, false, t.tooLong(title(key), value.length, sane));
    if (NAMES.has(key) && (/^[=+\-@]/.test(value) || value.includes('://'))) flag(key, false, t.looksLikeFormula(title(key)));
    return value;
  };

  for (const item of formSpec(role, settings).items) {
    if (item.required && item.key !== 'email' && item.key !== 'consent' && cleanText(answers.get(item.key) ?? '') === '') {
      flag(item.key, true, t.missingAnswer(item.title));
    }
  }

  const email = normaliseEmail(text('email'));
  const emailOk = isEmailAddress(email);
  if (email === '') flag('email', true, t.missingEmail);
  else if (!emailOk) flag('email', true, t.invalidEmail(quote(email)));

  const phoneAnswer = text('phone');
  const phone = normalisePhone(phoneAnswer);
  if (!phone.ok) flag('phone', false, t.phoneUnparsed(quote(phoneAnswer)));

  const yesNo = (key: FieldKey): boolean => {
    const answer = cleanLine(answers.get(key) ?? '');
    const value = parseYesNo(answer);
    if (answer !== '' && value === undefined) flag(key, false, t.unknownChoice(title(key), quote(answer)));
    return value ?? false;
  };

  const checked = splitChecked(answers.get('fields') ?? '', settings.sharedFields, defaultFieldAliases(settings.sharedFields));
  for (const unknown of checked.unknown) flag('fields', false, t.unknownField(quote(unknown)));

  const consent = isConsentGiven(answers.get('consent') ?? '');
  if (!consent) flag('consent', true, t.missingConsent);

  const base = {
    id: '',
    status: 'new' as const,
    submittedAt: response.timestamp.trim(),
    firstName: text('firstName'),
    lastName: text('lastName'),
    email,
    phone: phone.ok ? phone.e164 : phone.text,
    city: text('city'),
    digital: yesNo('digital'),
    fields: [...checked.known, ...checked.unknown],
    wishes: text('wishes'),
    issues: [] as string[],
    education: text('education'),
  };

  let applicant: Applicant;
  if (role === 'mentor') {
    const capacityAnswer = cleanLine(answers.get('capacity') ?? '');
    const capacity = capacityAnswer === '' ? 1 : parseCapacity(capacityAnswer);
    if (capacity === undefined) flag('capacity', false, t.capacityInvalid(quote(capacityAnswer)));
    applicant = {
      ...base,
      role: 'mentor',
      organisation: text('organisation'),
      field: text('field'),
      acceptsEnglish: yesNo('acceptsEnglish'),
      capacity: capacity ?? 1,
    };
  } else {
    const languageAnswer = cleanLine(answers.get('language') ?? '');
    const chosen = parseLanguageChoice(languageAnswer);
    if (languageAnswer !== '' && chosen === undefined) {
      flag('language', false, t.unknownChoice(title('language'), quote(languageAnswer)));
    }
    applicant = {
      ...base,
      role: 'mentee',
      language: chosen ?? settings.language,
      motivation: text('motivation'),
      expectations: text('expectations'),
      contribution: text('contribution'),
    };
  }

  const key = emailOk ? email : `row:${response.row}`;
  applicant.id = idFor(key);
  applicant.issues = problems.map((p) => p.message);
  applicant.status = problems.some((p) => p.blocking) ? 'invalid' : 'new';
  return { applicant, consent, problems, key };
}

/**
 * One response as an Applicant (see inspectResponse): trimmed, email lower-cased, phone in
 * E.164 when valid, yes/no as booleans, capacity >= 1, status 'invalid' when a blocking
 * problem was found, every problem listed in `issues`.
 */
export function normaliseResponse(role: Role, response: RawResponse, settings: ProgramSettings, idFor: IdFor): Applicant {
  return inspectResponse(role, response, settings, idFor).applicant;
}
