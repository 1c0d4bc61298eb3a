/**
 * This file defines MailApp: sendEmail in its four overloads and getRemainingDailyQuota,
 * sharing the outbox and the recipient quota with GmailApp. MailApp has no `from` option
 * (it always sends as the user), so a `from` passed to it is ignored as Google ignores it.
 */
import type { EmulatorContext } from '../context';
import type { MailOutbox, OutgoingMail } from './mail-outbox';

export function createMailApp(ctx: EmulatorContext, outbox: MailOutbox) {
  const service = {
    getRemainingDailyQuota: (): number => outbox.remaining(),
    sendEmail(...args: unknown[]): void {
      const method = 'MailApp.sendEmail';
      let mail: OutgoingMail;
      const [a, b, c, d] = args;
      if (args.length === 1 && typeof a === 'object' && a !== null) {
        const m = a as Record<string, unknown>;
        mail = { ...m, to: String(m.to ?? ''), subject: String(m.subject ?? ''), body: String(m.body ?? '') };
      } else if (args.length === 4 && typeof d === 'string') {
        // sendEmail(to, replyTo, subject, body)
        mail = { to: String(a), replyTo: b, subject: String(c), body: d };
      } else if (args.length >= 3) {
        const o = typeof d === 'object' && d !== null ? (d as Record<string, unknown>) : {};
        mail = { ...o, to: String(a), subject: String(b), body: String(c) };
      } else {
        ctx.fail(method, `The parameters (${args.map((x) => typeof x).join(',')}) don't match the method signature for MailApp.sendEmail.`);
      }
      outbox.send(method, 'MailApp', { ...mail, from: undefined });
    },
  };
  return { service };
}
