/**
 * This file defines the Outbox sheet as the use cases work on it: opened once (one block
 * read), changed as values, saved in few block writes of only the rows that changed. It
 * also holds the queueing rule that never makes a second row for a key, taken under the
 * document lock so two members pressing the same button at once still leave one row.
 */
import { type EmailRequest, OUTBOX_SHEET, type OutboxColumn, type OutboxRow, outboxRowsOf, putOutboxRow, queueRequests } from '../core/email';
import { copyOwnedTable, type OwnedTable } from '../core/tables';
import type { ProgramSettings } from '../core/program';
import type { Language } from '../core/types';
import { type OwnedSheet, openOwnedSheet, saveOwnedSheet } from './owned-sheets';
import type { Ports } from './ports';

export interface OpenOutbox {
  sheet: OwnedSheet<OutboxColumn>;
  next: OwnedTable<OutboxColumn>;
  rows: { row: OutboxRow; index: number }[];
}

export function openOutbox(ports: Ports, language: Language): OpenOutbox {
  const sheet = openOwnedSheet(ports, OUTBOX_SHEET, language);
  return { sheet, next: copyOwnedTable(sheet.table), rows: outboxRowsOf(sheet.table) };
}

const same = (a: OutboxRow, b: OutboxRow) => JSON.stringify(a) === JSON.stringify(b);

/** Writes the rows that differ from what was read (by position in `open.rows`), and any appended. */
export function saveOutbox(ports: Ports, open: OpenOutbox, changed: readonly OutboxRow[], appended: readonly OutboxRow[] = []): void {
  let dirty = false;
  changed.forEach((row, i) => {
    const was = open.rows[i];
    if (!was || same(was.row, row)) return;
    putOutboxRow(open.next, was.index, row);
    dirty = true;
  });
  for (const row of appended) {
    putOutboxRow(open.next, open.next.rows.length, row);
    dirty = true;
  }
  if (dirty || !open.sheet.snapshot) saveOwnedSheet(ports, open.sheet, open.next);
}

/**
 * Queues emails: one row per key, ever (a key already in the outbox, whatever its state,
 * is not queued again). Returns how many rows were added.
 */
export function queueEmails(ports: Ports, settings: ProgramSettings, requests: readonly EmailRequest[]): { added: number } {
  if (requests.length === 0) return { added: 0 };
  return ports.lock.withLock(() => {
    const open = openOutbox(ports, settings.language);
    const added = queueRequests(
      open.rows.map((r) => r.row),
      requests,
    );
    if (added.length) saveOutbox(ports, open, [], added);
    return { added: added.length };
  });
}
