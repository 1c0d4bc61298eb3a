/**
 * This file defines the independent oracle of the owned-table tests: a sheet of the
 * emulated Sheets (emulator/services/spreadsheet.ts, which reads setValues input as a person
 * typing it would be read), so what a write plan stores is judged by the emulator's rules
 * for formulas, numbers, dates and apostrophes, not by the code under test.
 */
import type { BlockWrite, SheetSnapshot } from '../../../src/core/tables';
import { scriptEmulator } from '../../emulator/helpers';

export interface OracleSheet {
  /** Writes a block as setValues would (typed input). */
  write(block: BlockWrite): void;
  /** What getValues and getFormulas return over the used block. */
  snapshot(): SheetSnapshot;
  /** What a person sees. */
  display(): string[][];
}

export function oracleSheet(name = 'Table'): OracleSheet {
  const em = scriptEmulator('');
  em.spreadsheet.ensureSheet(name);
  return {
    write: (block) => em.spreadsheet.write(name, block.row, block.column, block.values as never, true),
    snapshot: () => ({ values: em.spreadsheet.values(name), formulas: em.spreadsheet.formulas(name) }),
    display: () => em.spreadsheet.displayValues(name),
  };
}
