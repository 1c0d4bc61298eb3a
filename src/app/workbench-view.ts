/**
 * This file defines what the workbench sends the sidebar, JSON-safe and compact enough for
 * 2,000 mentees and 2,000 mentors in one payload under 1 MB: one short row per mentee (state,
 * mentor, score, warning) and per mentor (places used of capacity), the warnings in words,
 * the forbidden pairs, who is unmatched and why, and the totals. Longer texts (profiles,
 * explanations, other mentors) come with the opened mentee (workbench-mentee.ts).
 */
import { messages } from '../core/i18n';
import { languageAllows, renderUnmatchedReason, type UnmatchedReason } from '../core/matching';
import type { ApplicantStatus, Language, Mentee, Mentor } from '../core/types';
import {
  boardWarnings,
  indexPeople,
  mentorLoads,
  type PairState,
  type PairWarning,
  renderWarning,
  takesPart,
  type WorkbenchSettings,
} from '../core/workbench';
import type { Loaded } from './workbench-load';
import type { MenteeDetailView } from './workbench-mentee';
import type { Scoring } from './workbench-scoring';

export type MenteeState = 'unmatched' | PairState;

export interface WorkbenchMenteeRow {
  id: string;
  name: string;
  /** Education and interests, cut to 60 characters (the list is searched on it). */
  field: string;
  city: string;
  language: Language;
  status: ApplicantStatus;
  state: MenteeState;
  mentorId: string;
  score: number | null;
  warning: boolean;
  /** The pair was changed in the Matches sheet by hand. */
  edited: boolean;
}

export interface WorkbenchMentorRow {
  id: string;
  name: string;
  field: string;
  city: string;
  english: boolean;
  capacity: number;
  used: number;
  takesPart: boolean;
}

export interface WorkbenchView {
  version: string;
  language: Language;
  sheetName: string;
  settings: WorkbenchSettings;
  mentees: WorkbenchMenteeRow[];
  mentors: WorkbenchMentorRow[];
  warnings: { menteeId: string; mentorId: string; text: string; fix: PairWarning['fix'] }[];
  forbids: { menteeId: string; mentorId: string; menteeName: string; mentorName: string }[];
  /** The distinct reasons in words; `unmatched[].reason` indexes them (2,000 mentees share a few). */
  reasons: string[];
  unmatched: { menteeId: string; reason: number }[];
  totals: { mentees: number; matched: number; confirmed: number; locked: number; average: number | null; lowest: number | null };
  canUndo: boolean;
  /** After an action naming the opened mentee: their details, in the same reply. */
  opened?: MenteeDetailView | null;
}

export const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.trim();
const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
const round1 = (x: number) => Math.round(x * 10) / 10;

export function buildView(loaded: Loaded, scoring: () => Scoring): WorkbenchView {
  const { people, board, read, store, settings } = loaded;
  const language = settings.language;
  const ix = indexPeople(people);
  const warnings = boardWarnings(board, people);
  const warned = new Set(warnings.map((w) => w.menteeId));
  const loads = mentorLoads(board);
  const rowOf = new Map(read.rows.map((r) => [r.pair.menteeId, r]));
  const name = (id: string, role: 'mentor' | 'mentee') => {
    const p = role === 'mentor' ? ix.mentor.get(id) : ix.mentee.get(id);
    return p ? fullName(p) : id;
  };

  const scores: number[] = [];
  const menteeRows: WorkbenchMenteeRow[] = [];
  const listed = new Set<string>();
  const addMentee = (m: Mentee | undefined, id: string) => {
    if (listed.has(id)) return;
    listed.add(id);
    const r = rowOf.get(id);
    let score: number | null = null;
    if (r) {
      score = r.score !== null && !r.editedByHand ? r.score : scoring().score(id, r.pair.mentorId);
      if (score !== null) scores.push(score);
    }
    menteeRows.push({
      id,
      name: m ? fullName(m) : id,
      field: m ? cut(m.education, 60) : '',
      city: m?.city ?? '',
      language: m?.language ?? 'sv',
      status: m?.status ?? 'invalid',
      state: r ? r.pair.state : 'unmatched',
      mentorId: r?.pair.mentorId ?? '',
      score: score === null ? null : round1(score),
      warning: warned.has(id),
      edited: r?.editedByHand ?? false,
    });
  };
  for (const m of people.mentees) if (takesPart(m) || rowOf.has(m.id)) addMentee(m, m.id);
  for (const p of board.pairs) addMentee(ix.mentee.get(p.menteeId), p.menteeId);

  const mentors: WorkbenchMentorRow[] = people.mentors
    .filter((m) => takesPart(m) || loads.has(m.id))
    .map((m) => ({
      id: m.id,
      name: fullName(m),
      field: cut(m.field, 60),
      city: m.city,
      english: m.acceptsEnglish,
      capacity: m.capacity,
      used: loads.get(m.id) ?? 0,
      takesPart: takesPart(m),
    }));

  const paired = new Set(board.pairs.map((p) => p.menteeId));
  const { reasons, unmatched } = unmatchedReasons(
    people.mentees.filter((m) => takesPart(m) && !paired.has(m.id)),
    loaded,
    loads,
    scoring,
    language,
    store.settings,
  );

  const matched = board.pairs.length;
  return {
    version: loaded.version,
    language,
    sheetName: read.sheet.schema.name,
    settings: store.settings,
    mentees: menteeRows,
    mentors,
    warnings: warnings.map((w) => ({ menteeId: w.menteeId, mentorId: w.mentorId, text: renderWarning(w, language), fix: w.fix })),
    forbids: board.forbids.map((f) => ({ ...f, menteeName: name(f.menteeId, 'mentee'), mentorName: name(f.mentorId, 'mentor') })),
    reasons,
    unmatched,
    totals: {
      mentees: people.mentees.filter(takesPart).length,
      matched,
      confirmed: board.pairs.filter((p) => p.state === 'confirmed').length,
      locked: board.pairs.filter((p) => p.state === 'locked').length,
      average: scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
      lowest: scores.length ? round1(Math.min(...scores)) : null,
    },
    canUndo: store.undo !== null,
  };
}

/**
 * Why each mentee taking part has no mentor now, checked in the order the group would look.
 * Unlike the engine's reason this sees the board as the group left it, so a mentee the group
 * unassigned, while suitable mentors have places left, is told so. Linear in mentors per
 * mentee only when a minimum score needs the mentee's scores.
 */
function unmatchedReasons(
  mentees: readonly Mentee[],
  loaded: Loaded,
  loads: ReadonlyMap<string, number>,
  scoring: () => Scoring,
  language: Language,
  settings: WorkbenchSettings,
): { reasons: string[]; unmatched: { menteeId: string; reason: number }[] } {
  const mentors = loaded.people.mentors.filter(takesPart);
  const english = mentors.filter((m) => m.acceptsEnglish);
  const hasPlace = (m: Mentor) => (loads.get(m.id) ?? 0) < m.capacity;
  const free = { sv: mentors.filter(hasPlace), en: english.filter(hasPlace) };
  const forbiddenOf = new Map<string, Set<string>>();
  for (const f of loaded.board.forbids) {
    if (!forbiddenOf.has(f.menteeId)) forbiddenOf.set(f.menteeId, new Set());
    forbiddenOf.get(f.menteeId)!.add(f.mentorId);
  }
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const unmatched = mentees.map((mentee) => {
    const needsEnglish = !languageAllows(mentee, { acceptsEnglish: false } as Mentor);
    const speak = needsEnglish ? english : mentors;
    const forbidden = forbiddenOf.get(mentee.id) ?? new Set<string>();
    const open = forbidden.size === 0 ? speak : speak.filter((m) => !forbidden.has(m.id));
    let suitable: readonly Mentor[] = open;
    let best: number | null = null;
    if (settings.minScore > 0 && open.length > 0) {
      const allowed = new Set(scoring().candidates(mentee.id).map((c) => scoring().mentors[c.j]!.id));
      suitable = open.filter((m) => allowed.has(m.id));
      for (const m of open) best = Math.max(best ?? 0, scoring().score(mentee.id, m.id) ?? 0);
    }
    const reason: UnmatchedReason =
      mentors.length === 0
        ? 'no-mentors'
        : speak.length === 0
          ? 'no-english-mentor'
          : open.length === 0
            ? 'all-forbidden'
            : suitable.length === 0
              ? 'below-min-score'
              : needsEnglish
                ? 'english-mentors-full'
                : 'mentors-full';
    const placeLeft =
      settings.minScore > 0
        ? suitable.some(hasPlace)
        : (needsEnglish ? free.en : free.sv).some((m) => !forbidden.has(m.id));
    const text = placeLeft
      ? messages(language).wbPlacesLeft
      : renderUnmatchedReason({ menteeId: mentee.id, reason, candidates: suitable.length, bestScore: best, minScore: settings.minScore }, language);
    let k = textIndex.get(text);
    if (k === undefined) {
      k = texts.length;
      texts.push(text);
      textIndex.set(text, k);
    }
    return { menteeId: mentee.id, reason: k };
  });
  return { reasons: texts, unmatched };
}
