/**
 * This file defines `npm run bench:outbox`: what draining the outbox costs, counted by the
 * emulator on the built bundle. N queued emails (for N real applicants in the Mentees sheet)
 * are drained by "Send now" until none is left; each execution's Sheets calls, all service
 * calls, emails sent and simulated seconds are printed. The Sheets calls per execution must
 * not grow with N or with the emails sent. Figures, not assertions.
 */
import * as path from 'node:path';
import { createEmulator, type Emulator } from '../emulator';
import { DEMO_SEED, demoAnswers } from '../emulator/demo';
import { asFormAnswers, demoProgramSettings } from '../emulator/preview/demo-program';
import { formSpec } from '../src/core/forms';
import type { DrainReport } from '../src/app/outbox';
import type { Result } from '../src/main';

const DIST = path.resolve(process.cwd(), 'dist');
const pad = (value: string | number, width: number) => String(value).padStart(width);

/** N mentees through "re-read all responses" (no emails), then one queued email each in the Outbox. */
function program(n: number): Emulator {
  const settings = demoProgramSettings('sv');
  const em = createEmulator({ now: `${settings.timeline.applicationOpens}T08:00:00Z`, seed: 1, distDir: DIST });
  em.run('saveSettings', settings, 'sv');
  em.run('createForms');
  const forms = JSON.parse(em.programRecords()['mp.forms']!) as Record<string, { formId: string }>;
  const consent = formSpec('mentee', settings).items.find((i) => i.type === 'consent')!;
  for (const a of demoAnswers('mentee', n, DEMO_SEED + n, settings)) {
    const filled = asFormAnswers('mentee', settings, a).answers;
    filled[consent.title] = consent.choices ?? [];
    em.formsModel.submit(forms.mentee!.formId, filled);
  }
  em.run('rereadResponses');
  // Queued through the add-on: "application received" for everyone a re-read added.
  em.run('queueApplicationEmails');
  return em;
}

console.log('Draining N queued emails with "Send now" until none is left (Workspace quota 1,500 a day):');
console.log(`${pad('N', 6)} ${pad('run', 4)} ${pad('sent', 5)} ${pad('Sheets calls', 13)} ${pad('all calls', 10)} ${pad('simulated s', 12)} ${pad('stopped by', 11)}`);
for (const n of [10, 100, 1000]) {
  const em = program(n);
  for (let run = 1; run <= 10; run++) {
    em.resetServiceCalls();
    const result = em.run<Result<{ report: DrainReport }>>('sendNow');
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const { report } = result.value;
    const exec = em.executions().at(-1)!;
    const all = Object.values(em.serviceCalls()).reduce((a, b) => a + (b ?? 0), 0);
    const simulated = (Date.parse(exec.end) - Date.parse(exec.start)) / 1000;
    console.log(`${pad(n, 6)} ${pad(run, 4)} ${pad(report.sent, 5)} ${pad(em.serviceCalls().SpreadsheetApp ?? 0, 13)} ${pad(all, 10)} ${pad(simulated.toFixed(1), 12)} ${pad(report.stoppedBy, 11)}`);
    if (report.left === 0) break;
  }
  console.log(`${pad('', 6)} total sent ${em.sentMail().length}, distinct recipients ${new Set(em.sentMail().map((m) => m.to.join())).size}`);
}
console.log("\nSimulated time uses the emulator's default cost per call (GmailApp 300 ms, Spreadsheet 20 ms, Properties 10 ms).");
