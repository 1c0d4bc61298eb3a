/**
 * This file defines `npm run bench:intake`: how many Apps Script service calls intake costs,
 * counted by the emulator on the built bundle. One live submission is measured against
 * applicant sheets of growing size (the count must not grow with it), and "re-read all
 * responses" over 2,000 raw responses. Figures, not assertions.
 */
import * as path from 'node:path';
import { createEmulator, type Emulator } from '../emulator';
import { DEMO_SEED, demoAnswers } from '../emulator/demo';
import { asFormAnswers, demoProgramSettings } from '../emulator/preview/demo-program';
import { formSpec } from '../src/core/forms';
import type { ProgramSettings } from '../src/core/program';
import type { Role } from '../src/core/types';

const DIST = path.resolve(process.cwd(), 'dist');

function program(): { em: Emulator; settings: ProgramSettings; formIds: Record<Role, string> } {
  const settings = demoProgramSettings('sv');
  const em = createEmulator({ now: `${settings.timeline.applicationOpens}T08:00:00Z`, seed: 1, distDir: DIST });
  em.run('saveSettings', settings, 'sv');
  em.run('createForms');
  const forms = JSON.parse(em.programRecords()['mp.forms']!) as Record<Role, { formId: string }>;
  return { em, settings, formIds: { mentor: forms.mentor.formId, mentee: forms.mentee.formId } };
}

/** Raw responses straight into the response sheet (no trigger), as if the trigger had been missed. */
function landResponses(em: Emulator, settings: ProgramSettings, formId: string, count: number): void {
  const answers = demoAnswers('mentee', count, DEMO_SEED + count, settings);
  const consent = formSpec('mentee', settings).items.find((i) => i.type === 'consent')!;
  for (const a of answers) {
    const filled = asFormAnswers('mentee', settings, a).answers;
    filled[consent.title] = consent.choices ?? [];
    em.formsModel.submit(formId, filled);
  }
}

function sheetsCalls(em: Emulator): number {
  return em.serviceCalls().SpreadsheetApp ?? 0;
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

console.log('One live submission (the form-submit trigger), against a Mentees sheet of N rows:');
console.log(`${pad('N', 6)} ${pad('Sheets calls', 13)} ${pad('all calls', 10)} ${pad('simulated s', 12)} ${pad('wall ms', 8)}`);
for (const n of [0, 10, 100, 1000, 2000]) {
  const { em, settings, formIds } = program();
  if (n > 0) {
    landResponses(em, settings, formIds.mentee, n);
    em.run('rereadResponses');
  }
  const extra = asFormAnswers('mentee', settings, demoAnswers('mentee', 1, 99, settings)[0]!).answers;
  em.resetServiceCalls();
  const wall = performance.now();
  const result = em.submitForm('mentee', extra);
  const ms = performance.now() - wall;
  const exec = result.executions[0]!;
  const all = Object.values(em.serviceCalls()).reduce((a, b) => a + (b ?? 0), 0);
  const simulated = (Date.parse(exec.end) - Date.parse(exec.start)) / 1000;
  console.log(`${pad(n, 6)} ${pad(sheetsCalls(em), 13)} ${pad(all, 10)} ${pad(simulated.toFixed(2), 12)} ${pad(ms.toFixed(0), 8)}`);
}

console.log('\n"Re-read all responses" over R raw mentee responses (sheets empty before):');
console.log(`${pad('R', 6)} ${pad('Sheets calls', 13)} ${pad('all calls', 10)} ${pad('simulated s', 12)} ${pad('wall ms', 8)} ${pad('added', 6)}`);
for (const r of [100, 2000]) {
  const { em, settings, formIds } = program();
  landResponses(em, settings, formIds.mentee, r);
  em.resetServiceCalls();
  const wall = performance.now();
  const answer = em.run<{ ok: true; value: { added: number } } | { ok: false; failure: unknown }>('rereadResponses');
  if (!answer.ok) throw new Error(`rereadResponses failed: ${JSON.stringify(answer.failure)}`);
  const summary = answer.value;
  const ms = performance.now() - wall;
  const exec = em.executions().at(-1)!;
  const all = Object.values(em.serviceCalls()).reduce((a, b) => a + (b ?? 0), 0);
  const simulated = (Date.parse(exec.end) - Date.parse(exec.start)) / 1000;
  console.log(`${pad(r, 6)} ${pad(sheetsCalls(em), 13)} ${pad(all, 10)} ${pad(simulated.toFixed(2), 12)} ${pad(ms.toFixed(0), 8)} ${pad(summary.added, 6)}`);
}
console.log('\nSimulated time uses the emulator\'s default cost per call (Spreadsheet 20 ms); wall ms is this machine running the bundle.');
