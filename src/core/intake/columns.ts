/**
 * This file defines the columns of the Mentors and Mentees sheets as owned-table schemas
 * (src/core/tables) and how each column's cells are read and written. Inside the table every known cell is held as a canonical
 * string ('true'/'false', 'approved', '2', 'a, b'), independent of the language the labels
 * are shown in; cells are encoded to labels and protected text only when written, and decoded
 * from whatever the sheet returns (a label in either language, a boolean, a number, a Date)
 * when read. Comparing canonical strings is what lets intake tell a real edit by the group
 * from a relabelling after a language switch.
 */
import { languageLabels, normaliseLabel, parseLanguageChoice, parseYesNo, yesNoLabels } from '../forms/answers';
import { type FieldKey, fieldKeys } from '../forms/field-keys';
import {
  type CellCodec,
  choiceCodec,
  columnForHeader,
  intCodec,
  linesCodec,
  listCodec,
  type TableSchema,
  textCodec,
  timeCodec,
} from '../tables';
import type { ApplicantStatus, Language, Role } from '../types';
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

/** The column a header names, for `role`, in either language; undefined for the group's own columns. */
export function columnKeyForHeader(role: Role, header: string): ColumnKey | undefined {
  return columnForHeader(applicantSchema(role), header);
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

/** The applicant sheets' names are fixed (formulas and habits refer to them). */
export const APPLICANT_SHEET_NAMES: Record<Role, string> = { mentor: 'Mentors', mentee: 'Mentees' };

const statusCodec = choiceCodec({
  sv: Object.fromEntries(STATUSES.map((st) => [st, statusLabel(st, 'sv')])),
  en: Object.fromEntries(STATUSES.map((st) => [st, statusLabel(st, 'en')])),
});

const yesNo = (language: Language) => ({ true: yesNoLabels(language).yes, false: yesNoLabels(language).no });
const boolCodec = choiceCodec({ sv: yesNo('sv'), en: yesNo('en') }, (text) => {
  const yes = parseYesNo(text);
  return yes === undefined ? undefined : String(yes);
});

const languageCodec = choiceCodec({ sv: languageLabels('sv'), en: languageLabels('en') }, parseLanguageChoice);

const CODEC: Partial<Record<ColumnKey, CellCodec>> = {
  submittedAt: timeCodec,
  status: statusCodec,
  digital: boolCodec,
  acceptsEnglish: boolCodec,
  consent: boolCodec,
  capacity: intCodec,
  responseRow: intCodec,
  language: languageCodec,
  fields: listCodec,
  issues: linesCodec,
};

/** Columns whose hand edits intake respects: the answers, the submission time and the status. */
const UNTRACKED: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['id', 'issues', ...BOOKKEEPING]);

const SCHEMAS: Record<Role, TableSchema<ColumnKey>> = (() => {
  const schema = (role: Role): TableSchema<ColumnKey> => ({
    name: APPLICANT_SHEET_NAMES[role],
    columns: columnKeys(role).map((key) => ({
      key,
      header: { sv: headerOf(key, 'sv'), en: headerOf(key, 'en') },
      codec: CODEC[key] ?? textCodec,
      hidden: (BOOKKEEPING as readonly string[]).includes(key),
      tracked: !UNTRACKED.has(key),
    })),
    fingerprints: 'intakeHash',
  });
  return { mentor: schema('mentor'), mentee: schema('mentee') };
})();

/**
 * The owned-table schema of `role`'s sheet (src/core/tables): the columns of applicantColumns,
 * every answer, the submission time and the status tracked for hand edits, their
 * fingerprints in the hidden intakeHash column.
 */
export function applicantSchema(role: Role): TableSchema<ColumnKey> {
  return SCHEMAS[role];
}

/**
 * The canonical string of a cell read from the sheet. Values the group typed that do not
 * fit the column (a status 'maybe', a capacity 'many') are kept as typed, trimmed.
 */
export function decodeCell(key: ColumnKey, value: unknown): string {
  return (CODEC[key] ?? textCodec).decode(value);
}

/** The value to write for a canonical string: labels in `language`, numbers as numbers, text protected. */
export function encodeCell(key: ColumnKey, canonical: string, language: Language): unknown {
  return (CODEC[key] ?? textCodec).encode(canonical, language);
}
