/**
 * This file defines the one lock every writer of the program takes, so concurrent form
 * submissions, sidebar actions and trigger runs are serialised and none is lost or doubled.
 *
 * Every execution with the document takes the document lock. A published add-on's hourly
 * trigger has no document lock (src/gas/program-document), so in an add-on the holder also
 * takes the program lease: a cell of the store sheet naming the holder and until when, taken
 * and given back under the script lock, held only for the moment of reading and writing that
 * cell. Document-lock holders queue for each other on the document lock and meet the trigger
 * run only at the lease. The script lock is the add-on's one lock for all its documents, so
 * it is never held while the work runs. A lease outlives a dead execution by at most
 * LEASE_MS (longer than the 6-minute execution limit), after which it is taken over.
 *
 * Nested calls run inside the outer one's lock.
 */
import { hasDocument } from './program-document';
import { ensureStoreSheet, refreshProgramStore, usesStoreSheet } from './program-store';

const WAIT_MS = 30_000;
const LEASE_MS = 7 * 60_000;
const RETRY_MS = 500;
/** Google's own words for a lock that could not be had in time (LockService.waitLock). */
const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';
/** The lease cell: row 1 of the store sheet, beside its explanation. */
const LEASE_COLUMN = 4;

let depth = 0;

export function withDocumentLock<T>(work: () => T): T {
  if (depth > 0) return work();
  const lock = hasDocument() ? LockService.getDocumentLock() : null;
  const started = Date.now();
  lock?.waitLock(WAIT_MS);
  let lease: string | null = null;
  depth++;
  try {
    if (usesStoreSheet()) lease = takeLease(started + WAIT_MS);
    refreshProgramStore();
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    depth--;
    try {
      if (lease) giveBackLease(lease);
    } finally {
      lock?.releaseLock();
    }
  }
}

let cell: GoogleAppsScript.Spreadsheet.Range | null = null;

function leaseCell(): GoogleAppsScript.Spreadsheet.Range {
  if (!cell) cell = ensureStoreSheet().getRange(1, LEASE_COLUMN);
  return cell;
}

/** Under the script lock: the lease if it is free, expired or already ours. */
function tryLease(holder: string): boolean {
  const script = LockService.getScriptLock();
  if (!script.tryLock(RETRY_MS)) return false;
  try {
    const cell = leaseCell();
    const [current = '', until = '0'] = String(cell.getValue()).split('|');
    if (current !== '' && current !== holder && Number(until) > Date.now()) return false;
    cell.setValue(`${holder}|${Date.now() + LEASE_MS}`);
    SpreadsheetApp.flush();
    return true;
  } finally {
    script.releaseLock();
  }
}

function takeLease(deadline: number): string {
  const holder = Utilities.getUuid();
  for (;;) {
    if (tryLease(holder)) return holder;
    if (Date.now() + RETRY_MS > deadline) throw new Error(LOCK_TIMEOUT);
    Utilities.sleep(RETRY_MS);
  }
}

function giveBackLease(holder: string): void {
  const script = LockService.getScriptLock();
  script.waitLock(WAIT_MS);
  try {
    const cell = leaseCell();
    if (String(cell.getValue()).split('|')[0] === holder) cell.setValue('');
    SpreadsheetApp.flush();
  } finally {
    script.releaseLock();
  }
}
