/**
 * This file defines the kinds of email the program sends and, for each kind, who receives
 * it and which placeholders its template may use. The placeholder set is the contract
 * between the group's edited texts and the data the add-on fills in: a name outside a
 * kind's set is refused when the template is saved or previewed, so it can never turn
 * into a blank in a sent email.
 */

export const EMAIL_KINDS = [
  'application-received',
  'application-updated',
  'match-mentee',
  'match-mentor',
  'no-match',
  'kickoff-invitation',
  'kickoff-reminder',
  'closing-invitation',
  'closing-reminder',
  'checkin',
  'checkin-reminder',
  'thanks-mentor',
  'thanks-mentee',
  // Not emails: the title (subject) and description (body) of the two Calendar events, edited
  // beside the emails in the Templates sheet.
  'kickoff-event',
  'closing-event',
] as const;

export type EmailKind = (typeof EMAIL_KINDS)[number];

export function isEmailKind(value: unknown): value is EmailKind {
  return typeof value === 'string' && (EMAIL_KINDS as readonly string[]).includes(value);
}

/** The recipient's own fields, available in every kind. */
const PERSON = ['person.firstName', 'person.lastName', 'person.fullName', 'person.email'] as const;
/** From the program settings, available in every kind. */
const PROGRAM = ['program.name', 'contact.name', 'contact.email'] as const;
const KICKOFF = ['kickoff.when', 'kickoff.date', 'kickoff.time', 'kickoff.place', 'kickoff.videoLink'] as const;
const CLOSING = ['closing.when', 'closing.date', 'closing.time', 'closing.place', 'closing.videoLink'] as const;
const MENTOR = [
  'mentor.firstName',
  'mentor.lastName',
  'mentor.fullName',
  'mentor.email',
  'mentor.phone',
  'mentor.organisation',
  'mentor.field',
  'mentor.city',
] as const;
const MENTEE = [
  'mentee.firstName',
  'mentee.lastName',
  'mentee.fullName',
  'mentee.email',
  'mentee.phone',
  'mentee.education',
  'mentee.city',
] as const;
/** In pair kinds, the other side of the pair as seen by the recipient. */
const PARTNER = ['partner.firstName', 'partner.fullName'] as const;
const PAIR = [...MENTOR, ...MENTEE, ...PARTNER, 'match.why'] as const;
const CHECKIN = ['checkin.link', 'checkin.closes'] as const;

export type Placeholder =
  | (typeof PERSON)[number]
  | (typeof PROGRAM)[number]
  | (typeof KICKOFF)[number]
  | (typeof CLOSING)[number]
  | (typeof PAIR)[number]
  | (typeof CHECKIN)[number];

const COMMON: readonly Placeholder[] = [...PERSON, ...PROGRAM, ...KICKOFF, ...CLOSING];

/** The template kinds that are a Calendar event's title and description, never sent as email. */
export type EventKind = 'kickoff-event' | 'closing-event';

export function isEventKind(kind: EmailKind): kind is EventKind {
  return kind === 'kickoff-event' || kind === 'closing-event';
}

/** Whether the kind concerns a pair (its row in Matches) or one person. */
export function isPairKind(kind: EmailKind): boolean {
  return kind === 'match-mentee' || kind === 'match-mentor' || kind === 'checkin' || kind === 'checkin-reminder';
}

/** The placeholders `kind`'s template may use. */
export function placeholdersOf(kind: EmailKind): readonly Placeholder[] {
  switch (kind) {
    case 'match-mentee':
    case 'match-mentor':
      return [...COMMON, ...PAIR];
    case 'checkin':
    case 'checkin-reminder':
      return [...COMMON, ...PAIR, ...CHECKIN];
    // One text for every guest: no recipient's own fields.
    case 'kickoff-event':
      return [...PROGRAM, ...KICKOFF];
    case 'closing-event':
      return [...PROGRAM, ...CLOSING];
    default:
      return COMMON;
  }
}

/**
 * Placeholders filled from the group's own settings or the add-on (never applicant text):
 * web addresses in their values become links in the HTML part.
 */
export const LINK_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'checkin.link',
  'kickoff.videoLink',
  'closing.videoLink',
  'kickoff.place',
  'closing.place',
]);
