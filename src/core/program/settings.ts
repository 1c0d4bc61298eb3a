/**
 * This file defines the program's settings, the record the project group fills in on the
 * setup view and every later step reads (forms, intake, emails, meetings, the timeline), and
 * the defaults that follow the toolkit's plan. Settings are plain JSON (dates 'YYYY-MM-DD',
 * times 'HH:mm') so they can be stored in Document Properties and cross
 * `google.script.run` unchanged.
 */
import type { Language } from '../types';
import { addDays, addMonths, type IsoDate, midpoint, onOrAfterWeekday } from './dates';

export interface Person {
  name: string;
  email: string;
}

/** A joint meeting (kickoff or closing): in person, digital, or both. */
export interface MeetingSettings {
  date: IsoDate;
  /** 'HH:mm', local time of the spreadsheet. */
  time: string;
  /** Street address or room; empty when only digital or not decided yet. */
  place: string;
  /** https link to the video meeting; empty when only in person or not decided yet. */
  videoLink: string;
}

/**
 * The program's dates. Order: applicationOpens < applicationCloses <= matchesAnnounced <=
 * kickoff.date < midway < closing.date <= programEnd < dataDeletion (validateSettings).
 */
export interface Timeline {
  applicationOpens: IsoDate;
  applicationCloses: IsoDate;
  matchesAnnounced: IsoDate;
  kickoff: MeetingSettings;
  /** The midway check-in email; by default halfway between kickoff and closing. */
  midway: IsoDate;
  closing: MeetingSettings;
  programEnd: IsoDate;
  /** The day personal data is deleted; by default six months after programEnd. */
  dataDeletion: IsoDate;
}

export interface ProgramSettings {
  programName: string;
  /** The language of the forms, emails and the applicant sheets' labels. */
  language: Language;
  /** The contact person named in every form and email. */
  contact: Person;
  projectGroup: Person[];
  timeline: Timeline;
  /**
   * The optional shared list of fields both forms offer as checkboxes (empty: not asked).
   * Entries contain no commas, since Google Forms joins ticked boxes with ', '.
   */
  sharedFields: string[];
}

/** Weeks the application window stays open by default. */
export const DEFAULT_APPLICATION_WEEKS = 4;
/** The toolkit: start planning at least six months before applications open. */
export const PLANNING_MONTHS_BEFORE_OPENING = 6;
/** The toolkit: the program runs two months from kickoff to closing. */
export const PROGRAM_MONTHS = 2;
/** Personal data is kept this long after the program ends, unless the group chooses otherwise. */
export const RETENTION_MONTHS = 6;
export const DEFAULT_MEETING_TIME = '18:00';

const THURSDAY = 4;
const MONDAY = 1;

/** The suggested shared list of fields, in both languages (same order, same meaning). */
export const DEFAULT_SHARED_FIELDS: Record<Language, readonly string[]> = {
  sv: [
    'Mjukvaruutveckling',
    'Data science och AI',
    'IT och digitalisering',
    'Ekonomi och finans',
    'Juridik',
    'Medicin och life science',
    'Energi och miljö',
    'Teknik och industri',
    'Journalistik och kommunikation',
    'Undervisning och utbildning',
    'Offentlig sektor',
    'Design och UX',
    'HR och ledarskap',
    'Handel och marknadsföring',
    'Forskning',
    'Entreprenörskap',
  ],
  en: [
    'Software development',
    'Data science and AI',
    'IT and digitalisation',
    'Economics and finance',
    'Law',
    'Medicine and life science',
    'Energy and environment',
    'Engineering and industry',
    'Journalism and communication',
    'Teaching and education',
    'Public sector',
    'Design and UX',
    'HR and leadership',
    'Retail and marketing',
    'Research',
    'Entrepreneurship',
  ],
};

/** Midway default: halfway between the kickoff and the closing meeting. */
export function defaultMidway(kickoff: IsoDate, closing: IsoDate): IsoDate {
  return midpoint(kickoff, closing);
}

/** Data-deletion default: six months after the program ends. */
export function defaultDataDeletion(programEnd: IsoDate): IsoDate {
  return addMonths(programEnd, RETENTION_MONTHS);
}

/**
 * A complete first draft of the settings for a program planned from `today`, following the
 * toolkit: applications open on the first Monday at least six months ahead (the planning
 * time the toolkit asks for), stay open four weeks, matches are announced one week after
 * closing, the kickoff is the Thursday of the following week, the closing meeting two months
 * after the kickoff, the midway check-in halfway between, the program ends with the closing
 * meeting and personal data is deleted six months later. The contact person is left blank on
 * purpose: it must be a real person, so validateSettings refuses the draft until it is set.
 */
export function defaultSettings(today: IsoDate, language: Language): ProgramSettings {
  const applicationOpens = onOrAfterWeekday(addMonths(today, PLANNING_MONTHS_BEFORE_OPENING), MONDAY);
  const applicationCloses = addDays(applicationOpens, DEFAULT_APPLICATION_WEEKS * 7);
  const matchesAnnounced = addDays(applicationCloses, 7);
  const kickoff = onOrAfterWeekday(addDays(matchesAnnounced, 7), THURSDAY);
  const closing = addMonths(kickoff, PROGRAM_MONTHS);
  const year = kickoff.slice(0, 4);
  return {
    programName: language === 'sv' ? `Mentorprogram ${year}` : `Mentor program ${year}`,
    language,
    contact: { name: '', email: '' },
    projectGroup: [],
    timeline: {
      applicationOpens,
      applicationCloses,
      matchesAnnounced,
      kickoff: { date: kickoff, time: DEFAULT_MEETING_TIME, place: '', videoLink: '' },
      midway: defaultMidway(kickoff, closing),
      closing: { date: closing, time: DEFAULT_MEETING_TIME, place: '', videoLink: '' },
      programEnd: closing,
      dataDeletion: defaultDataDeletion(closing),
    },
    sharedFields: [...DEFAULT_SHARED_FIELDS[language]],
  };
}
