/**
 * This file defines what must be written to bring a sheet the add-on owns from the snapshot
 * it was read as to a changed table, in few block writes. Only rows whose owned cells
 * changed (or that are new) are written, and only the owned columns of those rows, one block
 * per run of adjacent owned columns, so the group's own columns are never touched. Within a
 * written row, an owned cell the add-on did not change is written back as it was read: its
 * formula if it holds one, else its value exactly (text protected, numbers, booleans and
 * dates as they were), so writing a row changes nothing the add-on did not mean to change.
 * Columns the sheet lacked get their header (and are hidden when the schema says so).
 */
import { toCellText } from './cell-text';
import { codecs, type OwnedTable, readOwnedTable, type SheetSnapshot } from './owned-table';
import type { TableSchema } from './schema';

/** A block for one setValues call, its top-left cell at (row, column), both 1-based. */
export interface BlockWrite {
  row: number;
  column: number;
  values: unknown[][];
}

export interface TableWrite {
  /** The sheet did not exist when read: create it (header row frozen) before the blocks. */
  create: boolean;
  blocks: BlockWrite[];
  /** 1-based columns to hide: hidden bookkeeping columns added by this write. */
  hide: number[];
}

/** More separate runs of changed rows than this are written as one span (fewer calls). */
export const MAX_ROW_RUNS = 4;

/** A value getValues returned, as setValues must receive it to store exactly that again. */
function asRead(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? toCellText(value) : value;
}

function runs(indexes: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of indexes) {
    const last = out[out.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else out.push([i, i + 1]);
  }
  return out;
}

/**
 * The writes that turn `snapshot` (what the adapter read, null when there was no sheet) into
 * `table`, which must have been derived from that snapshot (rows only changed or appended).
 * An unchanged table gives no blocks.
 */
export function planTableWrite<K extends string>(schema: TableSchema<K>, snapshot: SheetSnapshot | null, table: OwnedTable<K>): TableWrite {
  const base = readOwnedTable(schema, table.language, snapshot);
  if (table.rows.length < base.rows.length || table.headers.length < base.headers.length) {
    throw new Error(`planTableWrite: ${schema.name} lost rows or columns; owned tables only change or append`);
  }
  const create = !snapshot || snapshot.values.length === 0;
  const oldWidth = create ? 0 : (snapshot.values[0]?.length ?? 0);
  const codec = codecs(schema, table.columns);
  const owned = table.columns.flatMap((key, j) => (key === null ? [] : [j]));
  const columnRuns = runs(owned);
  const blocks: BlockWrite[] = [];

  if (table.headers.length > oldWidth) {
    blocks.push({ row: 1, column: oldWidth + 1, values: [table.headers.slice(oldWidth).map((h) => toCellText(h))] });
  }
  const hidden = new Set(schema.columns.filter((c) => c.hidden).map((c) => c.key));
  const hide = table.columns.flatMap((key, j) => (j >= oldWidth && key !== null && hidden.has(key) ? [j + 1] : []));

  const readRows = snapshot?.values.slice(1) ?? [];
  const unchangedCell = (i: number, j: number) =>
    i < base.rows.length && j < oldWidth && String(table.rows[i]![j] ?? '') === String(base.rows[i]![j] ?? '');
  const changed: number[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    if (i >= base.rows.length || owned.some((j) => !unchangedCell(i, j))) changed.push(i);
  }
  let rowRuns = runs(changed);
  if (rowRuns.length > MAX_ROW_RUNS) rowRuns = [[rowRuns[0]![0], rowRuns[rowRuns.length - 1]![1]]];

  const cellValue = (i: number, j: number): unknown => {
    if (unchangedCell(i, j)) return table.formulas[`${i},${j}`] ?? asRead(readRows[i]?.[j]);
    return codec[j]!.encode(String(table.rows[i]![j] ?? ''), table.language);
  };
  for (const [from, to] of rowRuns) {
    for (const [start, end] of columnRuns) {
      const values: unknown[][] = [];
      for (let i = from; i < to; i++) {
        const line: unknown[] = [];
        for (let j = start; j < end; j++) line.push(cellValue(i, j));
        values.push(line);
      }
      blocks.push({ row: from + 2, column: start + 1, values });
    }
  }
  return { create, blocks, hide };
}
