/**
 * This file defines the Swedish labels of the email sheets (Outbox and Templates): their
 * column headers, the names of the kinds and states as the group reads them in the sheet,
 * and the template problems. The English file has the same keys (EmailTexts enforces it).
 */
import type { EmailKind } from './kinds';
import type { OutboxState } from './outbox';

export const sv = {
  outboxHeaders: {
    recipient: 'Mottagare',
    kind: 'Typ',
    personId: 'Person',
    pairId: 'Par',
    language: 'Språk',
    due: 'Skickas från',
    state: 'Status',
    attempts: 'Försök',
    error: 'Fel',
    sentAt: 'Skickat',
    key: 'Nyckel',
    claim: 'claim',
  },
  templateHeaders: {
    kind: 'Typ',
    language: 'Språk',
    subject: 'Ämne',
    body: 'Text',
    placeholders: 'Fält som kan användas',
  },
  kinds: {
    'application-received': 'Ansökan mottagen',
    'application-updated': 'Ansökan uppdaterad',
    'match-mentee': 'Matchning (till adept)',
    'match-mentor': 'Matchning (till mentor)',
    'no-match': 'Ingen matchning',
    'kickoff-invitation': 'Inbjudan till uppstartsmöte',
    'kickoff-reminder': 'Påminnelse om uppstartsmöte',
    'closing-invitation': 'Inbjudan till avslutningsträff',
    'closing-reminder': 'Påminnelse om avslutningsträff',
    checkin: 'Avstämning i mitten',
    'checkin-reminder': 'Påminnelse om avstämning',
    'thanks-mentor': 'Tack till mentor',
    'thanks-mentee': 'Tack till adept',
  } satisfies Record<EmailKind, string>,
  states: {
    queued: 'i kö',
    sending: 'skickas',
    sent: 'skickat',
    failed: 'misslyckades',
    held: 'pausat',
    cancelled: 'avbrutet',
  } satisfies Record<OutboxState, string>,
  languages: { sv: 'svenska', en: 'engelska' },
  unknownPlaceholder: (field: string, name: string, suggestion: string | null) =>
    `${field}: fältet {{${name}}} finns inte${suggestion ? `. Menade du {{${suggestion}}}?` : '.'}`,
  unclosedPlaceholder: (field: string, near: string) => `${field}: "${near}" saknar avslutande }}.`,
  emptySubject: 'Ämnesraden är tom.',
  emptyBody: 'Texten är tom.',
  fieldSubject: 'Ämne',
  fieldBody: 'Text',
  withdrawn: 'Personen har återkallat sin ansökan eller tagits bort.',
  pairGone: 'Paret finns inte längre bland de bekräftade.',
  invalidRecipient: (address: string) => `Ogiltig mottagaradress: ${address}`,
  unconfirmed: 'Kontrollera innan du skickar igen: körningen avbröts medan mejlet skickades.',
  pairChanged: 'Paret har ändrats efter att matchningsmejlet skickades. Skicka om för att meddela det nya paret.',
  markedSent: 'Markerat som skickat.',
  templateProblem: 'Mallen har fel; rätta den och skicka igen.',
};
