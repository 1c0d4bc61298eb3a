/**
 * This file defines "announce the matches": for every confirmed pair, the match email to
 * both sides, and "no match this round" for each taking-part mentee without any pair, due
 * on the timeline's announcement date (or now, when that day has come). Running it again
 * (the hourly timeline does, and a member may press it twice) queues only what is new: a
 * pair confirmed later gets its emails then. A mentee whose pair changed after a match
 * email was sent gets the new pair's emails held, shown to the group, which
 * decides whether to tell them (resend releases them).
 */
import { type EmailRequest, emailTexts } from '../core/email';
import type { ProgramSettings } from '../core/program';
import { instantOf, type ZoneOffset } from '../core/timeline';
import { confirmedPairs, languageOf, loadPeople } from './email-data';
import { readPairs } from './matches-sheet';
import { openOutbox, queueEmails } from './outbox-sheet';
import type { Ports } from './ports';

export interface ChangedPair {
  menteeId: string;
  menteeName: string;
  /** The pair ids the mentee already had a match email for. */
  before: string[];
  now: string;
}

export interface AnnounceReport {
  pairs: number;
  noMatch: number;
  /** Rows added to the outbox (both sides, no-match, held). */
  queued: number;
  changed: ChangedPair[];
  due: string;
}

/** The hour on its date at which a dated email goes, in the program's (the spreadsheet's) time zone. */
export const EMAIL_MORNING = '09:00';

/** The announcement instant: 09:00 on the date in the program's zone (winter or summer time alike), or now when later. */
export function announcementDue(settings: ProgramSettings, nowIso: string, offset: ZoneOffset): string {
  const planned = new Date(instantOf({ date: settings.timeline.matchesAnnounced, time: EMAIL_MORNING }, offset)).toISOString();
  return Date.parse(planned) > Date.parse(nowIso) ? planned : nowIso;
}

export function announceMatches(ports: Ports, settings: ProgramSettings): AnnounceReport {
  const people = loadPeople(ports, settings);
  const pairs = confirmedPairs(ports, settings, people);
  const anyPair = new Set(readPairs(ports, settings, people).rows.map((r) => r.pair.menteeId));
  const mentors = new Map(people.mentors.map((m) => [m.id, m]));
  const mentees = new Map(people.mentees.map((m) => [m.id, m]));
  const due = announcementDue(settings, ports.clock.nowIso(), ports.clock.zoneOffset);
  // Which pair each mentee was already told about (sent, or possibly sent). A match email
  // still queued for an old pair is cancelled by the drain, so it does not count.
  const told = new Map<string, Set<string>>();
  for (const { row } of openOutbox(ports, settings.language).rows) {
    if (row.kind !== 'match-mentee' || (row.state !== 'sent' && row.state !== 'sending')) continue;
    told.set(row.personId, (told.get(row.personId) ?? new Set()).add(row.pairId));
  }
  const requests: EmailRequest[] = [];
  const changed: ChangedPair[] = [];
  let pairCount = 0;
  for (const pair of pairs) {
    const mentor = mentors.get(pair.mentorId);
    const mentee = mentees.get(pair.menteeId);
    if (!mentor || !mentee || mentor.status === 'withdrawn' || mentee.status === 'withdrawn') continue;
    pairCount++;
    const before = [...(told.get(mentee.id) ?? [])].filter((id) => id !== pair.pairId);
    const held = before.length ? emailTexts(settings.language).pairChanged : undefined;
    if (held && !told.get(mentee.id)?.has(pair.pairId)) {
      changed.push({ menteeId: mentee.id, menteeName: `${mentee.firstName} ${mentee.lastName}`.trim(), before, now: pair.pairId });
    }
    requests.push(
      { kind: 'match-mentee', recipient: mentee.email, personId: mentee.id, pairId: pair.pairId, language: languageOf(mentee, settings), due, held },
      { kind: 'match-mentor', recipient: mentor.email, personId: mentor.id, pairId: pair.pairId, language: languageOf(mentor, settings), due, held },
    );
  }
  let noMatch = 0;
  for (const mentee of people.mentees) {
    if (mentee.status === 'withdrawn' || mentee.status === 'invalid' || anyPair.has(mentee.id) || !mentee.email) continue;
    noMatch++;
    requests.push({ kind: 'no-match', recipient: mentee.email, personId: mentee.id, language: mentee.language, due });
  }
  const { added } = queueEmails(ports, settings, requests);
  return { pairs: pairCount, noMatch, queued: added, changed, due };
}
