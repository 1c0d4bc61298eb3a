/**
 * This file defines how the add-on's two Google Forms are made and driven: a form is built
 * from a pure spec (src/core/forms), linked to this spreadsheet, published, and its response
 * sheet is found and given a clear name. Forms made after 30 June 2026 start unpublished,
 * and the typings predate setPublished, hence the small augmentation below.
 */
import type { FormBuild, FormRecord, FormState } from '../app/ports';
import type { FormItemSpec, FormSpec } from '../core/forms';

type Form = GoogleAppsScript.Forms.Form & {
  setPublished?: (published: boolean) => Form;
  isPublished?: () => boolean;
};

export function openForm(formId: string): Form | null {
  try {
    return FormApp.openById(formId) as Form;
  } catch {
    // Deleted or no longer shared with this user: the caller makes a new one.
    return null;
  }
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

/** Step 1: an empty form; its id is stored before anything else can fail. */
export function createForm(title: string): Omit<FormRecord, 'responseSheetId' | 'built'> {
  const form = FormApp.create(title) as Form;
  return { formId: form.getId(), publishedUrl: form.getPublishedUrl(), editUrl: form.getEditUrl() };
}

/** Step 2: the questions from the spec, replacing any a failed earlier attempt left. */
export function buildForm(formId: string, spec: FormSpec, how: FormBuild): void {
  const form = requireForm(formId);
  for (const item of form.getItems().reverse()) form.deleteItem(item);
  form.setTitle(spec.title).setDescription(spec.description).setConfirmationMessage(spec.confirmationMessage);
  for (const item of spec.items) addItem(form, item, how.emailHelp);
  if (typeof form.setPublished === 'function') form.setPublished(true);
  form.setAcceptingResponses(how.accepting);
}

/**
 * Step 3: links the form to the active spreadsheet unless it already is, and renames its
 * response tab. The tab is the one that appeared on linking, or else the one whose form URL
 * names the form (a retry, or Sheets being slow); -1 when it is not there yet.
 */
export function linkForm(formId: string, responseSheetName: string): number {
  const form = requireForm(formId);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  if (destinationOf(form) !== ss.getId()) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    SpreadsheetApp.flush();
  }
  const sheet = ss.getSheets().find((s) => !before.has(s.getSheetId())) ?? sheetOfForm(ss, formId);
  if (!sheet) return -1;
  if (!ss.getSheetByName(responseSheetName)) sheet.setName(responseSheetName);
  return sheet.getSheetId();
}

/** getDestinationId throws while a form has no destination, so ask carefully. */
function destinationOf(form: Form): string | null {
  try {
    return form.getDestinationId();
  } catch {
    return null;
  }
}

function requireForm(formId: string): Form {
  const form = openForm(formId);
  if (!form) throw new Error(`Form ${formId} cannot be opened.`);
  return form;
}

function sheetOfForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, formId: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  return ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(formId)) ?? null;
}

export function formState(formId: string): FormState {
  const form = openForm(formId);
  if (!form) return { exists: false, accepting: false };
  // An unpublished form takes no responses, whatever isAcceptingResponses says.
  const published = typeof form.isPublished === 'function' ? form.isPublished() : true;
  return { exists: true, accepting: published && form.isAcceptingResponses() };
}

export function setAccepting(formId: string, accepting: boolean): boolean {
  const form = openForm(formId);
  if (!form) return false;
  if (accepting && typeof form.setPublished === 'function' && form.isPublished?.() === false) form.setPublished(true);
  form.setAcceptingResponses(accepting);
  return true;
}
