/**
 * This file defines the kickoff and closing invitations' words: the title and the text come
 * from the group's templates (the `kickoff-event` and `closing-event` kinds of the Templates
 * sheet, whose defaults follow the toolkit: what the program is, the roles, what is expected
 * of mentor and mentee, what to talk about, the mentee's responsibility for keeping in
 * touch, the contact person), and the place (in person, a video link, or both) is added from
 * the settings. Plain text only: Calendar shows descriptions as typed, and names the group
 * typed are data, never markup.
 */
import type { EmailTemplate } from '../email/render';
import { type EventKind, eventValues, renderEmail, type TemplateProblem } from '../email';
import type { MeetingSettings, ProgramSettings } from '../program/settings';
import type { Language } from '../types';

export type MeetingKind = 'kickoff' | 'closing';

interface Words {
  place: string;
  video: string;
  meet: string;
}

const WORDS: Record<Language, Words> = {
  sv: { place: 'Plats', video: 'Videolänk', meet: 'Google Meet-länken finns i inbjudan.' },
  en: { place: 'Place', video: 'Video link', meet: 'The Google Meet link is in the invitation.' },
};

/** Which template holds each meeting's title and text. */
export const EVENT_TEMPLATE: Readonly<Record<MeetingKind, EventKind>> = { kickoff: 'kickoff-event', closing: 'closing-event' };

export function meetingOfTemplate(kind: EventKind): MeetingKind {
  return kind === 'kickoff-event' ? 'kickoff' : 'closing';
}

/** The event's words as the group wrote them: the rendered `kickoff-event`/`closing-event` template. */
export interface WrittenEventText {
  title: string;
  text: string;
}

export interface InvitationText {
  title: string;
  description: string;
  /** What Calendar shows as the event's location: the address, else the video link. */
  location: string;
}

/**
 * The invitation's title, description and location: the group's text (from the Templates
 * sheet), then the place, the video link and the Meet note from the settings, so that a
 * changed place reaches the event whatever the text says.
 */
export function invitationText(settings: ProgramSettings, kind: MeetingKind, withMeet: boolean, written: WrittenEventText): InvitationText {
  const w = WORDS[settings.language];
  const meeting: MeetingSettings = kind === 'kickoff' ? settings.timeline.kickoff : settings.timeline.closing;
  const place = meeting.place.trim();
  const video = meeting.videoLink.trim();
  const lines = [written.text.trimEnd(), ''];
  if (place) lines.push(`${w.place}: ${place}`);
  if (video) lines.push(`${w.video}: ${video}`);
  if (withMeet) lines.push(w.meet);
  return { title: written.title, description: lines.join('\n').trimEnd(), location: place || video };
}

/**
 * The invitation from the group's template of that meeting (`kickoff-event` or
 * `closing-event`), filled with the program's values, or the template's problems.
 */
export function renderInvitation(
  settings: ProgramSettings,
  template: EmailTemplate & { kind: EventKind },
  withMeet: boolean,
): { ok: true; invitation: InvitationText } | { ok: false; problems: TemplateProblem[] } {
  const rendered = renderEmail(template, eventValues(settings));
  if (!rendered.ok) return rendered;
  const written = { title: rendered.email.subject, text: rendered.email.text };
  return { ok: true, invitation: invitationText(settings, meetingOfTemplate(template.kind), withMeet, written) };
}
