/**
 * This file defines what the outbox reads to fill in an email at the moment it is sent:
 * the people from the Mentors and Mentees sheets (so a corrected address or name is used,
 * and a withdrawn or erased person's email is cancelled) and the confirmed pairs. Each is
 * one block read, whatever the number of emails.
 */
import type { EmailPair, EmailPerson } from '../core/email';
import { readApplicants, readApplicantTable } from '../core/intake';
import type { ProgramSettings } from '../core/program';
import type { Applicant, ApplicantStatus, Language, Mentee, Mentor, Role } from '../core/types';
import type { People } from '../core/workbench';
import { APPLICANT_SHEETS } from './intake';
import { pairId, readPairs } from './matches-sheet';
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

/** Every applicant on the Mentors and Mentees sheets (withdrawn ones too): one read each. */
export function loadPeople(ports: Ports, settings: ProgramSettings): People {
  const read = (role: Role) => {
    const data = ports.tables.read(APPLICANT_SHEETS[role]);
    return data?.headers.length ? readApplicants(readApplicantTable(role, settings.language, data.headers, data.rows)) : [];
  };
  return { mentors: read('mentor') as Mentor[], mentees: read('mentee') as Mentee[] };
}

export function participantsOf(people: People, settings: ProgramSettings): Map<string, Participant> {
  const out = new Map<string, Participant>();
  for (const a of [...people.mentors, ...people.mentees]) out.set(a.id, { person: emailPerson(a), status: a.status, language: languageOf(a, settings) });
  return out;
}

export function loadParticipants(ports: Ports, settings: ProgramSettings): Map<string, Participant> {
  return participantsOf(loadPeople(ports, settings), settings);
}

/** The confirmed pairs on the Matches sheet; the pair id follows the people, so a changed mentor is a new pair. */
export function confirmedPairs(ports: Ports, settings: ProgramSettings, people: People = loadPeople(ports, settings)): ConfirmedPair[] {
  return readPairs(ports, settings, people)
    .rows.filter((r) => r.pair.state === 'confirmed')
    .map((r) => ({ pairId: pairId(r.pair.menteeId, r.pair.mentorId), mentorId: r.pair.mentorId, menteeId: r.pair.menteeId, why: r.explanation }));
}

/** The pair for an email, or null when a side is gone; `why` in the email's language when given, else the stored text. */
export function emailPairOf(pair: ConfirmedPair, people: ReadonlyMap<string, Participant>, why: string = pair.why): EmailPair | null {
  const mentor = people.get(pair.mentorId);
  const mentee = people.get(pair.menteeId);
  if (!mentor || !mentee) return null;
  return { pairId: pair.pairId, mentor: mentor.person, mentee: mentee.person, why };
}
