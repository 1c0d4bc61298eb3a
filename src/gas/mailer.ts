/**
 * This file defines the mailer port with GmailApp: GmailApp can send from an alias the
 * group shares (MailApp cannot), with the plain-text body and the HTML part together, the
 * sender's name and reply-to the contact person. Gmail's errors are sorted into what the
 * outbox must do: a refused message is failed with Gmail's own words, an exhausted daily
 * quota stops the drain, and anything else (or the end of the execution time) is thrown or
 * reported as unknown, because then nobody can tell whether the email went.
 */
import type { Mailer, SendResult } from '../app/ports';

const QUOTA = /Service invoked too many times for one day: email/i;
const REJECTED = /^(Invalid email|Invalid argument|Limit Exceeded: Email)/i;
const TIME_UP = /Exceeded maximum execution time/i;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const gasMailer: Mailer = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  aliases: () => GmailApp.getAliases(),
  userEmail: () => Session.getEffectiveUser().getEmail(),
  send(email): SendResult {
    const options: GoogleAppsScript.Gmail.GmailAdvancedOptions = {
      htmlBody: email.html,
      name: email.name,
      replyTo: email.replyTo,
    };
    if (email.from) options.from = email.from;
    try {
      GmailApp.sendEmail(email.to, email.subject, email.text, options);
      return { ok: true };
    } catch (error) {
      const message = messageOf(error);
      if (TIME_UP.test(message)) throw error;
      if (QUOTA.test(message)) return { ok: false, reason: 'quota', message };
      if (REJECTED.test(message)) return { ok: false, reason: 'rejected', message };
      return { ok: false, reason: 'unknown', message };
    }
  },
};
