/**
 * This file defines the public surface of intake: cleaning a response into an applicant,
 * protecting text written to a sheet, the applicant sheet model (columns, read, write,
 * apply a response, rebuild from all responses), stable ids and the sidebar's counts.
 */
export type { IntakeChange } from './apply-response';
export { applyResponse, rebuild } from './apply-response';
export { fromCellText, needsProtection, toCellText } from './cell-text';
export type { BookkeepingKey, ColumnDefinition, ColumnKey } from './columns';
export {
  applicantColumns,
  columnKeyForHeader,
  columnKeys,
  decodeCell,
  encodeCell,
  parseStatus,
  STATUSES,
  statusLabel,
} from './columns';
export type { IntakeCounts } from './counts';
export { intakeCounts } from './counts';
export { duplicateIdRows } from './duplicate-ids';
export { cyrb53, fnv1a, ID_PREFIX, stableId, uniqueId } from './hash';
export type { IdFor, IntakeResult, Problem, RawResponse } from './normalise';
export { inspectResponse, normaliseResponse } from './normalise';
export type { PhoneResult } from './normalise-values';
export { cleanLine, cleanText, MAX_CELL_TEXT, normalisePhone, parseCapacity, splitChecked, truncate } from './normalise-values';
export type { ApplicantTable, SheetBlock } from './table';
export {
  applicantAt,
  cellOf,
  columnIndexes,
  emptyApplicantTable,
  isBlankRow,
  readApplicants,
  readApplicantTable,
  writeApplicantRow,
  writeApplicantTable,
} from './table';
export type { IntakeTexts } from './texts';
export { intakeTexts } from './texts';
