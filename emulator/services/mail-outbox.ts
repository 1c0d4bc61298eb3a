/**
 * This file defines what GmailApp and MailApp share: the sent-mail log, the daily recipient
 * quota (per user; one quota for both: Google counts recipients per user whichever service sends)
 * and the checks Google makes on every outgoing message (addresses, 50 recipients per
 * message, body size, attachments, sender aliases, noReply). The error texts follow
 * Google's where known and are documented approximations elsewhere (README). Tests can also
 * make Google's side fail as only Google can: another script of the user spending the quota
 * (now or mid-run), an address Gmail refuses, and a send that errs after or before delivery.
 */
import type { EmulatorContext } from '../context';
import { PerUserQuota } from '../runtime/daily-quota';

export interface SentMail {
  id: string;
  to: string[];
  cc: string[];
  bcc: string[];
  from: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  replyTo: string | null;
  name: string | null;
  noReply: boolean;
  /** Attachments are not kept, only counted. */
  attachments: number;
  sentAt: string;
  via: 'GmailApp' | 'MailApp';
}

/** A message as the scripts pass it, before validation. */
export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: unknown;
  cc?: unknown;
  bcc?: unknown;
  from?: unknown;
  name?: unknown;
  replyTo?: unknown;
  noReply?: unknown;
  attachments?: unknown;
}

export const RECIPIENTS_PER_MESSAGE = 50;
export const ATTACHMENTS_PER_MESSAGE = 250;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;

export interface OutboxOptions {
  /** Recipients per day: 100 consumer, 1,500 Workspace. */
  dailyRecipients: number;
  /** Addresses GmailApp may send from (GmailApp.getAliases()). */
  aliases: string[];
}

export interface MailOutbox {
  readonly sent: SentMail[];
  readonly aliases: string[];
  remaining(): number;
  /** Validates, charges the quota and records the message; throws Google-like errors. */
  send(method: string, via: SentMail['via'], mail: OutgoingMail): SentMail;
  /** Validates without sending (drafts are checked when created, charged when sent). */
  check(method: string, via: SentMail['via'], mail: OutgoingMail): SentMail;
  /** Outside the add-on (another script of `user`) `recipients` go, now or once `afterSends` more messages went. */
  useQuota(recipients: number, user: string, afterSends: number): void;
  /** Gmail refuses every message to `address` (case-insensitive) with `message`. */
  rejectAddress(address: string, message: string): void;
  /** The next message sent fails with `message`, after it was delivered or before. */
  failNextSend(failure: SendFailure): void;
}

/** A Gmail error that does not say whether the message went. */
export interface SendFailure {
  message: string;
  delivered: boolean;
}

/** Google's generic server error (the one FormApp's outage uses too, README). */
export const SERVER_ERROR_MESSAGE = "We're sorry, a server error occurred. Please wait a bit and try again.";

/** 'Ann <a@x.se>, b@y.se' → ['a@x.se', 'b@y.se']; throws on an invalid address. */
export function parseRecipients(ctx: EmulatorContext, method: string, raw: unknown): string[] {
  if (raw === undefined || raw === null || raw === '') return [];
  return String(raw)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const address = /<([^>]*)>\s*$/.exec(part)?.[1]?.trim() ?? part;
      if (!EMAIL.test(address)) ctx.fail(method, `Invalid email: ${part}`);
      return address;
    });
}

export function createMailOutbox(ctx: EmulatorContext, options: OutboxOptions): MailOutbox {
  // Each member's recipients count against their own quota (the sender is the running user).
  const quotas = new PerUserQuota(ctx.clock, options.dailyRecipients);
  const quota = { remaining: () => quotas.of(ctx.user.email).remaining(), consume: (n: number) => quotas.of(ctx.user.email).consume(n) };
  const sent: SentMail[] = [];
  const rejected = new Map<string, string>();
  const pendingUses: { recipients: number; user: string; afterSends: number }[] = [];
  let nextFailure: SendFailure | null = null;
  // Uses scheduled "after n more messages" fall due as the add-on's messages go.
  const countSend = () => {
    for (const use of [...pendingUses]) {
      if (--use.afterSends > 0) continue;
      quotas.of(use.user).charge(use.recipients);
      pendingUses.splice(pendingUses.indexOf(use), 1);
    }
  };
  const bodyLimit = (ctx.user.workspace ? 400 : 200) * 1024;

  const check = (method: string, via: SentMail['via'], mail: OutgoingMail): SentMail => {
    const to = parseRecipients(ctx, method, mail.to);
    const cc = parseRecipients(ctx, method, mail.cc);
    const bcc = parseRecipients(ctx, method, mail.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) ctx.fail(method, 'Failed to send email: no recipient');
    if (count > RECIPIENTS_PER_MESSAGE) ctx.fail(method, 'Limit Exceeded: Email Recipients Per Message.');
    const htmlBody = mail.htmlBody === undefined || mail.htmlBody === null ? null : String(mail.htmlBody);
    if (Buffer.byteLength(mail.body, 'utf8') + Buffer.byteLength(htmlBody ?? '', 'utf8') > bodyLimit) {
      ctx.fail(method, 'Limit Exceeded: Email Body Size.');
    }
    const attachments = Array.isArray(mail.attachments) ? mail.attachments.length : 0;
    if (attachments > ATTACHMENTS_PER_MESSAGE) ctx.fail(method, 'Limit Exceeded: Email Attachments Per Message.');
    let from = ctx.user.email;
    if (mail.from !== undefined && mail.from !== null && mail.from !== '') {
      const wanted = String(mail.from);
      if (wanted !== ctx.user.email && !options.aliases.includes(wanted)) ctx.fail(method, 'Invalid argument: from');
      from = wanted;
    }
    const noReply = mail.noReply === true;
    if (noReply) {
      if (!ctx.user.workspace) ctx.fail(method, 'Invalid argument: noReply (only Google Workspace accounts can send noReply email)');
      from = `noreply@${ctx.user.email.split('@')[1] ?? 'example.com'}`;
    }
    const replyTo = mail.replyTo === undefined || mail.replyTo === null || mail.replyTo === '' ? null : String(mail.replyTo);
    if (replyTo !== null) parseRecipients(ctx, method, replyTo);
    return {
      id: '',
      to,
      cc,
      bcc,
      from,
      subject: String(mail.subject ?? ''),
      body: String(mail.body ?? ''),
      htmlBody,
      replyTo,
      name: mail.name === undefined || mail.name === null ? null : String(mail.name),
      noReply,
      attachments,
      sentAt: new Date(ctx.clock.now()).toISOString(),
      via,
    };
  };

  return {
    sent,
    aliases: options.aliases,
    remaining: () => quota.remaining(),
    check,
    send(method, via, mail) {
      const message = check(method, via, mail);
      const refused = [...message.to, ...message.cc, ...message.bcc].find((a) => rejected.has(a.toLowerCase()));
      if (refused !== undefined) ctx.fail(method, rejected.get(refused.toLowerCase())!);
      if (!quota.consume(message.to.length + message.cc.length + message.bcc.length)) {
        ctx.fail(method, 'Service invoked too many times for one day: email.');
      }
      const failure = nextFailure;
      nextFailure = null;
      if (failure && !failure.delivered) ctx.fail(method, failure.message);
      message.id = ctx.ids.hex(16);
      sent.push(message);
      countSend();
      if (failure) ctx.fail(method, failure.message);
      return message;
    },
    useQuota(recipients, user, afterSends) {
      if (!Number.isInteger(recipients) || recipients < 1) throw new Error(`useMailQuota: recipients must be a whole number >= 1, got ${recipients}`);
      if (!Number.isInteger(afterSends) || afterSends < 0) throw new Error(`useMailQuota: afterSends must be a whole number >= 0, got ${afterSends}`);
      if (afterSends === 0) quotas.of(user).charge(recipients);
      else pendingUses.push({ recipients, user, afterSends });
    },
    rejectAddress(address, message) {
      rejected.set(address.trim().toLowerCase(), message);
    },
    failNextSend(failure) {
      nextFailure = { ...failure };
    },
  };
}
