/**
 * This file defines the matching criteria the project group weighs, following the
 * toolkit's "competence, career, special wishes and interests" plus the shared list of
 * fields and the city: which parts of the two forms each criterion compares, the default
 * weights, and how a raw similarity becomes a share of the 0-100 score. Language is not
 * here: it is a hard rule (see hard-rules.ts), never a matter of points.
 */
import type { Mentee, Mentor } from '../types';
import { placeKey } from './place-names';

export type CriterionId = 'field' | 'career' | 'wishes' | 'sharedFields' | 'city';

/** In the order explanations list them. */
export const CRITERIA: readonly CriterionId[] = ['field', 'career', 'wishes', 'sharedFields', 'city'];

export type CriterionWeights = Record<CriterionId, number>;

/**
 * Competence is what mentees ask for first and the toolkit names it first; career and
 * wishes follow; the shared list is a strong but coarse signal; the city only decides
 * between otherwise similar mentors, since digital meetings are normal.
 */
export const DEFAULT_WEIGHTS: Readonly<CriterionWeights> = {
  field: 35,
  career: 20,
  wishes: 20,
  sharedFields: 15,
  city: 10,
};

export type MenteeTextField = 'education' | 'motivation' | 'expectations' | 'contribution' | 'wishes';
export type MentorTextField = 'organisation' | 'field' | 'education' | 'wishes';

/** One comparison: the mentee's text against the mentor's. */
export interface TextDirection {
  readonly mentee: readonly MenteeTextField[];
  readonly mentor: readonly MentorTextField[];
}

/**
 * The text criteria. Wishes go both ways: the mentee's wishes against the mentor's
 * profile, and the mentor's wishes against the mentee's; the criterion averages the
 * directions in which both sides wrote something.
 */
export const TEXT_CRITERIA: Readonly<Record<'field' | 'career' | 'wishes', readonly TextDirection[]>> = {
  field: [{ mentee: ['education'], mentor: ['field', 'education'] }],
  career: [{ mentee: ['motivation', 'expectations'], mentor: ['organisation', 'field'] }],
  wishes: [
    { mentee: ['wishes'], mentor: ['field', 'education', 'organisation'] },
    { mentee: ['education', 'motivation', 'expectations', 'contribution'], mentor: ['wishes'] },
  ],
};

export const MENTEE_TEXT_FIELDS: readonly MenteeTextField[] = [
  'education',
  'motivation',
  'expectations',
  'contribution',
  'wishes',
];
export const MENTOR_TEXT_FIELDS: readonly MentorTextField[] = ['organisation', 'field', 'education', 'wishes'];

export function menteeText(mentee: Mentee, fields: readonly MenteeTextField[]): string {
  return fields.map((f) => mentee[f]).join('\n');
}

export function mentorText(mentor: Mentor, fields: readonly MentorTextField[]): string {
  return fields.map((f) => mentor[f]).join('\n');
}

/**
 * Turns the cosine of two short texts into a similarity. Form answers are a sentence or
 * two, so even a clearly shared subject gives a cosine around 0.2-0.4; the square root
 * spreads that range out (one strong shared word reads as a fair match, not as 20 %)
 * while keeping 0, 1 and the order of all pairs.
 */
export function textSimilarity(cosine: number): number {
  return Math.sqrt(Math.min(1, Math.max(0, cosine)));
}

/**
 * Two people who both meet digitally can always meet, but meeting in person is what the
 * toolkit recommends first, so it is worth a little less than living in the same city.
 */
export const DIGITAL_CITY_CREDIT = 0.75;

/**
 * City names compared without case, accents or extra spaces, and with the names of one
 * city in both languages as one ("Göteborg" = "goteborg " = "Gothenburg").
 */
export function cityKey(city: string): string {
  return placeKey(city);
}

/** Ticked fields are compared as labels, without case or extra spaces. */
export function fieldKey(field: string): string {
  return field.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
