/**
 * This file defines who the meetings invite as participants: the mentee and the mentor of
 * every confirmed pair on the Matches sheet (the workbench's source of truth), except a
 * person who has since withdrawn or been marked invalid on the applicant sheets, so a
 * withdrawal removes them from the next guest list and a newly confirmed pair adds both.
 */
import { readApplicants, readApplicantTable } from '../core/intake';
import type { ProgramSettings } from '../core/program';
import type { Applicant, Mentee, Mentor, Role } from '../core/types';
import { takesPart } from '../core/workbench';
import { APPLICANT_SHEETS } from './intake';
import { readPairs } from './matches-sheet';
import type { Ports } from './ports';
import type { Guest } from './timeline-ports';

function applicants(ports: Ports, role: Role, settings: ProgramSettings): Applicant[] {
  const data = ports.tables.read(APPLICANT_SHEETS[role]);
  if (!data?.headers.length) return [];
  return readApplicants(readApplicantTable(role, settings.language, data.headers, data.rows));
}

export function confirmedParticipants(ports: Ports, settings: ProgramSettings): Guest[] {
  const mentors = applicants(ports, 'mentor', settings) as Mentor[];
  const mentees = applicants(ports, 'mentee', settings) as Mentee[];
  const byEmail = new Map<string, Applicant>([...mentors, ...mentees].map((a) => [a.email.trim().toLowerCase(), a]));
  const guests = new Map<string, Guest>();
  for (const row of readPairs(ports, settings, { mentors, mentees }).rows) {
    if (row.pair.state !== 'confirmed') continue;
    for (const email of [row.menteeEmail, row.mentorEmail]) {
      const key = email.trim().toLowerCase();
      const person = byEmail.get(key);
      // Someone typed into the sheet by hand but not on the applicant sheets is still invited.
      if (person && !takesPart(person)) continue;
      guests.set(key, { email: key, name: person ? `${person.firstName} ${person.lastName}`.trim() : key });
    }
  }
  return [...guests.values()];
}
