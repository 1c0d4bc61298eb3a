/**
 * This file defines the Outbox and Templates sheets on the owned-table mechanism: their
 * columns (headers in Swedish and English, kinds, states and languages shown as words in
 * the program's language and read back in either), and the conversion between a sheet row
 * and an OutboxRow or a template. The group may sort, add its own columns, or edit a
 * template's subject and body; the add-on never writes over an edited text.
 */
import { choiceCodec, intCodec, type OwnedTable, cellOf, putCells, type TableSchema, textCodec, timeCodec } from '../tables';
import type { Language } from '../types';
import { EMAIL_KINDS, type EmailKind, isEmailKind, placeholdersOf } from './kinds';
import { OUTBOX_STATES, type OutboxRow, type OutboxState } from './outbox';
import { en } from './texts-en';
import { sv } from './texts-sv';

export type OutboxColumn = keyof typeof sv.outboxHeaders | 'written';
export type TemplateColumn = keyof typeof sv.templateHeaders | 'written';

const header = <K extends string>(key: K, table: 'outboxHeaders' | 'templateHeaders') => ({
  sv: (sv[table] as Record<string, string>)[key]!,
  en: (en[table] as Record<string, string>)[key]!,
});

const kindCodec = choiceCodec({ sv: sv.kinds, en: en.kinds });
const stateCodec = choiceCodec({ sv: sv.states, en: en.states });
const languageCodec = choiceCodec({ sv: sv.languages, en: en.languages });

export const OUTBOX_SHEET: TableSchema<OutboxColumn> = {
  name: 'Outbox',
  columns: [
    { key: 'recipient', header: header('recipient', 'outboxHeaders'), tracked: true },
    { key: 'kind', header: header('kind', 'outboxHeaders'), codec: kindCodec },
    { key: 'personId', header: header('personId', 'outboxHeaders') },
    { key: 'pairId', header: header('pairId', 'outboxHeaders') },
    { key: 'language', header: header('language', 'outboxHeaders'), codec: languageCodec },
    { key: 'due', header: header('due', 'outboxHeaders'), codec: timeCodec },
    { key: 'state', header: header('state', 'outboxHeaders'), codec: stateCodec, tracked: true },
    { key: 'attempts', header: header('attempts', 'outboxHeaders'), codec: intCodec },
    { key: 'error', header: header('error', 'outboxHeaders') },
    { key: 'sentAt', header: header('sentAt', 'outboxHeaders'), codec: timeCodec },
    { key: 'key', header: header('key', 'outboxHeaders'), hidden: true },
    { key: 'claim', header: header('claim', 'outboxHeaders'), hidden: true },
    { key: 'written', header: { sv: 'written', en: 'written' }, hidden: true },
  ],
  fingerprints: 'written',
};

export const TEMPLATES_SHEET: TableSchema<TemplateColumn> = {
  name: 'Templates',
  columns: [
    { key: 'kind', header: header('kind', 'templateHeaders'), codec: kindCodec },
    { key: 'language', header: header('language', 'templateHeaders'), codec: languageCodec },
    { key: 'subject', header: header('subject', 'templateHeaders'), codec: textCodec, tracked: true },
    { key: 'body', header: header('body', 'templateHeaders'), codec: textCodec, tracked: true },
    { key: 'placeholders', header: header('placeholders', 'templateHeaders') },
    { key: 'written', header: { sv: 'written', en: 'written' }, hidden: true },
  ],
  fingerprints: 'written',
};

const isState = (s: string): s is OutboxState => (OUTBOX_STATES as readonly string[]).includes(s);
const isLanguage = (s: string): s is Language => s === 'sv' || s === 'en';

/**
 * The outbox rows of the sheet, with their data-row index. Rows the add-on cannot read (no
 * key and no kind, e.g. the group's notes below the table) are left out, never rewritten.
 */
export function outboxRowsOf(table: OwnedTable<OutboxColumn>): { row: OutboxRow; index: number }[] {
  const out: { row: OutboxRow; index: number }[] = [];
  table.rows.forEach((cells, index) => {
    const get = (k: OutboxColumn) => cellOf(table, cells, k);
    const kind = get('kind');
    const key = get('key');
    if (!isEmailKind(kind) || key === '') return;
    const state = get('state');
    const language = get('language');
    out.push({
      index,
      row: {
        key,
        kind,
        recipient: get('recipient'),
        personId: get('personId'),
        pairId: get('pairId'),
        language: isLanguage(language) ? language : 'sv',
        due: get('due'),
        // A state the group typed that the add-on does not know holds the row.
        state: isState(state) ? state : 'held',
        attempts: Number.parseInt(get('attempts'), 10) || 0,
        error: get('error'),
        sentAt: get('sentAt'),
        claim: get('claim'),
      },
    });
  });
  return out;
}

/** Writes an outbox row at `index` (rows.length appends). */
export function putOutboxRow(table: OwnedTable<OutboxColumn>, index: number, row: OutboxRow): void {
  putCells(OUTBOX_SHEET, table, index, {
    recipient: row.recipient,
    kind: row.kind,
    personId: row.personId,
    pairId: row.pairId,
    language: row.language,
    due: row.due,
    state: row.state,
    attempts: String(row.attempts),
    error: row.error,
    sentAt: row.sentAt,
    key: row.key,
    claim: row.claim,
  });
}

export interface StoredTemplate {
  kind: EmailKind;
  language: Language;
  subject: string;
  body: string;
  index: number;
}

/** The templates in the sheet; the first row of a kind and language wins. */
export function templatesOf(table: OwnedTable<TemplateColumn>): StoredTemplate[] {
  const out: StoredTemplate[] = [];
  const seen = new Set<string>();
  table.rows.forEach((cells, index) => {
    const kind = cellOf(table, cells, 'kind');
    const language = cellOf(table, cells, 'language');
    if (!isEmailKind(kind) || !isLanguage(language) || seen.has(`${kind}/${language}`)) return;
    seen.add(`${kind}/${language}`);
    out.push({ kind, language, subject: cellOf(table, cells, 'subject'), body: cellOf(table, cells, 'body'), index });
  });
  return out;
}

/** Writes a template row (rows.length appends), with the placeholders its kind may use. */
export function putTemplate(table: OwnedTable<TemplateColumn>, index: number, t: Omit<StoredTemplate, 'index'>): void {
  putCells(TEMPLATES_SHEET, table, index, {
    kind: t.kind,
    language: t.language,
    subject: t.subject,
    body: t.body,
    placeholders: placeholdersOf(t.kind)
      .map((p) => `{{${p}}}`)
      .join(' '),
  });
}

/** Every kind and language, in the order the Templates sheet lists them. */
export function templateSlots(): { kind: EmailKind; language: Language }[] {
  return EMAIL_KINDS.flatMap((kind) => (['sv', 'en'] as const).map((language) => ({ kind, language })));
}
