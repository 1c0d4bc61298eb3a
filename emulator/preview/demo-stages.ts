/**
 * This file defines the demo's later stages, each reached by driving the add-on's own
 * server functions as a project group would in the sidebar, never by writing its sheets:
 * 'matched' proposes, locks one pair, forbids another, proposes again and confirms all, so
 * the Matches sheet holds confirmed pairs with one locked pair and one forbidden pair
 * remembered (the lock is confirmed with the rest; the forbidden pair stays forbidden).
 * 'announced' goes on from there: the application emails are sent, the matches announced,
 * and on the announcement morning the outbox is drained, so both sides of every pair (and
 * the mentees without one) have their emails.
 * The timeline stages go on from 'announced': the hourly automation installed and the clock
 * run hour by hour: 'kickoff' is the kickoff day's morning (the invitation out), 'midway'
 * the morning after the midway check-in, 'finished' the morning after the thanks went out.
 */
import type { Emulator } from '../index';
import { addDays, type ProgramSettings } from '../../src/core/program';

export const DEMO_STAGES = ['closed', 'matched', 'announced', 'kickoff', 'midway', 'finished'] as const;
export type DemoStage = (typeof DEMO_STAGES)[number];

/** The timeline stages (issue 11): after 'announced', reached by running the clock with the hourly automation installed. */
export const TIMELINE_STAGES = ['kickoff', 'midway', 'finished'] as const;
export type TimelineStage = (typeof TIMELINE_STAGES)[number];

export function isTimelineStage(value: unknown): value is TimelineStage {
  return (TIMELINE_STAGES as readonly unknown[]).includes(value);
}

export function isDemoStage(value: unknown): value is DemoStage {
  return (DEMO_STAGES as readonly unknown[]).includes(value);
}

interface StageView {
  version: string;
  settings: unknown;
  mentees: { id: string; state: string; mentorId: string; language: string }[];
}

function value<T>(em: Emulator, fn: string, ...args: unknown[]): T {
  const result = em.run<{ ok: true; value: T } | { ok: false; failure: { key: string } }>(fn, ...args);
  if (!result.ok) throw new Error(`Demo stage: ${fn} failed with ${result.failure.key}`);
  return result.value;
}

/** Drives the group's matching evening on a program whose applications have closed. */
export function reachMatched(em: Emulator): void {
  let view = value<StageView>(em, 'getWorkbench');
  const act = (action: Record<string, unknown>) => {
    view = value<StageView>(em, 'workbenchAction', action, view.version);
  };
  act({ kind: 'propose', settings: view.settings });
  const [keep, avoid] = view.mentees.filter((m) => m.state === 'proposed' && m.language === 'sv');
  if (!keep || !avoid) throw new Error('Demo stage: too few proposed pairs');
  act({ kind: 'lock', menteeId: keep.id });
  act({ kind: 'forbid', menteeId: avoid.id, mentorId: avoid.mentorId });
  act({ kind: 'propose', settings: view.settings });
  // Every proposal confirmed by name, so the locked pair stays locked (confirm all would confirm it too).
  act({ kind: 'confirm', menteeIds: view.mentees.filter((m) => m.state === 'proposed').map((m) => m.id) });
}

/** 08:00 in Stockholm as UTC: the demo's timeline stages all fall in winter time (CET). */
const morning = (date: string) => new Date(`${date}T07:00:00Z`).toISOString();

/** Installs the automation as the group member would, then runs the clock hour by hour to the stage. */
export function reachTimelineStage(em: Emulator, settings: ProgramSettings, stage: TimelineStage): void {
  const installed = em.run<{ ok: boolean; message: string }>('installTimelineAutomation');
  if (!installed.ok) throw new Error(`Demo stage: installing the automation failed: ${installed.message}`);
  const t = settings.timeline;
  const target = { kickoff: morning(t.kickoff.date), midway: morning(addDays(t.midway, 1)), finished: morning(addDays(t.closing.date, 2)) }[stage];
  em.advanceTo(target);
}

/** Sends what is due with "Send now" until nothing due is left (a few runs of at most 250). */
function drainAll(em: Emulator): void {
  for (let i = 0; i < 20; i++) {
    if (value<{ report: { left: number } }>(em, 'sendNow').report.left === 0) return;
  }
}

/** After 'matched': application emails out, matches announced, and sent on the announcement morning. */
export function reachAnnounced(em: Emulator): void {
  drainAll(em);
  const { report } = value<{ report: { due: string } }>(em, 'announce');
  if (Date.parse(report.due) > Date.parse(em.now())) em.advanceTo(report.due);
  drainAll(em);
}
