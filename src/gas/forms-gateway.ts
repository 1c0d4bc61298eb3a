/**
 * This file defines how the add-on's two Google Forms are made and driven: a form is built
 * from a pure spec (src/core/forms), linked to this spreadsheet, published, and its response
 * sheet is found and given a clear name. Forms made after 30 June 2026 start unpublished,
 * and the typings predate setPublished, hence the small augmentation below.
 */
import { programSpreadsheet } from './program-document';
import type { FormBuild, FormLinks, FormState } from '../app/ports';
import { fail, ok, type Result } from '../core/failures';
import type { FormItemSpec, FormSpec } from '../core/forms';

type Form = GoogleAppsScript.Forms.Form & {
  setPublished?: (published: boolean) => Form;
  isPublished?: () => boolean;
};

/**
 * What FormApp.openById throws for an id it cannot find: the form was deleted, or is not
 * shared with this user. Google has worded it two ways ("..., or you do not have permission
 * to access it." and "... Possibly because you have not edited this item or you do not have
 * permission to access it."), both starting with this; see emulator/README.md for sources.
 */
const NOT_FOUND_PREFIX = 'No item with the given ID could be found';

type Opened = { kind: 'form'; form: Form } | { kind: 'missing' } | { kind: 'unavailable' };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the form, telling "not found" (the caller may make a new one) from any other
 * failure, such as a passing Forms outage, after which the form must never be replaced.
 */
export function openForm(formId: string): Opened {
  try {
    return { kind: 'form', form: FormApp.openById(formId) as Form };
  } catch (error) {
    return messageOf(error).startsWith(NOT_FOUND_PREFIX) ? { kind: 'missing' } : { kind: 'unavailable' };
  }
}

/** Runs FormApp work on an opened form; a failure of Forms itself becomes a failure value. */
function withForm<T>(formId: string, work: (form: Form) => T): Result<T> {
  const opened = openForm(formId);
  if (opened.kind === 'missing') return fail('formGone');
  if (opened.kind === 'unavailable') return fail('formsUnavailable');
  return ok(work(opened.form));
}

function addItem(form: Form, item: FormItemSpec, emailHelp: string): void {
  switch (item.type) {
    case 'text':
    case 'phone': {
      const text = form.addTextItem().setTitle(item.title).setRequired(item.required);
      if (item.helpText) text.setHelpText(item.helpText);
      return;
    }
    case 'email': {
      const validation = FormApp.createTextValidation().requireTextIsEmail().setHelpText(emailHelp).build();
      const text = form.addTextItem().setTitle(item.title).setRequired(item.required).setValidation(validation);
      if (item.helpText) text.setHelpText(item.helpText);
      return;
    }
    case 'paragraph': {
      const text = form.addParagraphTextItem().setTitle(item.title).setRequired(item.required);
      if (item.helpText) text.setHelpText(item.helpText);
      return;
    }
    case 'choice': {
      const choice = form.addMultipleChoiceItem().setTitle(item.title).setRequired(item.required);
      choice.setChoiceValues(item.choices ?? []);
      if (item.helpText) choice.setHelpText(item.helpText);
      return;
    }
    case 'checkbox':
    case 'consent': {
      const box = form.addCheckboxItem().setTitle(item.title).setRequired(item.required);
      box.setChoiceValues(item.choices ?? []);
      if (item.helpText) box.setHelpText(item.helpText);
      return;
    }
    case 'scale': {
      const scale = form.addScaleItem().setTitle(item.title).setRequired(item.required).setBounds(1, 5);
      if (item.helpText) scale.setHelpText(item.helpText);
      return;
    }
  }
}

/**
 * Step 1: an empty form. `remember` stores its id straight after FormApp.create and getId,
 * before any other Forms call, so a run cut short afterwards leaves no form unrecorded.
 * Create failing (an outage) made no form, so it is a failure value to retry.
 */
export function createForm(title: string, remember: (formId: string) => void): Result<string> {
  let form: Form;
  try {
    form = FormApp.create(title) as Form;
  } catch {
    return fail('formsUnavailable');
  }
  const formId = form.getId();
  remember(formId);
  return ok(formId);
}

/** Step 2: the questions from the spec, replacing any a failed earlier attempt left; its links. */
export function buildForm(formId: string, spec: FormSpec, how: FormBuild): Result<FormLinks> {
  return withForm(formId, (form) => {
    for (const item of form.getItems().reverse()) form.deleteItem(item);
    form.setTitle(spec.title).setDescription(spec.description).setConfirmationMessage(spec.confirmationMessage);
    for (const item of spec.items) addItem(form, item, how.emailHelp);
    if (typeof form.setPublished === 'function') form.setPublished(true);
    form.setAcceptingResponses(how.accepting);
    return { publishedUrl: form.getPublishedUrl(), editUrl: form.getEditUrl() };
  });
}

/**
 * Step 3: links the form to the active spreadsheet unless it already is, and renames its
 * response tab. The tab is the one that appeared on linking, or else the one whose form URL
 * names the form (a retry, or Sheets being slow); -1 when it is not there yet.
 */
export function linkForm(formId: string, responseSheetName: string): Result<number> {
  return withForm(formId, (form) => {
    const ss = programSpreadsheet();
    const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
    if (destinationOf(form) !== ss.getId()) {
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      SpreadsheetApp.flush();
    }
    const sheet = ss.getSheets().find((s) => !before.has(s.getSheetId())) ?? sheetOfForm(ss, formId);
    if (!sheet) return -1;
    if (!ss.getSheetByName(responseSheetName)) sheet.setName(responseSheetName);
    return sheet.getSheetId();
  });
}

/** getDestinationId throws while a form has no destination, so ask carefully. */
function destinationOf(form: Form): string | null {
  try {
    return form.getDestinationId();
  } catch {
    return null;
  }
}

function sheetOfForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, formId: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  return ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(formId)) ?? null;
}

/** Whether the form exists and takes responses; a failure only when Forms did not answer. */
export function formState(formId: string): Result<FormState> {
  const opened = openForm(formId);
  if (opened.kind === 'unavailable') return fail('formsUnavailable');
  if (opened.kind === 'missing') return ok({ exists: false, accepting: false });
  const form = opened.form;
  // An unpublished form takes no responses, whatever isAcceptingResponses says.
  const published = typeof form.isPublished === 'function' ? form.isPublished() : true;
  return ok({ exists: true, accepting: published && form.isAcceptingResponses() });
}

export function setAccepting(formId: string, accepting: boolean): Result<null> {
  return withForm(formId, (form) => {
    if (accepting && typeof form.setPublished === 'function' && form.isPublished?.() === false) form.setPublished(true);
    form.setAcceptingResponses(accepting);
    return null;
  });
}
