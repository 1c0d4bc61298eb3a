/**
 * This file defines the outbox's public surface for the rest of the add-on (the sidebar
 * functions in main.ts and the hourly timeline): queue emails, drain them, announce the
 * matches, queue the midway check-in, and the group's actions on single rows. Keep these
 * signatures stable: the timeline calls them.
 */
export { queueApplicationEmail, queueMissingApplicationEmails, type OutboxView, outboxView, resolveOutboxRow, type RowAction } from './outbox-actions';
export { type DrainOptions, type DrainReport, type DrainStop, drainOutbox, MAX_PER_RUN, TIME_BUDGET_MS } from './outbox-drain';
export { queueEmails } from './outbox-sheet';
export { type AnnounceReport, announceMatches, announcementDue, type ChangedPair } from './announce';
export { type CheckinPairView, type CheckinView, checkinView, ingestCheckin, queueCheckIn, remindCheckin } from './checkin';
