/**
 * This file defines the English texts of program setup, with the same keys as the Swedish
 * file: the validation messages and the planning checklist's labels.
 */
import type { ProgramTexts } from './texts';

export const en: ProgramTexts = {
  notAnObject: 'The settings are missing or malformed.',
  programNameRequired: "Enter the program's name.",
  tooLong: (max: number) => `At most ${max} characters.`,
  languageInvalid: 'Choose Swedish or English.',
  contactNameRequired: "Enter the contact person's name.",
  memberNameRequired: "Enter the group member's name.",
  emailRequired: 'Enter an email address.',
  emailInvalid: 'Enter a valid email address, for example name@example.com.',
  projectGroupInvalid: 'The project group must be a list of names and email addresses.',
  tooManyMembers: (max: number) => `At most ${max} people in the project group.`,
  dateRequired: 'Enter a date (YYYY-MM-DD).',
  dateInvalid: (value: string) => `"${value}" is not a valid date. Write YYYY-MM-DD, for example 2026-09-14.`,
  timeInvalid: 'Enter a time as HH:MM, for example 18:00.',
  linkInvalid: 'Enter a full link starting with https://',
  closesAfterOpens: 'Applications must close after they open.',
  announcedNotBeforeCloses: 'Matches cannot be announced before applications close.',
  kickoffNotBeforeAnnounced: 'The kickoff cannot be before the matches are announced.',
  midwayAfterKickoff: 'The midway check-in must be after the kickoff.',
  closingAfterKickoff: 'The closing meeting must be after the kickoff.',
  midwayBeforeClosing: 'The midway check-in must be before the closing meeting.',
  endNotBeforeClosing: 'The program cannot end before the closing meeting.',
  deletionAfterEnd: 'Personal data must be deleted after the program ends.',
  sharedFieldsInvalid: 'The fields must be a list of texts.',
  sharedFieldComma: 'A field cannot contain a comma (the form separates ticked answers with commas).',
  tooManySharedFields: (max: number) => `At most ${max} fields.`,
  checklist: {
    startPlanning: 'Start planning (at least six months before applications open)',
    appointGroup: 'Appoint the project group and a contact person',
    createForms: 'Create the sign-up forms',
    openApplications: 'Applications open',
    closeApplications: 'Applications close',
    match: 'Match mentees with mentors',
    announceMatches: 'Announce the matches by email',
    kickoff: 'Kickoff meeting',
    midwayCheckIn: 'Midway check-in',
    closingMeeting: 'Closing meeting',
    programEnd: 'Program ends',
    deleteData: 'Delete the personal data',
  },
};
