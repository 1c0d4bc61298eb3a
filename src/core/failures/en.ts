/**
 * This file defines the English wording of every expected failure, key for key as the
 * Swedish file (the type checker enforces it).
 */
import type { sv } from './sv';

export const en: Record<keyof typeof sv, string> = {
  settingsRequired: 'Save the program settings first.',
  settingsInvalid: 'Correct the marked fields. Nothing has been saved.',
  settingsTooLarge: 'The settings are too large to save ({size} of at most {max} bytes). Shorten links, names or the list of fields.',
  formsMissing: 'The forms have not been created yet. Press "Create both forms".',
  formGone: 'The form cannot be found (deleted?). Create the forms again.',
  formsUnavailable: 'Google Forms did not answer; try again in a moment. No form has been made anew.',
  unknownForm: 'There is no form "{role}".',
  duplicateId: 'Rows {rows} of the sheet {sheet} have the same id {id}. Delete or change one of them.',
  checkinPersonUnknown: 'There is no {person} on the Mentors or Mentees sheet.',
  templateInvalid: 'The template has errors: {problems}',
  emailQuotaUsed: "Today's email quota is used up. Try again tomorrow. ({message})",
  emailNotSent: 'The email could not be sent: {message}',
  aliasUnknown: 'You cannot send from {alias}. Choose one of your own addresses.',
  // The matching workbench
  staleVersion: 'Someone else changed the matches since you loaded them. Reload and make your change again.',
  unknownMentee: 'The mentee {name} is not on the Mentees sheet.',
  unknownMentor: 'The mentor {name} is not on the Mentors sheet.',
  notTakingPart: '{name} has withdrawn or is invalid and cannot be matched.',
  pairForbidden: 'The pair {mentee} and {mentor} is forbidden.',
  languageRule: '{mentee} needs English but {mentor} does not accept English-speaking mentees.',
  mentorFull: '{mentor} already has {used} of {capacity} places filled.',
  noPair: '{mentee} has no mentor.',
  pairLocked: 'The pair with {mentee} is locked. Unlock it first.',
  notLocked: 'The pair with {mentee} is not locked.',
  sameMentor: '{mentee} already has {mentor} as mentor.',
  nothingToUndo: 'There is nothing to undo.',
  nothingToConfirm: 'There are no proposed pairs to confirm.',
  pairHasWarning: 'The pair with {mentee} has a warning and cannot be confirmed until it is fixed.',
  badAction: 'Unknown action.',
  formsBeingCreated: 'The forms are being created by {by} right now. Wait a moment and press Refresh.',
};

/** A list of rows as an English reader writes it: "5", "5 and 9", "5, 9 and 12". */
export function enList(items: readonly (string | number)[]): string {
  const parts = items.map(String);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
