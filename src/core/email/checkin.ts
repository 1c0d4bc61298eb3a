/**
 * This file defines the midway check-in as pure rules: the short form (have you met, how
 * many times, how is it going 1-5, anything the contact person should know), worded in
 * both languages so English-speaking participants can answer it too; the code each
 * participant's pre-filled link carries, which ties the answer to the pair without asking
 * for a name (with a check so an edited code is noticed, not misfiled); and which pairs to
 * flag for the contact person: a side that has not met, says it goes badly, or has not
 * answered a week after the check-in email went.
 */
import { fnv1a } from '../intake/hash';
import type { Language } from '../types';

export interface CheckinFormSpec {
  title: string;
  description: string;
  confirmation: string;
  code: { title: string; help: string };
  met: { title: string; yes: string; no: string };
  times: { title: string; choices: string[] };
  rating: { title: string; low: string; high: string };
  note: { title: string; help: string };
}

const both = (sv: string, en: string) => `${sv} / ${en}`;

export function checkinFormSpec(programName: string): CheckinFormSpec {
  return {
    title: both(`${programName}: avstämning`, 'check-in'),
    description: both(
      'Fyra korta frågor om hur det går. Svaren läses bara av projektgruppen.',
      'Four short questions about how it is going. Only the project group reads the answers.',
    ),
    confirmation: both('Tack för ditt svar!', 'Thank you for your answer!'),
    code: { title: both('Din kod', 'Your code'), help: both('Ifylld åt dig, ändra den inte.', 'Filled in for you; please do not change it.') },
    met: { title: both('Har ni träffats?', 'Have you met?'), yes: both('Ja', 'Yes'), no: both('Nej', 'No') },
    times: { title: both('Hur många gånger?', 'How many times?'), choices: ['0', '1', '2', '3', '4+'] },
    rating: { title: both('Hur går det?', 'How is it going?'), low: both('Dåligt', 'Badly'), high: both('Mycket bra', 'Very well') },
    note: {
      title: both('Något kontaktpersonen borde veta?', 'Anything the contact person should know?'),
      help: both('Frivilligt.', 'Optional.'),
    },
  };
}

/** Days after the check-in email went before a side without an answer is flagged. */
export const CHECKIN_ANSWER_DAYS = 7;
/** A rating at or below this is "it goes badly". */
export const BAD_RATING = 2;

export function checkinCode(personId: string, pairId: string): string {
  return `${personId}~${pairId}~${fnv1a(`${personId}|${pairId}`).slice(0, 4)}`;
}

export function parseCheckinCode(code: string): { personId: string; pairId: string } | null {
  const [personId, pairId, check, ...rest] = code.trim().split('~');
  if (!personId || !pairId || !check || rest.length) return null;
  return checkinCode(personId, pairId) === code.trim() ? { personId, pairId } : null;
}

export interface CheckinAnswer {
  met: boolean;
  times: string;
  rating: number;
  note: string;
  at: string;
}

/** The answer as the form's response sheet holds it (titles as in the spec), or null. */
export function parseCheckinAnswer(spec: CheckinFormSpec, named: Readonly<Record<string, string>>, at: string): CheckinAnswer | null {
  const met = named[spec.met.title];
  const rating = Number.parseInt(named[spec.rating.title] ?? '', 10);
  if (met !== spec.met.yes && met !== spec.met.no) return null;
  if (!(rating >= 1 && rating <= 5)) return null;
  return { met: met === spec.met.yes, times: named[spec.times.title] ?? '', rating, note: (named[spec.note.title] ?? '').trim(), at };
}

export type CheckinFlag = 'notMet' | 'goingBadly' | 'noAnswer';

/** Why one side of a pair needs the contact person, given its answer and when its email went. */
export function sideFlags(answer: CheckinAnswer | null, emailSentAt: string, nowMs: number): CheckinFlag[] {
  if (answer) {
    const flags: CheckinFlag[] = [];
    if (!answer.met) flags.push('notMet');
    if (answer.rating <= BAD_RATING) flags.push('goingBadly');
    return flags;
  }
  if (emailSentAt === '') return [];
  return nowMs - Date.parse(emailSentAt) >= CHECKIN_ANSWER_DAYS * 86_400_000 ? ['noAnswer'] : [];
}

export function checkinFlagText(flag: CheckinFlag, language: Language): string {
  const sv = { notMet: 'har inte träffats', goingBadly: 'det går dåligt', noAnswer: 'har inte svarat på en vecka' };
  const en = { notMet: 'have not met', goingBadly: 'it is going badly', noAnswer: 'no answer for a week' };
  return (language === 'en' ? en : sv)[flag];
}
