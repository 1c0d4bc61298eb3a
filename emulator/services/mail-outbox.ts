/**
 * This file defines what GmailApp and MailApp share: the sent-mail log, the daily recipient
 * quota (per user; one quota for both: Google counts recipients per user whichever service sends)
 * and the checks Google makes on every outgoing message (addresses, 50 recipients per
 * message, body size, attachments, sender aliases, noReply). The error texts follow
 * Google's where known and are documented approximations elsewhere (README).
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
}

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
      if (!quota.consume(message.to.length + message.cc.length + message.bcc.length)) {
        ctx.fail(method, 'Service invoked too many times for one day: email.');
      }
      message.id = ctx.ids.hex(16);
      sent.push(message);
      return message;
    },
  };
}
