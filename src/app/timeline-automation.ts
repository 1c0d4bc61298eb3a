/**
 * This file defines who runs the program's automation: one hourly trigger for the whole
 * program, owned by whichever group member installed it, recorded with the trigger
 * ownership rules every installed trigger follows (src/core/triggers, the record under
 * TRIGGERS_KEY beside the form-submit trigger's). Google shows a trigger only to the member
 * who made it, so each run also leaves a heartbeat in the timeline's state: another member
 * sees the owner and the last run, and the sidebar says the automation is missing when the
 * owner's trigger stopped (deleted by hand, the owner left) and offers to install it under
 * the current member. Installing is refused while the owner's trigger is alive, and a
 * trigger that is not the recorded one deletes itself when it fires, so two never run on.
 */

import type { StepError } from '../core/timeline';
import { admitFiring, planEnsure, planTakeOver, sameAccount, type TriggerPlan, type TriggerRecord } from '../core/triggers';
import { TRIGGERS_KEY } from './keys';
import type { TimelinePorts } from './timeline-ports';
import { nowMs, readTimeline, type TimelineState, updateTimeline } from './timeline-store';

export const TIMELINE_HANDLER = 'onTimelineTrigger';

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

type TriggerRecords = Record<string, TriggerRecord | undefined>;

function automationRecord(ports: TimelinePorts): TriggerRecord | null {
  return ports.store.readJson<TriggerRecords>(TRIGGERS_KEY)?.timeline ?? null;
}

function apply(ports: TimelinePorts, plan: TriggerPlan): void {
  for (const uid of plan.remove) ports.automation.deleteTrigger(uid);
  const uid = plan.install ? ports.automation.install() : plan.adopt;
  if (uid === null) return;
  const record: TriggerRecord = { owner: ports.automation.currentUser(), uid, handler: TIMELINE_HANDLER, installedAt: ports.clock.nowIso() };
  ports.store.writeJson(TRIGGERS_KEY, { ...(ports.store.readJson<TriggerRecords>(TRIGGERS_KEY) ?? {}), timeline: record });
}

function alive(record: TriggerRecord, state: TimelineState, now: number): boolean {
  const since = Math.max(state.lastRun?.atMs ?? 0, Date.parse(record.installedAt) || 0);
  return now - since < HEARTBEAT_STALE_MS;
}

export function automationView(ports: TimelinePorts, state: TimelineState = readTimeline(ports)): AutomationView {
  const record = automationRecord(ports);
  const me = ports.automation.currentUser();
  let status: AutomationStatus = 'missing';
  if (record && sameAccount(record.owner, me)) status = ports.automation.mine().includes(record.uid) ? 'mine' : 'missing';
  else if (record) status = alive(record, state, nowMs(ports)) ? 'other' : 'missing';
  return { status, owner: record?.owner ?? '', lastRunIso: state.lastRun ? new Date(state.lastRun.atMs).toISOString() : '', lastRunBy: state.lastRun?.by ?? '' };
}

export type InstallResult = { ok: true; installed: boolean } | { ok: false; error: StepError };

/** "Install under my account": repairs the member's own, or takes over a missing one; refused while another member's runs. */
export function installAutomation(ports: TimelinePorts): InstallResult {
  return ports.lock.withLock((): InstallResult => {
    const state = readTimeline(ports);
    const record = automationRecord(ports);
    const me = ports.automation.currentUser();
    const view = automationView(ports, state);
    if (view.status === 'mine') return { ok: true, installed: false };
    if (view.status === 'other') return { ok: false, error: { key: 'automationOwnedBy', values: { owner: view.owner } } };
    const mine = ports.automation.mine();
    const plan = record && sameAccount(record.owner, me) ? planEnsure(record, me, mine) : planTakeOver(record, me, mine);
    apply(ports, plan);
    return { ok: true, installed: plan.install };
  });
}

/**
 * Called first by every trigger run: true when this run should go on. A trigger that is not
 * the recorded one deletes itself (the group installed the automation under someone else
 * since); with no record, the firing trigger is adopted. The heartbeat is written by the run.
 */
export function acceptTriggerRun(ports: TimelinePorts, triggerUid: string | undefined): boolean {
  return ports.lock.withLock(() => {
    const verdict = admitFiring(automationRecord(ports), triggerUid);
    if (verdict === 'retire') {
      ports.automation.deleteTrigger(triggerUid!);
      return false;
    }
    if (verdict === 'adopt') apply(ports, { install: false, adopt: triggerUid!, remove: [] });
    return true;
  });
}

export { updateTimeline };
