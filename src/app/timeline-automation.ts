/**
 * This file defines who runs the program's automation: one hourly trigger for the whole
 * program, owned by whichever group member installed it. Google shows a trigger only to
 * the user who made it, so the owner is recorded in Document Properties and every run
 * leaves a heartbeat there; another member sees the owner and the last run, and the
 * sidebar says the automation is missing when the owner's trigger stopped (deleted by
 * hand, the owner left). Installing again is refused while the owner's trigger is alive,
 * and a trigger that finds another member recorded as owner deletes itself, so there is
 * never a second one for long, and never two runs of a step (the step claims).
 */
import type { StepError } from '../core/timeline';
import type { TimelinePorts } from './timeline-ports';
import { nowMs, readTimeline, type TimelineState, updateTimeline } from './timeline-store';

/** A heartbeat older than this means the owner's trigger no longer runs (it fires once an hour, at a minute Google picks). */
export const HEARTBEAT_STALE_MS = 3 * 3_600_000;

export type AutomationStatus = 'mine' | 'other' | 'missing';

export interface AutomationView {
  status: AutomationStatus;
  owner: string;
  /** ISO time of the last run, or ''. */
  lastRunIso: string;
  lastRunBy: string;
}

function alive(state: TimelineState, now: number): boolean {
  return state.lastRun !== null && now - state.lastRun.atMs < HEARTBEAT_STALE_MS;
}

export function automationView(ports: TimelinePorts, state: TimelineState = readTimeline(ports)): AutomationView {
  const me = ports.automation.currentUser();
  const owner = state.owner?.email ?? '';
  const now = nowMs(ports);
  let status: AutomationStatus = 'missing';
  if (owner !== '' && owner === me) status = ports.automation.hasMine() ? 'mine' : 'missing';
  else if (owner !== '') status = alive(state, now) || now - (state.owner?.installedMs ?? 0) < HEARTBEAT_STALE_MS ? 'other' : 'missing';
  return { status, owner, lastRunIso: state.lastRun ? new Date(state.lastRun.atMs).toISOString() : '', lastRunBy: state.lastRun?.by ?? '' };
}

export type InstallResult = { ok: true; installed: boolean } | { ok: false; error: StepError };

/** "Install under my account": makes the current user the owner unless another member's trigger is alive. */
export function installAutomation(ports: TimelinePorts): InstallResult {
  return updateTimeline(ports, (state): InstallResult => {
    const me = ports.automation.currentUser();
    const view = automationView(ports, state);
    if (view.status === 'mine') return { ok: true, installed: false };
    if (view.status === 'other') return { ok: false, error: { key: 'automationOwnedBy', values: { owner: view.owner } } };
    if (!ports.automation.hasMine()) ports.automation.install();
    state.owner = { email: me, installedMs: nowMs(ports) };
    return { ok: true, installed: true };
  });
}

/**
 * Called first by every trigger run: true when this run should go on. A run of a trigger
 * whose user is not the recorded owner deletes that trigger (the group installed the
 * automation under someone else since); with no owner recorded, the run's user becomes it.
 */
export function acceptTriggerRun(ports: TimelinePorts): boolean {
  return updateTimeline(ports, (state) => {
    const me = ports.automation.currentUser();
    if (state.owner === null) state.owner = { email: me, installedMs: nowMs(ports) };
    if (state.owner.email === me) return true;
    ports.automation.remove();
    return false;
  });
}
