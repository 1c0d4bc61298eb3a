/**
 * This file tests the timeline's due times and the pure "what is due by now": fixed
 * programs in Europe/Stockholm whose steps fall on both daylight-saving changes, an hourly
 * trigger simulated at a fixed minute (on time, late, skipping hours, missing for days),
 * each step exactly once, lapses, moves, dead runs and the step that waits for a member.
 */
import {
  CLAIM_LEASE_MS,
  claimed,
  DEFAULT_TIMELINE_OPTIONS,
  mayClaim,
  type PlannedStep,
  planTimeline,
  STEP_IDS,
  type StepId,
  type StepRecords,
  stepState,
  whatIsDue,
} from '../../../src/core/timeline';
import type { ProgramSettings } from '../../../src/core/program';
import { fixtureSettings } from '../program/settings-fixture';
import { iso, ms, stockholm } from './zone-fixture';

const HOUR = 3_600_000;

/** A program whose application window closes on the spring change and whose closing reminder falls on the autumn one. */
function dstProgram(): ProgramSettings {
  const s = fixtureSettings('sv');
  return {
    ...s,
    timeline: {
      applicationOpens: '2026-03-02',
      applicationCloses: '2026-03-28',
      matchesAnnounced: '2026-03-29',
      kickoff: { date: '2026-04-02', time: '18:00', place: 'Aula', videoLink: '' },
      midway: '2026-08-20',
      closing: { date: '2026-10-27', time: '18:00', place: 'Aula', videoLink: '' },
      programEnd: '2026-10-27',
      dataDeletion: '2027-03-28',
    },
  };
}

const plan = (s: ProgramSettings, moves = {}) => planTimeline(s, DEFAULT_TIMELINE_OPTIONS, moves, stockholm);
const dueOf = (p: PlannedStep[], id: StepId) => iso(p.find((x) => x.id === id)!.dueMs);

describe('planTimeline', () => {
  test('due times in Stockholm wall-clock time on both sides of the changes', () => {
    const p = plan(dstProgram());
    expect(p.map((x) => x.id)).toEqual([...STEP_IDS]);
    expect(dueOf(p, 'openForms')).toBe('2026-03-01T23:00:00Z'); // 00:00 CET
    expect(dueOf(p, 'closeForms')).toBe('2026-03-28T23:00:00Z'); // 00:00 on the change day, still CET
    expect(dueOf(p, 'announceMatches')).toBe('2026-03-29T07:00:00Z'); // 09:00 CEST, the change day
    expect(dueOf(p, 'createKickoff')).toBe('2026-03-29T07:00:00Z');
    expect(dueOf(p, 'kickoffReminder')).toBe('2026-03-31T07:00:00Z');
    expect(dueOf(p, 'midwayCheckIn')).toBe('2026-08-20T07:00:00Z');
    expect(dueOf(p, 'checkInReminder')).toBe('2026-08-27T07:00:00Z');
    expect(dueOf(p, 'closingReminder')).toBe('2026-10-25T08:00:00Z'); // 09:00 CET, the autumn change day
    expect(dueOf(p, 'thanks')).toBe('2026-10-28T08:00:00Z');
    expect(dueOf(p, 'deletePersonalData')).toBe('2027-03-28T07:00:00Z'); // 09:00 CEST, the 2027 spring change day
    expect(p.find((x) => x.id === 'deletePersonalData')!.needsConfirmation).toBe(true);
    expect(iso(p.find((x) => x.id === 'kickoffReminder')!.lapsesMs!)).toBe('2026-04-02T16:00:00Z');
  });

  test('a reminder never falls due before its invitation, however close the dates', () => {
    const s = dstProgram();
    const p = plan({ ...s, timeline: { ...s.timeline, kickoff: { ...s.timeline.kickoff, date: '2026-03-30' } } });
    expect(dueOf(p, 'kickoffReminder')).toBe(dueOf(p, 'createKickoff'));
    expect(p.find((x) => x.id === 'kickoffReminder')!.due).toEqual({ date: '2026-03-29', time: '09:00' });
  });

  test('the reminder lead time is adjustable', () => {
    const p = planTimeline(dstProgram(), { ...DEFAULT_TIMELINE_OPTIONS, reminderDaysBefore: 5, sendTime: '07:30' }, {}, stockholm);
    expect(dueOf(p, 'closingReminder')).toBe('2026-10-22T05:30:00Z');
  });

  test('changing a date in setup moves the waiting steps; a moved step keeps its own time', () => {
    const s = dstProgram();
    const moved = { kickoffReminder: { date: '2026-03-30', time: '12:00' } };
    const later = { ...s, timeline: { ...s.timeline, kickoff: { ...s.timeline.kickoff, date: '2026-04-09' } } };
    const p = plan(later, moved);
    expect(dueOf(p, 'kickoffReminder')).toBe('2026-03-30T10:00:00Z');
    expect(p.find((x) => x.id === 'kickoffReminder')!.moved).toBe(true);
    expect(dueOf(plan(later), 'kickoffReminder')).toBe('2026-04-07T07:00:00Z');
  });
});

/**
 * Fires an hourly trigger from `from` to `to` at minute `minute` of each UTC hour (except
 * the hours `skip` says), each time running exactly what whatIsDue says and recording it
 * done. Returns when each step ran (or lapsed) and how many times.
 */
function simulate(p: PlannedStep[], from: string, to: string, opts: { minute: number; skip?: (t: number) => boolean; confirmAt?: number }) {
  const records: StepRecords = {};
  const ran: Record<string, string[]> = {};
  const note = (key: string, t: number) => {
    ran[key] = [...(ran[key] ?? []), iso(t)];
  };
  for (let t = ms(from) + opts.minute * 60_000; t <= ms(to); t += HOUR) {
    if (opts.skip?.(t)) continue;
    if (opts.confirmAt !== undefined && t >= opts.confirmAt) records.deletePersonalData = { ...records.deletePersonalData, confirmedBy: 'omar@example.org' };
    const due = whatIsDue(p, records, t);
    expect(due.resume).toEqual([]);
    for (const id of due.run) {
      expect(mayClaim(records[id], t, { retryFailed: false })).toBe(true);
      records[id] = claimed(records[id], `run-${t}`, t, 'karin@example.org');
      records[id] = { ...records[id], outcome: { state: 'done', atMs: t, by: 'karin@example.org' } };
      note(id, t);
    }
    for (const id of due.lapse) {
      records[id] = { outcome: { state: 'skipped', atMs: t, by: 'trigger', reason: 'lapsed' } };
      note(`lapsed:${id}`, t);
    }
  }
  return { ran, records };
}

describe('whatIsDue over an hourly trigger', () => {
  const p = plan(dstProgram());

  test('on time: every step exactly once, in the first run after its due time (17 past the hour)', () => {
    const { ran } = simulate(p, '2026-02-25T00:00:00Z', '2027-04-01T00:00:00Z', { minute: 17, confirmAt: ms('2027-03-29T10:00:00Z') });
    expect(ran).toEqual({
      openForms: ['2026-03-01T23:17:00Z'],
      closeForms: ['2026-03-28T23:17:00Z'],
      announceMatches: ['2026-03-29T07:17:00Z'],
      createKickoff: ['2026-03-29T07:17:00Z'],
      kickoffReminder: ['2026-03-31T07:17:00Z'],
      midwayCheckIn: ['2026-08-20T07:17:00Z'],
      createClosing: ['2026-08-20T07:17:00Z'],
      checkInReminder: ['2026-08-27T07:17:00Z'],
      closingReminder: ['2026-10-25T08:17:00Z'],
      thanks: ['2026-10-28T08:17:00Z'],
      deletePersonalData: ['2027-03-29T10:17:00Z'], // waits for the confirmation, then runs once
    });
  });

  test('a trigger that skips the due hours catches up in its next run, once', () => {
    const skipped = (t: number) => (t >= ms('2026-10-25T07:00:00Z') && t < ms('2026-10-25T12:00:00Z')) || (t >= ms('2026-03-29T06:00:00Z') && t < ms('2026-03-29T09:00:00Z'));
    const { ran } = simulate(p, '2026-03-20T00:00:00Z', '2026-11-01T00:00:00Z', { minute: 59, skip: skipped });
    expect(ran.announceMatches).toEqual(['2026-03-29T09:59:00Z']);
    expect(ran.createKickoff).toEqual(['2026-03-29T09:59:00Z']);
    expect(ran.closingReminder).toEqual(['2026-10-25T12:59:00Z']);
    expect(ran.thanks).toEqual(['2026-10-28T08:59:00Z']);
  });

  test('a run that fires at minute 0 exactly on the due instant runs the step', () => {
    const { ran } = simulate(p, '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z', { minute: 0 });
    expect(ran.closingReminder).toEqual(['2026-10-25T08:00:00Z']);
  });

  test('a trigger missing for days: steps that still make sense run late; a reminder after its meeting lapses', () => {
    const dead = (t: number) => t >= ms('2026-03-29T00:00:00Z') && t < ms('2026-04-03T00:00:00Z');
    const { ran } = simulate(p, '2026-03-20T00:00:00Z', '2026-04-10T00:00:00Z', { minute: 5, skip: dead });
    expect(ran.announceMatches).toEqual(['2026-04-03T00:05:00Z']);
    expect(ran['lapsed:createKickoff']).toEqual(['2026-04-03T00:05:00Z']);
    expect(ran['lapsed:kickoffReminder']).toEqual(['2026-04-03T00:05:00Z']);
    expect(ran.kickoffReminder).toBeUndefined();
  });
});

describe('records', () => {
  const p = plan(dstProgram());
  const t = ms('2026-03-31T07:30:00Z');

  test('states: waiting, due, then what the record says', () => {
    const step = p.find((x) => x.id === 'kickoffReminder')!;
    expect(stepState(step, undefined, ms('2026-03-31T06:59:00Z'))).toBe('waiting');
    expect(stepState(step, undefined, t)).toBe('due');
    expect(stepState(step, { outcome: { state: 'failed', atMs: t, by: 'x', error: { key: 'noPairs' } } }, t)).toBe('failed');
  });

  test('a live claim blocks a second run; a dead one is resumed, not re-run blindly', () => {
    const records: StepRecords = { kickoffReminder: claimed(undefined, 'run-a', t, 'karin@example.org') };
    const live = whatIsDue(p, records, t + 60_000);
    expect(live.run).not.toContain('kickoffReminder');
    expect(live.resume).toEqual([]);
    expect(mayClaim(records.kickoffReminder, t + 60_000, { retryFailed: true })).toBe(false);
    const dead = whatIsDue(p, records, t + CLAIM_LEASE_MS + 1);
    expect(dead.resume).toEqual(['kickoffReminder']);
    expect(dead.run).not.toContain('kickoffReminder');
    expect(mayClaim(records.kickoffReminder, t + CLAIM_LEASE_MS + 1, { retryFailed: false })).toBe(true);
  });

  test('failed stays failed for the trigger; only "run now" may retry it; done and skipped never run again', () => {
    const failed: StepRecords = { kickoffReminder: { outcome: { state: 'failed', atMs: t, by: 'x', error: { key: 'noPairs' } } } };
    expect(whatIsDue(p, failed, t + HOUR).run).not.toContain('kickoffReminder');
    expect(mayClaim(failed.kickoffReminder, t, { retryFailed: false })).toBe(false);
    expect(mayClaim(failed.kickoffReminder, t, { retryFailed: true })).toBe(true);
    expect(mayClaim({ outcome: { state: 'done', atMs: t, by: 'x' } }, t, { retryFailed: true })).toBe(false);
    expect(mayClaim({ outcome: { state: 'skipped', atMs: t, by: 'x', reason: 'manual' } }, t, { retryFailed: true })).toBe(false);
  });

  test('deleting personal data waits for a confirmation', () => {
    const at = ms('2027-03-28T08:00:00Z');
    expect(whatIsDue(p, {}, at).awaitingConfirmation).toEqual(['deletePersonalData']);
    expect(whatIsDue(p, { deletePersonalData: { confirmedBy: 'omar@example.org' } }, at).run).toContain('deletePersonalData');
  });

  test('a moved step does not lapse: the group chose its time', () => {
    const moved = plan(dstProgram(), { kickoffReminder: { date: '2026-04-05', time: '10:00' } });
    expect(whatIsDue(moved, {}, ms('2026-04-05T08:30:00Z')).run).toContain('kickoffReminder');
  });
});
