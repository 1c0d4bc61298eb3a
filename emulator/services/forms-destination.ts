/**
 * This file defines how an emulated form writes to its destination spreadsheet, as Google
 * Forms does: setDestination adds a response sheet at the first tab position, named
 * "Form Responses N" ("Formulärsvar N" in a Swedish spreadsheet), with a frozen header row of
 * Timestamp (Tidstämpel), the email column when collected, and one column per question; a
 * question added later gets the next free column; a retitled question renames its header.
 * Responses are appended as stored values, never read as formulas: the timestamp as a date,
 * checkbox answers joined with ', ', scale answers as numbers, and other answers as text,
 * except that number-like text becomes a number unless its column is formatted '@' (plain
 * text). That last rule follows the widely reported loss of leading zeros in phone numbers on
 * response sheets; it is the stricter assumption (see FormsModel.numberLikeAnswersAsNumbers).
 */
import type { FormsModel } from './forms';
import { type FormRecord, type ItemRecord, QUESTION_TYPES, type ResponseRecord, formSheetUrl } from './forms-model';
import type { RawCell } from './spreadsheet';
import type { SheetStore } from './spreadsheet-store';
import { parseNumberLike } from './spreadsheet-values';

const sv = (model: FormsModel) => model.ctx.locale.startsWith('sv');
const timestampHeader = (model: FormsModel) => (sv(model) ? 'Tidstämpel' : 'Timestamp');
const emailHeader = (model: FormsModel) => (sv(model) ? 'E-postadress' : 'Email Address');

export function destinationSheet(model: FormsModel, form: FormRecord): SheetStore | null {
  const d = form.destination;
  if (!d) return null;
  return model.sheets.sheetById(d.sheetId, d.spreadsheetId) ?? null;
}

/** Links `form` to spreadsheet `spreadsheetId`, creating its response sheet. */
export function linkDestination(model: FormsModel, form: FormRecord, spreadsheetId: string, method: string): void {
  const book = model.sheets.spreadsheet(spreadsheetId);
  if (!book) {
    model.ctx.fail(method, 'No item with the given ID could be found, or you do not have permission to access it.');
    return;
  }
  if (form.destination?.spreadsheetId === spreadsheetId && destinationSheet(model, form)) return;
  unlinkDestination(model, form);
  const base = sv(model) ? 'Formulärsvar' : 'Form Responses';
  let n = 1;
  while (book.nameTaken(`${base} ${n}`)) n++;
  const questions = form.items.filter((i) => QUESTION_TYPES.has(i.type));
  const width = 1 + (form.collectEmail ? 1 : 0) + questions.length;
  const sheet = book.addSheet(method, `${base} ${n}`, 0, undefined, Math.max(26, width));
  const headers: string[] = [timestampHeader(model)];
  if (form.collectEmail) headers.push(emailHeader(model));
  const columns = new Map<number, number>();
  for (const q of questions) {
    headers.push(q.title);
    columns.set(q.id, headers.length);
  }
  headers.forEach((h, j) => {
    sheet.setValue(1, j + 1, h);
  });
  sheet.frozenRows = 1;
  sheet.formUrl = formSheetUrl(form);
  form.destination = {
    spreadsheetId,
    sheetId: sheet.sheetId,
    columns,
    emailColumn: form.collectEmail ? 2 : null,
    nextColumn: headers.length + 1,
  };
  // A newly linked sheet receives the responses the form already holds, as on Google.
  for (const r of form.responses) writeResponse(model, form, r);
}

export function unlinkDestination(model: FormsModel, form: FormRecord): void {
  const sheet = destinationSheet(model, form);
  if (sheet) sheet.formUrl = null;
  form.destination = null;
}

/** Gives a question added after linking its own column at the right, like Google. */
export function addItemColumn(model: FormsModel, form: FormRecord, item: ItemRecord): void {
  const d = form.destination;
  const sheet = destinationSheet(model, form);
  if (!d || !sheet || !QUESTION_TYPES.has(item.type) || d.columns.has(item.id)) return;
  const col = d.nextColumn++;
  sheet.ensureSize('Form.addItem', 1, col);
  sheet.setValue(1, col, item.title);
  d.columns.set(item.id, col);
}

/** Keeps a question's header in step with its title unless someone edited the header. */
export function retitleItemColumn(model: FormsModel, form: FormRecord, item: ItemRecord, oldTitle: string): void {
  const col = form.destination?.columns.get(item.id);
  const sheet = destinationSheet(model, form);
  if (col === undefined || !sheet) return;
  if (sheet.get(1, col) === oldTitle) sheet.setValue(1, col, item.title);
}

/** Adds the email column when email collection starts after linking. */
export function addEmailColumn(model: FormsModel, form: FormRecord): void {
  const d = form.destination;
  const sheet = destinationSheet(model, form);
  if (!d || !sheet || d.emailColumn !== null) return;
  const col = d.nextColumn++;
  sheet.ensureSize('Form.setCollectEmail', 1, col);
  sheet.setValue(1, col, emailHeader(model));
  d.emailColumn = col;
}

export interface WrittenRow {
  sheet: SheetStore;
  row: number;
  /** Per column: the answer text as submitted (what the form-submit event carries). */
  texts: string[];
}

/** Appends one response row; null when the form has no (surviving) destination sheet. */
export function writeResponse(model: FormsModel, form: FormRecord, response: ResponseRecord): WrittenRow | null {
  const d = form.destination;
  const sheet = destinationSheet(model, form);
  if (!d || !sheet) return null;
  const width = d.nextColumn - 1;
  const row = sheet.lastRow() + 1;
  const cells: RawCell[] = new Array(width).fill(null);
  const texts: string[] = new Array(width).fill('');
  cells[0] = model.ctx.makeDate(response.timestampMs);
  if (d.emailColumn !== null) {
    cells[d.emailColumn - 1] = response.email;
    texts[d.emailColumn - 1] = response.email;
  }
  for (const item of form.items) {
    const col = d.columns.get(item.id);
    const answer = response.answers.get(item.id);
    if (col === undefined || answer === undefined) continue;
    const text = Array.isArray(answer) ? answer.join(', ') : answer;
    texts[col - 1] = text;
    cells[col - 1] = storedAnswer(model, sheet, row, col, item, text);
  }
  model.sheets.appendRawRow(sheet, cells);
  return { sheet, row, texts };
}

function storedAnswer(model: FormsModel, sheet: SheetStore, row: number, col: number, item: ItemRecord, text: string): RawCell {
  if (item.type === 'SCALE') return Number(text);
  if (item.type === 'CHECKBOX' || !model.numberLikeAnswersAsNumbers) return text;
  if (sheet.extra(row, col)?.numberFormat === '@') return text;
  return parseNumberLike(text, model.ctx.locale) ?? text;
}
