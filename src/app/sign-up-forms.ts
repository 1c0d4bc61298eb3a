/**
 * This file defines the sign-up forms use cases: create both forms once (running it again
 * reuses the forms it made and only replaces one that was deleted), report their state with
 * their public links, and open or close each for responses.
 */
import { fail, forward, ok, type Result } from '../core/failures';
import { formSpec } from '../core/forms';
import { messages } from '../core/i18n';
import type { ProgramSettings } from '../core/program';
import type { Role } from '../core/types';
import { sameAccount } from '../core/triggers';
import { FORMS_CLAIM_KEY, FORMS_KEY } from './keys';
import type { FormRecord, FormRecords, Ports } from './ports';
import { ensureFormSubmitTrigger } from './trigger-ownership';

export const ROLES: readonly Role[] = ['mentor', 'mentee'];

export interface FormView {
  role: Role;
  exists: boolean;
  /** Its response tab in this spreadsheet is known (intake can route its responses). */
  linked: boolean;
  accepting: boolean;
  /** False when Google Forms did not answer just now: exists and accepting are then unknown. */
  reachable: boolean;
  publishedUrl: string;
  editUrl: string;
}

export function formRecords(ports: Ports): FormRecords {
  return ports.store.readJson<FormRecords>(FORMS_KEY) ?? {};
}

export function formViews(ports: Ports): FormView[] {
  const records = formRecords(ports);
  return ROLES.flatMap((role) => {
    const record = records[role];
    if (!record) return [];
    const state = ports.forms.state(record.formId);
    const known = state.ok ? state.value : { exists: true, accepting: false };
    return [{ role, exists: known.exists, linked: record.built !== false && record.responseSheetId >= 0, accepting: known.accepting, reachable: state.ok, publishedUrl: record.publishedUrl, editUrl: record.editUrl }];
  });
}

/** True while applications are open according to the timeline. */
function withinApplicationWindow(settings: ProgramSettings, today: string): boolean {
  return today >= settings.timeline.applicationOpens && today <= settings.timeline.applicationCloses;
}

/**
 * Makes both forms, in three stored steps per form (create, build, link), and installs the
 * one form-submit trigger. Safe to run again at any point: a form that exists is reused and
 * only its missing steps are done; a form Forms reports as not found is made anew, but when
 * Forms does not answer nothing is made and the failure is returned. Forms accept
 * responses at once only inside the application window; otherwise the group (or the
 * timeline) opens them.
 */
export function createForms(ports: Ports, settings: ProgramSettings): Result<null> {
  const claimed = claimCreation(ports);
  if (!claimed.ok) return claimed;
  try {
    return createFormsClaimed(ports, settings);
  } finally {
    ports.store.writeJson(FORMS_CLAIM_KEY, null);
  }
}

/** An execution lasts at most six minutes, so an older claim is from a run that was cut short. */
const CLAIM_MS = 6 * 60_000;

interface CreationClaim {
  by: string;
  until: string;
}

/**
 * Two members pressing "create forms" at once would each make a pair, so the first press
 * claims the creation (briefly holding the lock to read and write the claim, not for the
 * whole slow creation, which would hold up intake) and a press by another member meanwhile
 * is refused with a message naming who is at it. The same member may press again: their
 * earlier run was cut short, or they retried.
 */
function claimCreation(ports: Ports): Result<null> {
  return ports.lock.withLock(() => {
    const claim = ports.store.readJson<CreationClaim>(FORMS_CLAIM_KEY);
    const me = ports.triggers.currentUser();
    const now = ports.clock.nowIso();
    if (claim && claim.until > now && !sameAccount(claim.by, me)) return fail('formsBeingCreated', { by: claim.by });
    ports.store.writeJson(FORMS_CLAIM_KEY, { by: me, until: new Date(Date.parse(now) + CLAIM_MS).toISOString() });
    return ok(null);
  });
}

function createFormsClaimed(ports: Ports, settings: ProgramSettings): Result<null> {
  const t = messages(settings.language);
  const records = formRecords(ports);
  const accepting = withinApplicationWindow(settings, ports.clock.today());
  const save = (role: Role, record: FormRecord) => {
    records[role] = record;
    ports.store.writeJson(FORMS_KEY, records);
  };
  for (const role of ROLES) {
    const spec = formSpec(role, settings);
    let record = records[role];
    const state = record ? ports.forms.state(record.formId) : ok({ exists: false, accepting: false });
    if (!state.ok) return forward(state);
    if (!record || !state.value.exists) {
      const made = ports.forms.create(spec.title, (formId) => save(role, { formId, publishedUrl: '', editUrl: '', built: false, responseSheetId: -1 }));
      if (!made.ok) return forward(made);
      record = records[role]!;
    }
    if (record.built === false) {
      const built = ports.forms.build(record.formId, spec, { emailHelp: t.emailValidationHelp, accepting });
      if (!built.ok) return forward(built);
      record = { ...record, ...built.value, built: true };
      save(role, record);
    }
    if (record.responseSheetId < 0) {
      const sheetName = role === 'mentor' ? t.mentorResponsesSheet : t.menteeResponsesSheet;
      const linked = ports.forms.link(record.formId, sheetName);
      if (!linked.ok) return forward(linked);
      save(role, { ...record, responseSheetId: linked.value });
    }
  }
  ensureFormSubmitTrigger(ports);
  return ok(null);
}

export function setFormAccepting(ports: Ports, role: Role, accepting: boolean): Result<null> {
  const record = formRecords(ports)[role];
  if (!record) return fail('formsMissing');
  return ports.forms.setAccepting(record.formId, accepting);
}
