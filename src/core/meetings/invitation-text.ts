/**
 * This file defines the kickoff and closing invitations' words: the event title and the
 * description, in the program's language, following the toolkit (what the program is, the
 * roles, what is expected of mentor and mentee, what to talk about, the mentee's
 * responsibility for keeping in touch, the contact person) and the place (in person, a
 * video link, or both). Plain text only: Calendar shows descriptions as typed, and names
 * the group typed are data, never markup.
 */
import type { MeetingSettings, ProgramSettings } from '../program/settings';
import type { Language } from '../types';

export type MeetingKind = 'kickoff' | 'closing';

interface Words {
  title: Record<MeetingKind, (program: string) => string>;
  intro: Record<MeetingKind, string>;
  body: Record<MeetingKind, string[]>;
  place: string;
  video: string;
  meet: string;
  contact: (name: string, email: string) => string;
}

const WORDS: Record<Language, Words> = {
  sv: {
    title: { kickoff: (p) => `Kickoff: ${p}`, closing: (p) => `Avslutning: ${p}` },
    intro: {
      kickoff: 'Välkommen till kickoffen! Ett mentorprogram låter studenter samtala om framtida studier och yrkesval med en erfaren alumn i arbetslivet.',
      closing: 'Välkommen till avslutningen! Vi ses för att runda av programmet och tacka varandra, och särskilt mentorerna för deras tid och erfarenhet.',
    },
    body: {
      kickoff: [
        'På kickoffen går vi igenom hur programmet fungerar och vad som väntas av mentor och adept.',
        'Mentorn delar med sig av sina erfarenheter och sitt nätverk; adepten driver samtalen och är tydlig med vad hen vill ha ut av dem.',
        'Adepten ansvarar för att hålla kontakten och boka träffarna. Vi rekommenderar två till tre träffar, fysiskt eller digitalt.',
        'Tips på samtalsämnen: vägen från studier till arbetsliv, en vanlig arbetsdag, val av kurser och examensarbete, praktik, nätverkande.',
      ],
      closing: ['Berätta gärna hur det har gått: vad ni pratade om och vad ni tar med er. Nätverket finns kvar efter programmet.'],
    },
    place: 'Plats',
    video: 'Videolänk',
    meet: 'Google Meet-länken finns i inbjudan.',
    contact: (n, e) => `Frågor? Kontakta ${n} (${e}).`,
  },
  en: {
    title: { kickoff: (p) => `Kickoff: ${p}`, closing: (p) => `Closing meeting: ${p}` },
    intro: {
      kickoff: 'Welcome to the kickoff! A mentor program lets students talk about future studies and career choices with an experienced alumnus or alumna in working life.',
      closing: 'Welcome to the closing meeting! We meet to round off the program and thank each other, and the mentors especially for their time and experience.',
    },
    body: {
      kickoff: [
        'At the kickoff we go through how the program works and what is expected of mentor and mentee.',
        'The mentor shares experience and contacts; the mentee leads the conversations and is clear about what they want from them.',
        'The mentee is responsible for keeping in touch and booking the meetings. We recommend two to three meetings, in person or digitally.',
        'Things to talk about: the step from studies to working life, an ordinary working day, choosing courses and a degree project, internships, networking.',
      ],
      closing: ['Tell us how it went: what you talked about and what you take with you. The network stays after the program.'],
    },
    place: 'Place',
    video: 'Video link',
    meet: 'The Google Meet link is in the invitation.',
    contact: (n, e) => `Questions? Contact ${n} (${e}).`,
  },
};

export interface InvitationText {
  title: string;
  description: string;
  /** What Calendar shows as the event's location: the address, else the video link. */
  location: string;
}

/** The invitation's title, description and location for a meeting of the program. */
export function invitationText(settings: ProgramSettings, kind: MeetingKind, withMeet: boolean): InvitationText {
  const w = WORDS[settings.language];
  const meeting: MeetingSettings = kind === 'kickoff' ? settings.timeline.kickoff : settings.timeline.closing;
  const place = meeting.place.trim();
  const video = meeting.videoLink.trim();
  const lines = [w.intro[kind], '', ...w.body[kind], ''];
  if (place) lines.push(`${w.place}: ${place}`);
  if (video) lines.push(`${w.video}: ${video}`);
  if (withMeet) lines.push(w.meet);
  lines.push('', w.contact(settings.contact.name, settings.contact.email));
  return { title: w.title[kind](settings.programName), description: lines.join('\n'), location: place || video };
}
