/**
 * This file defines the Log sheet: one row per thing the timeline did (a step done, failed,
 * skipped, moved, confirmed, a meeting updated), in the program's language and time zone,
 * on the owned-table mechanism (src/core/tables): found by name and its columns by header,
 * the group's own columns and notes left alone, rows only ever appended. Call it holding
 * the document lock (every caller in src/app/timeline does), so two runs never write the
 * same new row.
 */
import type { TableSchema } from '../core/tables';
import { copyOwnedTable, putCells } from '../core/tables';
import { localTimeOf, timelineTexts } from '../core/timeline';
import { openOwnedSheet, saveOwnedSheet } from './owned-sheets';
import type { Ports } from './ports';
import type { RunLog } from './timeline-ports';

type LogKey = 'time' | 'step' | 'outcome' | 'message' | 'by' | 'run';

export const LOG_SCHEMA: TableSchema<LogKey> = {
  name: 'Log',
  columns: [
    { key: 'time', header: { sv: 'Tid', en: 'Time' } },
    { key: 'step', header: { sv: 'Steg', en: 'Step' } },
    { key: 'outcome', header: { sv: 'Resultat', en: 'Outcome' } },
    { key: 'message', header: { sv: 'Meddelande', en: 'Message' } },
    { key: 'by', header: { sv: 'Av', en: 'By' } },
    { key: 'run', header: { sv: 'Körning', en: 'Run' } },
  ],
};

export function ownedRunLog(ports: Ports): RunLog {
  return {
    append(entries, language, offset) {
      if (entries.length === 0) return;
      const texts = timelineTexts(language);
      const sheet = openOwnedSheet(ports, LOG_SCHEMA, language);
      const next = copyOwnedTable(sheet.table);
      for (const e of entries) {
        const at = localTimeOf(e.atMs, offset);
        putCells(LOG_SCHEMA, next, next.rows.length, {
          time: `${at.date} ${at.time}`,
          step: e.step ? texts.step[e.step] : '',
          outcome: e.outcome === 'info' ? '' : texts.state[e.outcome],
          message: e.message,
          by: e.by,
          run: e.runId,
        });
      }
      saveOwnedSheet(ports, sheet, next);
    },
  };
}
