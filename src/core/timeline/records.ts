/**
 * This file defines what the add-on remembers about each step of the timeline (stored as
 * JSON in Document Properties) and the pure decision of what a run does now: which steps
 * to run, which lapsed, which were left "running" by a run that died. Every step runs
 * exactly once: a step is claimed ("running", with the run's id) before its action and
 * finished ("done" or "failed") after, and only a step with no outcome is ever claimed.
 * A run that fires late or not at all is caught up by the next one, since the question is
 * always "what is due by now", never "is it exactly this hour".
 */
import type { PlannedStep, StepId } from './steps';
import type { LocalTime } from './zoned-time';

/** An expected failure, rendered in the reader's language: a message key and its values. */
export interface StepError {
  key: string;
  values?: Record<string, string | number>;
  /** Free text of an unexpected exception (a bug or a Google error), shown as is. */
  detail?: string;
}

export type StepOutcome =
  | { state: 'running'; runId: string; startedMs: number; by: string }
  | { state: 'done'; atMs: number; by: string; note?: StepError }
  | { state: 'skipped'; atMs: number; by: string; reason: 'manual' | 'lapsed' }
  | { state: 'failed'; atMs: number; by: string; error: StepError };

export interface StepRecord {
  outcome?: StepOutcome;
  /** The wall-clock time the group moved the step to. */
  movedTo?: LocalTime;
  /** For a step that waits for confirmation: who confirmed and when. */
  confirmedBy?: string;
  /** When the step was found due and the group was asked (logged once). */
  askedMs?: number;
}

export type StepRecords = Partial<Record<StepId, StepRecord>>;

/** What a person sees for a step. */
export type StepState = 'waiting' | 'due' | 'running' | 'done' | 'skipped' | 'failed';

export function stepState(step: PlannedStep, record: StepRecord | undefined, nowMs: number): StepState {
  const outcome = record?.outcome;
  if (outcome) return outcome.state;
  return step.dueMs <= nowMs ? 'due' : 'waiting';
}

/**
 * How long a claim protects a running step. An execution lasts at most six minutes, so a
 * step still "running" after this was left by a run that died (timed out, crashed): the
 * next run inspects it instead of treating it as in progress.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

export interface RunPlan {
  /** Due and never started: claim and run, in this order. */
  run: StepId[];
  /** Left "running" by a run that died: inspect, then finish or run again. */
  resume: StepId[];
  /** Waiting past their lapse time: record as skipped. */
  lapse: StepId[];
  /** Due but waiting for a group member's confirmation. */
  awaitingConfirmation: StepId[];
}

/** The pure "what is due by now" over the planned steps and their records. */
export function whatIsDue(plan: readonly PlannedStep[], records: StepRecords, nowMs: number): RunPlan {
  const result: RunPlan = { run: [], resume: [], lapse: [], awaitingConfirmation: [] };
  for (const step of plan) {
    const record = records[step.id];
    const outcome = record?.outcome;
    if (outcome) {
      if (outcome.state === 'running' && nowMs - outcome.startedMs > CLAIM_LEASE_MS) result.resume.push(step.id);
      continue;
    }
    if (step.dueMs > nowMs) continue;
    if (step.lapsesMs !== null && nowMs >= step.lapsesMs && !step.moved) result.lapse.push(step.id);
    else if (step.needsConfirmation && !record?.confirmedBy) result.awaitingConfirmation.push(step.id);
    else result.run.push(step.id);
  }
  return result;
}

/** The record after a run claimed the step. */
export function claimed(record: StepRecord | undefined, runId: string, nowMs: number, by: string): StepRecord {
  return { ...record, outcome: { state: 'running', runId, startedMs: nowMs, by } };
}

/**
 * True when `runId` may claim the step now: nobody finished it and nobody else holds a
 * live claim. "Run now" from the sidebar may also claim a failed step (a retry the group
 * asked for), never a done or skipped one.
 */
export function mayClaim(record: StepRecord | undefined, nowMs: number, options: { retryFailed: boolean }): boolean {
  const outcome = record?.outcome;
  if (!outcome) return true;
  if (outcome.state === 'running') return nowMs - outcome.startedMs > CLAIM_LEASE_MS;
  return outcome.state === 'failed' && options.retryFailed;
}
