/**
 * This file defines the emulated FormApp service and the FormsModel behind it. The service is
 * what the bundle sees as the global `FormApp`; the model lets the rest of the emulator list
 * forms and submit responses as a respondent would (FormsModel.submit), which validates like
 * the live form, appends the row to the destination sheet through the SpreadsheetModel (never
 * through Range.setValue, so answers are not read as formulas) and returns the data of the
 * spreadsheet's form-submit event. Firing the trigger is left to the emulator's runtime.
 */
import type { EmulatorContext } from '../context';
import type { FormInfo } from '../types';
import { destinationSheet, retitleItemColumn } from './forms-destination';
import { FormFacade } from './forms-form';
import {
  Alignment,
  DestinationType,
  FeedbackType,
  type FormRecord,
  type ItemRecord,
  ItemType,
  PageNavigationType,
  UNPUBLISHED_BY_DEFAULT_FROM_MS,
  formPublishedUrl,
} from './forms-model';
import { type Answers, type SubmitResult, submitResponse } from './forms-submit';
import { CheckboxValidationBuilder, ParagraphTextValidationBuilder, TextValidationBuilder } from './forms-validation';
import type { SpreadsheetModel } from './spreadsheet';
import type { SheetStore } from './spreadsheet-store';

export type { Answers, SubmitResult, FormRecord, ItemRecord };
export type { ResponseRecord, Destination, ValidationRecord, ItemTypeName } from './forms-model';

export class FormsModel {
  /**
   * Whether number-like text answers land in the response sheet as numbers (Sheets' reading of
   * typed input), unless the column is formatted '@'. Unverified on Google; true is the
   * stricter assumption, under which code must not expect '0701234567' back as text.
   */
  numberLikeAnswersAsNumbers = true;
  private readonly records = new Map<string, FormRecord>();
  private itemCounter = 0;

  constructor(
    readonly ctx: EmulatorContext,
    readonly sheets: SpreadsheetModel,
  ) {}

  /** Calls still to fail in a simulated outage, and with what message (see failNextCalls). */
  private outage = { calls: 0, message: '' };

  /**
   * Simulates a passing Google Forms outage: the next `calls` entry calls of FormApp
   * (create, openById, openByUrl) throw `message` instead of reaching the form, then Forms
   * answers again. A form that exists stays as it is.
   */
  failNextCalls(calls: number, message: string = FORMS_OUTAGE_MESSAGE): void {
    this.outage = { calls: Math.max(0, Math.floor(calls)), message };
  }
  /** Throws the outage's message for `method` while the outage lasts. */
  checkOutage(method: string): void {
    if (this.outage.calls <= 0) return;
    this.outage.calls--;
    this.ctx.fail(method, this.outage.message);
  }

  /** Simulates deleting the form in Drive: openById fails from now on (its response sheet stays). */
  remove(formId: string): void {
    this.records.delete(formId);
  }

  forms(): FormRecord[] {
    return [...this.records.values()];
  }
  get(id: string): FormRecord | undefined {
    return this.records.get(id);
  }
  /**
   * A summary per form for views and the preview (Emulator.forms()): question titles, the
   * respondents' URL, the linked spreadsheet and the number of responses.
   */
  list(): FormInfo[] {
    return this.forms().map((f) => ({
      id: f.id,
      title: f.title,
      published: f.published,
      // Google forces accepting off while a form is unpublished.
      accepting: f.published && f.acceptingResponses,
      items: f.items.map((i) => i.title),
      url: formPublishedUrl(f),
      destinationSpreadsheetId: f.destination?.spreadsheetId ?? null,
      responses: f.responses.length,
    }));
  }

  /** A new empty form; published unless created after 30 June 2026 (simulated time). */
  create(title: string): FormRecord {
    const id = this.ctx.ids.token(44);
    const createdAtMs = this.ctx.clock.now();
    const published = createdAtMs < UNPUBLISHED_BY_DEFAULT_FROM_MS;
    const record: FormRecord = {
      kind: 'form',
      id,
      publishedKey: `1FAIpQLS${this.ctx.ids.token(48)}`,
      createdAtMs,
      title,
      description: '',
      confirmationMessage: '',
      customClosedFormMessage: '',
      published,
      acceptingResponses: published,
      collectEmail: false,
      limitOneResponsePerUser: false,
      requireLogin: false,
      allowResponseEdits: false,
      showLinkToRespondAgain: true,
      progressBar: false,
      shuffleQuestions: false,
      items: [],
      destination: null,
      responses: [],
    };
    this.records.set(id, record);
    return record;
  }

  /** Item ids are integers on Google; these are large and increasing. */
  nextItemId(): number {
    this.itemCounter += 1;
    return 1_000_000_000 + this.itemCounter * 7_919;
  }

  /**
   * Submits a response as a respondent would. `answers` is keyed by question title; checkbox
   * questions take a string[] (a lone string is one choice). Throws when the live form would
   * refuse the submission. `respondentEmail` is required when the form collects emails.
   */
  submit(formId: string, answers: Answers, submittedAtMs?: number, respondentEmail?: string): SubmitResult {
    return submitResponse(this, formId, answers, submittedAtMs, respondentEmail);
  }

  /** The sheet the form writes to, or null. */
  responseSheet(formId: string): SheetStore | null {
    const f = this.records.get(formId);
    return f ? destinationSheet(this, f) : null;
  }

  /** Facade for handing to the bundle. */
  formFacade(formId: string): FormFacade {
    return new FormFacade(this.ctx, this, formId);
  }

  /** Called by items: keeps the response-sheet header in step with a retitled question. */
  onItemRetitled(form: FormRecord, item: ItemRecord, oldTitle: string): void {
    retitleItemColumn(this, form, item, oldTitle);
  }
}

/** Apps Script's wording of a passing server failure (the message users report from many services). */
export const FORMS_OUTAGE_MESSAGE = "We're sorry, a server error occurred. Please wait a bit and try again.";

const FORM_ID_IN_URL = /\/forms\/d\/([A-Za-z0-9_-]+)/;
const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

/** The global `FormApp` as the bundle sees it. */
export class FormAppService {
  readonly Alignment = Alignment;
  readonly DestinationType = DestinationType;
  readonly FeedbackType = FeedbackType;
  readonly ItemType = ItemType;
  readonly PageNavigationType = PageNavigationType;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly model: FormsModel,
  ) {}

  create(title: string): FormFacade {
    this.model.checkOutage('FormApp.create');
    if (typeof title !== 'string') {
      this.ctx.fail('FormApp.create', "The parameters don't match the method signature for FormApp.create.");
    }
    return this.model.formFacade(this.model.create(title).id);
  }
  openById(id: string): FormFacade {
    this.model.checkOutage('FormApp.openById');
    if (!this.model.get(String(id))) return this.ctx.fail('FormApp.openById', NOT_FOUND);
    return this.model.formFacade(String(id));
  }
  /** Takes the edit URL (or /viewform with the form id); the published /d/e/ URL is not the form id. */
  openByUrl(url: string): FormFacade {
    this.model.checkOutage('FormApp.openByUrl');
    const m = FORM_ID_IN_URL.exec(String(url));
    const id = m?.[1];
    if (!id || id === 'e' || !this.model.get(id)) return this.ctx.fail('FormApp.openByUrl', NOT_FOUND);
    return this.model.formFacade(id);
  }
  /** Null: the add-on's script is bound to a spreadsheet, not to a form. */
  getActiveForm(): null {
    return null;
  }
  createTextValidation(): TextValidationBuilder {
    return new TextValidationBuilder(this.ctx);
  }
  createParagraphTextValidation(): ParagraphTextValidationBuilder {
    return new ParagraphTextValidationBuilder(this.ctx);
  }
  createCheckboxValidation(): CheckboxValidationBuilder {
    return new CheckboxValidationBuilder(this.ctx);
  }
}

export function createFormApp(
  ctx: EmulatorContext,
  sheets: SpreadsheetModel,
): { service: FormAppService; model: FormsModel } {
  const model = new FormsModel(ctx, sheets);
  return { service: new FormAppService(ctx, model), model };
}
