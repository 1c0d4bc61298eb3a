/**
 * This file defines the shared vocabulary of the add-on: the normalised applicant records
 * that intake produces and matching consumes, and the small value types around them.
 * Everything here is plain data (JSON-safe), so it can cross `google.script.run` unchanged.
 */

export type Role = 'mentor' | 'mentee';
export type Language = 'sv' | 'en';

/** Where an applicant stands. The project group edits this column in the sheet by hand. */
export type ApplicantStatus = 'new' | 'approved' | 'withdrawn' | 'matched' | 'invalid';

export interface ApplicantBase {
  /** Stable id, e.g. `M-7f3a9c2e`, never reused. */
  id: string;
  status: ApplicantStatus;
  /** ISO 8601 time of the latest submission. */
  submittedAt: string;
  firstName: string;
  lastName: string;
  /** Trimmed and lower-cased. */
  email: string;
  /** E.164 (`+46701234567`) when it could be parsed, else the trimmed text. */
  phone: string;
  city: string;
  /** Open to meeting digitally (video) instead of in person. */
  digital: boolean;
  /** Ticked entries of the program's shared list of fields (empty when the list is not used). */
  fields: string[];
  /** Other wishes and comments, free text. */
  wishes: string;
  /** Reasons this row needs the group's attention; empty when clean. */
  issues: string[];
}

export interface Mentor extends ApplicantBase {
  role: 'mentor';
  organisation: string;
  /** Main field of work. */
  field: string;
  /** Educational background. */
  education: string;
  /** Willing to mentor an English-speaking mentee. */
  acceptsEnglish: boolean;
  /** How many mentees this mentor can take (>= 1). */
  capacity: number;
}

export interface Mentee extends ApplicantBase {
  role: 'mentee';
  /** Education and areas of interest. */
  education: string;
  motivation: string;
  /** What the mentee expects of the mentor. */
  expectations: string;
  /** What the mentee can contribute. */
  contribution: string;
  /** The language the mentee needs the mentorship in. */
  language: Language;
}

export type Applicant = Mentor | Mentee;
