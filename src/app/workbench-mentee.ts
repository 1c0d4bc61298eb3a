/**
 * This file defines what the sidebar shows for one opened mentee: the profile in short, the
 * current pair with its explanation, the note and any warning, and the next best mentors
 * with score, explanation and places left (for a full mentor, whose mentees a swap would
 * trade with), plus the short profiles for a side-by-side look. It also defines the swap
 * preview: both pairs' scores and the total before and after, shown before a swap is applied.
 */
import type { Language, Mentee, Mentor } from '../core/types';
import { indexPeople, mentorLoads, pairOf, type SwapChange, swapChange } from '../core/workbench';
import type { Loaded } from './workbench-load';
import type { Scoring } from './workbench-scoring';
import { fullName } from './workbench-view';

export interface ProfileView {
  id: string;
  name: string;
  email: string;
  city: string;
  digital: boolean;
  fields: string[];
  /** Label and text pairs, in form order; applicant text, shown as text. */
  texts: { key: string; text: string }[];
  language?: Language;
  acceptsEnglish?: boolean;
  capacity?: number;
}

export interface CandidateView {
  mentorId: string;
  name: string;
  score: number;
  explanation: string;
  placesLeft: number;
  /** For a full mentor: their mentees, whom a swap could trade with. */
  mentees: { id: string; name: string }[];
  profile: ProfileView;
}

export interface MenteeDetailView {
  version: string;
  mentee: ProfileView;
  pair: { mentorId: string; mentorName: string; state: string; score: number | null; explanation: string; notes: string; profile: ProfileView | null } | null;
  warnings: string[];
  candidates: CandidateView[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function menteeProfile(m: Mentee): ProfileView {
  const texts = (['education', 'motivation', 'expectations', 'contribution', 'wishes'] as const).map((key) => ({ key, text: m[key] })).filter((t) => t.text);
  return { id: m.id, name: fullName(m), email: m.email, city: m.city, digital: m.digital, fields: m.fields, texts, language: m.language };
}

function mentorProfile(m: Mentor): ProfileView {
  const texts = (['organisation', 'field', 'education', 'wishes'] as const).map((key) => ({ key, text: m[key] })).filter((t) => t.text);
  return { id: m.id, name: fullName(m), email: m.email, city: m.city, digital: m.digital, fields: m.fields, texts, acceptsEnglish: m.acceptsEnglish, capacity: m.capacity };
}

export const CANDIDATES_SHOWN = 5;

export function menteeDetail(loaded: Loaded, scoring: Scoring, menteeId: string, warnings: string[]): MenteeDetailView | null {
  const ix = indexPeople(loaded.people);
  const mentee = ix.mentee.get(menteeId);
  if (!mentee) return null;
  const pair = pairOf(loaded.board, menteeId);
  const row = loaded.read.rows.find((r) => r.pair.menteeId === menteeId);
  const loads = mentorLoads(loaded.board);
  const mentor = pair ? ix.mentor.get(pair.mentorId) : undefined;
  const candidates = scoring
    .candidates(menteeId)
    .filter((c) => scoring.mentors[c.j]!.id !== pair?.mentorId)
    .slice(0, CANDIDATES_SHOWN)
    .map((c): CandidateView => {
      const m = scoring.mentors[c.j]!;
      const left = m.capacity - (loads.get(m.id) ?? 0);
      const theirs = left > 0 ? [] : loaded.board.pairs.filter((p) => p.mentorId === m.id).map((p) => ({ id: p.menteeId, name: ix.mentee.get(p.menteeId) ? fullName(ix.mentee.get(p.menteeId)!) : p.menteeId }));
      return {
        mentorId: m.id,
        name: fullName(m),
        score: round1(c.score),
        explanation: scoring.explain(menteeId, m.id, false),
        placesLeft: Math.max(0, left),
        mentees: theirs,
        profile: mentorProfile(m),
      };
    });
  const score = pair ? scoring.score(menteeId, pair.mentorId) : null;
  return {
    version: loaded.version,
    mentee: menteeProfile(mentee),
    pair: pair
      ? {
          mentorId: pair.mentorId,
          mentorName: mentor ? fullName(mentor) : pair.mentorId,
          state: pair.state,
          score: score === null ? null : round1(score),
          explanation: mentor ? scoring.explain(menteeId, pair.mentorId, pair.state === 'locked') : '',
          notes: row?.notes ?? '',
          profile: mentor ? mentorProfile(mentor) : null,
        }
      : null,
    warnings,
    candidates,
  };
}

export interface SwapPreviewView extends SwapChange {
  menteeNames: [string, string];
  mentorNames: [string, string];
}

/** Null when either mentee has no pair or a person is not taking part. */
export function swapPreview(loaded: Loaded, scoring: Scoring, a: string, b: string, total: number): SwapPreviewView | null {
  const pa = pairOf(loaded.board, a);
  const pb = pairOf(loaded.board, b);
  if (!pa || !pb) return null;
  const s = [scoring.score(a, pa.mentorId), scoring.score(b, pb.mentorId), scoring.score(a, pb.mentorId), scoring.score(b, pa.mentorId)];
  if (s.some((x) => x === null)) return null;
  const [sa, sb, na, nb] = s.map((x) => round1(x!)) as [number, number, number, number];
  const ix = indexPeople(loaded.people);
  const n = (id: string, role: 'mentor' | 'mentee') => {
    const p = role === 'mentor' ? ix.mentor.get(id) : ix.mentee.get(id);
    return p ? fullName(p) : id;
  };
  const change = swapChange([sa, sb], [na, nb], total);
  return { ...change, totalAfter: round1(change.totalAfter), menteeNames: [n(a, 'mentee'), n(b, 'mentee')], mentorNames: [n(pa.mentorId, 'mentor'), n(pb.mentorId, 'mentor')] };
}
