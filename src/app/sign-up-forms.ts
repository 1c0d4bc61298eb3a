/**
 * This file defines the sign-up forms use cases: create both forms once (running it again
 * reuses the forms it made and only replaces one that was deleted), report their state with
 * their public links, and open or close each for responses.
 */
import { formSpec } from '../core/forms';
import { messages } from '../core/i18n';
import type { ProgramSettings } from '../core/program';
import type { Role } from '../core/types';
import { FORMS_KEY } from './keys';
import type { FormRecord, FormRecords, Ports } from './ports';

export const ROLES: readonly Role[] = ['mentor', 'mentee'];

export interface FormView {
  role: Role;
  exists: boolean;
  /** Its response tab in this spreadsheet is known (intake can route its responses). */
  linked: boolean;
  accepting: boolean;
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
    return [{ role, exists: state.exists, linked: record.built !== false && record.responseSheetId >= 0, accepting: state.accepting, publishedUrl: record.publishedUrl, editUrl: record.editUrl }];
  });
}

/** True while applications are open according to the timeline. */
function withinApplicationWindow(settings: ProgramSettings, today: string): boolean {
  return today >= settings.timeline.applicationOpens && today <= settings.timeline.applicationCloses;
}

/**
 * Makes both forms, in three stored steps per form (create, build, link), and installs the
 * one form-submit trigger. Safe to run again at any point: a form that exists is reused and
 * only its missing steps are done; a form deleted in Drive is made anew. Forms accept
 * responses at once only inside the application window; otherwise the group (or the
 * timeline) opens them.
 */
export function createForms(ports: Ports, settings: ProgramSettings): void {
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
    if (!record || !ports.forms.state(record.formId).exists) {
      record = { ...ports.forms.create(spec.title), built: false, responseSheetId: -1 };
      save(role, record);
    }
    if (record.built === false) {
      ports.forms.build(record.formId, spec, { emailHelp: t.emailValidationHelp, accepting });
      record = { ...record, built: true };
      save(role, record);
    }
    if (record.responseSheetId < 0) {
      const sheetName = role === 'mentor' ? t.mentorResponsesSheet : t.menteeResponsesSheet;
      save(role, { ...record, responseSheetId: ports.forms.link(record.formId, sheetName) });
    }
  }
  ports.triggers.ensureFormSubmitTrigger();
}

export function setFormAccepting(ports: Ports, settings: ProgramSettings, role: Role, accepting: boolean): void {
  const t = messages(settings.language);
  const record = formRecords(ports)[role];
  if (!record) throw new Error(t.formsMissing);
  if (!ports.forms.setAccepting(record.formId, accepting)) throw new Error(t.formGone);
}
