/**
 * This file defines every Swedish text the add-on shows in the sidebar and menu. The
 * English file has exactly the same keys (the type checker enforces it).
 */
export const sv = {
  menuOpen: 'Öppna Mentorprogram',
  sidebarTitle: 'Mentorprogram',
  loading: 'Laddar …',
  errorPrefix: 'Något gick fel:',
  retry: 'Försök igen',
  untitledProgram: 'Namnlöst mentorprogram',
  overviewHeading: 'Översikt',
  mentors: 'Mentorer',
  mentees: 'Adepter',
  needAttention: 'behöver åtgärd',
  language: 'Språk',
  languageSv: 'Svenska',
  languageEn: 'Engelska',
  refresh: 'Uppdatera',
  updatedAt: 'Uppdaterad',
};
