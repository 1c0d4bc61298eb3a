/**
 * This file defines how a respondent's submission reaches an emulated form: the checks the
 * live form makes before it accepts a response (published, accepting responses, required
 * questions answered, answer validation, choices among the offered ones, scale bounds, email
 * when collected), then the stored response, the appended response-sheet row and the data of
 * the spreadsheet's form-submit event. It also defines the FormResponse and ItemResponse
 * objects Form.getResponses() returns. Refusals are plain Errors: they model a person being
 * turned away by the form, not an Apps Script call failing.
 */
import type { EmulatorContext } from '../context';
import type { FormsModel } from './forms';
import { writeResponse } from './forms-destination';
import { genericItem, type ItemBase, itemRefOf } from './forms-items';
import { type FormRecord, type ItemRecord, QUESTION_TYPES, type ResponseRecord, formPublishedUrl } from './forms-model';
import { passes } from './forms-validation';
import { displayValue } from './spreadsheet-values';

export type Answers = Record<string, string | string[]>;

export interface SubmitResult {
  formId: string;
  responseId: string;
  timestampMs: number;
  /** The response sheet ('' and row 0 when the form has no destination sheet). */
  sheetName: string;
  sheetId: number | null;
  row: number;
  /** e.values: one string per response-sheet column, the timestamp as the sheet displays it. */
  values: string[];
  /** e.namedValues: header → answers (one element unless headers repeat). */
  namedValues: Record<string, string[]>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function answerFor(label: string, item: ItemRecord, raw: string | string[] | undefined): string | string[] {
  if (item.type === 'CHECKBOX') {
    if (raw === undefined) return [];
    const list = Array.isArray(raw) ? raw.map(String) : [String(raw)];
    return [...new Set(list.filter((s) => s.trim() !== ''))];
  }
  if (Array.isArray(raw)) {
    if (raw.length > 1) throw new Error(`${label}: question "${item.title}" takes a single answer`);
    return raw.length === 0 ? '' : String(raw[0]);
  }
  return raw === undefined ? '' : String(raw);
}

/** Validates one non-blank answer; returns it in the order the sheet shows it. */
function checkAnswer(label: string, item: ItemRecord, answer: string | string[]): string | string[] {
  const q = `${label}: question "${item.title}"`;
  const failsValidation = () =>
    new Error(`${q} refuses the answer ${JSON.stringify(answer)}${item.validation?.helpText ? ` (${item.validation.helpText})` : ''}`);
  if (item.validation && !passes(item.validation, answer)) throw failsValidation();
  switch (item.type) {
    case 'TEXT':
      if ((answer as string).includes('\n')) throw new Error(`${q} is a short answer and cannot hold line breaks`);
      return answer;
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      if (!item.choices.includes(answer as string) && !(item.type === 'MULTIPLE_CHOICE' && item.otherOption)) {
        throw new Error(`${q} has no choice ${JSON.stringify(answer)}`);
      }
      return answer;
    case 'CHECKBOX': {
      const list = answer as string[];
      const others = list.filter((a) => !item.choices.includes(a));
      const allowed = item.otherOption ? 1 : 0; // one free-text "Other" answer at most
      if (others.length > allowed) throw new Error(`${q} has no choice ${JSON.stringify(others[allowed])}`);
      return [...item.choices.filter((c) => list.includes(c)), ...others];
    }
    case 'SCALE': {
      const n = Number((answer as string).trim());
      if (!Number.isInteger(n) || n < item.lowerBound || n > item.upperBound) {
        throw new Error(`${q} takes a whole number from ${item.lowerBound} to ${item.upperBound}, not ${JSON.stringify(answer)}`);
      }
      return String(n);
    }
    default:
      return answer;
  }
}

export function submitResponse(
  model: FormsModel,
  formId: string,
  answers: Answers,
  submittedAtMs?: number,
  respondentEmail?: string,
): SubmitResult {
  const form = model.get(formId);
  if (!form) throw new Error(`No form with id "${formId}"`);
  const label = `Form "${form.title}"`;
  if (!form.published) throw new Error(`${label} is not published, so it is not accepting responses`);
  if (!form.acceptingResponses) throw new Error(`${label} is not accepting responses`);

  const questions = form.items.filter((i) => QUESTION_TYPES.has(i.type));
  for (const title of Object.keys(answers)) {
    const matching = questions.filter((q) => q.title === title);
    if (matching.length === 0) throw new Error(`${label} has no question titled "${title}"`);
    if (matching.length > 1) throw new Error(`${label} has several questions titled "${title}"; answers are keyed by title`);
  }
  const collected = new Map<number, string | string[]>();
  for (const item of questions) {
    const answer = answerFor(label, item, answers[item.title]);
    const blank = Array.isArray(answer) ? answer.length === 0 : answer.trim() === '';
    if (blank) {
      if (item.required) throw new Error(`${label}: question "${item.title}" is required`);
      continue;
    }
    collected.set(item.id, checkAnswer(label, item, answer));
  }
  let email = '';
  if (form.collectEmail) {
    email = (respondentEmail ?? '').trim();
    if (!EMAIL.test(email)) throw new Error(`${label} collects email addresses: a valid respondent email is required`);
    if (form.limitOneResponsePerUser && form.responses.some((r) => r.email.toLowerCase() === email.toLowerCase())) {
      throw new Error(`${label} accepts one response per person and ${email} has already responded`);
    }
  }

  const response: ResponseRecord = {
    id: model.ctx.ids.next('response'),
    timestampMs: submittedAtMs ?? model.ctx.clock.now(),
    email,
    answers: collected,
  };
  form.responses.push(response);
  const written = writeResponse(model, form, response);
  const result: SubmitResult = {
    formId,
    responseId: response.id,
    timestampMs: response.timestampMs,
    sheetName: written?.sheet.name ?? '',
    sheetId: written?.sheet.sheetId ?? null,
    row: written?.row ?? 0,
    values: [],
    namedValues: {},
  };
  if (written) {
    const { sheet, row, texts } = written;
    texts[0] = displayValue(sheet.get(row, 1), sheet.extra(row, 1)?.numberFormat, model.ctx);
    result.values = texts;
    texts.forEach((t, j) => {
      const header = String(sheet.get(1, j + 1));
      if (header === '') return;
      const list = result.namedValues[header] ?? [];
      list.push(t);
      result.namedValues[header] = list;
    });
  }
  return result;
}

export class ItemResponse {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly model: FormsModel,
    private readonly formId: string,
    private readonly item: ItemRecord,
    private readonly answer: string | string[],
  ) {}
  getItem(): ItemBase {
    return genericItem(this.ctx, this.model, this.formId, this.item);
  }
  /** string[] for checkbox items, a string for all others (scale answers too). */
  getResponse(): string | string[] {
    return Array.isArray(this.answer) ? this.answer.slice() : this.answer;
  }
}

export class FormResponse {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly model: FormsModel,
    private readonly form: FormRecord,
    private readonly response: ResponseRecord,
  ) {}
  getId(): string {
    return this.response.id;
  }
  getTimestamp(): Date {
    return this.ctx.makeDate(this.response.timestampMs);
  }
  /** '' when the form does not collect email addresses, as on Google. */
  getRespondentEmail(): string {
    return this.response.email;
  }
  getEditResponseUrl(): string {
    return `${formPublishedUrl(this.form)}?edit2=${encodeURIComponent(this.response.id)}`;
  }
  getItemResponses(): ItemResponse[] {
    const out: ItemResponse[] = [];
    for (const item of this.form.items) {
      const a = this.response.answers.get(item.id);
      if (a !== undefined) out.push(new ItemResponse(this.ctx, this.model, this.form.id, item, a));
    }
    return out;
  }
  getResponseForItem(item: unknown): ItemResponse | null {
    const ref = itemRefOf(item);
    const rec = this.form.items.find((i) => i.id === ref?.itemId);
    const a = rec ? this.response.answers.get(rec.id) : undefined;
    return rec && a !== undefined ? new ItemResponse(this.ctx, this.model, this.form.id, rec, a) : null;
  }
}
