/**
 * This file defines the hard-rule warnings of a board read from the Matches sheet: a
 * mentor with more mentees than places, a pair breaking the English rule, a withdrawn or
 * unknown person, a forbidden pair, a mentee in two rows. The group may have typed any of
 * these by hand; they are reported with the fix the sidebar offers, never repaired
 * silently, because the sheet is the group's and the group decides.
 */
import { languageAllows } from '../matching';
import type { Language } from '../types';
import { type Board, indexPeople, isForbidden, type People, takesPart } from './board';

export type WarningKind =
  | 'overCapacity'
  | 'languageRule'
  | 'menteeWithdrawn'
  | 'mentorWithdrawn'
  | 'unknownMentee'
  | 'unknownMentor'
  | 'forbidden'
  | 'duplicateMentee';

export interface PairWarning {
  readonly kind: WarningKind;
  readonly menteeId: string;
  readonly mentorId: string;
  /** What the sidebar offers: remove this pair, or (a duplicate row) edit the sheet. */
  readonly fix: 'unassign' | 'editSheet';
  /** Names (or the sheet's text for an unknown person) and the mentor's capacity. */
  readonly values: Readonly<Record<string, string | number>>;
}

export function boardWarnings(board: Board, people: People): PairWarning[] {
  const ix = indexPeople(people);
  const out: PairWarning[] = [];
  const used = new Map<string, number>();
  const seenFirst = new Set<string>();
  for (const pair of board.pairs) {
    if (seenFirst.has(pair.menteeId)) continue;
    seenFirst.add(pair.menteeId);
    used.set(pair.mentorId, (used.get(pair.mentorId) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const name = (p: { firstName: string; lastName: string } | undefined, id: string) => (p ? `${p.firstName} ${p.lastName}`.trim() : id);
  for (const pair of board.pairs) {
    const mentee = ix.mentee.get(pair.menteeId);
    const mentor = ix.mentor.get(pair.mentorId);
    const values = { mentee: name(mentee, pair.menteeId), mentor: name(mentor, pair.mentorId) };
    const warn = (kind: WarningKind, extra: Record<string, string | number> = {}, fix: PairWarning['fix'] = 'unassign') =>
      out.push({ kind, menteeId: pair.menteeId, mentorId: pair.mentorId, fix, values: { ...values, ...extra } });
    if (seen.has(pair.menteeId)) {
      warn('duplicateMentee', {}, 'editSheet');
      continue;
    }
    seen.add(pair.menteeId);
    if (!mentee) warn('unknownMentee');
    else if (!takesPart(mentee)) warn('menteeWithdrawn');
    if (!mentor) warn('unknownMentor');
    else if (!takesPart(mentor)) warn('mentorWithdrawn');
    if (mentee && mentor) {
      if (!languageAllows(mentee, mentor)) warn('languageRule');
      if (isForbidden(board, pair.menteeId, pair.mentorId)) warn('forbidden');
      // Every pair of that mentor: which one goes is the group's choice, not the sheet order's.
      if ((used.get(mentor.id) ?? 0) > mentor.capacity) warn('overCapacity', { capacity: mentor.capacity });
    }
  }
  return out;
}

const texts: Record<Language, Record<WarningKind, string>> = {
  sv: {
    overCapacity: '{mentor} har fler adepter än {capacity} platser, bland dem {mentee}. Ta bort ett par eller höj kapaciteten i fliken Mentors.',
    languageRule: '{mentee} behöver engelska men {mentor} tar inte emot engelskspråkiga adepter. Ta bort paret.',
    menteeWithdrawn: '{mentee} är avanmäld. Ta bort paret.',
    mentorWithdrawn: '{mentor} är avanmäld. Ta bort paret.',
    unknownMentee: 'Adepten "{mentee}" finns inte i fliken Mentees. Rätta e-postadressen i fliken eller ta bort paret.',
    unknownMentor: 'Mentorn "{mentor}" finns inte i fliken Mentors. Rätta e-postadressen i fliken eller ta bort paret.',
    forbidden: 'Paret {mentee} och {mentor} är spärrat. Ta bort paret eller häv spärren.',
    duplicateMentee: '{mentee} står på flera rader. Ta bort raderna som inte gäller i fliken.',
  },
  en: {
    overCapacity: '{mentor} has more mentees than {capacity} places, {mentee} among them. Remove a pair or raise the capacity on the Mentors sheet.',
    languageRule: '{mentee} needs English but {mentor} does not accept English-speaking mentees. Remove the pair.',
    menteeWithdrawn: '{mentee} has withdrawn. Remove the pair.',
    mentorWithdrawn: '{mentor} has withdrawn. Remove the pair.',
    unknownMentee: 'The mentee "{mentee}" is not on the Mentees sheet. Correct the email address in the sheet or remove the pair.',
    unknownMentor: 'The mentor "{mentor}" is not on the Mentors sheet. Correct the email address in the sheet or remove the pair.',
    forbidden: 'The pair {mentee} and {mentor} is forbidden. Remove the pair or allow it again.',
    duplicateMentee: '{mentee} is on several rows. Delete the rows that do not apply on the sheet.',
  },
};

export function renderWarning(warning: PairWarning, language: Language): string {
  return (texts[language] ?? texts.sv)[warning.kind].replace(/\{(\w+)\}/g, (whole, key: string) =>
    warning.values[key] === undefined ? whole : String(warning.values[key]),
  );
}
