/**
 * This file defines what happens without anyone calling the add-on: a respondent submits
 * one of its forms (the response row lands, then every installable form-submit trigger on
 * the spreadsheet fires as its own execution), and time passes (due time-driven triggers
 * fire in order, each as its own execution at its scheduled time). Failed trigger runs are
 * recorded in the executions log, not thrown, as Google only logs them.
 */
import { runConcurrently } from './concurrency';
import type { ExecutionRequest, MentorprogramEmulator } from './emulator';
import type { ExecutionRecord } from './runtime/executions';
import { advanceSchedule, clockEvent, nextRun } from './services/script-triggers';
import { submitPrefilledLink } from './services/forms-prefill';
import type { Answers, FormSubmission, FormSubmitResult, Role, SubmitFormsOptions } from './types';

/** The key under which the add-on records its forms (see the product's setup). */
export const FORMS_PROPERTY = 'mp.forms';
/** Guards against a trigger that re-arms itself for "now" forever. */
const MAX_FIRINGS_PER_ADVANCE = 10_000;

function formIdFor(emu: MentorprogramEmulator, role: Role | string): string {
  // Any form the add-on made, by its id (a check-in form, say), as well as the two sign-up forms.
  if (role !== 'mentor' && role !== 'mentee') {
    if (emu.assembled.forms.get(role)) return role;
    throw new Error(`submitForm: "${role}" is neither 'mentor', 'mentee' nor the id of a form`);
  }
  const raw = emu.programRecords()[FORMS_PROPERTY];
  let parsed: unknown;
  try {
    parsed = raw === undefined ? undefined : JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const formId = (parsed as Record<string, { formId?: unknown } | undefined> | undefined)?.[role]?.formId;
  if (typeof formId !== 'string' || formId === '') {
    throw new Error(`submitForm: the add-on's record ${FORMS_PROPERTY} names no ${role} form (${raw ?? 'unset'}); run the add-on's setup first.`);
  }
  return formId;
}

/** The form-submit trigger executions a landed response causes, each as its trigger's creator. */
function formSubmitRequests(emu: MentorprogramEmulator, result: Omit<FormSubmitResult, 'executions'>): (ExecutionRequest & { user: string })[] {
  const sheets = emu.assembled.sheets;
  const documentId = sheets.active().id;
  // Only responses that landed in the bound spreadsheet fire its triggers.
  const destination = emu.assembled.forms.get(result.formId)?.destination;
  if (result.row === 0 || destination?.spreadsheetId !== documentId) return [];
  const triggers = emu.assembled.triggers.all().filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === documentId);
  return triggers.map(
    (t): ExecutionRequest & { user: string } => ({
        name: t.handler,
        kind: 'installable-trigger',
        authMode: 'FULL',
        triggerUid: t.uid,
        user: t.user,
        args: () => [
          {
            authMode: 'FULL',
            source: emu.sourceProxy(),
            range: emu.boundary.wrapObject(
              sheets.range(result.sheetName, result.row, 1, 1, Math.max(1, result.values.length)),
              'SpreadsheetApp',
              'Spreadsheet.Range',
            ),
            values: [...result.values],
            namedValues: Object.fromEntries(Object.entries(result.namedValues).map(([k, v]) => [k, [...v]])),
            triggerUid: t.uid,
          },
        ],
      }),
  );
}

/**
 * Submits every response first (they land "at the same moment"), then runs the triggers: one
 * after another, or with `simultaneous` overlapping around the locks (concurrency.ts).
 */
export function submitForms(emu: MentorprogramEmulator, list: FormSubmission[], options: SubmitFormsOptions = {}): FormSubmitResult[] {
  const landed = list.map(({ role, answers }) => {
    const formId = formIdFor(emu, role);
    const r = emu.assembled.forms.submit(formId, answers, emu.context.clock.now());
    return { role, formId, sheetName: r.sheetName, row: r.row, values: r.values, namedValues: r.namedValues };
  });
  const requests = landed.map((r) => formSubmitRequests(emu, r));
  if (!options.simultaneous) return landed.map((r, i) => ({ ...r, executions: (requests[i] ?? []).map((q) => emu.execute(q).record) }));
  const records = runConcurrently(emu, requests.flat(), options);
  let next = 0;
  return landed.map((r, i) => {
    const count = requests[i]?.length ?? 0;
    next += count;
    return { ...r, executions: records.slice(next - count, next) };
  });
}

/** Moves the clock to `target`, firing due time-driven triggers in time order. */
export function advanceClock(emu: MentorprogramEmulator, target: number): ExecutionRecord[] {
  const clock = emu.context.clock;
  if (target < clock.now()) {
    throw new Error(`advanceTo: ${new Date(target).toISOString()} is before the simulated now ${new Date(clock.now()).toISOString()}`);
  }
  const fired: ExecutionRecord[] = [];
  for (;;) {
    const due = emu.assembled.triggers
      .all()
      .filter((t) => t.eventType === 'CLOCK' && (nextRun(t.schedule) ?? Number.POSITIVE_INFINITY) <= target)
      .sort((a, b) => (nextRun(a.schedule) ?? 0) - (nextRun(b.schedule) ?? 0) || a.created - b.created)[0];
    if (!due?.schedule) break;
    if (fired.length >= MAX_FIRINGS_PER_ADVANCE) throw new Error(`advanceTo: more than ${MAX_FIRINGS_PER_ADVANCE} trigger runs; is a trigger re-arming itself?`);
    const at = due.schedule.nextAt;
    if (at > clock.now()) clock.advance(at - clock.now());
    // Moved on before the run, so a handler that lists or replaces triggers sees the next run.
    advanceSchedule(due.schedule);
    const record = emu.execute({
      name: due.handler,
      kind: 'time-driven',
      authMode: 'FULL',
      triggerUid: due.uid,
      // Runs as its creator; a published add-on's time-driven trigger has no document (README).
      user: due.user,
      document: emu.deployment === 'bound',
      args: () => [clockEvent(clock.now(), due.uid)],
    }).record;
    fired.push(record);
  }
  if (clock.now() < target) clock.advance(target - clock.now());
  return fired;
}

/**
 * A respondent opens a pre-filled link of any form and submits it (what the link pre-fills,
 * with `answers` by question title on top); then the form-submit triggers fire as for submitForm.
 */
export function submitPrefilled(emu: MentorprogramEmulator, url: string, answers: Answers): FormSubmitResult {
  const r = submitPrefilledLink(emu.assembled.forms, url, answers, emu.context.clock.now());
  const landed = { role: r.formId, formId: r.formId, sheetName: r.sheetName, row: r.row, values: r.values, namedValues: r.namedValues };
  return { ...landed, executions: formSubmitRequests(emu, landed).map((q) => emu.execute(q).record) };
}
