/**
 * This file defines the workbench's expected failures as values: a message key and its
 * values, in the shape of the project's Result (src/core/failures on the errs branch), with
 * their Swedish and English sentences. A refused action changes nothing; the sidebar shows
 * the sentence and the group decides what to do.
 */
import type { Language } from '../types';

export type WorkbenchFailureKey =
  | 'staleVersion'
  | 'unknownMentee'
  | 'unknownMentor'
  | 'notTakingPart'
  | 'pairForbidden'
  | 'languageRule'
  | 'mentorFull'
  | 'noPair'
  | 'pairLocked'
  | 'notLocked'
  | 'sameMentor'
  | 'nothingToUndo'
  | 'nothingToConfirm'
  | 'pairHasWarning'
  | 'badAction';

export interface WorkbenchFailure {
  readonly key: WorkbenchFailureKey;
  readonly values: Readonly<Record<string, string | number>>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: WorkbenchFailure };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = <T = never>(key: WorkbenchFailureKey, values: Record<string, string | number> = {}): Outcome<T> => ({
  ok: false,
  failure: { key, values },
});

const texts: Record<Language, Record<WorkbenchFailureKey, string>> = {
  sv: {
    staleVersion: 'Någon annan har ändrat matchningarna sedan du läste in dem. Läs in igen och gör om ändringen.',
    unknownMentee: 'Adepten {name} finns inte i fliken Mentees.',
    unknownMentor: 'Mentorn {name} finns inte i fliken Mentors.',
    notTakingPart: '{name} är avanmäld eller ogiltig och kan inte matchas.',
    pairForbidden: 'Paret {mentee} och {mentor} är spärrat.',
    languageRule: '{mentee} behöver engelska men {mentor} tar inte emot engelskspråkiga adepter.',
    mentorFull: '{mentor} har redan {used} av {capacity} platser fyllda.',
    noPair: '{mentee} har ingen mentor.',
    pairLocked: 'Paret med {mentee} är låst. Lås upp det först.',
    notLocked: 'Paret med {mentee} är inte låst.',
    sameMentor: '{mentee} har redan {mentor} som mentor.',
    nothingToUndo: 'Det finns inget att ångra.',
    nothingToConfirm: 'Det finns inga föreslagna par att bekräfta.',
    pairHasWarning: 'Paret med {mentee} har en varning och kan inte bekräftas förrän den är åtgärdad.',
    badAction: 'Okänd åtgärd.',
  },
  en: {
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
  },
};

/** The failure as one sentence; values are inserted as text. */
export function renderWorkbenchFailure(failure: WorkbenchFailure, language: Language): string {
  const template = texts[language]?.[failure.key] ?? failure.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = failure.values[name];
    return value === undefined ? whole : String(value);
  });
}
