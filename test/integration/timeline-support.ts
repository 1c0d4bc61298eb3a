/**
 * This file defines what the timeline integration tests share: a program set up as the
 * group would (settings, forms, the automation installed), applicants submitted through
 * the forms while they are open, the group marking pairs as matched or a person as
 * withdrawn in the sheets, and readers for the timeline view, the Log sheet and the events.
 */
import type { Emulator } from '../../emulator';
import type { TimelineView } from '../../src/main';
import { answers, newEmulator, programSettings, records, setUpProgram } from './support';

export const GROUP = ['karin.ek@example.org', 'omar.haddad@example.org', 'ella.lindgren@example.com'];
/** The member who installs the automation, and a second member of the group. */
export const OWNER = 'coordinator@example.edu';
export const SECOND = 'omar.haddad@example.org';

export function person(role: 'mentor' | 'mentee', i: number) {
  const common = { firstName: `${role === 'mentor' ? 'Mentor' : 'Adept'}${i}`, lastName: 'Test', email: `${role}${i}@example.net`, phone: `070-174 06 ${String(10 + i)}`, city: 'Uppsala', digital: 'Ja', consent: ['Jag samtycker'] };
  if (role === 'mentor') {
    return answers('mentor', 'sv', { ...common, organisation: 'Bolaget AB', field: 'Mjukvaruutveckling', education: 'Civilingenjör', acceptsEnglish: 'Ja', capacity: '1', wishes: '' });
  }
  return answers('mentee', 'sv', { ...common, language: 'Svenska', education: 'Datavetenskap', motivation: 'Lära mig', expectations: 'Råd', contribution: 'Frågor' });
}

/**
 * Starts before the application window and installs the automation, as a group member
 * would, in a container-bound script (a published add-on's hourly trigger has no document:
 * see the add-on test).
 */
export function startProgram(start = '2026-10-30T08:00:00Z', deployment: 'bound' | 'addon' = 'bound'): Emulator {
  const em = newEmulator({ now: start, deployment, users: [OWNER, SECOND] });
  setUpProgram(em, programSettings('sv'));
  em.run('installTimelineAutomation');
  return em;
}

interface Bench {
  version: string;
  mentees: { id: string; name: string }[];
  mentors: { id: string; name: string }[];
}

function bench(em: Emulator, fn: string, ...args: unknown[]): Bench {
  const result = em.run<{ ok: boolean; value: Bench; failure?: unknown }>(fn, ...args);
  if (!result.ok) throw new Error(`${fn} failed: ${JSON.stringify(result.failure)}`);
  return result.value;
}

/** The group pairs mentee i with mentor j in the workbench and confirms the pair (the Matches sheet). */
export function confirmPair(em: Emulator, mentee: number, mentor: number): void {
  let view = bench(em, 'getWorkbench');
  const menteeId = view.mentees.find((m) => m.name === `Adept${mentee} Test`)!.id;
  const mentorId = view.mentors.find((m) => m.name === `Mentor${mentor} Test`)!.id;
  view = bench(em, 'workbenchAction', { kind: 'assign', menteeId, mentorId }, view.version);
  bench(em, 'workbenchAction', { kind: 'confirm', menteeIds: [menteeId] }, view.version);
}

/** Sets a column of the applicant with this email in a sheet, as a member typing in it would. */
export function setCell(em: Emulator, sheet: string, email: string, header: string, value: string): void {
  const [headers = []] = em.sheet(sheet);
  const row = records(em, sheet).findIndex((r) => r['E-post'] === email);
  if (row < 0) throw new Error(`${email} is not on ${sheet}`);
  em.spreadsheet.write(sheet, row + 2, headers.indexOf(header) + 1, [[value]]);
}

export function timeline(em: Emulator): TimelineView {
  const result = em.run<{ ok: boolean; value: TimelineView }>('getTimeline');
  if (!result.ok) throw new Error(`getTimeline failed: ${JSON.stringify(result)}`);
  return result.value;
}

export function stepLine(em: Emulator) {
  return Object.fromEntries(timeline(em).steps.map((s) => [s.id, s.state === 'done' || s.state === 'failed' ? `${s.state} ${s.at?.date} ${s.at?.time.slice(0, 2)}h` : s.state]));
}

/** Log rows as objects keyed by the (Swedish) headers. */
export function logRows(em: Emulator) {
  return em.sheetNames().includes('Log') ? records(em, 'Log') : [];
}

/** Advances the clock hour by hour to `iso`, as time passes. */
export function hourByHour(em: Emulator, iso: string): void {
  const target = Date.parse(iso);
  while (Date.parse(em.now()) + 3_600_000 <= target) em.advanceBy(3_600_000);
  em.advanceTo(iso);
}
