/**
 * This file defines the English labels of the email sheets (Outbox and Templates), with
 * the same keys as the Swedish file.
 */
import type { EmailTexts } from './texts';

export const en: EmailTexts = {
  outboxHeaders: {
    recipient: 'Recipient',
    kind: 'Kind',
    personId: 'Person',
    pairId: 'Pair',
    language: 'Language',
    due: 'Due',
    state: 'State',
    attempts: 'Attempts',
    error: 'Error',
    sentAt: 'Sent at',
    key: 'Key',
    claim: 'claim',
  },
  templateHeaders: {
    kind: 'Kind',
    language: 'Language',
    subject: 'Subject',
    body: 'Body',
    placeholders: 'Fields you can use',
  },
  kinds: {
    'application-received': 'Application received',
    'application-updated': 'Application updated',
    'match-mentee': 'Match (to mentee)',
    'match-mentor': 'Match (to mentor)',
    'no-match': 'No match',
    'kickoff-invitation': 'Kickoff invitation',
    'kickoff-reminder': 'Kickoff reminder',
    'closing-invitation': 'Closing invitation',
    'closing-reminder': 'Closing reminder',
    checkin: 'Midway check-in',
    'checkin-reminder': 'Check-in reminder',
    'thanks-mentor': 'Thanks to mentor',
    'thanks-mentee': 'Thanks to mentee',
  },
  states: {
    queued: 'queued',
    sending: 'sending',
    sent: 'sent',
    failed: 'failed',
    held: 'held',
    cancelled: 'cancelled',
  },
  languages: { sv: 'Swedish', en: 'English' },
  unknownPlaceholder: (field, name, suggestion) =>
    `${field}: there is no field {{${name}}}${suggestion ? `. Did you mean {{${suggestion}}}?` : '.'}`,
  unclosedPlaceholder: (field, near) => `${field}: "${near}" has no closing }}.`,
  emptySubject: 'The subject is empty.',
  emptyBody: 'The body is empty.',
  fieldSubject: 'Subject',
  fieldBody: 'Body',
  withdrawn: 'The person has withdrawn or been removed.',
  pairGone: 'The pair is no longer among the confirmed pairs.',
  invalidRecipient: (address) => `Invalid recipient address: ${address}`,
  unconfirmed: 'Check before resending: the run stopped while this email was being sent.',
  pairChanged: 'The pair changed after the match email was sent. Resend to tell them about the new pair.',
  markedSent: 'Marked as sent.',
  templateProblem: 'The template has errors; fix it and send again.',
};
