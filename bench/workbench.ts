/**
 * This file defines the workbench benchmark (`npm run bench:workbench`, also part of `npm run
 * bench`): 2,000 mentees and 2,000 mentors who came in through the real intake (raw form
 * responses re-read by the add-on), then the sidebar's calls in the built bundle under the
 * emulator: the first view, Propose, the view after it, one opened mentee, an assign and
 * "confirm all". For each call it prints the simulated service time (the emulator's cost per
 * call), the wall time of this machine, the Apps Script estimate assuming V8 there is 10x
 * slower than Node here (simulated + 10 x wall) against the 6-minute execution limit, and
 * the size of the JSON sent to the sidebar against 1 MB. Figures, not assertions.
 */
import * as path from 'node:path';
import { createEmulator, EXECUTION_LIMIT_MS, type Emulator } from '../emulator';
import { DEMO_SEED, demoAnswers } from '../emulator/demo';
import { asFormAnswers, demoProgramSettings } from '../emulator/preview/demo-program';
import { formSpec } from '../src/core/forms';
import type { ProgramSettings } from '../src/core/program';
import type { Role } from '../src/core/types';

const DIST = path.resolve(process.cwd(), 'dist');
const N = Number(process.env.WORKBENCH_N ?? 2000);
const SLOWDOWN = 10;
const MB = 1024 * 1024;

function land(em: Emulator, settings: ProgramSettings, role: Role, formId: string, count: number): void {
  const consent = formSpec(role, settings).items.find((i) => i.type === 'consent')!;
  for (const a of demoAnswers(role, count, DEMO_SEED + 17, settings)) {
    const filled = asFormAnswers(role, settings, a).answers;
    filled[consent.title] = consent.choices ?? [];
    // The demo's deliberately flawed answers are refused by the form, as Google's would be.
    try {
      em.formsModel.submit(formId, filled);
    } catch {
      // refused: not part of the round
    }
  }
}

type R<T> = { ok: true; value: T } | { ok: false; failure: unknown };

function measure<T>(em: Emulator, label: string, fn: string, ...args: unknown[]): T {
  const wall0 = performance.now();
  const result = em.run<R<T>>(fn, ...args);
  const wall = performance.now() - wall0;
  if (!result.ok) throw new Error(`${fn} failed: ${JSON.stringify(result.failure)}`);
  const exec = em.executions().at(-1)!;
  const simulated = Date.parse(exec.end) - Date.parse(exec.start);
  const estimate = simulated + SLOWDOWN * wall;
  const bytes = Buffer.byteLength(JSON.stringify(result), 'utf8');
  const fits = estimate <= EXECUTION_LIMIT_MS ? 'fits' : 'TOO SLOW';
  const small = bytes <= MB ? 'under 1 MB' : 'OVER 1 MB';
  console.log(
    `${label.padEnd(22)} ${(simulated / 1000).toFixed(1).padStart(9)} ${wall.toFixed(0).padStart(8)} ${(estimate / 1000).toFixed(1).padStart(11)} ${fits.padEnd(8)} ${(bytes / 1024).toFixed(0).padStart(8)} KB ${small}`,
  );
  return result.value;
}

const settings = demoProgramSettings('sv');
const em = createEmulator({ now: `${settings.timeline.applicationOpens}T08:00:00Z`, seed: 1, distDir: DIST });
em.run('saveSettings', settings, 'sv');
em.run('createForms');
const forms = JSON.parse(em.programRecords()['mp.forms']!) as Record<Role, { formId: string }>;
const t0 = performance.now();
land(em, settings, 'mentor', forms.mentor.formId, N);
land(em, settings, 'mentee', forms.mentee.formId, N);
const reread = em.run<R<{ added: number }>>('rereadResponses');
if (!reread.ok) throw new Error('re-read failed');
console.log(`${N} mentors and ${N} mentees through the add-on's re-read in ${((performance.now() - t0) / 1000).toFixed(1)} s (setup, not measured below).\n`);

console.log(`${'call'.padEnd(22)} ${'service s'.padStart(9)} ${'wall ms'.padStart(8)} ${'estimate s'.padStart(11)} ${'(6 min)'.padEnd(8)} ${'payload'.padStart(11)}`);
interface View {
  version: string;
  settings: unknown;
  mentees: { id: string; state: string; mentorId: string }[];
  mentors: { id: string; used: number; capacity: number }[];
  totals: { matched: number; mentees: number };
}
let view = measure<View>(em, 'first view', 'getWorkbench');
view = measure<View>(em, 'Propose', 'workbenchAction', { kind: 'propose', settings: view.settings }, view.version);
view = measure<View>(em, 'view after Propose', 'getWorkbench');
measure(em, 'open a mentee', 'getWorkbenchMentee', view.mentees[0]!.id);
const free = view.mentors.find((m) => m.used < m.capacity);
const some = view.mentees.find((m) => m.state === 'proposed' && m.mentorId !== free?.id);
if (free && some) view = measure<View>(em, 'assign', 'workbenchAction', { kind: 'assign', menteeId: some.id, mentorId: free.id }, view.version);
view = measure<View>(em, 'confirm all', 'workbenchAction', { kind: 'confirm', menteeIds: 'all' }, view.version);
const props = () => Object.entries(em.programRecords()).filter(([k]) => k.startsWith('mp.workbench'));
const undoParts = props();
console.log(
  `${''.padEnd(22)} state with the undo of "confirm all": ${undoParts.length} property values, ${undoParts.reduce((n, [, v]) => n + v.length, 0)} characters in all, largest ${Math.max(...undoParts.map(([k, v]) => k.length + Buffer.byteLength(v)))} bytes (limit 9,216 per value, 500 KB per store)`,
);
view = measure<View>(em, 'undo', 'workbenchAction', { kind: 'undo' }, view.version);
console.log(`\nMatched ${view.totals.matched} of ${view.totals.mentees} mentees.`);
console.log(`Estimate = simulated service time (emulator cost per call) + ${SLOWDOWN} x wall time of this machine (Apps Script V8 assumed ${SLOWDOWN}x slower than Node).`);
