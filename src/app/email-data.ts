/**
 * This file defines what the outbox reads to fill in an email at the moment it is sent:
 * the people from the Mentors and Mentees sheets (so a corrected address or name is used,
 * and a withdrawn or erased person's email is cancelled) and the confirmed pairs. Each is
 * one block read, whatever the number of emails.
 */
import type { EmailPair, EmailPerson } from '../core/email';
import { readApplicants, readApplicantTable } from '../core/intake';
import type { ProgramSettings } from '../core/program';
import type { Applicant, ApplicantStatus, Language, Role } from '../core/types';
import { APPLICANT_SHEETS } from './intake';
import type { Ports } from './ports';

export interface Participant {
  person: EmailPerson;
  status: ApplicantStatus;
  /** The language emails to this person are written in. */
  language: Language;
}

/** A confirmed pair as the emails need it (from the Matches sheet). */
export interface ConfirmedPair {
  pairId: string;
  mentorId: string;
  menteeId: string;
  why: string;
}

export function emailPerson(a: Applicant): EmailPerson {
  const base = { id: a.id, role: a.role, firstName: a.firstName, lastName: a.lastName, email: a.email, phone: a.phone, city: a.city };
  return a.role === 'mentor' ? { ...base, organisation: a.organisation, field: a.field, education: a.education } : { ...base, education: a.education };
}

/** Mentors write in the program's language; mentees chose theirs in the form. */
export function languageOf(a: Applicant, settings: ProgramSettings): Language {
  return a.role === 'mentee' ? a.language : settings.language;
}

export function loadParticipants(ports: Ports, settings: ProgramSettings): Map<string, Participant> {
  const out = new Map<string, Participant>();
  for (const role of ['mentor', 'mentee'] as Role[]) {
    const data = ports.tables.read(APPLICANT_SHEETS[role]);
    if (!data?.headers.length) continue;
    for (const a of readApplicants(readApplicantTable(role, settings.language, data.headers, data.rows))) {
      out.set(a.id, { person: emailPerson(a), status: a.status, language: languageOf(a, settings) });
    }
  }
  return out;
}

/** The pair for an email, or null when a side is gone. */
export function emailPairOf(pair: ConfirmedPair, people: ReadonlyMap<string, Participant>): EmailPair | null {
  const mentor = people.get(pair.mentorId);
  const mentee = people.get(pair.menteeId);
  if (!mentor || !mentee) return null;
  return { pairId: pair.pairId, mentor: mentor.person, mentee: mentee.person, why: pair.why };
}
