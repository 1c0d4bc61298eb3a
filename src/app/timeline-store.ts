/**
 * This file defines the timeline's bookkeeping in Document Properties (every member of the
 * group sees the same): each step's record, the timeline options, and when the automation last ran (its heartbeat, the only way one member can
 * tell that another member's trigger still works: Google shows a trigger to its owner only).
 */

import type { ProgramSettings } from '../core/program';
import { DEFAULT_TIMELINE_OPTIONS, type PlannedStep, planTimeline, type StepRecords, type TimelineOptions } from '../core/timeline';
import type { TimelinePorts } from './timeline-ports';

export const TIMELINE_KEY = 'mp.timeline';

export interface TimelineState {
  records: StepRecords;
  options: TimelineOptions;
  lastRun: { atMs: number; by: string } | null;
}

export function readTimeline(ports: TimelinePorts): TimelineState {
  const raw = ports.store.readJson<Partial<TimelineState>>(TIMELINE_KEY) ?? {};
  return {
    records: raw.records ?? {},
    options: { ...DEFAULT_TIMELINE_OPTIONS, ...raw.options },
    lastRun: raw.lastRun ?? null,
  };
}

export function writeTimeline(ports: TimelinePorts, state: TimelineState): void {
  ports.store.writeJson(TIMELINE_KEY, state);
}

/** Reads, changes and writes the state holding the document lock, so members never overwrite each other. */
export function updateTimeline<T>(ports: TimelinePorts, change: (state: TimelineState) => T): T {
  return ports.lock.withLock(() => {
    const state = readTimeline(ports);
    const result = change(state);
    writeTimeline(ports, state);
    return result;
  });
}

export function planFor(ports: TimelinePorts, settings: ProgramSettings, state: TimelineState): PlannedStep[] {
  const moves = Object.fromEntries(Object.entries(state.records).flatMap(([id, r]) => (r?.movedTo ? [[id, r.movedTo]] : [])));
  return planTimeline(settings, state.options, moves, ports.zone.offset);
}

export function nowMs(ports: TimelinePorts): number {
  return Date.parse(ports.clock.nowIso());
}
