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
    return [{ role, exists: state.exists, linked: record.responseSheetId >= 0, accepting: state.accepting, publishedUrl: record.publishedUrl, editUrl: record.editUrl }];
  });
}

/** True while applications are open according to the timeline. */
function withinApplicationWindow(settings: ProgramSettings, today: string): boolean {
  return today >= settings.timeline.applicationOpens && today <= settings.timeline.applicationCloses;
}

/**
 * Creates whichever of the two forms does not exist yet, links it to this spreadsheet,
 * installs the one form-submit trigger, and stores the ids. Forms accept responses at once
 * only inside the application window; otherwise the group (or the timeline) opens them.
 */
export function createForms(ports: Ports, settings: ProgramSettings): FormView[] {
  const t = messages(settings.language);
  const records = formRecords(ports);
  const accepting = withinApplicationWindow(settings, ports.runtime.today());
  for (const role of ROLES) {
    const existing = records[role];
    if (existing && ports.forms.state(existing.formId).exists) {
      if (existing.responseSheetId < 0) {
        records[role] = { ...existing, responseSheetId: ports.forms.responseSheetOf(existing.formId) ?? -1 };
        ports.store.writeJson(FORMS_KEY, records);
      }
      continue;
    }
    const sheetName = role === 'mentor' ? t.mentorResponsesSheet : t.menteeResponsesSheet;
    const spec = formSpec(role, settings);
    const record: FormRecord = ports.forms.create(spec, {
      responseSheetName: sheetName,
      emailHelp: t.emailValidationHelp,
      accepting,
    });
    records[role] = record;
    // Stored after each form, so a failure halfway never leads to a second pair.
    ports.store.writeJson(FORMS_KEY, records);
  }
  ports.runtime.ensureFormSubmitTrigger();
  return formViews(ports);
}

export function setFormAccepting(ports: Ports, settings: ProgramSettings, role: Role, accepting: boolean): FormView[] {
  const record = formRecords(ports)[role];
  if (!record) throw new Error(messages(settings.language).formsMissing);
  ports.forms.setAccepting(record.formId, accepting);
  return formViews(ports);
}
