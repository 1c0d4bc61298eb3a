/**
 * This file defines the two sign-up forms as data: title, description, confirmation message
 * and the questions, in the program's language. The Forms adapter turns a FormSpec into a
 * Google Form item by item (an 'email' item gets the form's email validation, a 'consent'
 * item is a required checkbox with the single choice it lists), and intake reads answers
 * back by the same titles. The spec expects validated settings.
 */
import { formatDate, formatDateTime } from '../program/dates';
import type { ProgramSettings } from '../program/settings';
import type { Language, Role } from '../types';
import { CAPACITY_CHOICES, type FieldKey, type FormItemType, fieldDefinitions } from './field-keys';
import { type FormTexts, formTexts } from './texts';

export interface FormItemSpec {
  key: FieldKey;
  type: FormItemType;
  /** The question, and the raw response sheet's column header. */
  title: string;
  helpText?: string;
  required: boolean;
  /** For 'choice', 'checkbox' and 'consent' items, in display order. */
  choices?: string[];
}

export interface FormSpec {
  title: string;
  description: string;
  confirmationMessage: string;
  items: FormItemSpec[];
}

type TitleKey = keyof FormTexts['titles'];
type HelpKey = keyof FormTexts['help'];

/** The texts-catalogue entry holding `key`'s title: education and fields differ by role. */
export function titleKey(role: Role, key: FieldKey): TitleKey {
  if (key === 'education') return role === 'mentor' ? 'mentorEducation' : 'menteeEducation';
  if (key === 'fields') return role === 'mentor' ? 'mentorFields' : 'menteeFields';
  return key;
}

/** The question title of `key` for `role` in `language`. */
export function fieldTitle(role: Role, key: FieldKey, language: Language): string {
  return formTexts(language).titles[titleKey(role, key)];
}

function helpKey(role: Role, key: FieldKey): HelpKey | undefined {
  if (key === 'education') return role === 'mentor' ? 'mentorEducation' : 'menteeEducation';
  const known: readonly string[] = ['email', 'phone', 'organisation', 'field', 'city', 'digital', 'capacity', 'language', 'fields'];
  return known.includes(key) ? (key as HelpKey) : undefined;
}

/** 'Anna Berg (anna.berg@example.org)', or whichever part is set. */
function contactLine(settings: ProgramSettings): string {
  const { name, email } = settings.contact;
  if (name !== '' && email !== '') return `${name} (${email})`;
  return name || email;
}

function choicesFor(key: FieldKey, settings: ProgramSettings, t: FormTexts): string[] | undefined {
  switch (key) {
    case 'digital':
    case 'acceptsEnglish':
      return [t.yes, t.no];
    case 'capacity':
      return CAPACITY_CHOICES.map(String);
    case 'language':
      return [t.swedish, t.english];
    case 'fields':
      return [...settings.sharedFields];
    case 'consent':
      return [t.consentChoice];
    default:
      return undefined;
  }
}

function consentText(role: Role, settings: ProgramSettings, t: FormTexts): string {
  const language = settings.language;
  return t.consentText({
    programName: settings.programName,
    partner: role === 'mentor' ? t.yourMentee : t.yourMentor,
    contact: contactLine(settings),
    deletion: formatDate(settings.timeline.dataDeletion, language),
  });
}

function description(role: Role, settings: ProgramSettings, t: FormTexts): string {
  const language = settings.language;
  const { timeline } = settings;
  const paragraphs = [
    role === 'mentor' ? t.mentorIntro : t.menteeIntro,
    t.schedule({
      closes: formatDate(timeline.applicationCloses, language),
      kickoff: formatDateTime(timeline.kickoff.date, timeline.kickoff.time, language),
      closing: formatDateTime(timeline.closing.date, timeline.closing.time, language),
    }),
    t.questions(contactLine(settings)),
  ];
  // English-speaking mentees must be able to find their way through a Swedish form.
  if (role === 'mentee' && t.englishNote !== '') paragraphs.push(t.englishNote);
  return paragraphs.join('\n\n');
}

/**
 * The sign-up form for `role` in the program's language: every toolkit question plus the
 * mentee's language, the mentor's capacity, the shared list of fields (only when the program
 * has one) and the required consent, whose text names the contact person and the date the
 * data is deleted.
 */
export function formSpec(role: Role, settings: ProgramSettings): FormSpec {
  const t = formTexts(settings.language);
  const items: FormItemSpec[] = [];
  for (const def of fieldDefinitions(role)) {
    if (def.key === 'fields' && settings.sharedFields.length === 0) continue;
    const item: FormItemSpec = {
      key: def.key,
      type: def.type,
      title: t.titles[titleKey(role, def.key)],
      required: def.required,
    };
    const help = helpKey(role, def.key);
    if (def.key === 'consent') item.helpText = consentText(role, settings, t);
    else if (help && t.help[help] !== '') item.helpText = t.help[help];
    const choices = choicesFor(def.key, settings, t);
    if (choices) item.choices = choices;
    items.push(item);
  }
  return {
    title: role === 'mentor' ? t.mentorTitle(settings.programName) : t.menteeTitle(settings.programName),
    description: description(role, settings, t),
    confirmationMessage: t.confirmation({
      announced: formatDate(settings.timeline.matchesAnnounced, settings.language),
      contact: contactLine(settings),
    }),
    items,
  };
}
