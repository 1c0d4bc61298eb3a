/**
 * This file defines GmailApp: sending (recorded in the shared outbox, charged to the daily
 * recipient quota), the sender aliases, and drafts (create, update, send, delete). Reading
 * the mailbox (threads, search, labels) is deliberately left out: the add-on only sends.
 */
import type { EmulatorContext } from '../context';
import { type MailOutbox, type OutgoingMail, parseRecipients, type SentMail } from './mail-outbox';

interface DraftContent extends OutgoingMail {}

function options(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function content(recipient: unknown, subject: unknown, body: unknown, opts: unknown): DraftContent {
  const o = options(opts);
  return {
    to: String(recipient ?? ''),
    subject: String(subject ?? ''),
    body: String(body ?? ''),
    htmlBody: o.htmlBody,
    cc: o.cc,
    bcc: o.bcc,
    from: o.from,
    name: o.name,
    replyTo: o.replyTo,
    noReply: o.noReply,
    attachments: o.attachments,
  };
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

class GmailMessage {
  constructor(
    private readonly id: string,
    private readonly mail: DraftContent | SentMail,
    private readonly from: string,
    private readonly date: Date,
    private readonly draft: boolean,
  ) {}
  getId(): string {
    return this.id;
  }
  getTo(): string {
    return Array.isArray(this.mail.to) ? this.mail.to.join(', ') : this.mail.to;
  }
  getCc(): string {
    return Array.isArray(this.mail.cc) ? this.mail.cc.join(', ') : str(this.mail.cc);
  }
  getBcc(): string {
    return Array.isArray(this.mail.bcc) ? this.mail.bcc.join(', ') : str(this.mail.bcc);
  }
  getSubject(): string {
    return this.mail.subject;
  }
  getBody(): string {
    return str(this.mail.htmlBody) || this.mail.body;
  }
  getPlainBody(): string {
    return this.mail.body;
  }
  getFrom(): string {
    return this.from;
  }
  getReplyTo(): string {
    return str(this.mail.replyTo);
  }
  getDate(): Date {
    return this.date;
  }
  isDraft(): boolean {
    return this.draft;
  }
}

export function createGmailApp(ctx: EmulatorContext, outbox: MailOutbox) {
  const drafts = new Map<string, GmailDraft>();

  class GmailDraft {
    private deleted = false;
    constructor(
      private readonly id: string,
      private readonly messageId: string,
      private mail: DraftContent,
      private readonly created: number,
    ) {}
    private live(method: string): void {
      if (this.deleted) ctx.fail(method, 'Invalid argument: draft has been deleted');
    }
    getId(): string {
      return this.id;
    }
    getMessageId(): string {
      return this.messageId;
    }
    getMessage(): GmailMessage {
      this.live('GmailDraft.getMessage');
      return new GmailMessage(this.messageId, this.mail, ctx.user.email, ctx.makeDate(this.created), true);
    }
    update(recipient: unknown, subject: unknown, body: unknown, opts?: unknown): GmailDraft {
      this.live('GmailDraft.update');
      const next = content(recipient, subject, body, opts);
      parseRecipients(ctx, 'GmailDraft.update', next.to);
      this.mail = next;
      return this;
    }
    send(): GmailMessage {
      this.live('GmailDraft.send');
      const sent = outbox.send('GmailDraft.send', 'GmailApp', this.mail);
      this.deleted = true;
      drafts.delete(this.id);
      return new GmailMessage(sent.id, sent, sent.from, ctx.makeDate(Date.parse(sent.sentAt)), false);
    }
    deleteDraft(): void {
      this.live('GmailDraft.deleteDraft');
      this.deleted = true;
      drafts.delete(this.id);
    }
  }

  const service = {
    sendEmail(recipient: unknown, subject: unknown, body: unknown, opts?: unknown) {
      outbox.send('GmailApp.sendEmail', 'GmailApp', content(recipient, subject, body, opts));
      return service;
    },
    getAliases: (): string[] => [...outbox.aliases],
    createDraft(recipient: unknown, subject: unknown, body: unknown, opts?: unknown): GmailDraft {
      const mail = content(recipient, subject, body, opts);
      parseRecipients(ctx, 'GmailApp.createDraft', mail.to);
      const draft = new GmailDraft(`r${ctx.ids.hex(16)}`, ctx.ids.hex(16), mail, ctx.clock.now());
      drafts.set(draft.getId(), draft);
      return draft;
    },
    getDrafts: (): GmailDraft[] => [...drafts.values()],
    getDraft(draftId: unknown): GmailDraft {
      const draft = drafts.get(String(draftId));
      return draft ?? ctx.fail('GmailApp.getDraft', 'Invalid argument: draftId');
    },
    getDraftMessages: (): GmailMessage[] => [...drafts.values()].map((d) => d.getMessage()),
  };
  return { service, drafts: () => [...drafts.values()].map((d) => ({ id: d.getId(), message: d.getMessage() })) };
}
