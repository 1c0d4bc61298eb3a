/**
 * This file defines how a use case works on a sheet the add-on owns, through the
 * OwnedTables port: open it (one read of values and formulas, decoded by its schema), change
 * the table as a value, save it (only changed rows of the add-on's own columns are written,
 * in few blocks; the group's columns, values and formulas stay as they were). Use it holding
 * the document lock when other executions may write the same sheet.
 *
 * ```ts
 * const sheet = openOwnedSheet(ports, OUTBOX, settings.language);
 * const next = copyOwnedTable(sheet.table);
 * for (let i = 0; i < next.rows.length; i++) {
 *   if (cellOf(next, next.rows[i]!, 'status') !== 'queued') continue;
 *   if (handEdited(OUTBOX, next, i, 'to')) continue; // the group changed the address: respect it
 *   putCells(OUTBOX, next, i, { status: 'sent', sentAt: ports.runtime.nowIso() });
 * }
 * putCells(OUTBOX, next, next.rows.length, { id: 'M-1', to: 'a@example.com', status: 'queued' }); // append
 * saveOwnedSheet(ports, sheet, next);
 * ```
 */
import { emptyOwnedTable, type OwnedTable, planTableWrite, readOwnedTable, type SheetSnapshot, type TableSchema, type TableWrite } from '../core/tables';
import type { Language } from '../core/types';
import type { Ports } from './ports';

export interface OwnedSheet<K extends string, T extends OwnedTable<K> = OwnedTable<K>> {
  schema: TableSchema<K>;
  /** What was read (null: no such sheet yet); saving compares against it. */
  snapshot: SheetSnapshot | null;
  table: T;
}

/** Reads the schema's sheet once; a missing sheet reads as an empty table (created on save). */
export function openOwnedSheet<K extends string>(ports: Ports, schema: TableSchema<K>, language: Language): OwnedSheet<K> {
  const snapshot = ports.ownedTables.read(schema.name);
  const table = snapshot ? readOwnedTable(schema, language, snapshot) : emptyOwnedTable(schema, language);
  return { schema, snapshot, table };
}

/** Writes what changed between the sheet as opened and `next`; returns the plan carried out. */
export function saveOwnedSheet<K extends string>(ports: Ports, sheet: OwnedSheet<K, OwnedTable<K>>, next: OwnedTable<K>): TableWrite {
  const plan = planTableWrite(sheet.schema, sheet.snapshot, next);
  if (plan.blocks.length > 0 || plan.hide.length > 0) ports.ownedTables.write(sheet.schema.name, plan);
  return plan;
}
