/**
 * This file defines every English text the add-on shows in the sidebar and menu, with the
 * same keys as the Swedish file.
 */
import type { Messages } from './index';

export const en: Messages = {
  menuOpen: 'Open Mentorprogram',
  sidebarTitle: 'Mentorprogram',
  loading: 'Loading …',
  errorPrefix: 'Something went wrong:',
  retry: 'Try again',
  untitledProgram: 'Untitled mentor program',
  overviewHeading: 'Overview',
  mentors: 'Mentors',
  mentees: 'Mentees',
  needAttention: 'need attention',
  language: 'Language',
  languageSv: 'Swedish',
  languageEn: 'English',
  refresh: 'Refresh',
  updatedAt: 'Updated',
};
