/**
 * This file defines the emulated Form: title and texts, response settings, publishing (a form
 * accepts responses only while published; isAcceptingResponses is forced false otherwise, as
 * the Forms API documents), the response destination, items (add, list, look up, move,
 * delete) and stored responses. Each call returns fresh facades over the FormsModel records.
 */
import type { EmulatorContext } from '../context';
import type { FormsModel } from './forms';
import { addEmailColumn, addItemColumn, linkDestination, unlinkDestination } from './forms-destination';
import { type ItemBase, genericItem, itemFacade, itemRefOf } from './forms-items';
import {
  DestinationType,
  type FormRecord,
  ItemType,
  type ItemTypeName,
  formEditUrl,
  formPublishedUrl,
  newItemRecord,
} from './forms-model';
import { DraftFormResponse } from './forms-prefill';
import { FormResponse } from './forms-submit';
import { attachInternal } from './spreadsheet-common';

const NO_DESTINATION = 'The form currently has no response destination.';

export class FormFacade {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly model: FormsModel,
    private readonly formId: string,
  ) {
    attachInternal(this, { kind: 'form-ref', formId });
  }

  private rec(): FormRecord {
    const f = this.model.get(this.formId);
    if (!f) return this.ctx.fail('Form', 'The form has been deleted.');
    return f;
  }
  private flag<K extends keyof FormRecord>(key: K, value: FormRecord[K]): this {
    this.rec()[key] = value;
    return this;
  }

  getId(): string {
    return this.formId;
  }
  getTitle(): string {
    return this.rec().title;
  }
  setTitle(title: string): this {
    return this.flag('title', String(title));
  }
  getDescription(): string {
    return this.rec().description;
  }
  setDescription(description: string): this {
    return this.flag('description', String(description));
  }
  getConfirmationMessage(): string {
    return this.rec().confirmationMessage;
  }
  setConfirmationMessage(message: string): this {
    return this.flag('confirmationMessage', String(message));
  }
  getCustomClosedFormMessage(): string {
    return this.rec().customClosedFormMessage;
  }
  setCustomClosedFormMessage(message: string): this {
    return this.flag('customClosedFormMessage', String(message));
  }

  setDestination(type: string, id: string): this {
    if (type !== DestinationType.SPREADSHEET || typeof id !== 'string') {
      this.ctx.fail('Form.setDestination', "The parameters don't match the method signature for FormApp.Form.setDestination.");
    }
    linkDestination(this.model, this.rec(), id, 'Form.setDestination');
    return this;
  }
  getDestinationId(): string {
    const d = this.rec().destination;
    if (!d) return this.ctx.fail('Form.getDestinationId', NO_DESTINATION);
    return d.spreadsheetId;
  }
  getDestinationType(): string {
    if (!this.rec().destination) return this.ctx.fail('Form.getDestinationType', NO_DESTINATION);
    return DestinationType.SPREADSHEET;
  }
  removeDestination(): this {
    unlinkDestination(this.model, this.rec());
    return this;
  }

  /** Stored as asked; it takes effect only while the form is published. */
  setAcceptingResponses(enabled: boolean): this {
    return this.flag('acceptingResponses', Boolean(enabled));
  }
  isAcceptingResponses(): boolean {
    const f = this.rec();
    return f.published && f.acceptingResponses;
  }
  /** Publishing also opens the form for responses; unpublishing closes it. */
  setPublished(enabled: boolean): this {
    const f = this.rec();
    f.published = Boolean(enabled);
    f.acceptingResponses = f.published;
    return this;
  }
  isPublished(): boolean {
    return this.rec().published;
  }

  getPublishedUrl(): string {
    return formPublishedUrl(this.rec());
  }
  getEditUrl(): string {
    return formEditUrl(this.rec());
  }
  getSummaryUrl(): string {
    return `https://docs.google.com/forms/d/${this.formId}/viewanalytics`;
  }
  shortenFormUrl(url: string): string {
    if (String(url) !== this.getPublishedUrl()) this.ctx.fail('Form.shortenFormUrl', 'Invalid argument: url');
    return `https://forms.gle/${this.rec().publishedKey.replace(/[^A-Za-z0-9]/g, '').slice(-17)}`;
  }

  setCollectEmail(collect: boolean): this {
    this.flag('collectEmail', Boolean(collect));
    if (collect) addEmailColumn(this.model, this.rec());
    return this;
  }
  collectsEmail(): boolean {
    return this.rec().collectEmail;
  }
  setLimitOneResponsePerUser(enabled: boolean): this {
    return this.flag('limitOneResponsePerUser', Boolean(enabled));
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.rec().limitOneResponsePerUser;
  }
  setRequireLogin(requireLogin: boolean): this {
    return this.flag('requireLogin', Boolean(requireLogin));
  }
  requiresLogin(): boolean {
    return this.rec().requireLogin;
  }
  setAllowResponseEdits(enabled: boolean): this {
    return this.flag('allowResponseEdits', Boolean(enabled));
  }
  canEditResponse(): boolean {
    return this.rec().allowResponseEdits;
  }
  setShowLinkToRespondAgain(enabled: boolean): this {
    return this.flag('showLinkToRespondAgain', Boolean(enabled));
  }
  hasRespondAgainLink(): boolean {
    return this.rec().showLinkToRespondAgain;
  }
  setProgressBar(enabled: boolean): this {
    return this.flag('progressBar', Boolean(enabled));
  }
  hasProgressBar(): boolean {
    return this.rec().progressBar;
  }
  setShuffleQuestions(shuffle: boolean): this {
    return this.flag('shuffleQuestions', Boolean(shuffle));
  }
  getShuffleQuestions(): boolean {
    return this.rec().shuffleQuestions;
  }

  private add(type: ItemTypeName): ItemBase {
    const f = this.rec();
    const item = newItemRecord(this.model.nextItemId(), type);
    f.items.push(item);
    addItemColumn(this.model, f, item);
    return itemFacade(this.ctx, this.model, this.formId, item);
  }
  addTextItem(): ItemBase {
    return this.add('TEXT');
  }
  addParagraphTextItem(): ItemBase {
    return this.add('PARAGRAPH_TEXT');
  }
  addMultipleChoiceItem(): ItemBase {
    return this.add('MULTIPLE_CHOICE');
  }
  addCheckboxItem(): ItemBase {
    return this.add('CHECKBOX');
  }
  addListItem(): ItemBase {
    return this.add('LIST');
  }
  addScaleItem(): ItemBase {
    return this.add('SCALE');
  }
  addSectionHeaderItem(): ItemBase {
    return this.add('SECTION_HEADER');
  }
  addPageBreakItem(): ItemBase {
    return this.add('PAGE_BREAK');
  }

  getItems(itemType?: string): ItemBase[] {
    if (itemType !== undefined && !(String(itemType) in ItemType)) {
      this.ctx.fail('Form.getItems', "The parameters don't match the method signature for FormApp.Form.getItems.");
    }
    return this.rec()
      .items.filter((i) => itemType === undefined || i.type === itemType)
      .map((i) => genericItem(this.ctx, this.model, this.formId, i));
  }
  getItemById(id: number): ItemBase | null {
    const item = this.rec().items.find((i) => i.id === Number(id));
    return item ? genericItem(this.ctx, this.model, this.formId, item) : null;
  }

  /** The position of an index or item argument; fails like Google when it is not in this form. */
  private position(method: string, indexOrItem: unknown): number {
    const items = this.rec().items;
    const ref = itemRefOf(indexOrItem);
    const i =
      typeof indexOrItem === 'number'
        ? Math.trunc(indexOrItem)
        : ref && ref.formId === this.formId
          ? items.findIndex((x) => x.id === ref.itemId)
          : -1;
    if (i < 0 || i >= items.length) this.ctx.fail(method, `Invalid data updating form: no item at ${String(indexOrItem)}.`);
    return i;
  }
  /** Deleting a question keeps its response-sheet column, as Google does. */
  deleteItem(indexOrItem: unknown): void {
    this.rec().items.splice(this.position('Form.deleteItem', indexOrItem), 1);
  }
  moveItem(fromOrItem: unknown, toIndex: number): ItemBase {
    const items = this.rec().items;
    const from = this.position('Form.moveItem', fromOrItem);
    const to = Math.trunc(Number(toIndex));
    if (!(to >= 0 && to < items.length)) this.ctx.fail('Form.moveItem', `Invalid data updating form: no item at ${toIndex}.`);
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item!);
    return genericItem(this.ctx, this.model, this.formId, item!);
  }

  /** A new response for a script to fill (withItemResponse) and pre-fill a link from, or submit. */
  createResponse(): DraftFormResponse {
    this.rec();
    return new DraftFormResponse(this.ctx, this.model, this.formId);
  }
  getResponses(timestamp?: Date): FormResponse[] {
    const f = this.rec();
    const since = timestamp === undefined ? Number.NEGATIVE_INFINITY : this.ctx.isDate(timestamp) ? timestamp.getTime() : Number.NaN;
    if (Number.isNaN(since)) this.ctx.fail('Form.getResponses', "The parameters don't match the method signature for FormApp.Form.getResponses.");
    return f.responses.filter((r) => r.timestampMs >= since).map((r) => new FormResponse(this.ctx, this.model, f, r));
  }
  getResponse(responseId: string): FormResponse {
    const f = this.rec();
    const r = f.responses.find((x) => x.id === responseId);
    if (!r) return this.ctx.fail('Form.getResponse', 'No response with the given ID could be found.');
    return new FormResponse(this.ctx, this.model, f, r);
  }
  /** Empties the form's own store; the response sheet keeps its rows, as on Google. */
  deleteAllResponses(): this {
    this.rec().responses = [];
    return this;
  }
  deleteResponse(responseId: string): this {
    const f = this.rec();
    f.responses = f.responses.filter((r) => r.id !== responseId);
    return this;
  }
}
