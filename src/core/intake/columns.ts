/**
 * This file defines the columns of the Mentors and Mentees sheets and how each column's
 * cells are read and written. Inside the table every known cell is held as a canonical
 * string ('true'/'false', 'approved', '2', 'a, b'), independent of the language the labels
 * are shown in; cells are encoded to labels and protected text only when written, and decoded
 * from whatever the sheet returns (a label in either language, a boolean, a number, a Date)
 * when read. Comparing canonical strings is what lets intake tell a real edit by the group
 * from a relabelling after a language switch.
 */
import { languageLabels, normaliseLabel, parseLanguageChoice, parseYesNo, yesNoLabels } from '../forms/answers';
import { type FieldKey, fieldKeys } from '../forms/field-keys';
import type { ApplicantStatus, Language, Role } from '../types';
import { fromCellText, toCellText } from './cell-text';
import { ALL_INTAKE_TEXTS, intakeTexts } from './texts';

/** Bookkeeping columns: hidden in the sheet, written and read by intake only. */
export type BookkeepingKey = 'responseRow' | 'intakeHash' | 'intakeKeys';
export type ColumnKey = 'id' | 'status' | 'submittedAt' | FieldKey | 'issues' | BookkeepingKey;

export interface ColumnDefinition {
  key: ColumnKey;
  header: string;
  /** Bookkeeping the group should not see (the adapter hides these columns). */
  hidden: boolean;
}

type CellKind = 'text' | 'bool' | 'int' | 'status' | 'language' | 'list' | 'lines' | 'time';

const KIND: Partial<Record<ColumnKey, CellKind>> = {
  submittedAt: 'time',
  status: 'status',
  digital: 'bool',
  acceptsEnglish: 'bool',
  consent: 'bool',
  capacity: 'int',
  responseRow: 'int',
  language: 'language',
  fields: 'list',
  issues: 'lines',
};

const BOOKKEEPING: readonly BookkeepingKey[] = ['responseRow', 'intakeHash', 'intakeKeys'];
export const STATUSES: readonly ApplicantStatus[] = ['new', 'approved', 'withdrawn', 'matched', 'invalid'];

/** The column keys of `role`'s sheet, in their default order. */
export function columnKeys(role: Role): ColumnKey[] {
  return ['id', 'status', 'submittedAt', ...fieldKeys(role), 'issues', ...BOOKKEEPING];
}

function headerOf(key: ColumnKey, language: Language): string {
  if ((BOOKKEEPING as readonly string[]).includes(key)) return key;
  return intakeTexts(language).headers[key as Exclude<ColumnKey, BookkeepingKey>];
}

/**
 * The applicant sheet's columns for `role`: id, status, submission time, every form field
 * (consent included, as the record that it was given), the issues, then the hidden
 * bookkeeping (responseRow: the raw row last applied; intakeHash: fingerprints of what intake
 * last wrote; intakeKeys: the emails or raw rows that identify the person).
 */
export function applicantColumns(role: Role, language: Language): ColumnDefinition[] {
  return columnKeys(role).map((key) => ({
    key,
    header: headerOf(key, language),
    hidden: (BOOKKEEPING as readonly string[]).includes(key),
  }));
}

const HEADER_INDEX: Map<string, ColumnKey> = (() => {
  const index = new Map<string, ColumnKey>();
  for (const key of new Set([...columnKeys('mentor'), ...columnKeys('mentee')])) {
    index.set(normaliseLabel(key), key);
    for (const language of ['sv', 'en'] as const) index.set(normaliseLabel(headerOf(key, language)), key);
  }
  return index;
})();

/** The column a header names, for `role`, in either language; undefined for the group's own columns. */
export function columnKeyForHeader(role: Role, header: string): ColumnKey | undefined {
  const key = HEADER_INDEX.get(normaliseLabel(header));
  return key !== undefined && columnKeys(role).includes(key) ? key : undefined;
}

/** The label a status is shown with in `language` ('godkänd', 'approved'). */
export function statusLabel(status: ApplicantStatus, language: Language): string {
  return intakeTexts(language).status[status];
}

/** The status a label stands for, in either language or as the key itself. */
export function parseStatus(label: string): ApplicantStatus | undefined {
  const text = normaliseLabel(label);
  for (const status of STATUSES) {
    if (text === status || ALL_INTAKE_TEXTS.some((t) => normaliseLabel(t.status[status]) === text)) return status;
  }
  return undefined;
}

/** The text of any value getValues can return; Dates (from another realm too) as ISO. */
function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return fromCellText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    return Number.isNaN(date.getTime()) ? '' : date.toISOString();
  }
  return String(value);
}

/**
 * The canonical string of a cell read from the sheet. Values the group typed that do not
 * fit the column (a status 'maybe', a capacity 'many') are kept as typed, trimmed.
 */
export function decodeCell(key: ColumnKey, value: unknown): string {
  const text = cellString(value).trim();
  switch (KIND[key] ?? 'text') {
    case 'bool': {
      const yes = parseYesNo(text);
      return yes === undefined ? text : String(yes);
    }
    case 'status':
      return parseStatus(text) ?? text;
    case 'language':
      return parseLanguageChoice(text) ?? text;
    case 'int':
      return /^\d+(\.0+)?$/.test(text) ? String(Number.parseInt(text, 10)) : text;
    case 'list':
      return text
        .split(/\s*,\s*/)
        .filter((s) => s !== '')
        .join(', ');
    case 'lines':
      return text
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .join('\n');
    default:
      return text;
  }
}

/** The value to write for a canonical string: labels in `language`, numbers as numbers, text protected. */
export function encodeCell(key: ColumnKey, canonical: string, language: Language): unknown {
  switch (KIND[key] ?? 'text') {
    case 'bool':
      if (canonical === 'true') return yesNoLabels(language).yes;
      if (canonical === 'false') return yesNoLabels(language).no;
      break;
    case 'status': {
      const status = STATUSES.find((s) => s === canonical);
      if (status) return statusLabel(status, language);
      break;
    }
    case 'language':
      if (canonical === 'sv' || canonical === 'en') return languageLabels(language)[canonical];
      break;
    case 'int':
      if (/^\d+$/.test(canonical)) return Number(canonical);
      break;
    case 'time': {
      // Written as a real date, so the sheet shows local time and sorts; read back as ISO.
      const ms = Date.parse(canonical);
      if (/^\d{4}-\d{2}-\d{2}T/.test(canonical) && !Number.isNaN(ms)) return new Date(ms);
      break;
    }
  }
  return toCellText(canonical);
}
