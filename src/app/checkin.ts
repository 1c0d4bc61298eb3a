/**
 * This file defines the midway check-in as use cases: the check-in form is made once (the
 * same stored steps as the sign-up forms: create, build, link), every participant of a
 * confirmed pair is sent a check-in email with their own pre-filled link, an answer that
 * arrives through the form-submit trigger lands on the pair's row of the Matches sheet, and
 * the pairs the contact person should look at are listed with a one-click reminder (queued
 * once per person and pair).
 */
import {
  type CheckinAnswer,
  type CheckinFlag,
  checkinCode,
  checkinFlagText,
  checkinFormSpec,
  type EmailRequest,
  parseCheckinAnswer,
  parseCheckinCode,
  sideFlags,
} from '../core/email';
import { fail, forward, ok, type Result } from '../core/failures';
import { addDays, formatDate, type ProgramSettings } from '../core/program';
import { cellOf, copyOwnedTable, putCells } from '../core/tables';
import { instantOf, type ZoneOffset } from '../core/timeline';
import type { Language } from '../core/types';
import { EMAIL_MORNING } from './announce';
import { confirmedPairs, languageOf, loadPeople } from './email-data';
import { matchesSchema, pairId, readPairs } from './matches-sheet';
import { openOutbox, queueEmails } from './outbox-sheet';
import { saveOwnedSheet } from './owned-sheets';
import type { Ports } from './ports';

export const CHECKIN_KEY = 'mp.checkin';
const RESPONSE_SHEET: Record<Language, string> = { sv: 'Avstämningssvar', en: 'Check-in responses' };

export interface CheckinRecord {
  formId: string;
  built: boolean;
  publishedUrl: string;
  linkTemplate: string;
  marker: string;
  /** -1 until linked and its response tab found. */
  responseSheetId: number;
}

export function checkinRecord(ports: Ports): CheckinRecord | null {
  return ports.store.readJson<CheckinRecord>(CHECKIN_KEY);
}

/** Makes the check-in form if needed, in stored steps (a run cut short resumes, never makes a second). */
export function ensureCheckinForm(ports: Ports, settings: ProgramSettings): Result<CheckinRecord> {
  return ports.lock.withLock(() => {
    let record = checkinRecord(ports);
    const save = (next: CheckinRecord) => {
      record = next;
      ports.store.writeJson(CHECKIN_KEY, next);
    };
    const spec = checkinFormSpec(settings.programName);
    if (!record) {
      const made = ports.forms.create(spec.title, (formId) =>
        save({ formId, built: false, publishedUrl: '', linkTemplate: '', marker: '', responseSheetId: -1 }),
      );
      if (!made.ok) return forward(made);
    }
    if (!record!.built) {
      const built = ports.checkinForms.build(record!.formId, spec);
      if (!built.ok) return forward(built);
      save({ ...record!, built: true, ...built.value });
    }
    if (record!.responseSheetId < 0) {
      const linked = ports.forms.link(record!.formId, RESPONSE_SHEET[settings.language]);
      if (!linked.ok) return forward(linked);
      save({ ...record!, responseSheetId: linked.value });
    }
    return ok(record!);
  });
}

/** When the check-in emails go: 09:00 on the midway date in the program's zone, or now when later. */
export function checkinDue(settings: ProgramSettings, nowIso: string, offset: ZoneOffset): string {
  const planned = new Date(instantOf({ date: settings.timeline.midway, time: EMAIL_MORNING }, offset)).toISOString();
  return Date.parse(planned) > Date.parse(nowIso) ? planned : nowIso;
}

/** Each participant's pre-filled link, by `personId|pairId`, and the answer-by date. */
export function checkinLinks(ports: Ports, settings: ProgramSettings): Map<string, { link: string; closes: string }> {
  const record = checkinRecord(ports);
  const out = new Map<string, { link: string; closes: string }>();
  if (!record?.built) return out;
  for (const pair of confirmedPairs(ports, settings)) {
    for (const personId of [pair.menteeId, pair.mentorId]) {
      const link = record.linkTemplate.replace(record.marker, encodeURIComponent(checkinCode(personId, pair.pairId)));
      const language = settings.language;
      out.set(`${personId}|${pair.pairId}`, { link, closes: formatDate(addDays(settings.timeline.midway, 7), language) });
    }
  }
  return out;
}

/** Queues the check-in email to both sides of every confirmed pair (once each). */
export function queueCheckIn(ports: Ports, settings: ProgramSettings): Result<{ queued: number; pairs: number }> {
  const form = ensureCheckinForm(ports, settings);
  if (!form.ok) return forward(form);
  const people = loadPeople(ports, settings);
  const byId = new Map([...people.mentors, ...people.mentees].map((p) => [p.id, p]));
  const due = checkinDue(settings, ports.clock.nowIso(), ports.clock.zoneOffset);
  const requests: EmailRequest[] = [];
  const pairs = confirmedPairs(ports, settings, people);
  for (const pair of pairs) {
    for (const id of [pair.menteeId, pair.mentorId]) {
      const p = byId.get(id);
      if (!p || p.status === 'withdrawn' || !p.email) continue;
      requests.push({ kind: 'checkin', recipient: p.email, personId: id, pairId: pair.pairId, language: languageOf(p, settings), due });
    }
  }
  return ok({ queued: queueEmails(ports, settings, requests).added, pairs: pairs.length });
}

export type CheckinIngest = { kind: 'recorded'; pairId: string; side: 'mentee' | 'mentor' } | { kind: 'ignored'; reason: string };

/** The form-submit trigger's work for a check-in response: onto the pair's row in Matches. */
export function ingestCheckin(ports: Ports, settings: ProgramSettings, sheetId: number, named: Readonly<Record<string, string>>, at: string): CheckinIngest {
  const record = checkinRecord(ports);
  if (!record || record.responseSheetId !== sheetId) return { kind: 'ignored', reason: 'not the check-in form' };
  const spec = checkinFormSpec(settings.programName);
  const code = parseCheckinCode(named[spec.code.title] ?? '');
  const answer = parseCheckinAnswer(spec, named, at);
  if (!code || !answer) return { kind: 'ignored', reason: 'the code was changed or the answer is incomplete' };
  return ports.lock.withLock((): CheckinIngest => {
    const read = readPairs(ports, settings, loadPeople(ports, settings));
    const row = read.rows.find((r) => pairId(r.pair.menteeId, r.pair.mentorId) === code.pairId);
    if (!row) return { kind: 'ignored', reason: `no pair ${code.pairId} on the Matches sheet` };
    const side = row.pair.menteeId === code.personId ? 'mentee' : row.pair.mentorId === code.personId ? 'mentor' : null;
    if (!side) return { kind: 'ignored', reason: `${code.personId} is not in pair ${code.pairId}` };
    const next = copyOwnedTable(read.sheet.table);
    putCells(matchesSchema(settings.language), next, row.index, {
      [`${side}Met`]: String(answer.met),
      [`${side}Times`]: answer.times,
      [`${side}Rating`]: String(answer.rating),
      [`${side}Note`]: answer.note,
      [`${side}AnsweredAt`]: answer.at,
    });
    saveOwnedSheet(ports, read.sheet, next);
    return { kind: 'recorded', pairId: code.pairId, side };
  });
}

export interface CheckinSide {
  personId: string;
  name: string;
  answer: CheckinAnswer | null;
  flags: CheckinFlag[];
  flagText: string[];
  /** A reminder is queued or sent already (one per person and pair). */
  reminded: boolean;
}

export interface CheckinPairView {
  pairId: string;
  mentee: CheckinSide;
  mentor: CheckinSide;
}

export interface CheckinView {
  formUrl: string;
  pairs: number;
  answered: number;
  flagged: CheckinPairView[];
}

function answerOf(table: Parameters<typeof cellOf>[0], cells: readonly unknown[], side: 'mentee' | 'mentor'): CheckinAnswer | null {
  const at = cellOf(table, cells, `${side}AnsweredAt`);
  if (!at) return null;
  return {
    met: cellOf(table, cells, `${side}Met`) === 'true',
    times: cellOf(table, cells, `${side}Times`),
    rating: Number.parseInt(cellOf(table, cells, `${side}Rating`), 10) || 0,
    note: cellOf(table, cells, `${side}Note`),
    at,
  };
}

/** The confirmed pairs the contact person should look at, and how many sides answered. */
export function checkinView(ports: Ports, settings: ProgramSettings, language: Language = settings.language): CheckinView {
  const now = Date.parse(ports.clock.nowIso());
  const people = loadPeople(ports, settings);
  const names = new Map([...people.mentors, ...people.mentees].map((p) => [p.id, `${p.firstName} ${p.lastName}`.trim()]));
  const read = readPairs(ports, settings, people);
  const sent = new Map<string, string>();
  const reminded = new Set<string>();
  for (const { row } of openOutbox(ports, settings.language).rows) {
    if (row.kind === 'checkin' && row.state === 'sent') sent.set(`${row.personId}|${row.pairId}`, row.sentAt);
    if (row.kind === 'checkin-reminder' && row.state !== 'cancelled') reminded.add(`${row.personId}|${row.pairId}`);
  }
  const view: CheckinView = { formUrl: checkinRecord(ports)?.publishedUrl ?? '', pairs: 0, answered: 0, flagged: [] };
  for (const r of read.rows) {
    if (r.pair.state !== 'confirmed') continue;
    view.pairs++;
    const id = pairId(r.pair.menteeId, r.pair.mentorId);
    const cells = read.sheet.table.rows[r.index]!;
    const side = (which: 'mentee' | 'mentor'): CheckinSide => {
      const personId = which === 'mentee' ? r.pair.menteeId : r.pair.mentorId;
      const answer = answerOf(read.sheet.table, cells, which);
      if (answer) view.answered++;
      const flags = sideFlags(answer, sent.get(`${personId}|${id}`) ?? '', now);
      return { personId, name: names.get(personId) ?? personId, answer, flags, flagText: flags.map((f) => checkinFlagText(f, language)), reminded: reminded.has(`${personId}|${id}`) };
    };
    const pair = { pairId: id, mentee: side('mentee'), mentor: side('mentor') };
    if (pair.mentee.flags.length || pair.mentor.flags.length) view.flagged.push(pair);
  }
  return view;
}

/** One-click reminder to one side of a pair: queued once per person and pair, due now. */
export function remindCheckin(ports: Ports, settings: ProgramSettings, pair: string, personId: string): Result<{ queued: boolean }> {
  const people = loadPeople(ports, settings);
  const person = [...people.mentors, ...people.mentees].find((p) => p.id === personId);
  if (!person?.email) return fail('checkinPersonUnknown', { person: personId });
  const request: EmailRequest = { kind: 'checkin-reminder', recipient: person.email, personId, pairId: pair, language: languageOf(person, settings), due: ports.clock.nowIso() };
  return ok({ queued: queueEmails(ports, settings, [request]).added === 1 });
}
