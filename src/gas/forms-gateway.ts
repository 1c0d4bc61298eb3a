/**
 * This file defines how the add-on's two Google Forms are made and driven: a form is built
 * from a pure spec (src/core/forms), linked to this spreadsheet, published, and its response
 * sheet is found and given a clear name. Forms made after 30 June 2026 start unpublished,
 * and the typings predate setPublished, hence the small augmentation below.
 */
import type { FormCreation, FormItemLike, FormRecord, FormSpecLike, FormState } from '../app/ports';

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

function addItem(form: Form, item: FormItemLike, emailHelp: string): void {
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
 * Creates a published form from the spec, linked to the active spreadsheet, and renames its
 * response sheet. The new response sheet is the one that was not there before linking.
 */
export function createLinkedForm(spec: FormSpecLike, how: FormCreation): FormRecord {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  const form = FormApp.create(spec.title) as Form;
  form.setDescription(spec.description).setConfirmationMessage(spec.confirmationMessage);
  for (const item of spec.items) addItem(form, item, how.emailHelp);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  if (typeof form.setPublished === 'function') form.setPublished(true);
  form.setAcceptingResponses(how.accepting);
  SpreadsheetApp.flush();
  const formId = form.getId();
  // Normally the new tab is there at once; if Sheets is slow, the caller stores the form
  // anyway (so a retry never makes a second one) and looks for its tab again later.
  const sheet = ss.getSheets().find((s) => !before.has(s.getSheetId())) ?? sheetOfForm(ss, formId);
  if (sheet && !ss.getSheetByName(how.responseSheetName)) sheet.setName(how.responseSheetName);
  return {
    formId,
    publishedUrl: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    responseSheetId: sheet ? sheet.getSheetId() : -1,
  };
}

function sheetOfForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, formId: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  return ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(formId)) ?? null;
}

export function responseSheetOf(formId: string): number | null {
  return sheetOfForm(SpreadsheetApp.getActiveSpreadsheet(), formId)?.getSheetId() ?? null;
}


export function formState(formId: string): FormState {
  const form = openForm(formId);
  if (!form) return { exists: false, accepting: false, published: false };
  const published = typeof form.isPublished === 'function' ? form.isPublished() : true;
  return { exists: true, accepting: form.isAcceptingResponses(), published };
}

export function setAccepting(formId: string, accepting: boolean): FormState {
  const form = openForm(formId);
  if (!form) return { exists: false, accepting: false, published: false };
  if (accepting && typeof form.setPublished === 'function' && form.isPublished?.() === false) form.setPublished(true);
  form.setAcceptingResponses(accepting);
  return formState(formId);
}
