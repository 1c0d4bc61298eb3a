/**
 * This file defines where the workbench keeps what is not a pair: the group's weights,
 * switches, minimum score and mode, the forbidden pairs, the undo record of the last change
 * and a revision number, as one JSON value in Document Properties. A property value holds
 * at most 9 KB (apps-script-facts.md §1.2), and undoing "confirm all" over 2,000 pairs
 * takes tens of KB, so the value is stored in 4,000-character parts under numbered keys.
 * The pairs themselves are on the Matches sheet, where the group sees and fixes them.
 */
import { DEFAULT_MATCH_SETTINGS, type PairRef } from '../core/matching';
import type { UndoRecord, WorkbenchSettings } from '../core/workbench';
import type { DocumentStore } from './ports';

export const WORKBENCH_KEY = 'mp.workbench';
/** Characters per part: JSON-quoting a part at most doubles it, so key and value stay under 9 KB. */
const PART = 4000;

export interface WorkbenchStore {
  settings: WorkbenchSettings;
  forbids: PairRef[];
  undo: UndoRecord | null;
  /** Bumped by every write, so the version changes even when the sheet does not. */
  rev: number;
}

export const DEFAULT_WORKBENCH_SETTINGS: WorkbenchSettings = {
  weights: DEFAULT_MATCH_SETTINGS.weights,
  enabled: DEFAULT_MATCH_SETTINGS.enabled,
  minScore: DEFAULT_MATCH_SETTINGS.minScore,
  mode: DEFAULT_MATCH_SETTINGS.mode,
};

/** The stored state and its text (for the version); defaults when nothing is stored. */
export function readWorkbenchStore(store: DocumentStore): { state: WorkbenchStore; raw: string } {
  const head = store.readJson<{ parts: number }>(WORKBENCH_KEY);
  let raw = '';
  for (let k = 0; k < (head?.parts ?? 0); k++) raw += store.readJson<string>(`${WORKBENCH_KEY}.${k}`) ?? '';
  let state: WorkbenchStore = { settings: DEFAULT_WORKBENCH_SETTINGS, forbids: [], undo: null, rev: 0 };
  if (raw) {
    try {
      state = { ...state, ...(JSON.parse(raw) as Partial<WorkbenchStore>) };
    } catch {
      // A part lost or edited by hand: start from the defaults rather than break the sidebar.
    }
  }
  return { state, raw };
}

export function writeWorkbenchStore(store: DocumentStore, state: WorkbenchStore, previousRaw: string): void {
  const raw = JSON.stringify(state);
  const parts = Math.ceil(raw.length / PART);
  const before = Math.ceil(previousRaw.length / PART);
  for (let k = 0; k < parts; k++) {
    const piece = raw.slice(k * PART, (k + 1) * PART);
    if (piece !== previousRaw.slice(k * PART, (k + 1) * PART)) store.writeJson(`${WORKBENCH_KEY}.${k}`, piece);
  }
  for (let k = parts; k < before; k++) store.writeJson(`${WORKBENCH_KEY}.${k}`, '');
  store.writeJson(WORKBENCH_KEY, { parts });
}
