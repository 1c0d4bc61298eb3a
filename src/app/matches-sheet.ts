/**
 * This file defines the Matches sheet ("Matchningar" in a Swedish program): its schema, in
 * one place, and the two functions other use cases call, `readPairs` and `writeBoard`. The
 * sheet is the source of truth for pairs: one row per mentee, people named by email (what
 * the group sees and edits), a state, who confirmed and when, and a notes column that is
 * the group's own (never written). A row the group deletes is a pair gone; a mentor email
 * changed by hand is the new pair; a row typed by hand without a state counts as confirmed,
 * because the group put it there. Later columns (check-ins) are added to MATCH_COLUMNS.
 */
import { type CellCodec, cellString, choiceCodec, intCodec, type ColumnSpec, handEdited, type OwnedTable, putCells, type TableSchema, timeCodec, cellOf, copyOwnedTable, fnv1a } from '../core/tables';
import type { ProgramSettings } from '../core/program';
import type { Language } from '../core/types';
import { type Board, type BoardPair, PAIR_STATES, type PairState, type People } from '../core/workbench';
import { type OwnedSheet, openOwnedSheet, saveOwnedSheet } from './owned-sheets';
import type { Ports } from './ports';

export type MatchKey =
  | 'pairId'
  | 'menteeName'
  | 'menteeEmail'
  | 'mentorName'
  | 'mentorEmail'
  | 'score'
  | 'explanation'
  | 'state'
  | 'confirmedBy'
  | 'confirmedAt'
  | 'notes'
  | CheckinKey
  | 'written';

/** The midway check-in's answers, one set of columns per side (written by src/app/checkin.ts). */
export type CheckinKey = `${'mentee' | 'mentor'}${'Met' | 'Times' | 'Rating' | 'Note' | 'AnsweredAt'}`;

const yesNo = choiceCodec({ sv: { true: 'ja', false: 'nej' }, en: { true: 'yes', false: 'no' } });
const CHECKIN_COLUMNS: readonly ColumnSpec<MatchKey>[] = (['mentee', 'mentor'] as const).flatMap((side) => {
  const who = side === 'mentee' ? { sv: 'Adept', en: 'Mentee' } : { sv: 'Mentor', en: 'Mentor' };
  return [
    { key: `${side}Met` as const, header: { sv: `${who.sv}: träffats`, en: `${who.en}: met` }, codec: yesNo },
    { key: `${side}Times` as const, header: { sv: `${who.sv}: antal träffar`, en: `${who.en}: meetings` } },
    { key: `${side}Rating` as const, header: { sv: `${who.sv}: hur det går (1-5)`, en: `${who.en}: how it goes (1-5)` }, codec: intCodec },
    { key: `${side}Note` as const, header: { sv: `${who.sv}: till kontaktpersonen`, en: `${who.en}: for the contact person` } },
    { key: `${side}AnsweredAt` as const, header: { sv: `${who.sv}: svarade`, en: `${who.en}: answered` }, codec: timeCodec },
  ];
});

export const STATE_LABELS: Record<Language, Record<PairState, string>> = {
  sv: { proposed: 'föreslagen', locked: 'låst', confirmed: 'bekräftad' },
  en: { proposed: 'proposed', locked: 'locked', confirmed: 'confirmed' },
};

/** A score with one decimal, written as a number; anything else the group typed stays as text. */
const scoreCodec: CellCodec = {
  decode(value) {
    const text = cellString(value).trim();
    return /^\d+(\.\d+)?$/.test(text) ? String(Math.round(Number(text) * 10) / 10) : text;
  },
  encode: (canonical) => (/^\d+(\.\d)?$/.test(canonical) ? Number(canonical) : canonical),
};

export const MATCH_COLUMNS: readonly ColumnSpec<MatchKey>[] = [
  { key: 'pairId', header: { sv: 'Par-id', en: 'Pair id' } },
  { key: 'menteeName', header: { sv: 'Adept', en: 'Mentee' } },
  { key: 'menteeEmail', header: { sv: 'Adeptens e-post', en: 'Mentee email' }, tracked: true },
  { key: 'mentorName', header: { sv: 'Mentor', en: 'Mentor' } },
  { key: 'mentorEmail', header: { sv: 'Mentorns e-post', en: 'Mentor email' }, tracked: true },
  { key: 'score', header: { sv: 'Poäng', en: 'Score' }, codec: scoreCodec },
  { key: 'explanation', header: { sv: 'Motivering', en: 'Explanation' } },
  { key: 'state', header: { sv: 'Läge', en: 'State' }, codec: choiceCodec(STATE_LABELS), tracked: true },
  { key: 'confirmedBy', header: { sv: 'Bekräftad av', en: 'Confirmed by' } },
  { key: 'confirmedAt', header: { sv: 'Bekräftad', en: 'Confirmed at' }, codec: timeCodec },
  { key: 'notes', header: { sv: 'Anteckningar', en: 'Notes' } },
  ...CHECKIN_COLUMNS,
  { key: 'written', header: { sv: 'written', en: 'written' }, hidden: true },
];

/** The sheet's name in the program's language (one sheet per program). */
export const MATCHES_SHEET: Record<Language, string> = { sv: 'Matchningar', en: 'Matches' };

const SCHEMAS: Record<Language, TableSchema<MatchKey>> = {
  sv: { name: MATCHES_SHEET.sv, columns: MATCH_COLUMNS, fingerprints: 'written' },
  en: { name: MATCHES_SHEET.en, columns: MATCH_COLUMNS, fingerprints: 'written' },
};

export function matchesSchema(language: Language): TableSchema<MatchKey> {
  return SCHEMAS[language] ?? SCHEMAS.sv;
}

/** One row of the sheet that holds a pair, as the group left it. */
export interface MatchRow {
  /** 0-based data row (sheet row - 2). */
  readonly index: number;
  readonly pair: BoardPair;
  readonly menteeEmail: string;
  readonly mentorEmail: string;
  readonly score: number | null;
  readonly explanation: string;
  readonly notes: string;
  /** The mentor or state was changed in the sheet since the add-on wrote it. */
  readonly editedByHand: boolean;
}

export interface MatchesRead {
  readonly sheet: OwnedSheet<MatchKey>;
  readonly rows: MatchRow[];
  /** Changes whenever any cell of the sheet changes: part of the workbench version. */
  readonly fingerprint: string;
}

const emailKey = (email: string) => email.trim().toLowerCase();

/** People's ids by email, for naming pairs read from the sheet (an unknown email stays as typed). */
export function idsByEmail(people: People): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of [...people.mentors, ...people.mentees]) if (p.email) out.set(emailKey(p.email), p.id);
  return out;
}

/** The pairs on the Matches sheet, with their state. */
export function readPairs(ports: Ports, settings: ProgramSettings, people: People): MatchesRead {
  const schema = matchesSchema(settings.language);
  const sheet = openOwnedSheet(ports, schema, settings.language);
  const ids = idsByEmail(people);
  const rows: MatchRow[] = [];
  const t = sheet.table;
  t.rows.forEach((row, index) => {
    const menteeEmail = cellOf(t, row, 'menteeEmail');
    const mentorEmail = cellOf(t, row, 'mentorEmail');
    if (!menteeEmail || !mentorEmail) return;
    const typed = cellOf(t, row, 'state') as PairState;
    const state: PairState = PAIR_STATES.includes(typed) ? typed : 'confirmed';
    const score = cellOf(t, row, 'score');
    rows.push({
      index,
      pair: {
        menteeId: ids.get(emailKey(menteeEmail)) ?? menteeEmail,
        mentorId: ids.get(emailKey(mentorEmail)) ?? mentorEmail,
        state,
        confirmedBy: cellOf(t, row, 'confirmedBy'),
        confirmedAt: cellOf(t, row, 'confirmedAt'),
      },
      menteeEmail,
      mentorEmail,
      score: /^\d+(\.\d)?$/.test(score) ? Number(score) : null,
      explanation: cellOf(t, row, 'explanation'),
      notes: cellOf(t, row, 'notes'),
      editedByHand: ['menteeEmail', 'mentorEmail', 'state'].some((k) => handEdited(schema, t, index, k as MatchKey)),
    });
  });
  const fingerprint = fnv1a(JSON.stringify(sheet.snapshot?.values ?? []) + JSON.stringify(sheet.snapshot?.formulas ?? []));
  return { sheet, rows, fingerprint };
}

export function pairId(menteeId: string, mentorId: string): string {
  return `P-${fnv1a(`${menteeId}|${mentorId}`)}`;
}

/** What the sheet shows of a pair besides its people and state. */
export interface PairText {
  menteeName: string;
  menteeEmail: string;
  mentorName: string;
  mentorEmail: string;
  score: number;
  explanation: string;
}

/**
 * Writes the board to the sheet: each pair in its mentee's row (the first empty row or a
 * new one for a mentee without a row), rows of mentees no longer paired emptied of the
 * pair (the mentee and the notes stay). `text` gives the names, emails, score and
 * explanation of a pair whose row must be (re)written; rows whose pair did not change are
 * not touched, so the group's edits elsewhere in them stay; `text` returns null for a pair
 * naming someone not on the applicant sheets, whose row is left as the group typed it.
 */
export function writeBoard(ports: Ports, read: MatchesRead, board: Board, text: (pair: BoardPair) => PairText | null, refresh?: ReadonlySet<string>): void {
  const { sheet } = read;
  const schema = sheet.schema;
  const next: OwnedTable<MatchKey> = copyOwnedTable(sheet.table);
  const rowOf = new Map<string, MatchRow>();
  for (const r of read.rows) if (!rowOf.has(r.pair.menteeId)) rowOf.set(r.pair.menteeId, r);
  const paired = new Set(board.pairs.map((p) => p.menteeId));
  const free: number[] = [];
  // A mentee's row stays theirs when the pair goes (with the group's note), so a new pair returns to it.
  const ownRow = new Map<string, number>();
  next.rows.forEach((row, i) => {
    const mentee = cellOf(next, row, 'menteeEmail');
    if (mentee && !cellOf(next, row, 'mentorEmail') && !ownRow.has(emailKey(mentee))) ownRow.set(emailKey(mentee), i);
    if (!mentee && !cellOf(next, row, 'mentorEmail') && !cellOf(next, row, 'notes')) free.push(i);
  });
  const clear = { pairId: '', mentorName: '', mentorEmail: '', score: '', explanation: '', state: '', confirmedBy: '', confirmedAt: '' };
  for (const r of read.rows) {
    if (!paired.has(r.pair.menteeId) && rowOf.get(r.pair.menteeId) === r) putCells(schema, next, r.index, clear);
  }
  for (const pair of board.pairs) {
    const old = rowOf.get(pair.menteeId);
    const current = old && old.pair.mentorId === pair.mentorId && old.score !== null && !old.editedByHand && !refresh?.has(pair.menteeId);
    if (current && samePair(old.pair, pair)) continue;
    if (current) {
      // Same people, new state (lock, confirm, undo): the score and explanation stand.
      putCells(schema, next, old.index, { state: pair.state, confirmedBy: pair.confirmedBy, confirmedAt: pair.confirmedAt });
      continue;
    }
    const t = text(pair);
    if (!t) continue;
    const cells = {
      pairId: pairId(pair.menteeId, pair.mentorId),
      menteeName: t.menteeName,
      menteeEmail: t.menteeEmail,
      mentorName: t.mentorName,
      mentorEmail: t.mentorEmail,
      score: String(Math.round(t.score * 10) / 10),
      explanation: t.explanation,
      state: pair.state,
      confirmedBy: pair.confirmedBy,
      confirmedAt: pair.confirmedAt,
    };
    const index = old?.index ?? ownRow.get(emailKey(t.menteeEmail)) ?? free.shift() ?? next.rows.length;
    putCells(schema, next, index, cells);
  }
  saveOwnedSheet(ports, sheet, next);
}

function samePair(a: BoardPair, b: BoardPair): boolean {
  return a.mentorId === b.mentorId && a.state === b.state && a.confirmedBy === b.confirmedBy && a.confirmedAt === b.confirmedAt;
}
