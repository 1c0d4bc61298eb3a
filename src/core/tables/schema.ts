/**
 * This file defines how a sheet the add-on owns is declared: its name and its columns, each
 * with a key, a header in Swedish and English, a cell codec, and whether it is hidden
 * bookkeeping or tracked for hand edits. The sheet is found by name and its columns by
 * header in either language (or the key itself), never by position, so the group may
 * reorder, insert its own columns and switch the program's language.
 *
 * Declaring a new owned sheet takes a schema and nothing else, e.g. the Outbox:
 *
 * ```ts
 * type OutboxKey = 'id' | 'to' | 'subject' | 'status' | 'sentAt' | 'written';
 * export const OUTBOX: TableSchema<OutboxKey> = {
 *   name: 'Outbox',
 *   columns: [
 *     { key: 'id', header: { sv: 'Id', en: 'Id' } },
 *     { key: 'to', header: { sv: 'Till', en: 'To' }, tracked: true },
 *     { key: 'subject', header: { sv: 'Ämne', en: 'Subject' }, tracked: true },
 *     { key: 'status', header: { sv: 'Status', en: 'Status' }, tracked: true,
 *       codec: choiceCodec({ sv: { queued: 'köad', sent: 'skickad' }, en: { queued: 'queued', sent: 'sent' } }) },
 *     { key: 'sentAt', header: { sv: 'Skickat', en: 'Sent' }, codec: timeCodec },
 *     { key: 'written', header: { sv: 'written', en: 'written' }, hidden: true },
 *   ],
 *   fingerprints: 'written',
 * };
 * ```
 *
 * Then `readOwnedTable(OUTBOX, language, snapshot)`, `handEdited`, `putCells` and
 * `planTableWrite` (owned-table.ts, write-plan.ts) do the rest; src/app/owned-sheets.ts wraps
 * them with the port in two calls.
 */
import type { Language } from '../types';
import { type CellCodec, textCodec } from './codecs';

export interface ColumnSpec<K extends string> {
  key: K;
  /** The header written in each language; both (and the key) are recognised when reading. */
  header: Record<Language, string>;
  /** Other headers that mean this column (older versions, other tools). */
  aliases?: readonly string[];
  /** Default: text (trimmed, written protected). */
  codec?: CellCodec;
  /** Bookkeeping the group should not see: hidden when the add-on adds the column. */
  hidden?: boolean;
  /**
   * The add-on records a fingerprint of each value it writes here, so a later run can tell
   * whether the group changed the cell since (handEdited). Needs `fingerprints` on the schema.
   */
  tracked?: boolean;
}

export interface TableSchema<K extends string> {
  /** The sheet's name, the same in every language (formulas and habits refer to it). */
  name: string;
  /** In the order a new sheet gets them; missing ones are appended to an existing sheet. */
  columns: readonly ColumnSpec<K>[];
  /** The (hidden) column holding the fingerprints of tracked cells, as 'key=hash;key=hash'. */
  fingerprints?: K;
}

/** How headers are compared: Unicode NFC, case, runs of space and a trailing '*' or ':' ignored. */
export function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[*:]+$/, '')
    .trim();
}

const INDEXES = new WeakMap<object, Map<string, string>>();

/** The column a header names, in either language, by key or alias; undefined for the group's own columns. */
export function columnForHeader<K extends string>(schema: TableSchema<K>, header: string): K | undefined {
  let index = INDEXES.get(schema) as Map<string, K> | undefined;
  if (!index) {
    index = new Map<string, K>();
    for (const column of schema.columns) {
      for (const name of [column.key, column.header.sv, column.header.en, ...(column.aliases ?? [])]) {
        const key = headerKey(name);
        if (!index.has(key)) index.set(key, column.key);
      }
    }
    INDEXES.set(schema, index);
  }
  return index.get(headerKey(header));
}

/** The column's spec; throws for a key the schema does not have (a bug in the caller). */
export function columnSpec<K extends string>(schema: TableSchema<K>, key: K): ColumnSpec<K> {
  const spec = schema.columns.find((c) => c.key === key);
  if (!spec) throw new Error(`Table ${schema.name} has no column ${key}`);
  return spec;
}

export function codecOf<K extends string>(schema: TableSchema<K>, key: K): CellCodec {
  return columnSpec(schema, key).codec ?? textCodec;
}
