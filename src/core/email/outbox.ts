/**
 * This file defines the outbox as pure data: one row per email with a key made of kind,
 * recipient and pair (so queueing the same email again leaves one row), its states, which
 * rows a drain may take now (due, within the recipients left today and a per-run cap),
 * the claim a drain puts on the rows it takes, and how the next drain settles the rows of
 * a run that died: what its progress record says was sent is sent, the one email it was
 * sending when it died stays "sending" for the group to check, and the rest go back to
 * the queue. Withdrawn or erased people's unsent emails are cancelled.
 */
import { cyrb53 } from '../intake/hash';
import type { Language } from '../types';
import type { EmailKind } from './kinds';

export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'held', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxRow {
  key: string;
  kind: EmailKind;
  recipient: string;
  personId: string;
  /** '' when the email concerns one person. */
  pairId: string;
  language: Language;
  /** ISO time from which it may be sent. */
  due: string;
  state: OutboxState;
  attempts: number;
  error: string;
  sentAt: string;
  /** `<runId> <start ISO>` while a drain holds the row; '' otherwise. */
  claim: string;
}

export interface EmailRequest {
  kind: EmailKind;
  recipient: string;
  personId: string;
  pairId?: string;
  language: Language;
  due: string;
  /** Queue it held, with this reason: it waits for the group (resend releases it). */
  held?: string;
}

/** A run lasts at most 6 minutes; a claim older than this belongs to a run that is over. */
export const CLAIM_TTL_MS = 7 * 60 * 1000;
/** Transient failures are retried this many times, then the row is failed. */
export const MAX_ATTEMPTS = 3;

export function outboxKey(kind: EmailKind, recipient: string, pairId = ''): string {
  return [kind, recipient.trim().toLowerCase(), pairId].join('|');
}

/** A short, stable handle for a key, used in the compact progress record. */
export function keyHandle(key: string): string {
  return cyrb53(key).toString(36);
}

/**
 * Adds a queued row for each request whose key is not in the outbox yet (whatever that
 * row's state: a sent, failed or cancelled email is never queued again by the same key).
 */
export function queueRequests(rows: readonly OutboxRow[], requests: readonly EmailRequest[]): OutboxRow[] {
  const keys = new Set(rows.map((r) => r.key));
  const added: OutboxRow[] = [];
  for (const q of requests) {
    const key = outboxKey(q.kind, q.recipient, q.pairId);
    if (keys.has(key)) continue;
    keys.add(key);
    added.push({
      key,
      kind: q.kind,
      recipient: q.recipient.trim().toLowerCase(),
      personId: q.personId,
      pairId: q.pairId ?? '',
      language: q.language,
      due: q.due,
      state: q.held ? 'held' : 'queued',
      attempts: 0,
      error: q.held ?? '',
      sentAt: '',
      claim: '',
    });
  }
  return added;
}

export function claimStart(claim: string): number {
  const at = claim.split(' ')[1];
  const ms = at ? Date.parse(at) : Number.NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

export function claimRun(claim: string): string {
  return claim.split(' ')[0] ?? '';
}

/** True while the run that claimed the row may still be running. */
export function claimIsLive(claim: string, nowMs: number): boolean {
  return claim !== '' && nowMs - claimStart(claim) < CLAIM_TTL_MS;
}

/** A "sending" row no live run holds: it may or may not have gone, so the group decides. */
export function needsCheck(row: OutboxRow, nowMs: number): boolean {
  return row.state === 'sending' && !claimIsLive(row.claim, nowMs);
}

export interface DrainPlan {
  /** Row indices to send now, oldest due first. */
  take: number[];
  /** Due now but left for a later run (quota or per-run cap). */
  waiting: number;
}

export function planDrain(rows: readonly OutboxRow[], nowMs: number, limit: number): DrainPlan {
  const due = rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.state === 'queued' && Date.parse(row.due) <= nowMs)
    .sort((a, b) => Date.parse(a.row.due) - Date.parse(b.row.due) || a.i - b.i)
    .map(({ i }) => i);
  const n = Math.max(0, Math.min(limit, due.length));
  return { take: due.slice(0, n), waiting: due.length - n };
}

/** What a run writes as it goes: the email it is sending now, and each outcome so far. */
export interface RunProgress {
  started: string;
  /** Handle of the email being sent ('' between emails). */
  current: string;
  /** Handle → 's' sent (then sentOutcome's seconds), or 'f' failed / 'u' unknown / 'r' retry / 'h' held / 'c' cancelled (then a message). */
  out: Record<string, string>;
}

/** 's' and the seconds since the run started, in base 36: a few characters per email. */
export function sentOutcome(atMs: number, started: string): string {
  return `s${Math.max(0, Math.round((atMs - Date.parse(started)) / 1000)).toString(36)}`;
}

function sentAt(outcome: string, started: string): string {
  const seconds = Number.parseInt(outcome.slice(1), 36);
  return new Date(Date.parse(started) + (Number.isNaN(seconds) ? 0 : seconds * 1000)).toISOString();
}

/** Applies a settled outcome (from the progress record of the run started at `started`) to a row it claimed. */
export function applyOutcome(row: OutboxRow, outcome: string | undefined, wasCurrent: boolean, started: string): OutboxRow {
  const base = { ...row, claim: '' };
  if (outcome === undefined) {
    // Not recorded: either it was the one being sent (unknown) or it was never tried.
    return wasCurrent ? { ...base, state: 'sending', attempts: row.attempts + 1 } : { ...base, state: 'queued' };
  }
  const code = outcome[0];
  const rest = outcome.slice(1);
  if (code === 's') return { ...base, state: 'sent', sentAt: sentAt(outcome, started), error: '', attempts: row.attempts + 1 };
  if (code === 'f') return { ...base, state: 'failed', error: rest, attempts: row.attempts + 1 };
  if (code === 'h') return { ...base, state: 'held', error: rest };
  if (code === 'c') return { ...base, state: 'cancelled', error: rest };
  // Gmail failed in a way that does not say whether the email went: the group checks.
  if (code === 'u') return { ...base, state: 'sending', error: rest, attempts: row.attempts + 1 };
  const attempts = row.attempts + 1;
  return { ...base, state: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued', error: rest, attempts };
}

/**
 * Settles rows claimed by runs that are over. `progress` gives the record of the run that
 * made a claim (null when it left none: its rows are kept "sending" for the group, the
 * safe reading).
 */
export function settleDeadClaims(rows: readonly OutboxRow[], progress: (claim: string) => RunProgress | null, nowMs: number): OutboxRow[] {
  return rows.map((row) => {
    if (row.state !== 'sending' || row.claim === '' || claimIsLive(row.claim, nowMs)) return row;
    const record = progress(row.claim);
    const handle = keyHandle(row.key);
    if (!record) return { ...applyOutcome(row, undefined, true, ''), attempts: row.attempts };
    return applyOutcome(row, record.out[handle], record.current === handle, record.started);
  });
}

/** Cancels the unsent emails of people who are gone (withdrawn or erased). */
export function cancelFor(rows: readonly OutboxRow[], gone: (personId: string) => boolean, reason: string): OutboxRow[] {
  return rows.map((row) =>
    (row.state === 'queued' || row.state === 'held') && gone(row.personId) ? { ...row, state: 'cancelled', error: reason } : row,
  );
}

export interface OutboxCounts {
  queued: number;
  due: number;
  sending: number;
  check: number;
  sent: number;
  failed: number;
  held: number;
  cancelled: number;
  /** Earliest due time of a queued row not due yet, or null. */
  nextDue: string | null;
}

export function outboxCounts(rows: readonly OutboxRow[], nowMs: number): OutboxCounts {
  const c: OutboxCounts = { queued: 0, due: 0, sending: 0, check: 0, sent: 0, failed: 0, held: 0, cancelled: 0, nextDue: null };
  for (const row of rows) {
    if (needsCheck(row, nowMs)) c.check++;
    else c[row.state]++;
    if (row.state === 'queued') {
      const due = Date.parse(row.due);
      if (due <= nowMs) c.due++;
      else if (c.nextDue === null || due < Date.parse(c.nextDue)) c.nextDue = row.due;
    }
  }
  return c;
}
