/**
 * This file defines the evidence behind a text criterion's points for one pair: which of
 * the mentee's words (or phrases) carry the points, which of the mentor's words they meet,
 * and how many points each carries. A criterion's points are the transformed cosine of
 * each comparison, averaged; each comparison's points are shared over its shared terms in
 * proportion to their part of the cosine, and each term's points over the mentee's words
 * that hold it, so the evidence of a criterion adds up to its points. Only evidence that
 * carries a real part of the points is kept, so a word that shares a sliver of a term is
 * never named; words next to each other in both texts are shown as the phrase they form.
 */
import { type MentorTextField, textSimilarity } from './criteria';
import type { DirectionVectors, ScoringModel } from './scoring-model';
import type { AnalysedWord } from './text-analysis';

export interface SharedTerm {
  /** The mentee's words as written (a phrase kept whole). */
  readonly mentee: string;
  /** The mentor's words they meet, as written. */
  readonly mentor: string;
  /** The mentor's answer those come from. */
  readonly mentorField: MentorTextField;
  /** 0: the mentee's text against the mentor's profile; 1: the mentor's wishes against the mentee's text. */
  readonly direction: number;
  /** Points of the criterion this evidence carries. */
  readonly points: number;
}

/** Evidence is named only if it carries at least this share of its criterion's points, and this many points. */
const NAMED_SHARE = 0.2;
const NAMED_POINTS = 0.5;
const MAX_NAMED = 3;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,4}$/u;

interface Located {
  readonly word: AnalysedWord;
  readonly text: string;
  readonly field: string;
}

interface Draft {
  mentee: Located;
  menteeEnd: Located;
  mentor: Located;
  mentorEnd: Located;
  direction: number;
  points: number;
}

export function evidenceFor(
  model: ScoringModel,
  c: 'field' | 'career' | 'wishes',
  i: number,
  j: number,
  criterionPoints: number,
): SharedTerm[] {
  const dirs = model.text[c];
  const applies = dirs.map((d) => !empty(d.mentee, i) && !empty(d.mentor, j));
  const nApplies = applies.filter(Boolean).length;
  const drafts: Draft[] = [];
  dirs.forEach((d, k) => {
    if (!applies[k]) return;
    drafts.push(...directionEvidence(model, d, k, i, j, model.points[c] / nApplies));
  });
  drafts.sort((x, y) => y.points - x.points);
  // Phrases first, so two words that only together carry a real share are named as one.
  return joinAdjacent(drafts)
    .filter((e) => e.points >= NAMED_SHARE * criterionPoints && e.points >= NAMED_POINTS)
    .slice(0, MAX_NAMED)
    .map((e) => ({
      mentee: shown(e.mentee, e.menteeEnd),
      // An employer is named whole ("Stålviken Industri"), never by the one word that met.
      mentor: e.mentor.field === 'organisation' ? e.mentor.text.trim() : shown(e.mentor, e.mentorEnd),
      mentorField: e.mentor.field as MentorTextField,
      direction: e.direction,
      points: e.points,
    }));
}

function empty(set: DirectionVectors['mentee'], k: number): boolean {
  return set.start[k + 1] === set.start[k];
}

function rowWeights(set: DirectionVectors['mentee'], k: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let p = set.start[k]!; p < set.start[k + 1]!; p++) out.set(set.ids[p]!, set.weights[p]!);
  return out;
}

/** The evidence of one comparison, one draft per mentee word (several mentions merged). */
function directionEvidence(
  model: ScoringModel,
  d: DirectionVectors,
  direction: number,
  i: number,
  j: number,
  maxPoints: number,
): Draft[] {
  const a = rowWeights(d.mentee, i);
  const b = rowWeights(d.mentor, j);
  const shared = new Map<number, number>();
  let cos = 0;
  for (const [id, wa] of a) {
    const wb = b.get(id);
    if (wb === undefined) continue;
    shared.set(id, wa * wb);
    cos += wa * wb;
  }
  if (cos <= 0) return [];
  const dirPoints = maxPoints * textSimilarity(cos);
  const termPoints = new Map<number, number>();
  for (const [id, x] of shared) termPoints.set(id, (dirPoints * x) / cos);

  const mentee = model.mentees[i]!;
  const mentor = model.mentors[j]!;
  const menteeSide: Located[] = d.direction.mentee.flatMap((f) => located(model, mentee[f], f));
  const mentorSide: Located[] = d.direction.mentor.flatMap((f) => located(model, mentor[f], f));
  const ids = (w: AnalysedWord): Array<[number, number]> =>
    w.terms.flatMap(([t, share]) => {
      const id = model.termId.get(t);
      return id !== undefined && termPoints.has(id) ? [[id, share] as [number, number]] : [];
    });
  // How much of each shared term each mentee word holds, and the mentor word holding most of it.
  const held = new Map<number, number>();
  for (const m of menteeSide) for (const [id, s] of ids(m.word)) held.set(id, (held.get(id) ?? 0) + s);
  const bestMentor = new Map<number, [Located, number]>();
  for (const m of mentorSide) {
    for (const [id, s] of ids(m.word)) {
      const best = bestMentor.get(id);
      if (best === undefined || s > best[1]) bestMentor.set(id, [m, s]);
    }
  }
  const byWord = new Map<string, Draft>();
  for (const m of menteeSide) {
    let points = 0;
    const towards = new Map<Located, number>();
    for (const [id, s] of ids(m.word)) {
      const p = (termPoints.get(id)! * s) / held.get(id)!;
      points += p;
      const partner = bestMentor.get(id)![0];
      towards.set(partner, (towards.get(partner) ?? 0) + p);
    }
    if (points <= 0) continue;
    const partner = [...towards].sort((x, y) => y[1] - x[1])[0]![0];
    const key = m.word.text.toLowerCase();
    const seen = byWord.get(key);
    if (seen !== undefined) seen.points += points;
    else byWord.set(key, { mentee: m, menteeEnd: m, mentor: partner, mentorEnd: partner, direction, points });
  }
  return [...byWord.values()];
}

function located(model: ScoringModel, text: string, field: string): Located[] {
  const normal = text.normalize('NFC');
  return model.analyser.analyse(normal).map((word) => ({ word, text: normal, field }));
}

/** True when b follows a in the same text with only spaces or a hyphen between. */
function follows(a: Located, b: Located): boolean {
  return a.text === b.text && a.field === b.field && b.word.start > a.word.end && /^[\s-]+$/u.test(a.text.slice(a.word.end, b.word.start));
}

/** Evidence whose words stand next to each other on both sides becomes one phrase. */
function joinAdjacent(list: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const e of list) {
    const host = out.find(
      (o) =>
        o.direction === e.direction &&
        ((follows(o.menteeEnd, e.mentee) && (o.mentor === e.mentor || follows(o.mentorEnd, e.mentor))) ||
          (follows(e.menteeEnd, o.mentee) && (o.mentor === e.mentor || follows(e.mentorEnd, o.mentor)))),
    );
    if (host === undefined) {
      out.push({ ...e });
      continue;
    }
    if (follows(host.menteeEnd, e.mentee)) host.menteeEnd = e.menteeEnd;
    else host.mentee = e.mentee;
    if (host.mentor !== e.mentor) {
      if (follows(host.mentorEnd, e.mentor)) host.mentorEnd = e.mentorEnd;
      else host.mentor = e.mentor;
    }
    host.points += e.points;
  }
  return out.sort((x, y) => y.points - x.points);
}

/**
 * Words as they should read mid-sentence: a term-list phrase is a common noun, so it is
 * shown in lower case except its acronyms ("Data Science" -> "data science", "AI-etik"
 * stays); other words keep their case unless only a sentence start capitalised them.
 */
function shown(from: Located, to: Located): string {
  const raw = from.text.slice(from.word.start, to.word.end);
  // An all-capital phrase ("M&A", "R&D") is an acronym as a whole.
  if (!/\p{Ll}/u.test(raw)) return raw;
  const lowerWord = (w: string): string => (ACRONYM.test(w) || /.\p{Lu}/u.test(w) ? w : w.toLowerCase());
  if (from.word.sentenceStart || from.word.listed) return raw.replace(/[\p{L}\p{M}\p{N}]+/gu, lowerWord);
  return raw;
}
