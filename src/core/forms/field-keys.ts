/**
 * This file defines the vocabulary of the two sign-up forms: which questions each role is
 * asked, in form order, what kind of answer each takes and which are required. Form
 * creation, title recognition, intake and the applicant sheet all derive from these lists,
 * so adding a question is one edit here plus its texts.
 */
import type { Role } from '../types';

export type CommonFieldKey =
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'city'
  | 'digital'
  | 'education'
  | 'fields'
  | 'wishes'
  | 'consent';
export type MentorFieldKey = CommonFieldKey | 'organisation' | 'field' | 'acceptsEnglish' | 'capacity';
export type MenteeFieldKey = CommonFieldKey | 'language' | 'motivation' | 'expectations' | 'contribution';
export type FieldKey = MentorFieldKey | MenteeFieldKey;

export type FormItemType = 'text' | 'paragraph' | 'email' | 'phone' | 'choice' | 'checkbox' | 'scale' | 'consent';

export interface FieldDefinition {
  key: FieldKey;
  type: FormItemType;
  required: boolean;
}

// Phone is optional on purpose (data minimisation): email is the channel the program runs
// on, and the number is only ever shared with the matched partner. Capacity is optional
// because a blank answer means the default, one mentee.
const MENTOR_FIELDS: readonly FieldDefinition[] = [
  { key: 'firstName', type: 'text', required: true },
  { key: 'lastName', type: 'text', required: true },
  { key: 'email', type: 'email', required: true },
  { key: 'phone', type: 'phone', required: false },
  { key: 'organisation', type: 'text', required: true },
  { key: 'field', type: 'text', required: true },
  { key: 'education', type: 'text', required: true },
  { key: 'city', type: 'text', required: true },
  { key: 'digital', type: 'choice', required: true },
  { key: 'acceptsEnglish', type: 'choice', required: true },
  { key: 'capacity', type: 'choice', required: false },
  { key: 'fields', type: 'checkbox', required: false },
  { key: 'wishes', type: 'paragraph', required: false },
  { key: 'consent', type: 'consent', required: true },
];

const MENTEE_FIELDS: readonly FieldDefinition[] = [
  { key: 'firstName', type: 'text', required: true },
  { key: 'lastName', type: 'text', required: true },
  { key: 'email', type: 'email', required: true },
  { key: 'phone', type: 'phone', required: false },
  { key: 'language', type: 'choice', required: true },
  { key: 'city', type: 'text', required: true },
  { key: 'digital', type: 'choice', required: true },
  { key: 'education', type: 'paragraph', required: true },
  { key: 'motivation', type: 'paragraph', required: true },
  { key: 'expectations', type: 'paragraph', required: true },
  { key: 'contribution', type: 'paragraph', required: true },
  { key: 'fields', type: 'checkbox', required: false },
  { key: 'wishes', type: 'paragraph', required: false },
  { key: 'consent', type: 'consent', required: true },
];

/**
 * Every question `role` can be asked, in form order. The shared-fields checkbox is listed
 * even though the form only shows it when the program uses a shared list.
 */
export function fieldDefinitions(role: Role): readonly FieldDefinition[] {
  return role === 'mentor' ? MENTOR_FIELDS : MENTEE_FIELDS;
}

/** The keys of `role`'s questions, in form order. */
export function fieldKeys(role: Role): FieldKey[] {
  return fieldDefinitions(role).map((f) => f.key);
}

/** How many mentees a mentor can choose to take; a blank answer means the first. */
export const CAPACITY_CHOICES: readonly number[] = [1, 2, 3];
