/**
 * This file defines the English texts of intake, with the same keys as the Swedish file:
 * issue reasons, applicant sheet headers and status labels.
 */
import type { IntakeTexts } from './texts';

export const en: IntakeTexts = {
  issues: {
    missingConsent: 'Consent to the processing of personal data is missing.',
    missingEmail: 'The email address is missing.',
    invalidEmail: (value: string) => `The email address "${value}" cannot be used.`,
    missingAnswer: (title: string) => `Missing answer to "${title}".`,
    phoneUnparsed: (value: string) => `The phone number "${value}" could not be read; please check it.`,
    tooLong: (title: string, length: number, max: number) =>
      `Unusually long answer to "${title}" (${length} characters, normally at most ${max}).`,
    truncated: (title: string, max: number) =>
      `The answer to "${title}" was too long for a cell and was cut to ${max} characters; the full answer is in the responses tab.`,
    unknownChoice: (title: string, value: string) => `Unexpected answer to "${title}": "${value}".`,
    unknownField: (value: string) => `"${value}" is not in the list of fields.`,
    capacityInvalid: (value: string) => `The number of mentees "${value}" could not be read; 1 is used.`,
    looksLikeFormula: (title: string) => `"${title}" looks like a formula or a link; please check the answer.`,
  },
  headers: {
    id: 'Id',
    status: 'Status',
    submittedAt: 'Submitted',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Mobile',
    organisation: 'Organisation',
    field: 'Field of work',
    education: 'Education',
    city: 'City',
    digital: 'Digital meetings',
    acceptsEnglish: 'English-speaking mentee',
    capacity: 'Mentees',
    language: 'Language',
    motivation: 'Motivation',
    expectations: 'Expectations',
    contribution: 'Can contribute',
    fields: 'Fields',
    wishes: 'Wishes',
    consent: 'Consent',
    issues: 'Needs attention',
  },
  status: {
    new: 'new',
    approved: 'approved',
    withdrawn: 'withdrawn',
    matched: 'matched',
    invalid: 'invalid',
  },
};
