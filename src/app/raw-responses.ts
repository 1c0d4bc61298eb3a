/**
 * This file defines how the raw responses of a form become RawResponses for intake, with
 * every answer as the text the person typed. The raw response sheet is where the responses
 * are listed (its rows are the responses' numbers, its first column their times), but Sheets
 * stores a number-like answer as a number ('+12025550143' → 12025550143, '007' → 7), so an
 * answer cell that is not text is replaced by the typed text: from the form-submit event's
 * namedValues in live intake, from the form's own responses (FormsGateway.typedAnswers) when
 * re-reading. Both give the same strings, so re-reading gives what live intake gave.
 */
import type { RawResponse } from '../core/intake';
import type { Ports, TableData, TypedAnswerQuery } from './ports';

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return value.toISOString();
  return String(value);
}

function timeOf(stamp: unknown): number {
  return isDate(stamp) ? stamp.getTime() : typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN;
}

/**
 * A raw response row as core's intake reads it: the first column is the form's timestamp.
 * `typed` gives answers as typed by header; they win over the cells.
 */
export function toRawResponse(headers: string[], values: unknown[], row: number, typed: Record<string, string> = {}): RawResponse | null {
  const ms = timeOf(values[0]);
  if (Number.isNaN(ms)) return null;
  // Whole seconds, as Forms records them: the applicant sheet stores this as a date, and a
  // sheet date need not keep milliseconds, which would read back as a group edit.
  const timestamp = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  const answers: Record<string, string> = {};
  headers.forEach((header, i) => {
    if (i > 0 && header) answers[header] = typed[header] ?? cellString(values[i]);
  });
  return { row, timestamp, answers };
}

/** Questions whose answers can only be one of fixed choices, by title: a cell reading as one of them is exact. */
export type FixedChoices = ReadonlyMap<string, readonly string[]>;

/**
 * The headers whose cells in this row are not text (numbers, dates, booleans Sheets made of
 * an answer), except where the cell's text is one of the question's fixed choices (a capacity
 * '2' stored as 2 needs no look-up).
 */
function untypedHeaders(headers: string[], values: unknown[], fixed: FixedChoices = new Map()): string[] {
  return headers.filter((h, i) => {
    const v = values[i];
    if (i === 0 || h === '' || typeof v === 'string' || v === null || v === undefined) return false;
    return !(typeof v === 'number' && fixed.get(h)?.includes(String(v)));
  });
}

/** The answers of a form-submit event's namedValues by header (a repeated header: its first value). */
export function namedTexts(namedValues: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string> | null {
  if (!namedValues || typeof namedValues !== 'object') return null;
  const out: Record<string, string> = {};
  for (const [header, list] of Object.entries(namedValues)) {
    if (Array.isArray(list) && typeof list[0] === 'string') out[header.trim()] = list[0];
  }
  return out;
}

/** Every response of a raw sheet, answers as typed (the form asked only for cells that are not text). */
export function rawResponses(ports: Ports, formId: string, data: TableData, fixed?: FixedChoices): RawResponse[] {
  const queries: TypedAnswerQuery[] = [];
  data.rows.forEach((values, i) => {
    const titles = untypedHeaders(data.headers, values, fixed);
    const ms = timeOf(values[0]);
    if (titles.length > 0 && !Number.isNaN(ms)) queries.push({ row: i + 2, timestampMs: ms, titles });
  });
  const typed = queries.length > 0 ? ports.forms.typedAnswers(formId, queries) : new Map<number, Record<string, string>>();
  const out: RawResponse[] = [];
  data.rows.forEach((values, i) => {
    const response = toRawResponse(data.headers, values, i + 2, typed.get(i + 2));
    if (response) out.push(response);
  });
  return out;
}

/**
 * The response on one raw row, answers as typed: from the event's namedValues when given,
 * else (a handler run without them) from the form, as re-reading does.
 */
export function rawResponseAt(
  ports: Ports,
  formId: string,
  raw: { headers: string[]; values: unknown[] },
  row: number,
  namedValues: Readonly<Record<string, readonly string[]>> | undefined,
  fixed?: FixedChoices,
): RawResponse | null {
  const named = namedTexts(namedValues);
  if (named) return toRawResponse(raw.headers, raw.values, row, named);
  const titles = untypedHeaders(raw.headers, raw.values, fixed);
  const ms = timeOf(raw.values[0]);
  const typed = titles.length > 0 && !Number.isNaN(ms) ? ports.forms.typedAnswers(formId, [{ row, timestampMs: ms, titles }]).get(row) : undefined;
  return toRawResponse(raw.headers, raw.values, row, typed);
}
