/**
 * This file defines `npm run bench:deployments`: what the published add-on's way of working
 * without the document costs beside a script bound to the spreadsheet, measured side by side
 * in one run on the built bundle. A published add-on keeps the program in a hidden sheet
 * (Sheets calls instead of Properties calls) and takes the program lease beside the document
 * lock (script-lock calls and a cell read and write per lock). Printed per action: Sheets,
 * Properties and Lock calls, all service calls, and the simulated seconds under the
 * emulator's default cost per call. Figures, not assertions.
 */
import type { Emulator } from '../emulator';
import { confirmPair, hourByHour, person, startProgram } from '../test/integration/timeline-support';

type Deployment = 'bound' | 'addon';
interface Figures {
  sheets: number;
  properties: number;
  locks: number;
  all: number;
  seconds: number;
}

/** Runs `act` and sums the calls and simulated time of the executions it caused. */
function measure(em: Emulator, act: () => void): Figures {
  const before = em.executions().length;
  em.resetServiceCalls();
  act();
  const calls = em.serviceCalls();
  const runs = em.executions().slice(before);
  return {
    sheets: calls.SpreadsheetApp ?? 0,
    properties: calls.PropertiesService ?? 0,
    locks: calls.LockService ?? 0,
    all: Object.values(calls).reduce((a, b) => a + (b ?? 0), 0),
    seconds: runs.reduce((s, r) => s + r.durationMs, 0) / 1000,
  };
}

function figures(deployment: Deployment): Record<string, Figures> {
  const em = startProgram('2026-10-30T08:00:00Z', deployment);
  hourByHour(em, '2026-11-02T10:00:00Z');
  const out: Record<string, Figures> = {};
  em.submitForm('mentor', person('mentor', 1));
  out['one sign-up (intake)'] = measure(em, () => em.submitForm('mentee', person('mentee', 1)));
  out['sidebar: open the timeline'] = measure(em, () => em.run('getTimeline'));
  out['hourly run, nothing due'] = measure(em, () => em.advanceBy(3_600_000));
  confirmPair(em, 1, 1);
  hourByHour(em, '2026-12-07T06:00:00Z');
  // The announcement and the kickoff event are due at 09:00 Stockholm (08:00 UTC).
  out['hourly run: announce + kickoff event'] = measure(em, () => hourByHour(em, '2026-12-07T09:00:00Z'));
  return out;
}

const bound = figures('bound');
const addon = figures('addon');
const pad = (v: string | number, w: number) => String(v).padStart(w);
console.log('Service calls per action, bound script vs published add-on (same program, same clock):');
console.log(`${'action'.padEnd(38)} ${pad('Sheets', 13)} ${pad('Properties', 11)} ${pad('Lock', 9)} ${pad('all calls', 13)} ${pad('simulated s', 14)} ${pad('ratio', 6)}`);
for (const action of Object.keys(bound)) {
  const b = bound[action]!;
  const a = addon[action]!;
  const pair = (x: number | string, y: number | string) => `${x} / ${y}`;
  console.log(
    `${action.padEnd(38)} ${pad(pair(b.sheets, a.sheets), 13)} ${pad(pair(b.properties, a.properties), 11)} ${pad(pair(b.locks, a.locks), 9)} ${pad(pair(b.all, a.all), 13)} ${pad(pair(b.seconds.toFixed(1), a.seconds.toFixed(1)), 14)} ${pad((a.seconds / b.seconds).toFixed(2), 6)}`,
  );
}
console.log('\nEach cell: bound / add-on. ratio: add-on simulated seconds over bound (Spreadsheet 20 ms, Properties 10 ms, Lock 10 ms a call).');
