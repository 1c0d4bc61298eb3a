/**
 * This file defines what the sidebar's Timeline tab shows, in one call: each step with its
 * state, its time in the program's zone, who ran it and what happened, what the group may
 * do with it, the meetings' events, and who owns the automation. JSON-safe.
 */
import type { ProgramSettings } from '../core/program';
import { type LocalTime, localTimeOf, type StepId, type StepState, stepState, type TimelineOptions, timelineMessage } from '../core/timeline';
import { type MeetingOptions, type MeetingView, meetingOptions, meetingViews } from './meetings';
import { stepAction } from './timeline-actions';
import { type AutomationView, automationView } from './timeline-automation';
import type { TimelinePorts } from './timeline-ports';
import { nowMs, planFor, readTimeline } from './timeline-store';

export interface StepView {
  id: StepId;
  state: StepState;
  due: LocalTime;
  moved: boolean;
  /** When its outcome was recorded, in the program's zone. */
  at: LocalTime | null;
  by: string;
  /** The outcome's message (the error of a failed step) in the program's language. */
  message: string;
  awaitingConfirmation: boolean;
  /** This build has the step's action (else it waits for the feature). */
  available: boolean;
  canRun: boolean;
  canSkip: boolean;
  canMove: boolean;
}

export interface TimelineView {
  zone: string;
  now: LocalTime;
  steps: StepView[];
  automation: AutomationView;
  /** The automation's last run in the program's zone, or null. */
  lastRun: LocalTime | null;
  meetings: MeetingView[];
  meetingOptions: MeetingOptions;
  options: TimelineOptions;
}

export function timelineView(ports: TimelinePorts, settings: ProgramSettings): TimelineView {
  const state = readTimeline(ports);
  const now = nowMs(ports);
  const offset = ports.zone.offset;
  const steps = planFor(ports, settings, state).map((step): StepView => {
    const record = state.records[step.id];
    const s = stepState(step, record, now);
    const outcome = record?.outcome;
    const atMs = outcome ? (outcome.state === 'running' ? outcome.startedMs : outcome.atMs) : null;
    let message = '';
    if (outcome?.state === 'failed') message = outcome.error.detail ?? timelineMessage(settings.language, outcome.error.key, outcome.error.values);
    else if (outcome?.state === 'done' && outcome.note) message = timelineMessage(settings.language, outcome.note.key, outcome.note.values);
    else if (outcome?.state === 'skipped') message = timelineMessage(settings.language, outcome.reason === 'lapsed' ? 'stepLapsed' : 'stepSkipped', { by: outcome.by });
    const open = s === 'waiting' || s === 'due' || s === 'failed';
    const available = stepAction(ports, step.id) !== undefined;
    const awaiting = step.needsConfirmation && !record?.confirmedBy && !outcome;
    return {
      id: step.id,
      state: s,
      due: step.due,
      moved: step.moved,
      at: atMs === null ? null : localTimeOf(atMs, offset),
      by: outcome?.by ?? record?.confirmedBy ?? '',
      message,
      awaitingConfirmation: awaiting,
      available,
      canRun: open && available,
      canSkip: open,
      canMove: open,
    };
  });
  return { zone: ports.zone.name(), now: localTimeOf(now, offset), steps, automation: automationView(ports, state), lastRun: state.lastRun ? localTimeOf(state.lastRun.atMs, offset) : null, meetings: meetingViews(ports), meetingOptions: meetingOptions(ports), options: state.options };
}
