/**
 * This file defines draining the outbox: sending the due emails within the recipients left
 * in today's quota, a per-run cap and a time budget well inside the 6-minute execution
 * limit. It runs in three steps so that no email is ever sent twice:
 * 1. holding the document lock, settle the rows of runs that died, cancel emails of people
 *    who withdrew, and claim the rows to send ("sending", with this run's claim), after
 *    writing this run's progress record (Document Properties) so every claim has one;
 * 2. without the lock, send each claimed email, writing "this one now" to the progress
 *    record before the send and its outcome after (folded into the next write);
 * 3. holding the lock again, write every outcome to the sheet in one block and drop the
 *    record.
 * A run that dies anywhere leaves a record the next run reads: what it says was sent is
 * sent, the one email it was sending stays "sending" for the group to check, the rest are
 * queued again. Sheets are touched a fixed number of times per run, whatever it sends.
 */
import {
  applyOutcome,
  CLAIM_TTL_MS,
  claimStart,
  emailTexts,
  isPairKind,
  keyHandle,
  type OutboxRow,
  placeholderValues,
  planDrain,
  problemText,
  type RunProgress,
  renderEmail,
  safeDisplayName,
  safeRecipient,
  sentOutcome,
  settleDeadClaims,
} from '../core/email';
import type { ProgramSettings } from '../core/program';
import { checkinLinks } from './checkin';
import { type ConfirmedPair, confirmedPairs, emailPairOf, loadPeople, type Participant, participantsOf } from './email-data';
import { ensureTemplates, loadTemplates, type TemplateBook } from './email-templates';
import { mailSettings } from './mail-settings';
import { openOutbox, saveOutbox } from './outbox-sheet';
import { type PairWhy, pairExplainer } from './pair-explainer';
import type { OutgoingEmail, Ports } from './ports';

/** At most this many emails per run: keeps the progress record small (9 KB per property). */
export const MAX_PER_RUN = 250;
/** Stop starting new sends this long after the drain began (the limit is 6 minutes). */
export const TIME_BUDGET_MS = 240_000;
const SLOTS = 10;
const runKey = (slot: number) => `mp.outbox.run.${slot}`;
const MAX_RECORD_CHARS = 8000;

export type DrainStop = 'done' | 'quota' | 'time' | 'cap' | 'hold' | 'alias' | 'busy';

export interface DrainReport {
  sent: number;
  failed: number;
  held: number;
  cancelled: number;
  /** Sent by Gmail with an unclear outcome, or cut off mid-send: the group checks these. */
  unknown: number;
  /** Due rows left queued for a later run. */
  left: number;
  stoppedBy: DrainStop;
}

export interface DrainOptions {
  /** Fewer than MAX_PER_RUN in this run. */
  maxSends?: number;
  /** Time left for the drain in this execution (default TIME_BUDGET_MS). */
  budgetMs?: number;
  /** The confirmed pairs (default: the Matches sheet); only read when a pair email is due. */
  pairs?: (ports: Ports, settings: ProgramSettings) => ConfirmedPair[];
  /** Pre-filled check-in links by `personId|pairId` (default: the check-in form's); only read when a check-in email is due. */
  checkinLinks?: (ports: Ports, settings: ProgramSettings) => ReadonlyMap<string, { link: string; closes: string }>;
}

const EMPTY: DrainReport = { sent: 0, failed: 0, held: 0, cancelled: 0, unknown: 0, left: 0, stoppedBy: 'done' };

interface Context {
  settings: ProgramSettings;
  people: Map<string, Participant>;
  pairs: Map<string, ConfirmedPair>;
  links: ReadonlyMap<string, { link: string; closes: string }>;
  /** The pair's reasons in an email's language; the scoring is only built when first asked. */
  why: PairWhy;
}

function loadContext(ports: Ports, settings: ProgramSettings, rows: readonly OutboxRow[], options: DrainOptions): Context {
  const pending = rows.filter((r) => r.state === 'queued' || r.state === 'held');
  const needPairs = pending.some((r) => isPairKind(r.kind));
  const needLinks = pending.some((r) => r.kind === 'checkin' || r.kind === 'checkin-reminder');
  const people = loadPeople(ports, settings);
  return {
    settings,
    people: participantsOf(people, settings),
    pairs: new Map(needPairs ? (options.pairs ?? ((p, s) => confirmedPairs(p, s, people)))(ports, settings).map((p) => [p.pairId, p]) : []),
    links: needLinks ? (options.checkinLinks ?? checkinLinks)(ports, settings) : new Map(),
    why: pairExplainer(ports, settings, people),
  };
}

/** Why a queued email must not go any more, or null. */
function cancelReason(row: OutboxRow, c: Context): string | null {
  const t = emailTexts(row.language);
  const person = c.people.get(row.personId);
  if (!person || person.status === 'withdrawn') return t.withdrawn;
  if (isPairKind(row.kind) && !c.pairs.has(row.pairId)) return t.pairGone;
  return null;
}

/** The email for a row, or the outcome code and message that stands in for sending it. */
function buildEmail(row: OutboxRow, c: Context, templates: TemplateBook, from: string | null): OutgoingEmail | string {
  const t = emailTexts(row.language);
  const cancel = cancelReason(row, c);
  if (cancel) return `c${cancel}`;
  const to = safeRecipient(row.recipient);
  if (!to) return `f${t.invalidRecipient(row.recipient)}`;
  const recipient = c.people.get(row.personId)!.person;
  const pairRef = isPairKind(row.kind) ? c.pairs.get(row.pairId) : undefined;
  const template = templates(row.kind, row.language);
  // The reasons are scored only for a template that shows them (check-in emails usually do not).
  const showsWhy = `${template.subject}${template.body}`.includes('match.why');
  const pair = pairRef ? emailPairOf(pairRef, c.people, showsWhy ? c.why(pairRef, row.language) : pairRef.why) : undefined;
  if (pairRef && !pair) return `c${t.pairGone}`;
  const link = c.links.get(`${row.personId}|${row.pairId}`);
  if ((row.kind === 'checkin' || row.kind === 'checkin-reminder') && !link) return `h${t.templateProblem}`;
  const values = placeholderValues({ settings: c.settings, language: row.language, recipient, pair: pair ?? undefined, checkin: link });
  const rendered = renderEmail(template, values);
  if (!rendered.ok) return `h${t.templateProblem} ${rendered.problems.map((p) => problemText(p, row.language)).join(' ')}`.slice(0, 300);
  const { subject, text, html } = rendered.email;
  return { to, subject, text, html, from, name: safeDisplayName(c.settings.programName), replyTo: c.settings.contact.email };
}

const nowMs = (ports: Ports) => Date.parse(ports.clock.nowIso());

function freeSlot(ports: Ports, now: number): number | null {
  for (let slot = 0; slot < SLOTS; slot++) {
    const record = ports.store.readJson<RunProgress>(runKey(slot));
    if (!record || now - Date.parse(record.started) >= CLAIM_TTL_MS) return slot;
  }
  return null;
}

function recordOf(ports: Ports, claim: string): RunProgress | null {
  const slot = Number.parseInt(claim, 10);
  if (!(slot >= 0 && slot < SLOTS)) return null;
  const record = ports.store.readJson<RunProgress>(runKey(slot));
  return record && Date.parse(record.started) === claimStart(claim) ? record : null;
}

interface Claimed {
  slot: number;
  claim: string;
  rows: OutboxRow[];
  context: Context;
  left: number;
  cancelled: number;
}

/** Step 1 (holding the lock): settle, cancel, claim. */
function claimRows(ports: Ports, settings: ProgramSettings, limit: number, options: DrainOptions): Claimed | DrainStop {
  return ports.lock.withLock(() => {
    ensureTemplates(ports, settings.language);
    const open = openOutbox(ports, settings.language);
    const now = nowMs(ports);
    let rows = settleDeadClaims(
      open.rows.map((r) => r.row),
      (claim) => recordOf(ports, claim),
      now,
    );
    const context = loadContext(ports, settings, rows, options);
    let cancelled = 0;
    rows = rows.map((row) => {
      if (row.state !== 'queued' && row.state !== 'held') return row;
      const reason = cancelReason(row, context);
      if (!reason) return row;
      cancelled++;
      return { ...row, state: 'cancelled', error: reason };
    });
    const plan = planDrain(rows, now, limit);
    const slot = plan.take.length ? freeSlot(ports, now) : null;
    if (slot === null) {
      saveOutbox(ports, open, rows);
      return plan.take.length ? 'busy' : { slot: -1, claim: '', rows: [], context, left: plan.waiting, cancelled };
    }
    const started = new Date(now).toISOString();
    const claim = `${slot} ${started}`;
    // The record first: a claim in the sheet always has a record to settle it by.
    ports.store.writeJson(runKey(slot), { started, current: '', out: {} } satisfies RunProgress);
    for (const i of plan.take) rows[i] = { ...rows[i]!, state: 'sending', claim };
    saveOutbox(ports, open, rows);
    return { slot, claim, rows: plan.take.map((i) => rows[i]!), context, left: plan.waiting, cancelled };
  });
}

/**
 * Sends the due emails (see the file comment). Safe to run at any time, by anyone, twice
 * at once: each email goes once; what is left stays queued for the next run.
 */
export function drainOutbox(ports: Ports, settings: ProgramSettings, options: DrainOptions = {}): DrainReport {
  const start = nowMs(ports);
  const mail = mailSettings(ports);
  if (mail.hold) return { ...EMPTY, stoppedBy: 'hold' };
  const from = mail.from === '' ? null : mail.from;
  if (from && from !== ports.mailer.userEmail() && !ports.mailer.aliases().includes(from)) return { ...EMPTY, stoppedBy: 'alias' };
  const quota = ports.mailer.remainingQuota();
  const cap = Math.min(MAX_PER_RUN, options.maxSends ?? MAX_PER_RUN);
  const claimed = claimRows(ports, settings, Math.min(quota, cap), options);
  if (typeof claimed === 'string') return { ...EMPTY, stoppedBy: claimed };
  const report: DrainReport = { ...EMPTY, cancelled: claimed.cancelled, left: claimed.left };
  if (claimed.left > 0) report.stoppedBy = quota <= cap ? 'quota' : 'cap';
  if (claimed.slot < 0) return report;

  // Step 2: send, recording before and after each email.
  const templates = loadTemplates(ports, settings.language);
  const progress: RunProgress = { started: claimed.claim.split(' ')[1]!, current: '', out: {} };
  const budget = options.budgetMs ?? TIME_BUDGET_MS;
  for (const row of claimed.rows) {
    if (nowMs(ports) - start > budget) {
      report.stoppedBy = 'time';
      break;
    }
    if (JSON.stringify(progress).length > MAX_RECORD_CHARS) {
      report.stoppedBy = 'cap';
      break;
    }
    const handle = keyHandle(row.key);
    const email = buildEmail(row, claimed.context, templates, from);
    if (typeof email === 'string') {
      progress.out[handle] = email;
      continue;
    }
    progress.current = handle;
    ports.store.writeJson(runKey(claimed.slot), progress);
    const result = ports.mailer.send(email);
    progress.current = '';
    if (!result.ok && result.reason === 'quota') {
      report.stoppedBy = 'quota';
      break;
    }
    progress.out[handle] = result.ok ? sentOutcome(nowMs(ports), progress.started) : `${result.reason === 'rejected' ? 'f' : 'u'}${result.message.slice(0, 120)}`;
  }
  ports.store.writeJson(runKey(claimed.slot), progress);

  // Step 3: every outcome to the sheet in one go, then the record is dropped.
  ports.lock.withLock(() => {
    const open = openOutbox(ports, settings.language);
    const rows = open.rows.map(({ row }) => {
      if (row.claim !== claimed.claim || row.state !== 'sending') return row;
      const next = applyOutcome(row, progress.out[keyHandle(row.key)], false, progress.started);
      if (next.state === 'queued') report.left++;
      else if (next.state === 'sending') report.unknown++;
      else if (next.state === 'sent') report.sent++;
      else if (next.state === 'failed') report.failed++;
      else if (next.state === 'held') report.held++;
      else if (next.state === 'cancelled') report.cancelled++;
      return next;
    });
    saveOutbox(ports, open, rows);
    ports.store.writeJson(runKey(claimed.slot), null);
  });
  return report;
}
