/**
 * This file defines intake's name for cell-text protection, which now lives with the
 * owned-table mechanism (src/core/tables/cell-text.ts) because every sheet the add-on owns
 * writes text the same way.
 */
export { fromCellText, needsProtection, toCellText } from '../tables/cell-text';
