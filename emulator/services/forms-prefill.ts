/**
 * This file defines pre-filled responses: `Item.createResponse(answer)` (text, paragraph,
 * multiple choice, list, checkbox, scale), `Form.createResponse()` with `withItemResponse`,
 * `toPrefilledUrl()` and `submit()`, and the respondent side: opening a pre-filled link
 * (`?usp=pp_url&entry.<itemId>=<answer>`) and submitting it with the rest of the answers.
 * An answer the item could not take is refused when the item response is created, as the
 * stricter reading (Google checks choices and bounds at the latest on submit).
 */
import type { EmulatorContext } from '../context';
import type { FormsModel } from './forms';
import { type FormRecord, formPublishedUrl, type ItemRecord } from './forms-model';
import { type Answers, ItemResponse, type SubmitResult, submitResponse } from './forms-submit';
import { attachInternal, internalOf } from './spreadsheet-common';

interface PendingAnswer {
  readonly kind: 'item-response';
  readonly formId: string;
  readonly itemId: number;
  readonly answer: string | string[];
}
const isPending = (s: unknown): s is PendingAnswer => (s as PendingAnswer | undefined)?.kind === 'item-response';

/** `Item.createResponse(answer)`: the item response a script builds, checked against the item. */
export function createItemResponse(ctx: EmulatorContext, model: FormsModel, formId: string, item: ItemRecord, raw: unknown): ItemResponse {
  const method = `${item.type === 'SCALE' ? 'ScaleItem' : 'Item'}.createResponse`;
  let answer: string | string[];
  switch (item.type) {
    case 'CHECKBOX':
      if (!Array.isArray(raw)) ctx.fail(method, "The parameters don't match the method signature for FormApp.CheckboxItem.createResponse.");
      answer = (raw as unknown[]).map(String);
      if (!item.otherOption && answer.some((a) => !item.choices.includes(a))) ctx.fail(method, 'Invalid response submitted to item.');
      break;
    case 'SCALE': {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < item.lowerBound || n > item.upperBound) ctx.fail(method, 'Invalid response submitted to item.');
      answer = String(n);
      break;
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      answer = String(raw);
      if (!item.choices.includes(answer) && !(item.type === 'MULTIPLE_CHOICE' && item.otherOption)) ctx.fail(method, 'Invalid response submitted to item.');
      break;
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      answer = String(raw ?? '');
      break;
    default:
      return ctx.unsupported(`${method} for ${item.type}`);
  }
  const response = new ItemResponse(ctx, model, formId, item, answer);
  attachInternal(response, { kind: 'item-response', formId, itemId: item.id, answer } satisfies PendingAnswer);
  return response;
}

/** The pre-filled link: the published URL with `usp=pp_url` and one `entry.<id>` per answer (repeated for checkboxes). */
export function prefilledUrl(form: FormRecord, answers: ReadonlyMap<number, string | string[]>): string {
  const params = ['usp=pp_url'];
  for (const item of form.items) {
    const a = answers.get(item.id);
    if (a === undefined) continue;
    for (const value of Array.isArray(a) ? a : [a]) params.push(`entry.${item.id}=${encodeURIComponent(value)}`);
  }
  return `${formPublishedUrl(form)}?${params.join('&')}`;
}

/** `Form.createResponse()`: a response being built by a script, not yet submitted. */
export class DraftFormResponse {
  private readonly answers = new Map<number, string | string[]>();
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly model: FormsModel,
    private readonly formId: string,
  ) {}
  private form(): FormRecord {
    return this.model.get(this.formId) ?? this.ctx.fail('FormResponse', 'The form has been deleted.');
  }
  withItemResponse(response: unknown): this {
    const pending = internalOf(response, isPending);
    if (!pending || pending.formId !== this.formId) this.ctx.fail('FormResponse.withItemResponse', 'Invalid argument: response');
    this.answers.set(pending!.itemId, pending!.answer);
    return this;
  }
  toPrefilledUrl(): string {
    return prefilledUrl(this.form(), this.answers);
  }
  /** Submits as the script (the form's checks apply); the response sheet gets its row. */
  submit(): this {
    const form = this.form();
    const byTitle: Answers = {};
    for (const item of form.items) {
      const a = this.answers.get(item.id);
      if (a !== undefined) byTitle[item.title] = a;
    }
    try {
      submitResponse(this.model, this.formId, byTitle);
    } catch (error) {
      this.ctx.fail('FormResponse.submit', error instanceof Error ? error.message : String(error));
    }
    return this;
  }
}

/**
 * The respondent side: opens a pre-filled link of one of the model's forms, keeps what it
 * pre-fills (unless `answers`, keyed by question title, changes it) and submits.
 */
export function submitPrefilledLink(model: FormsModel, url: string, answers: Answers, atMs: number): SubmitResult & { formId: string } {
  const parsed = new URL(url);
  const key = /\/forms\/d\/e\/([^/]+)\/viewform$/.exec(parsed.pathname)?.[1];
  const form = model.forms().find((f) => f.publishedKey === key);
  if (!form) throw new Error(`submitPrefilled: no form has the link ${url}`);
  const filled: Answers = {};
  for (const [name, value] of parsed.searchParams) {
    const id = /^entry\.(\d+)$/.exec(name)?.[1];
    if (!id) continue;
    const item = form.items.find((i) => i.id === Number(id));
    if (!item) throw new Error(`submitPrefilled: the link names entry.${id}, which the form does not have`);
    const prev = filled[item.title];
    filled[item.title] = item.type === 'CHECKBOX' ? [...(Array.isArray(prev) ? prev : []), value] : value;
  }
  return { ...model.submit(form.id, { ...filled, ...answers }, atMs), formId: form.id };
}
