/**
 * This file defines the emails that go to everyone taking part at a step of the timeline:
 * the kickoff and closing invitations and reminders (both sides of every confirmed pair),
 * and the thanks at the end (mentors get their special thanks, mentees the invitation to
 * the alumni network). Each is queued once per person and kind, so the hourly timeline may
 * call this as often as it likes; it is due at `due` (default now).
 */
import type { EmailKind, EmailRequest } from '../core/email';
import type { ProgramSettings } from '../core/program';
import { confirmedPairs, languageOf, loadPeople } from './email-data';
import { queueEmails } from './outbox-sheet';
import type { Ports } from './ports';

export type ProgramEmailKind = Extract<
  EmailKind,
  'kickoff-invitation' | 'kickoff-reminder' | 'closing-invitation' | 'closing-reminder' | 'thanks-mentor' | 'thanks-mentee'
>;

export const PROGRAM_EMAIL_KINDS: readonly ProgramEmailKind[] = [
  'kickoff-invitation',
  'kickoff-reminder',
  'closing-invitation',
  'closing-reminder',
  'thanks-mentor',
  'thanks-mentee',
];

export function queueProgramEmails(ports: Ports, settings: ProgramSettings, kind: ProgramEmailKind, due?: string): { added: number; people: number } {
  const people = loadPeople(ports, settings);
  const pairs = confirmedPairs(ports, settings, people);
  const wanted = new Set<string>();
  for (const p of pairs) {
    if (kind !== 'thanks-mentee') wanted.add(p.mentorId);
    if (kind !== 'thanks-mentor') wanted.add(p.menteeId);
  }
  const when = due ?? ports.clock.nowIso();
  const requests: EmailRequest[] = [...people.mentors, ...people.mentees]
    .filter((p) => wanted.has(p.id) && p.status !== 'withdrawn' && p.email !== '')
    .map((p) => ({ kind, recipient: p.email, personId: p.id, language: languageOf(p, settings), due: when }));
  return { added: queueEmails(ports, settings, requests).added, people: requests.length };
}
