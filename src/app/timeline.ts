/**
 * This file defines the timeline runner: what the hourly trigger does (run every due step
 * exactly once, in order, logging each, leaving a failed step failed while the rest go
 * on), and what the group can do from the sidebar (run a step now, skip it, move it,
 * confirm the step that waits for a member). A step is claimed ("running", with the run's
 * id) under the document lock before its action and finished under the lock after, so two
 * runs at once (the trigger and a member's "run now", or two members' triggers) never run a
 * step twice; a claim left by a run that died is inspected by running the idempotent action
 * again (see timeline-actions), and logged as such.
 */
import type { ProgramSettings } from '../core/program';
import { claimed, instantOf, type LocalTime, mayClaim, STEP_IDS, type StepError, type StepId, stepState, timelineMessage, whatIsDue } from '../core/timeline';
import { forgetDeletedMeeting, meetingRecords, noteRefreshProblem, syncMeeting } from './meetings';
import { stepAction } from './timeline-actions';
import type { LogEntry, TimelinePorts } from './timeline-ports';
import { nowMs, planFor, readTimeline, type TimelineState, updateTimeline } from './timeline-store';

export interface RunSummary {
  runId: string;
  done: StepId[];
  failed: StepId[];
  lapsed: StepId[];
  /** Due but not runnable in this build, or waiting for a member's confirmation. */
  waiting: StepId[];
}

type Failure = { ok: false; error: StepError };
export type ActionResult = { ok: true } | Failure;

function entry(ports: TimelinePorts, settings: ProgramSettings, step: StepId | '', outcome: LogEntry['outcome'], key: string, values: Record<string, string | number>, runId: string): LogEntry {
  return { atMs: nowMs(ports), step, outcome, message: timelineMessage(settings.language, key, values), by: ports.automation.currentUser(), runId };
}

function errorText(settings: ProgramSettings, error: StepError): string {
  return error.detail ?? timelineMessage(settings.language, error.key, error.values);
}

/** Runs one claimed step's action and records its outcome if the claim is still ours. */
function runClaimed(ports: TimelinePorts, settings: ProgramSettings, id: StepId, runId: string, resumed: boolean, summary: RunSummary): void {
  const action = stepAction(ports, id);
  let result: { ok: true; note?: StepError } | Failure;
  try {
    result = action ? action(ports, settings) : { ok: false, error: { key: 'actionNotAvailable', values: { detail: id } } };
  } catch (e) {
    // A bug or a Google error: the step fails with its text, the other steps go on.
    result = { ok: false, error: { key: 'stepFailed', detail: e instanceof Error ? e.message : String(e) } };
  }
  updateTimeline(ports, (state) => {
    const record = state.records[id];
    if (record?.outcome?.state !== 'running' || record.outcome.runId !== runId) return;
    const by = ports.automation.currentUser();
    const at = nowMs(ports);
    const log: LogEntry[] = [];
    if (resumed) log.push(entry(ports, settings, id, 'info', 'stepResumed', {}, runId));
    if (result.ok) {
      state.records[id] = { ...record, outcome: { state: 'done', atMs: at, by, ...(result.note ? { note: result.note } : {}) } };
      const message = result.note ? errorText(settings, result.note) : timelineMessage(settings.language, 'stepDone');
      log.push({ ...entry(ports, settings, id, 'done', 'stepDone', {}, runId), message });
      summary.done.push(id);
    } else {
      state.records[id] = { ...record, outcome: { state: 'failed', atMs: at, by, error: result.error } };
      log.push({ ...entry(ports, settings, id, 'failed', 'stepDone', {}, runId), message: errorText(settings, result.error) });
      summary.failed.push(id);
    }
    ports.log.append(log, settings.language, ports.zone.offset);
  });
}

function newRunId(ports: TimelinePorts): string {
  return `${ports.clock.nowIso()}/${ports.automation.currentUser()}`;
}

/** What the hourly trigger does: every due step, once. */
export function runDueSteps(ports: TimelinePorts, settings: ProgramSettings): RunSummary {
  const runId = newRunId(ports);
  const summary: RunSummary = { runId, done: [], failed: [], lapsed: [], waiting: [] };
  const claims = updateTimeline(ports, (state) => {
    const now = nowMs(ports);
    const by = ports.automation.currentUser();
    state.lastRun = { atMs: now, by };
    const due = whatIsDue(planFor(ports, settings, state), state.records, now);
    const log: LogEntry[] = [];
    for (const id of due.lapse) {
      state.records[id] = { ...state.records[id], outcome: { state: 'skipped', atMs: now, by, reason: 'lapsed' } };
      log.push(entry(ports, settings, id, 'skipped', 'stepLapsed', {}, runId));
      summary.lapsed.push(id);
    }
    for (const id of due.awaitingConfirmation) {
      summary.waiting.push(id);
      if (state.records[id]?.askedMs !== undefined) continue;
      state.records[id] = { ...state.records[id], askedMs: now };
      log.push(entry(ports, settings, id, 'due', 'awaitingConfirmation', {}, runId));
    }
    const list: { id: StepId; resumed: boolean }[] = [];
    for (const id of STEP_IDS) {
      const resumed = due.resume.includes(id);
      if (!resumed && !due.run.includes(id)) continue;
      if (!stepAction(ports, id)) {
        // Not in this build: say so once, leave it due for the build that has it.
        summary.waiting.push(id);
        if (state.records[id]?.askedMs === undefined) {
          state.records[id] = { ...state.records[id], askedMs: now };
          log.push(entry(ports, settings, id, 'due', 'actionNotAvailable', { detail: id }, runId));
        }
        continue;
      }
      state.records[id] = claimed(state.records[id], runId, now, by);
      list.push({ id, resumed });
    }
    if (log.length > 0) ports.log.append(log, settings.language, ports.zone.offset);
    return list;
  });
  for (const { id, resumed } of claims) runClaimed(ports, settings, id, runId, resumed, summary);
  refreshMeetings(ports, settings, runId);
  // Emails a step queued beyond this run's quota or time, retries, and late pairs' match emails go out run by run.
  ports.emailSteps?.followUp(readTimeline(ports).records.announceMatches?.outcome?.state === 'done');
  return summary;
}

const MEETING_STEPS = [
  ['kickoff', 'createKickoff'],
  ['closing', 'createClosing'],
] as const;

/**
 * Keeps each meeting's event up to date until it starts: late changes (a new pair, a
 * withdrawn mentor, a new time or place in setup) reach the one event within the hour. An
 * unchanged event costs one read and no write; an event deleted by hand is left alone (the
 * sidebar offers to create it again). What keeps an event from being updated is logged
 * once, as failed, the hour it first happens.
 */
function refreshMeetings(ports: TimelinePorts, settings: ProgramSettings, runId: string): void {
  const state = readTimeline(ports);
  const now = nowMs(ports);
  for (const [kind, step] of MEETING_STEPS) {
    if (state.records[step]?.outcome?.state !== 'done') continue;
    const meeting = kind === 'kickoff' ? settings.timeline.kickoff : settings.timeline.closing;
    if (instantOf(meeting, ports.zone.offset) <= now) continue;
    const result = syncMeeting(ports, settings, kind);
    if (result.ok && result.note) {
      const note = result.note;
      ports.lock.withLock(() => ports.log.append([entry(ports, settings, step, 'info', note.key, note.values ?? {}, runId)], settings.language, ports.zone.offset));
    }
    // What keeps the event from being updated (a template broken in the sheet, the event
    // deleted by hand) is logged once, when it first happens, not every hour.
    const problem = result.ok ? null : errorText(settings, result.error);
    if ((meetingRecords(ports)[kind]?.problem ?? null) === problem) continue;
    ports.lock.withLock(() => {
      if (noteRefreshProblem(ports, kind, problem) && problem !== null) {
        ports.log.append([{ atMs: nowMs(ports), step, outcome: 'failed', message: problem, by: ports.automation.currentUser(), runId }], settings.language, ports.zone.offset);
      }
    });
  }
}

/** "Run now": runs one step at once (also before its time, or again after it failed). */
export function runStepNow(ports: TimelinePorts, settings: ProgramSettings, id: StepId): ActionResult {
  const runId = newRunId(ports);
  const claim = updateTimeline(ports, (state): ActionResult => {
    const now = nowMs(ports);
    const record = state.records[id];
    if (!mayClaim(record, now, { retryFailed: true })) return { ok: false, error: { key: 'notClaimable', values: { state: record?.outcome?.state ?? '' } } };
    if (!stepAction(ports, id)) return { ok: false, error: { key: id === 'deletePersonalData' ? 'deletionNotAvailable' : 'actionNotAvailable', values: { detail: id } } };
    state.records[id] = claimed(record, runId, now, ports.automation.currentUser());
    return { ok: true };
  });
  if (!claim.ok) return claim;
  const summary: RunSummary = { runId, done: [], failed: [], lapsed: [], waiting: [] };
  runClaimed(ports, settings, id, runId, false, summary);
  return { ok: true };
}

function unfinished(state: TimelineState, id: StepId): boolean {
  const outcome = state.records[id]?.outcome;
  return !outcome || outcome.state === 'failed';
}

/** "Skip": the step will not run (waiting, due or failed steps only). */
export function skipStep(ports: TimelinePorts, settings: ProgramSettings, id: StepId): ActionResult {
  return updateTimeline(ports, (state): ActionResult => {
    if (!unfinished(state, id)) return { ok: false, error: { key: 'notClaimable', values: { state: state.records[id]?.outcome?.state ?? '' } } };
    const by = ports.automation.currentUser();
    state.records[id] = { ...state.records[id], outcome: { state: 'skipped', atMs: nowMs(ports), by, reason: 'manual' } };
    ports.log.append([entry(ports, settings, id, 'skipped', 'stepSkipped', { by }, '')], settings.language, ports.zone.offset);
    return { ok: true };
  });
}

/** "Move": a new wall-clock time for a step that has not run; a failed step may be moved to retry later. */
export function moveStep(ports: TimelinePorts, settings: ProgramSettings, id: StepId, to: LocalTime): ActionResult {
  return updateTimeline(ports, (state): ActionResult => {
    if (!unfinished(state, id)) return { ok: false, error: { key: 'notClaimable', values: { state: state.records[id]?.outcome?.state ?? '' } } };
    const { outcome: _dropped, askedMs: _asked, ...rest } = state.records[id] ?? {};
    state.records[id] = { ...rest, movedTo: to };
    const by = ports.automation.currentUser();
    ports.log.append([entry(ports, settings, id, 'info', 'stepMoved', { date: to.date, time: to.time, by }, '')], settings.language, ports.zone.offset);
    return { ok: true };
  });
}

/** A member confirms the step that waits for one (deleting personal data). */
export function confirmStep(ports: TimelinePorts, settings: ProgramSettings, id: StepId): ActionResult {
  return updateTimeline(ports, (state): ActionResult => {
    const plan = planFor(ports, settings, state).find((s) => s.id === id);
    if (!plan?.needsConfirmation || state.records[id]?.outcome) return { ok: false, error: { key: 'notClaimable', values: { state: stepStateOf(state, id) } } };
    if (state.records[id]?.confirmedBy) return { ok: true };
    const by = ports.automation.currentUser();
    state.records[id] = { ...state.records[id], confirmedBy: by };
    ports.log.append([entry(ports, settings, id, 'info', 'confirmed', { by }, '')], settings.language, ports.zone.offset);
    return { ok: true };
  });
}

function stepStateOf(state: TimelineState, id: StepId): string {
  return state.records[id]?.outcome?.state ?? 'waiting';
}

export { readTimeline, stepState };

/**
 * "Create it again" for a meeting whose event was deleted by hand: the record of the
 * deleted event is dropped and the meeting synced at once (a new event with a new id). A
 * meeting whose event still exists is left alone, so pressing twice makes one event.
 */
export function recreateMeetingEvent(ports: TimelinePorts, settings: ProgramSettings, kind: 'kickoff' | 'closing'): ActionResult {
  if (!forgetDeletedMeeting(ports, kind)) return { ok: false, error: { key: 'eventUnchanged' } };
  const result = syncMeeting(ports, settings, kind);
  if (!result.ok) return result;
  const step: StepId = kind === 'kickoff' ? 'createKickoff' : 'createClosing';
  const note = result.note ?? { key: 'stepDone' };
  ports.lock.withLock(() => ports.log.append([entry(ports, settings, step, 'info', note.key, note.values ?? {}, newRunId(ports))], settings.language, ports.zone.offset));
  return { ok: true };
}

/**
 * The group adjusts the timeline: the time of day emails go out ('HH:mm'), how many days
 * before each meeting its reminder goes (0-14) and how many days after the check-in its
 * reminder goes (1-28). Waiting steps move with it; steps that ran stay as they ran.
 */
export function setTimelineOptions(ports: TimelinePorts, input: unknown): ActionResult {
  if (typeof input !== 'object' || input === null) return { ok: false, error: { key: 'invalidTimelineOptions' } };
  const raw = input as Record<string, unknown>;
  return updateTimeline(ports, (state): ActionResult => {
    const next = { ...state.options };
    if (raw.sendTime !== undefined) {
      if (typeof raw.sendTime !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(raw.sendTime)) return { ok: false, error: { key: 'invalidTimelineOptions' } };
      next.sendTime = raw.sendTime;
    }
    for (const [key, min, max] of [
      ['reminderDaysBefore', 0, 14],
      ['checkInReminderDays', 1, 28],
    ] as const) {
      if (raw[key] === undefined) continue;
      const n = Number(raw[key]);
      if (!Number.isInteger(n) || n < min || n > max) return { ok: false, error: { key: 'invalidTimelineOptions' } };
      next[key] = n;
    }
    state.options = next;
    return { ok: true };
  });
}
