/**
 * This file defines the English texts of the two sign-up forms, with the same keys as the
 * Swedish file. Titles are also raw-sheet column headers: keep them stable.
 */
import type { FormTexts } from './texts';

export const en: FormTexts = {
  titles: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Mobile number',
    organisation: 'Company or organisation',
    field: 'Main field of work',
    mentorEducation: 'Educational background',
    menteeEducation: 'Education and areas of interest',
    city: 'City',
    digital: 'Are you open to meeting digitally?',
    acceptsEnglish: 'Would you mentor an English-speaking mentee?',
    capacity: 'How many mentees can you take on?',
    language: 'Which language do you need the mentorship in?',
    motivation: 'Why do you want to take part in the mentor program?',
    expectations: 'What do you expect of your mentor?',
    contribution: 'What can you contribute yourself?',
    mentorFields: 'Fields you can contribute in',
    menteeFields: 'Fields you are interested in',
    wishes: 'Other wishes and comments',
    consent: 'Consent to the processing of personal data',
  },
  help: {
    email: 'All information about the program is sent to this address.',
    phone: 'Optional. Only shared with the person you are matched with.',
    organisation: 'Where you work today.',
    field: 'For example software development, law or public administration.',
    mentorEducation: 'For example MSc in Energy Systems, Uppsala University.',
    menteeEducation: 'What you study or have studied, and what interests you.',
    city: 'Where you live or work.',
    digital: 'For example if you live in different cities.',
    capacity: 'Leave blank for one mentee.',
    language: 'The language you and your mentor will speak.',
    fields: 'Tick all that apply.',
  },
  emailValidation: 'Enter a valid email address, for example name@example.com.',
  yes: 'Yes',
  no: 'No',
  swedish: 'Swedish',
  english: 'English',
  consentChoice: 'I consent',
  consentText: (p: { programName: string; partner: string; contact: string; deletion: string }) =>
    `We process the information in this form to run ${p.programName}: to review sign-ups, match mentors and ` +
    'mentees, send information and invite you to meetings. The project group handles it, and once matched, ' +
    `${p.partner} receives your name and contact details. The information is deleted by ${p.deletion} at the ` +
    `latest. You can withdraw your consent, or ask to see, correct or delete your information, at any time by ` +
    `contacting ${p.contact}.`,
  yourMentee: 'your mentee',
  yourMentor: 'your mentor',
  mentorTitle: (programName: string) => `${programName}: sign up as a mentor`,
  menteeTitle: (programName: string) => `${programName}: sign up as a mentee`,
  mentorIntro:
    'As a mentor you share your experience of working life with a student or recent graduate (mentee). You ' +
    'decide together how to meet, in person or digitally; two to three meetings are recommended.',
  menteeIntro:
    'As a mentee you get an experienced mentor from working life to talk with about studies, career choices ' +
    'and work. You are the one who keeps in touch with your mentor; two to three meetings are recommended.',
  englishNote: '',
  schedule: (p: { closes: string; kickoff: string; closing: string }) =>
    `The last day to sign up is ${p.closes}. The program starts with a kickoff meeting on ${p.kickoff} and ends with a closing meeting on ${p.closing}.`,
  questions: (contact: string) => `Questions? Contact ${contact}.`,
  confirmation: (p: { announced: string; contact: string }) =>
    `Thank you for signing up! We have received your answers and will tell you by email by ${p.announced} ` +
    `whom you have been matched with. If you have questions or want to change something, contact ${p.contact}. ` +
    'If you submit the form again with the same email address, your new answers replace the old ones.',
};
