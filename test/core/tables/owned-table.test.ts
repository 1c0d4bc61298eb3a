/**
 * This file defines the tests of the owned-table mechanism: columns mapped by header in
 * either language, the group's columns, values and formulas left alone, hand edits detected
 * through fingerprints, and write plans that are no-ops on unchanged tables and write only
 * changed rows of owned columns. What a plan stores is judged by the emulated Sheets.
 */
import fc from 'fast-check';
import {
  cellOf,
  choiceCodec,
  copyOwnedTable,
  emptyOwnedTable,
  handEdited,
  intCodec,
  type OwnedTable,
  planTableWrite,
  putCells,
  readOwnedTable,
  type SheetSnapshot,
  type TableSchema,
  timeCodec,
} from '../../../src/core/tables';
import { oracleSheet } from './sheet-oracle';

type Key = 'id' | 'to' | 'subject' | 'status' | 'tries' | 'sentAt' | 'written';
const OUTBOX: TableSchema<Key> = {
  name: 'Outbox',
  columns: [
    { key: 'id', header: { sv: 'Id', en: 'Id' } },
    { key: 'to', header: { sv: 'Till', en: 'To' }, tracked: true },
    { key: 'subject', header: { sv: 'Ämne', en: 'Subject' }, tracked: true },
    {
      key: 'status',
      header: { sv: 'Status', en: 'Status' },
      tracked: true,
      codec: choiceCodec({ sv: { queued: 'köad', sent: 'skickad' }, en: { queued: 'queued', sent: 'sent' } }),
    },
    { key: 'tries', header: { sv: 'Försök', en: 'Tries' }, codec: intCodec },
    { key: 'sentAt', header: { sv: 'Skickat', en: 'Sent' }, codec: timeCodec },
    { key: 'written', header: { sv: 'written', en: 'written' }, hidden: true },
  ],
  fingerprints: 'written',
};

/** Writes a whole plan to the oracle sheet and returns what Sheets then holds. */
function store(sheet: ReturnType<typeof oracleSheet>, plan: ReturnType<typeof planTableWrite>): SheetSnapshot {
  for (const block of plan.blocks) sheet.write(block);
  return sheet.snapshot();
}

/** A sheet the add-on wrote two rows to, then the group reordered nothing and added a notes column with a formula. */
function seeded() {
  const sheet = oracleSheet();
  const table = copyOwnedTable(emptyOwnedTable(OUTBOX, 'sv'));
  putCells(OUTBOX, table, 0, { id: 'M-1', to: "'1anna@example.com", subject: '+1 välkommen', status: 'queued', tries: '0' });
  putCells(OUTBOX, table, 1, { id: 'M-2', to: 'b@example.com', subject: '007', status: 'sent', tries: '2', sentAt: '2026-11-28T10:00:00.000Z' });
  store(sheet, planTableWrite(OUTBOX, null, table));
  sheet.write({ row: 1, column: 8, values: [['Anteckning'], ['=LEN(B2)'], ['ring först']] });
  return sheet;
}

describe('reading an owned sheet', () => {
  it('maps headers in either language, keeps the group columns, appends missing ones', () => {
    const table = readOwnedTable(OUTBOX, 'en', {
      values: [
        ['Notes', 'ämne', 'To', 'Id', 'Id'],
        ['mine', 'Hej', 'a@example.com', 'M-1', 'copy'],
      ],
      formulas: [],
    });
    expect(table.columns).toEqual([null, 'subject', 'to', 'id', null, 'status', 'tries', 'sentAt', 'written']);
    expect(table.headers.slice(5)).toEqual(['Status', 'Tries', 'Sent', 'written']);
    expect(table.rows[0]!.slice(0, 5)).toEqual(['mine', 'Hej', 'a@example.com', 'M-1', 'copy']);
  });

  it('reads text exactly as Sheets returns it, apostrophes included', () => {
    const sheet = seeded();
    const table = readOwnedTable(OUTBOX, 'sv', sheet.snapshot());
    expect(cellOf(table, table.rows[0]!, 'to')).toBe("'1anna@example.com");
    expect(cellOf(table, table.rows[0]!, 'subject')).toBe('+1 välkommen');
    expect(cellOf(table, table.rows[1]!, 'subject')).toBe('007');
    expect(cellOf(table, table.rows[1]!, 'status')).toBe('sent');
    expect(sheet.display()[2]!.slice(1, 5)).toEqual(['b@example.com', '007', 'skickad', '2']);
  });
});

describe('writing an owned sheet', () => {
  it('an unchanged table plans no write at all', () => {
    const sheet = seeded();
    const snapshot = sheet.snapshot();
    expect(planTableWrite(OUTBOX, snapshot, readOwnedTable(OUTBOX, 'sv', snapshot)).blocks).toEqual([]);
    // After a language switch too: the labels mean the same values.
    expect(planTableWrite(OUTBOX, snapshot, readOwnedTable(OUTBOX, 'en', snapshot)).blocks).toEqual([]);
  });

  it('writes only the changed row, only owned columns, and keeps the row\'s formulas', () => {
    const sheet = seeded();
    sheet.write({ row: 3, column: 3, values: [['=UPPER("x")']] }); // the group's formula in an owned column
    const snapshot = sheet.snapshot();
    const before = sheet.display();
    const table = copyOwnedTable(readOwnedTable(OUTBOX, 'sv', snapshot));
    const written = putCells(OUTBOX, table, 1, { subject: 'new subject', tries: '3' });
    expect([...written]).toEqual(['tries']); // the formula cell is the group's
    const plan = planTableWrite(OUTBOX, snapshot, table);
    expect(plan.blocks).toHaveLength(1);
    expect(plan.blocks[0]).toMatchObject({ row: 3, column: 1 });
    expect(plan.blocks[0]!.values[0]).toHaveLength(7);
    const after = store(sheet, plan);
    expect(after.formulas[2]![2]).toBe('=UPPER("x")');
    expect(after.formulas[1]![7]).toBe('=LEN(B2)');
    const display = sheet.display();
    expect(display[2]![4]).toBe('3');
    expect(display.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
    expect(display[2]!.filter((_, j) => j !== 4)).toEqual(before[2]!.filter((_, j) => j !== 4));
  });

  it('appends a row, adds a missing hidden column at the right and hides it', () => {
    const sheet = oracleSheet();
    sheet.write({ row: 1, column: 1, values: [['Id', 'Till', 'Egen'], ['M-1', 'a@example.com', 'x']] });
    const snapshot = sheet.snapshot();
    const table = copyOwnedTable(readOwnedTable(OUTBOX, 'sv', snapshot));
    putCells(OUTBOX, table, 1, { id: 'M-2', to: '=evil()', status: 'queued' });
    const plan = planTableWrite(OUTBOX, snapshot, table);
    expect(plan.create).toBe(false);
    expect(plan.hide).toEqual([8]);
    const after = store(sheet, plan);
    expect(after.values[0]).toEqual(['Id', 'Till', 'Egen', 'Ämne', 'Status', 'Försök', 'Skickat', 'written']);
    expect(after.values[2]!.slice(0, 3)).toEqual(['M-2', '=evil()', '']);
    expect(after.formulas.flat().filter(Boolean)).toEqual([]);
    expect(after.values[1]![2]).toBe('x');
  });

  it('many scattered changes still take one block per run of owned columns', () => {
    const sheet = oracleSheet();
    const table = copyOwnedTable(emptyOwnedTable(OUTBOX, 'sv'));
    for (let i = 0; i < 40; i++) putCells(OUTBOX, table, i, { id: `M-${i}`, to: `p${i}@example.com`, status: 'queued' });
    const snapshot = store(sheet, planTableWrite(OUTBOX, null, table));
    const next = copyOwnedTable(readOwnedTable(OUTBOX, 'sv', snapshot));
    for (let i = 0; i < 40; i += 3) putCells(OUTBOX, next, i, { status: 'sent' });
    const plan = planTableWrite(OUTBOX, snapshot, next);
    expect(plan.blocks).toHaveLength(1);
    store(sheet, plan);
    const statuses = sheet.display().slice(1).map((r) => r[3]);
    expect(statuses).toEqual(Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 'skickad' : 'köad')));
  });
});

describe('hand edits', () => {
  it('a value the add-on wrote is not an edit; a changed value, a formula or a value in a cell never written is', () => {
    const sheet = seeded();
    sheet.write({ row: 2, column: 3, values: [['Rättat ämne']] });
    sheet.write({ row: 3, column: 2, values: [['=LOWER("B@EXAMPLE.COM")']] });
    const table = readOwnedTable(OUTBOX, 'sv', sheet.snapshot());
    expect(handEdited(OUTBOX, table, 0, 'to')).toBe(false);
    expect(handEdited(OUTBOX, table, 0, 'subject')).toBe(true);
    expect(handEdited(OUTBOX, table, 1, 'to')).toBe(true);
    expect(handEdited(OUTBOX, table, 1, 'status')).toBe(false);
    // Re-labelled by a language switch: the same value, not an edit.
    expect(handEdited(OUTBOX, readOwnedTable(OUTBOX, 'en', sheet.snapshot()), 1, 'status')).toBe(false);
    const typed = readOwnedTable(OUTBOX, 'sv', { values: [['Id', 'Till'], ['M-9', 'z@example.com']], formulas: [] });
    expect(handEdited(OUTBOX, typed, 0, 'to')).toBe(true);
    expect(handEdited(OUTBOX, typed, 0, 'subject')).toBe(false);
  });

  it('a kept edit stays marked as the group\'s after the add-on writes other cells of the row', () => {
    const sheet = seeded();
    sheet.write({ row: 2, column: 3, values: [['Rättat ämne']] });
    const snapshot = sheet.snapshot();
    const table = copyOwnedTable(readOwnedTable(OUTBOX, 'sv', snapshot));
    putCells(OUTBOX, table, 0, { status: 'sent' });
    const reread = readOwnedTable(OUTBOX, 'sv', store(sheet, planTableWrite(OUTBOX, snapshot, table)));
    expect(handEdited(OUTBOX, reread, 0, 'subject')).toBe(true);
    expect(handEdited(OUTBOX, reread, 0, 'status')).toBe(false);
  });
});

const hostile = fc.oneof(
  fc.constantFrom("'1anna@example.com", "'=x@example.com", "'+1", '+1', '=1+1', '-3', '@a', '007', '1,5', '2026-01-01', 'TRUE', '#N/A', ''),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.tuple(fc.constantFrom("'", '=', '+', '-', '@', '"', ' '), fc.string({ maxLength: 8 })).map(([a, b]) => a + b),
);

describe('round trips (property, judged by the emulated Sheets)', () => {
  it('whatever text the add-on writes, Sheets shows and returns exactly it, and writing again plans nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile), { minLength: 1, maxLength: 6 }), (pairs) => {
        const sheet = oracleSheet();
        const table = copyOwnedTable(emptyOwnedTable(OUTBOX, 'sv'));
        pairs.forEach(([to, subject], i) => {
          putCells(OUTBOX, table, i, { id: `M-${i}`, to, subject });
        });
        const snapshot = store(sheet, planTableWrite(OUTBOX, null, table));
        expect(snapshot.formulas.flat().filter(Boolean)).toEqual([]);
        const display = sheet.display().slice(1);
        // Expected display, from the inputs alone: exactly the text.
        expect(display.map((r) => [r[1], r[2]])).toEqual(pairs.map(([to, subject]) => [to, subject]));
        const reread: OwnedTable<Key> = readOwnedTable(OUTBOX, 'sv', snapshot);
        expect(planTableWrite(OUTBOX, snapshot, reread).blocks).toEqual([]);
      }),
      { seed: 11, numRuns: 150 },
    );
  });
});
