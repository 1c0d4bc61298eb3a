/**
 * This file defines where every placeholder's value comes from: the recipient, the
 * program's settings (contact person, meetings, written out in the recipient's language),
 * the pair and its reasons, and the check-in link. It is the one place a placeholder name
 * meets data, so the set in kinds.ts and the values here cannot drift apart unnoticed
 * (the tests render every kind with these values).
 */
import { formatDate, formatDateTime, isoWeekday, type MeetingSettings, type ProgramSettings } from '../program';
import type { Language, Role } from '../types';

/** What an email needs to know about a person. */
export interface EmailPerson {
  id: string;
  role: Role;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  city: string;
  /** Mentors only. */
  organisation?: string;
  field?: string;
  /** Mentees: education and areas of interest. */
  education?: string;
}

export interface EmailPair {
  pairId: string;
  mentor: EmailPerson;
  mentee: EmailPerson;
  /** Why they were matched, in words, in the recipient's language when known. */
  why: string;
}

export interface EmailContext {
  settings: ProgramSettings;
  language: Language;
  recipient: EmailPerson;
  pair?: EmailPair;
  checkin?: { link: string; closes: string };
}

const WEEKDAYS: Record<Language, readonly string[]> = {
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** 'torsdag 14 januari 2027 kl. 18:00' / 'Thursday 14 January 2027 at 18:00'. */
export function meetingWhen(meeting: MeetingSettings, language: Language): string {
  return `${WEEKDAYS[language][isoWeekday(meeting.date) - 1]} ${formatDateTime(meeting.date, meeting.time, language)}`;
}

/** The place in words: the address, the video link, or both. */
export function meetingPlace(meeting: MeetingSettings, language: Language): string {
  const place = meeting.place.trim();
  const link = meeting.videoLink.trim();
  const sv = language === 'sv';
  if (place && link) return sv ? `${place}, eller digitalt via ${link}` : `${place}, or online at ${link}`;
  if (place) return place;
  if (link) return sv ? `digitalt via ${link}` : `online at ${link}`;
  return sv ? 'plats meddelas senare' : 'place to be announced';
}

const fullName = (p: EmailPerson) => `${p.firstName} ${p.lastName}`.trim();

function personValues(prefix: string, p: EmailPerson): Record<string, string> {
  return {
    [`${prefix}.firstName`]: p.firstName,
    [`${prefix}.lastName`]: p.lastName,
    [`${prefix}.fullName`]: fullName(p),
    [`${prefix}.email`]: p.email,
    [`${prefix}.phone`]: p.phone,
    [`${prefix}.city`]: p.city,
    [`${prefix}.organisation`]: p.organisation ?? '',
    [`${prefix}.field`]: p.field ?? '',
    [`${prefix}.education`]: p.education ?? '',
  };
}

function meetingValues(prefix: string, m: MeetingSettings, language: Language): Record<string, string> {
  return {
    [`${prefix}.when`]: meetingWhen(m, language),
    [`${prefix}.date`]: formatDate(m.date, language),
    [`${prefix}.time`]: m.time,
    [`${prefix}.place`]: meetingPlace(m, language),
    [`${prefix}.videoLink`]: m.videoLink,
  };
}

/** The values of a Calendar event's text (one for every guest: the program and its meetings). */
export function eventValues(settings: ProgramSettings): Record<string, string> {
  const language = settings.language;
  return {
    'program.name': settings.programName,
    'contact.name': settings.contact.name,
    'contact.email': settings.contact.email,
    ...meetingValues('kickoff', settings.timeline.kickoff, language),
    ...meetingValues('closing', settings.timeline.closing, language),
  };
}

/** Every placeholder value for this context (a superset of any one kind's set). */
export function placeholderValues(c: EmailContext): Record<string, string> {
  const { settings, language } = c;
  const values: Record<string, string> = {
    ...personValues('person', c.recipient),
    'program.name': settings.programName,
    'contact.name': settings.contact.name,
    'contact.email': settings.contact.email,
    ...meetingValues('kickoff', settings.timeline.kickoff, language),
    ...meetingValues('closing', settings.timeline.closing, language),
  };
  if (c.pair) {
    const partner = c.recipient.id === c.pair.mentor.id ? c.pair.mentee : c.pair.mentor;
    Object.assign(values, personValues('mentor', c.pair.mentor), personValues('mentee', c.pair.mentee), {
      'partner.firstName': partner.firstName,
      'partner.fullName': fullName(partner),
      'match.why': c.pair.why,
    });
  }
  if (c.checkin) Object.assign(values, { 'checkin.link': c.checkin.link, 'checkin.closes': c.checkin.closes });
  return values;
}
