/**
 * This file defines what the group does with the outbox from the sidebar: see the counts
 * and the rows that need them (a "sending" row no run holds is "check before resending";
 * failed and held rows), resend one or mark it as sent, and queue the application email
 * when intake adds or updates a person.
 */
import { type EmailKind, emailTexts, needsCheck, type OutboxCounts, outboxCounts, type OutboxState } from '../core/email';
import type { ProgramSettings } from '../core/program';
import type { Language } from '../core/types';
import { loadParticipants } from './email-data';
import { mailSettings } from './mail-settings';
import { openOutbox, queueEmails, saveOutbox } from './outbox-sheet';
import type { Ports } from './ports';

export interface OutboxRowView {
  key: string;
  kind: EmailKind;
  recipient: string;
  state: OutboxState | 'check';
  due: string;
  attempts: number;
  error: string;
  sentAt: string;
}

export interface OutboxView {
  counts: OutboxCounts;
  attention: OutboxRowView[];
  recent: OutboxRowView[];
  quotaLeft: number;
  hold: boolean;
  from: string;
  aliases: string[];
  userEmail: string;
}

const MAX_LISTED = 50;

export function outboxView(ports: Ports, settings: ProgramSettings): OutboxView {
  const open = openOutbox(ports, settings.language);
  const now = Date.parse(ports.clock.nowIso());
  const rows = open.rows.map((r) => r.row);
  const view = (row: (typeof rows)[number]): OutboxRowView => ({
    key: row.key,
    kind: row.kind,
    recipient: row.recipient,
    state: needsCheck(row, now) ? 'check' : row.state,
    due: row.due,
    attempts: row.attempts,
    error: row.error,
    sentAt: row.sentAt,
  });
  const mail = mailSettings(ports);
  return {
    counts: outboxCounts(rows, now),
    attention: rows
      .filter((r) => needsCheck(r, now) || r.state === 'failed' || r.state === 'held')
      .slice(0, MAX_LISTED)
      .map(view),
    recent: rows
      .filter((r) => r.state === 'sent')
      .sort((a, b) => b.sentAt.localeCompare(a.sentAt))
      .slice(0, 10)
      .map(view),
    quotaLeft: ports.mailer.remainingQuota(),
    hold: mail.hold,
    from: mail.from,
    aliases: ports.mailer.aliases(),
    userEmail: ports.mailer.userEmail(),
  };
}

export type RowAction = 'resend' | 'markSent';

/**
 * Resend puts a "check", failed or held row back in the queue; mark-as-sent records that
 * it went (the group checked the sent mail). Other rows are left as they are: false.
 */
export function resolveOutboxRow(ports: Ports, settings: ProgramSettings, key: string, action: RowAction): boolean {
  return ports.lock.withLock(() => {
    const open = openOutbox(ports, settings.language);
    const now = Date.parse(ports.clock.nowIso());
    let done = false;
    const rows = open.rows.map(({ row }) => {
      if (row.key !== key || !(needsCheck(row, now) || row.state === 'failed' || row.state === 'held')) return row;
      done = true;
      if (action === 'resend') return { ...row, state: 'queued' as const, error: '', claim: '', due: ports.clock.nowIso() };
      return { ...row, state: 'sent' as const, claim: '', sentAt: ports.clock.nowIso(), error: emailTexts(settings.language).markedSent };
    });
    if (done) saveOutbox(ports, open, rows);
    return done;
  });
}

/**
 * Queues "application received" (a new person) or "application updated" (a resubmission)
 * for the person intake just wrote; due now.
 */
export function queueApplicationEmail(
  ports: Ports,
  settings: ProgramSettings,
  outcome: { kind: string; id?: string; email?: string; language?: Language },
): boolean {
  if ((outcome.kind !== 'added' && outcome.kind !== 'updated') || !outcome.id || !outcome.email) return false;
  const kind: EmailKind = outcome.kind === 'added' ? 'application-received' : 'application-updated';
  const request = { kind, recipient: outcome.email, personId: outcome.id, language: outcome.language ?? settings.language, due: ports.clock.nowIso() };
  return queueEmails(ports, settings, [request]).added === 1;
}

/**
 * Queues "application received" for every applicant who has none yet (people added by
 * "re-read all responses" never triggered it); the key keeps it to one per person.
 */
export function queueMissingApplicationEmails(ports: Ports, settings: ProgramSettings): { added: number } {
  const now = ports.clock.nowIso();
  const requests = [...loadParticipants(ports, settings).values()]
    .filter((p) => p.person.email !== '' && p.status !== 'withdrawn')
    .map((p) => ({ kind: 'application-received' as const, recipient: p.person.email, personId: p.person.id, language: p.language, due: now }));
  return queueEmails(ports, settings, requests);
}
