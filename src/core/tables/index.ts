/**
 * This file defines the public surface of the owned-table mechanism, the one way the add-on
 * reads and writes the sheets it owns (Mentors, Mentees, and later Matches, Outbox,
 * Templates, Log): a schema per sheet (schema.ts, with an example), cell codecs, the table
 * value with hand-edit detection (owned-table.ts) and the block writes (write-plan.ts).
 */
export { fromCellText, needsProtection, toCellText } from './cell-text';
export type { CellCodec } from './codecs';
export { cellString, choiceCodec, intCodec, linesCodec, listCodec, textCodec, timeCodec } from './codecs';
export { fnv1a } from './fingerprint';
export type { OwnedTable, SheetSnapshot } from './owned-table';
export {
  cellOf,
  columnIndexes,
  copyOwnedTable,
  emptyOwnedTable,
  fingerprint,
  fingerprints,
  handEdited,
  hasFormula,
  putCells,
  readOwnedTable,
} from './owned-table';
export type { ColumnSpec, TableSchema } from './schema';
export { codecOf, columnForHeader, columnSpec, headerKey } from './schema';
export type { BlockWrite, TableWrite } from './write-plan';
export { MAX_ROW_RUNS, planTableWrite } from './write-plan';
