/**
 * This file defines the one lock every writer of the applicant sheets takes: the document
 * lock, so concurrent form submissions (and a re-read running at the same time) are
 * serialised and none is lost or doubled.
 */

const WAIT_MS = 30_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) return work();
  lock.waitLock(WAIT_MS);
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
