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
import type { PairExplanation, SharedTerm } from './explain-pair';
import type { UnmatchedMentee } from './unmatched-reasons';

interface Phrases {
  and: string;
  /** The mentee's studies (x) against the mentor's work (work) and studies (studies). */
  field(x: string, work: string, studies: string): string;
  career(x: string, work: string, employer: string): string;
  /** Direction 0: the mentee's wishes met by the mentor's profile; 1: the mentor's wishes met by the mentee. */
  wishes(direction: number, wish: string, profile: string): string;
  sharedFields(list: string): string;
  quote(label: string): string;
  nothingShared(best: boolean): string;
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
const both = (a: string, b: string, and: string): string => [a, b].filter(Boolean).join(` ${and} `);

const sv: Phrases = {
  and: 'och',
  field: (x, work, studies) =>
    `adeptens utbildning i ${x} möter mentorns ${both(work && `arbete med ${work}`, studies && `utbildning i ${studies}`, 'och')}`,
  career: (x, work, employer) =>
    `adeptens karriärmål om ${x} passar mentorns ${both(work && `arbete med ${work}`, employer && `arbetsplats ${employer}`, 'och')}`,
  wishes: (d, wish, profile) =>
    d === 0
      ? `adeptens önskemål om ${wish} möts av mentorns ${profile}`
      : `mentorns önskemål om ${wish} möts av adeptens ${profile}`,
  sharedFields: (l) => `samma områden i listan: ${l}`,
  quote: (l) => `”${l}”`,
  nothingShared: (best) =>
    `inga gemensamma ord eller områden; paret föreslås för att ${best ? 'ingen möjlig mentor delar mer med adepten' : 'mentorer som delar mer behövs för andra adepter'}`,
  sameCity: (c) => (c ? `samma stad (${c})` : 'samma stad'),
  digital: 'båda kan ses digitalt',
  differentCities: (a, b) => `olika städer (${a || 'okänd'} och ${b || 'okänd'})`,
  english: 'adepten behöver engelska och mentorn tar emot engelskspråkiga adepter',
  swedish: 'mentorskap på svenska',
  locked: 'låst av projektgruppen',
  points: (t, p) => (p ? `${t} poäng av 100 (${p})` : `${t} poäng av 100`),
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
  field: (x, work, studies) =>
    `the mentee's studies in ${x} meet the mentor's ${both(work && `work in ${work}`, studies && `studies in ${studies}`, 'and')}`,
  career: (x, work, employer) =>
    `the mentee's career goals in ${x} fit the mentor's ${both(work && `work in ${work}`, employer && `employer ${employer}`, 'and')}`,
  wishes: (d, wish, profile) =>
    d === 0
      ? `the mentee's wish for ${wish} is met by the mentor's ${profile}`
      : `the mentor's wish for ${wish} is met by the mentee's ${profile}`,
  sharedFields: (l) => `same ticked fields: ${l}`,
  quote: (l) => `“${l}”`,
  nothingShared: (best) =>
    `no shared words or fields; the pair is proposed because ${best ? 'no possible mentor shares more with the mentee' : 'mentors who share more are needed for other mentees'}`,
  sameCity: (c) => (c ? `same city (${c})` : 'same city'),
  digital: 'both open to digital meetings',
  differentCities: (a, b) => `different cities (${a || 'unknown'} and ${b || 'unknown'})`,
  english: 'the mentee needs English and the mentor accepts English',
  swedish: 'mentorship in Swedish',
  locked: 'locked by the project group',
  points: (t, p) => (p ? `${t} of 100 points (${p})` : `${t} of 100 points`),
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

/** Distinct texts, in order, case-insensitively. */
function distinct(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whole points per criterion that add up to the rounded total: each part is rounded down,
 * and the points still missing go to the parts that lost most in rounding.
 */
export function roundedParts(points: PairExplanation['points']): Array<[CriterionId, number]> {
  const total = round(points.total);
  const parts = CRITERIA.filter((c) => points[c] > 0).map((c) => ({ c, whole: Math.floor(points[c]), rest: points[c] % 1 }));
  let missing = total - parts.reduce((s, p) => s + p.whole, 0);
  for (const p of [...parts].sort((x, y) => y.rest - x.rest)) {
    if (missing <= 0) break;
    p.whole++;
    missing--;
  }
  return parts.filter((p) => p.whole > 0).map((p) => [p.c, p.whole]);
}

/** The text-criteria clauses: the mentee's words against the mentor's, per criterion. */
function evidenceClauses(ex: PairExplanation, p: Phrases): string[] {
  const clauses: string[] = [];
  const list = (items: readonly string[]): string => joinList(distinct(items), p.and);
  const from = (items: readonly SharedTerm[], fields: readonly string[]): string =>
    list(items.filter((e) => fields.includes(e.mentorField)).map((e) => e.mentor));
  const { field, career, wishes } = ex.sharedWords;
  if (field.length > 0) {
    clauses.push(p.field(list(field.map((e) => e.mentee)), from(field, ['field', 'organisation', 'wishes']), from(field, ['education'])));
  }
  if (career.length > 0) {
    clauses.push(p.career(list(career.map((e) => e.mentee)), from(career, ['field', 'education', 'wishes']), from(career, ['organisation'])));
  }
  for (const d of [0, 1]) {
    const items = wishes.filter((e) => e.direction === d);
    if (items.length === 0) continue;
    const wish = list(items.map((e) => (d === 0 ? e.mentee : e.mentor)));
    const other = list(items.map((e) => (d === 0 ? e.mentor : e.mentee)));
    clauses.push(p.wishes(d, wish, other.toLowerCase() === wish.toLowerCase() ? profileWord(p) : `${profileWord(p)} (${other})`));
  }
  return clauses;
}

const profileWord = (p: Phrases): string => (p === sv ? 'profil' : 'profile');

/** The explanation as sentences: shared facts first, then points and rank. */
export function renderExplanation(ex: PairExplanation, language: Language): string {
  const p = PHRASES[language] ?? sv;
  const clauses = evidenceClauses(ex, p);
  if (ex.sharedFields.length > 0) clauses.push(p.sharedFields(joinList(ex.sharedFields.map(p.quote), p.and)));
  if (clauses.length === 0) clauses.push(p.nothingShared(ex.rank === 1));
  if (ex.city.same) clauses.push(p.sameCity(ex.city.mentor || ex.city.mentee));
  else if (ex.city.bothDigital) clauses.push(p.digital);
  else clauses.push(p.differentCities(ex.city.mentee, ex.city.mentor));
  clauses.push(ex.language.mentee === 'en' ? p.english : p.swedish);
  if (ex.locked) clauses.push(p.locked);

  const parts = roundedParts(ex.points)
    .map(([c, n]) => `${p.criterion[c]} ${n}`)
    .join(', ');
  const standing = ex.rank === 1 ? p.best(ex.candidates) : p.rank(ex.rank, ex.candidates, ex.gapToBest);
  return `${capitalise(clauses.join('; '))}. ${capitalise(p.points(round(ex.points.total), parts))}; ${standing}.`;
}

/** Why a mentee has no mentor, as one sentence. */
export function renderUnmatchedReason(u: UnmatchedMentee, language: Language): string {
  return (PHRASES[language] ?? sv).unmatched(u);
}
