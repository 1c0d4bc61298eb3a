/**
 * This file defines how explanations read, in plain Swedish or English, for the sidebar
 * and the match email: "Båda arbetar med mjukvaruutveckling; samma stad (Göteborg). 72
 * poäng av 100 (…)". Facts come first, numbers after, so an email can show the first
 * sentence alone. Each language is one small table of phrases rather than a template
 * engine: the sentences are few and their grammar (Swedish ordinals, list joins) is
 * easier to get right in code.
 */
import type { Language } from '../types';
import { CRITERIA, type CriterionId } from './criteria';
import type { PairExplanation } from './explain-pair';
import type { UnmatchedMentee } from './unmatched-reasons';

interface Phrases {
  and: string;
  field(words: string): string;
  career(words: string): string;
  wishes(words: string): string;
  sharedFields(list: string): string;
  sameCity(city: string): string;
  digital: string;
  differentCities(a: string, b: string): string;
  english: string;
  swedish: string;
  locked: string;
  points(total: number, parts: string): string;
  criterion: Record<CriterionId, string>;
  best(candidates: number): string;
  rank(rank: number, candidates: number, gap: number): string;
  unmatched(u: UnmatchedMentee): string;
}

const round = (x: number): number => Math.round(x);

const sv: Phrases = {
  and: 'och',
  field: (w) => `båda arbetar med ${w}`,
  career: (w) => `adeptens karriärmål passar mentorns yrke: ${w}`,
  wishes: (w) => `önskemål som möts: ${w}`,
  sharedFields: (l) => `samma områden i listan: ${l}`,
  sameCity: (c) => (c ? `samma stad (${c})` : 'samma stad'),
  digital: 'båda kan ses digitalt',
  differentCities: (a, b) => `olika städer (${a || 'okänd'} och ${b || 'okänd'})`,
  english: 'adepten behöver engelska och mentorn tar emot engelskspråkiga adepter',
  swedish: 'mentorskap på svenska',
  locked: 'låst av projektgruppen',
  points: (t, p) => `${t} poäng av 100 (${p})`,
  criterion: { field: 'kompetens', career: 'karriär', wishes: 'önskemål', sharedFields: 'områden', city: 'stad' },
  best: (n) => `adeptens bästa alternativ av ${n} möjliga mentorer`,
  rank: (r, n, g) =>
    `adeptens ${ordinalSv(r)} val av ${n} möjliga mentorer, ${g < 1 ? 'mindre än 1' : round(g)} poäng under det bästa`,
  unmatched: (u) => {
    switch (u.reason) {
      case 'no-mentors':
        return 'Det finns inga mentorer i den här omgången.';
      case 'no-english-mentor':
        return 'Ingen mentor tar emot engelskspråkiga adepter.';
      case 'all-forbidden':
        return 'Alla mentorer som passar språkmässigt är spärrade för den här adepten.';
      case 'below-min-score':
        return `Ingen mentor når lägsta poäng (${round(u.minScore)}); bästa möjliga var ${round(u.bestScore ?? 0)}.`;
      case 'english-mentors-full':
        return 'Ingen mentor kvar som tar emot engelskspråkiga adepter: alla sådana platser är tagna.';
      case 'mentors-full':
        return `Alla ${u.candidates} möjliga mentorer har fyllt sina platser.`;
    }
  },
};

const en: Phrases = {
  and: 'and',
  field: (w) => `both in ${w}`,
  career: (w) => `the mentee's career goals fit the mentor's work: ${w}`,
  wishes: (w) => `wishes that meet: ${w}`,
  sharedFields: (l) => `same ticked fields: ${l}`,
  sameCity: (c) => (c ? `same city (${c})` : 'same city'),
  digital: 'both open to digital meetings',
  differentCities: (a, b) => `different cities (${a || 'unknown'} and ${b || 'unknown'})`,
  english: 'the mentee needs English and the mentor accepts English',
  swedish: 'mentorship in Swedish',
  locked: 'locked by the project group',
  points: (t, p) => `${t} of 100 points (${p})`,
  criterion: { field: 'competence', career: 'career', wishes: 'wishes', sharedFields: 'fields', city: 'city' },
  best: (n) => `the mentee's best option of ${n} possible mentors`,
  rank: (r, n, g) =>
    `the mentee's ${ordinalEn(r)} choice of ${n} possible mentors, ${g < 1 ? 'less than 1 point' : `${round(g)} points`} below the best`,
  unmatched: (u) => {
    switch (u.reason) {
      case 'no-mentors':
        return 'There are no mentors in this round.';
      case 'no-english-mentor':
        return 'No mentor accepts English-speaking mentees.';
      case 'all-forbidden':
        return 'Every mentor who fits the language rule is forbidden for this mentee.';
      case 'below-min-score':
        return `No mentor reaches the minimum score (${round(u.minScore)}); the best possible was ${round(u.bestScore ?? 0)}.`;
      case 'english-mentors-full':
        return 'No mentor left who accepts English: all their places are taken.';
      case 'mentors-full':
        return `All ${u.candidates} possible mentors have filled their places.`;
    }
  },
};

const PHRASES: Record<Language, Phrases> = { sv, en };

/** Swedish ordinals: 1:a, 2:a, 3:e … 11:e, 12:e … 21:a, 22:a. */
function ordinalSv(n: number): string {
  const tens = n % 100;
  return (n % 10 === 1 || n % 10 === 2) && tens !== 11 && tens !== 12 ? `${n}:a` : `${n}:e`;
}

function ordinalEn(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The explanation as sentences: shared facts first, then points and rank. */
export function renderExplanation(ex: PairExplanation, language: Language): string {
  const p = PHRASES[language] ?? sv;
  const clauses: string[] = [];
  const shown = new Set<string>();
  // A word that explains one criterion is not repeated under the next.
  const fresh = (words: readonly string[]): string[] =>
    words.filter((w) => {
      const key = w.toLowerCase();
      if (shown.has(key)) return false;
      shown.add(key);
      return true;
    });
  const field = fresh(ex.sharedWords.field);
  if (field.length > 0) clauses.push(p.field(joinList(field, p.and)));
  const career = fresh(ex.sharedWords.career);
  if (career.length > 0) clauses.push(p.career(joinList(career, p.and)));
  const wishes = fresh(ex.sharedWords.wishes);
  if (wishes.length > 0) clauses.push(p.wishes(joinList(wishes, p.and)));
  if (ex.sharedFields.length > 0) clauses.push(p.sharedFields(joinList(ex.sharedFields, p.and)));
  if (ex.city.same) clauses.push(p.sameCity(ex.city.mentor || ex.city.mentee));
  else if (ex.city.bothDigital) clauses.push(p.digital);
  else clauses.push(p.differentCities(ex.city.mentee, ex.city.mentor));
  clauses.push(ex.language.mentee === 'en' ? p.english : p.swedish);
  if (ex.locked) clauses.push(p.locked);

  const parts = CRITERIA.filter((c) => ex.points[c] > 0)
    .map((c) => `${p.criterion[c]} ${round(ex.points[c])}`)
    .join(', ');
  const standing =
    ex.rank === 1 ? p.best(ex.candidates) : p.rank(ex.rank, ex.candidates, ex.gapToBest);
  return `${capitalise(clauses.join('; '))}. ${capitalise(p.points(round(ex.points.total), parts || '0'))}; ${standing}.`;
}

/** Why a mentee has no mentor, as one sentence. */
export function renderUnmatchedReason(u: UnmatchedMentee, language: Language): string {
  return (PHRASES[language] ?? sv).unmatched(u);
}
