/**
 * This file defines the timeline's email steps on top of the outbox (src/app/outbox-*):
 * announcing the matches (the outbox's own announceMatches), the kickoff and closing
 * reminders and the thanks, each queued once per recipient and kind (the outbox's key, so
 * running a step again queues nothing new), then drained as far as the quota and the
 * execution time allow; what is left is sent by the next hourly run's drain. The
 * recipients are the people of the confirmed pairs who still take part. The midway
 * check-in is the outbox's own (src/app/checkin: the check-in form made once, a pre-filled
 * link per person); its reminder goes, once, to each side of a pair that has not answered,
 * and the flags (not met, going badly, no answer) are the check-in view's.
 */
import type { EmailKind, EmailRequest } from '../core/email';
import { renderFailure } from '../core/failures';
import type { ProgramSettings } from '../core/program';
import type { Applicant } from '../core/types';
import { takesPart } from '../core/workbench';
import { announceMatches } from './announce';
import { checkinView, queueCheckIn, remindCheckin } from './checkin';
import { confirmedPairs, languageOf, loadPeople } from './email-data';
import { drainOutbox } from './outbox-drain';
import { queueEmails } from './outbox-sheet';
import type { Ports } from './ports';
import type { MailStep, StepResult, TimelineMailer } from './timeline-ports';

type Recipients = (mentor: boolean) => EmailKind | null;

const KINDS: Partial<Record<MailStep, Recipients>> = {
  kickoffReminder: () => 'kickoff-reminder',
  closingReminder: () => 'closing-reminder',
  thanks: (mentor) => (mentor ? 'thanks-mentor' : 'thanks-mentee'),
};

function queueForParticipants(ports: Ports, settings: ProgramSettings, kindOf: Recipients, due: string): number {
  const people = loadPeople(ports, settings);
  const byId = new Map<string, Applicant>([...people.mentors, ...people.mentees].map((a) => [a.id, a]));
  const seen = new Set<string>();
  const requests: EmailRequest[] = [];
  for (const pair of confirmedPairs(ports, settings, people)) {
    for (const id of [pair.mentorId, pair.menteeId]) {
      const person = byId.get(id);
      if (!person || seen.has(id) || !takesPart(person) || !person.email) continue;
      seen.add(id);
      const kind = kindOf(person.role === 'mentor');
      if (kind) requests.push({ kind, recipient: person.email, personId: id, language: languageOf(person, settings), due });
    }
  }
  return queueEmails(ports, settings, requests).added;
}

function drained(ports: Ports, settings: ProgramSettings, queued: number): StepResult {
  const report = drainOutbox(ports, settings);
  return { ok: true, note: { key: 'emailsQueued', values: { queued, sent: report.sent, left: report.left } } };
}

function checkIn(ports: Ports, settings: ProgramSettings): StepResult {
  const queued = queueCheckIn(ports, settings);
  if (!queued.ok) return { ok: false, error: { key: 'stepFailed', detail: renderFailure(queued.failure, settings.language) } };
  return drained(ports, settings, queued.value.queued);
}

/** The reminder to every side of a pair that has not answered the check-in (once each); the flagged pairs are counted. */
function checkInReminder(ports: Ports, settings: ProgramSettings): StepResult {
  // The check-in emails went out during the hourly run a week ago, a few minutes into it, and
  // this run fires at the same minute: read the flags as of an hour on, so "a week without an
  // answer" holds for every side the check-in reached in that run.
  const later = new Date(Date.parse(ports.clock.nowIso()) + 3_600_000).toISOString();
  const view = checkinView({ ...ports, clock: { ...ports.clock, nowIso: () => later } }, settings);
  let queued = 0;
  for (const pair of view.flagged) {
    for (const side of [pair.mentee, pair.mentor]) {
      if (!side.flags.includes('noAnswer') || side.reminded) continue;
      const r = remindCheckin(ports, settings, pair.pairId, side.personId);
      if (r.ok && r.value.queued) queued++;
    }
  }
  const report = drainOutbox(ports, settings);
  return { ok: true, note: { key: 'checkInReminded', values: { queued, flagged: view.flagged.length, sent: report.sent } } };
}

/** The email steps this build can run. */
export function timelineEmails(ports: Ports, settings: ProgramSettings): TimelineMailer {
  return {
    has: (step) => step === 'announceMatches' || step === 'midwayCheckIn' || step === 'checkInReminder' || KINDS[step] !== undefined,
    run(step) {
      if (step === 'announceMatches') return drained(ports, settings, announceMatches(ports, settings).queued);
      if (step === 'midwayCheckIn') return checkIn(ports, settings);
      if (step === 'checkInReminder') return checkInReminder(ports, settings);
      const kindOf = KINDS[step];
      if (!kindOf) return { ok: false, error: { key: 'actionNotAvailable', values: { detail: step } } };
      return drained(ports, settings, queueForParticipants(ports, settings, kindOf, ports.clock.nowIso()));
    },
    followUp(announced) {
      // announceMatches queues only what is new: a pair confirmed after the announcement gets its emails now.
      if (announced) announceMatches(ports, settings);
      drainOutbox(ports, settings);
    },
  };
}
