/**
 * This file defines who the meetings invite as participants until the Matches sheet (the
 * workbench's confirmed pairs) is wired in: the applicants whose status the group set to
 * "matched" on the Mentors and Mentees sheets. A withdrawn person is not matched, so a
 * withdrawal removes them from the next guest list; a new pair adds both.
 */
import { readApplicants, readApplicantTable } from '../core/intake';
import type { ProgramSettings } from '../core/program';
import type { Role } from '../core/types';
import { APPLICANT_SHEETS } from './intake';
import type { Ports } from './ports';
import type { Guest } from './timeline-ports';

export function matchedParticipants(ports: Ports, settings: ProgramSettings): Guest[] {
  const roles: Role[] = ['mentor', 'mentee'];
  return roles.flatMap((role) => {
    const data = ports.tables.read(APPLICANT_SHEETS[role]);
    if (!data?.headers.length) return [];
    return readApplicants(readApplicantTable(role, settings.language, data.headers, data.rows))
      .filter((a) => a.status === 'matched' && a.email !== '')
      .map((a) => ({ email: a.email, name: `${a.firstName} ${a.lastName}`.trim() }));
  });
}
