/**
 * Test of where the workbench keeps its state: a JSON value split into parts that each stay
 * under Document Properties' 9 KB per value (key and value, as the emulator reads the limit),
 * read back whole, with parts left over from a longer value emptied.
 */
import type { DocumentStore } from '../../src/app/ports';
import { DEFAULT_WORKBENCH_SETTINGS, readWorkbenchStore, writeWorkbenchStore } from '../../src/app/workbench-store';
import type { PairTuple } from '../../src/core/workbench';

function limitedStore(): DocumentStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    readJson: <T>(key: string) => (values.has(key) ? (JSON.parse(values.get(key)!) as T) : null),
    writeJson(key: string, value: unknown) {
      const text = JSON.stringify(value);
      if (Buffer.byteLength(key + text) > 9 * 1024) throw new Error(`${key} is over 9 KB`);
      values.set(key, text);
    },
  };
}

test('undo of confirm-all over 2,000 pairs is stored in parts under 9 KB and read back whole', () => {
  const store = limitedStore();
  const pairs: PairTuple[] = Array.from({ length: 2000 }, (_, i) => [`AD-${String(i).padStart(8, '0')}`, `MR-${String(i % 900).padStart(8, '0')}`, 'proposed', '', '', `MR-${String(i % 900).padStart(8, '0')}`]);
  const state = { settings: DEFAULT_WORKBENCH_SETTINGS, forbids: [{ menteeId: 'AD-1', mentorId: 'MR-"quoted"' }], undo: { pairs, forbids: null }, rev: 3 };
  writeWorkbenchStore(store, state, '');
  expect(store.values.size).toBeGreaterThan(10);
  const back = readWorkbenchStore(store);
  expect(back.state).toEqual(state);
  // A shorter value later empties the parts it no longer needs.
  writeWorkbenchStore(store, { ...state, undo: null, rev: 4 }, back.raw);
  expect(readWorkbenchStore(store).state).toEqual({ ...state, undo: null, rev: 4 });
  expect([...store.values.entries()].filter(([k, v]) => k.startsWith('mp.workbench.') && v !== '""')).toHaveLength(1);
});
