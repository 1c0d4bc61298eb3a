/**
 * This file defines the emulated form items. Every item type gets a class with exactly the
 * methods its Apps Script type has (a TextItem has no getChoices, a generic Item has only the
 * common methods and the as*Item casts), so a script calling a method its item lacks is told so
 * by the emulator's proxy instead of silently succeeding. The classes share one implementation
 * and differ only in which of its methods their prototype carries.
 */
import type { EmulatorContext } from '../context';
import type { FormsModel } from './forms';
import { type FormRecord, type ItemRecord, type ItemTypeName, PageNavigationType } from './forms-model';
import { createItemResponse } from './forms-prefill';
import { validationOf } from './forms-validation';
import { attachInternal, internalOf } from './spreadsheet-common';

interface ItemRef {
  readonly kind: 'form-item';
  readonly formId: string;
  readonly itemId: number;
}
const isItemRef = (s: unknown): s is ItemRef => (s as ItemRef | undefined)?.kind === 'form-item';

/** The (form id, item id) behind an item facade the script passed back, if it is one. */
export function itemRefOf(value: unknown): ItemRef | null {
  return internalOf(value, isItemRef);
}

interface ChoiceState {
  readonly kind: 'form-choice';
  readonly value: string;
}
const isChoice = (s: unknown): s is ChoiceState => (s as ChoiceState | undefined)?.kind === 'form-choice';

export class Choice {
  constructor(private readonly value: string) {
    attachInternal(this, { kind: 'form-choice', value } satisfies ChoiceState);
  }
  getValue(): string {
    return this.value;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
  getPageNavigationType(): string {
    return PageNavigationType.CONTINUE;
  }
}

/** State every item facade carries; methods live on ItemMethods and are picked per type. */
class ItemBase {
  constructor(
    protected readonly ctx: EmulatorContext,
    protected readonly model: FormsModel,
    protected readonly formId: string,
    protected readonly itemId: number,
  ) {
    attachInternal(this, { kind: 'form-item', formId, itemId } satisfies ItemRef);
  }
  protected form(): FormRecord {
    const f = this.model.get(this.formId);
    if (!f) return this.ctx.fail('Item', 'The form has been deleted.');
    return f;
  }
  protected rec(): ItemRecord {
    const r = this.form().items.find((i) => i.id === this.itemId);
    if (!r) return this.ctx.fail('Item', 'The item has been deleted.');
    return r;
  }
  protected cast(type: ItemTypeName): ItemBase {
    const r = this.rec();
    if (r.type !== type) this.ctx.fail(`Item.as${CAST_NAMES[type]}`, `Invalid conversion for item type: ${r.type}`);
    return itemFacade(this.ctx, this.model, this.formId, r);
  }
}

const CAST_NAMES: Partial<Record<ItemTypeName, string>> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem',
  LIST: 'ListItem',
  SCALE: 'ScaleItem',
  SECTION_HEADER: 'SectionHeaderItem',
  PAGE_BREAK: 'PageBreakItem',
};

const typeNameOf = (r: ItemRecord) => CAST_NAMES[r.type] ?? 'Item';

class ItemMethods extends ItemBase {
  getId(): number {
    return this.itemId;
  }
  getIndex(): number {
    return this.form().items.findIndex((i) => i.id === this.itemId);
  }
  getTitle(): string {
    return this.rec().title;
  }
  setTitle(title: string): this {
    const r = this.rec();
    const old = r.title;
    r.title = String(title);
    this.model.onItemRetitled(this.form(), r, old);
    return this;
  }
  getHelpText(): string {
    return this.rec().helpText;
  }
  setHelpText(text: string): this {
    this.rec().helpText = String(text);
    return this;
  }
  getType(): string {
    return this.rec().type;
  }
  setRequired(enabled: boolean): this {
    this.rec().required = Boolean(enabled);
    return this;
  }
  isRequired(): boolean {
    return this.rec().required;
  }
  createChoice(value: string): Choice {
    return new Choice(String(value));
  }
  getChoices(): Choice[] {
    return this.rec().choices.map((c) => new Choice(c));
  }
  setChoiceValues(values: string[]): this {
    if (!Array.isArray(values) || values.length === 0) this.ctx.fail(`${typeNameOf(this.rec())}.setChoiceValues`, 'Array is empty: values');
    this.rec().choices = values.map(String);
    return this;
  }
  setChoices(choices: unknown[]): this {
    const m = `${typeNameOf(this.rec())}.setChoices`;
    if (!Array.isArray(choices) || choices.length === 0) this.ctx.fail(m, 'Array is empty: choices');
    this.rec().choices = choices.map((c) => {
      const s = internalOf(c, isChoice);
      if (!s) return this.ctx.fail(m, "The parameters (Object[]) don't match the method signature.");
      return s.value;
    });
    return this;
  }
  showOtherOption(enabled: boolean): this {
    this.rec().otherOption = Boolean(enabled);
    return this;
  }
  hasOtherOption(): boolean {
    return this.rec().otherOption;
  }
  /** Takes only the validation family of this item type (TextValidation for a TextItem ...). */
  setValidation(validation: unknown): this {
    const r = this.rec();
    const v = validationOf(validation);
    const family = r.type === 'TEXT' ? 'text' : r.type === 'PARAGRAPH_TEXT' ? 'paragraph' : 'checkbox';
    if (!v || v.family !== family) {
      this.ctx.fail(`${typeNameOf(this.rec())}.setValidation`, "The parameters (Object) don't match the method signature.");
    }
    r.validation = { ...(v as NonNullable<typeof v>) };
    return this;
  }
  clearValidation(): this {
    this.rec().validation = null;
    return this;
  }
  /** Google allows a lower bound of 0 or 1 and an upper bound of 3 to 10. */
  setBounds(lower: number, upper: number): this {
    const lo = Math.trunc(Number(lower));
    const hi = Math.trunc(Number(upper));
    if ((lo !== 0 && lo !== 1) || hi < 3 || hi > 10) this.ctx.fail('ScaleItem.setBounds', 'Invalid data updating form.');
    const r = this.rec();
    r.lowerBound = lo;
    r.upperBound = hi;
    return this;
  }
  getLowerBound(): number {
    return this.rec().lowerBound;
  }
  getUpperBound(): number {
    return this.rec().upperBound;
  }
  setLabels(lower: string, upper: string): this {
    const r = this.rec();
    r.leftLabel = String(lower);
    r.rightLabel = String(upper);
    return this;
  }
  getLeftLabel(): string {
    return this.rec().leftLabel;
  }
  getRightLabel(): string {
    return this.rec().rightLabel;
  }
  /** A response to this item for Form.createResponse().withItemResponse (forms-prefill.ts). */
  createResponse(answer: unknown): unknown {
    return createItemResponse(this.ctx, this.model, this.formId, this.rec(), answer);
  }
  asTextItem(): ItemBase {
    return this.cast('TEXT');
  }
  asParagraphTextItem(): ItemBase {
    return this.cast('PARAGRAPH_TEXT');
  }
  asMultipleChoiceItem(): ItemBase {
    return this.cast('MULTIPLE_CHOICE');
  }
  asCheckboxItem(): ItemBase {
    return this.cast('CHECKBOX');
  }
  asListItem(): ItemBase {
    return this.cast('LIST');
  }
  asScaleItem(): ItemBase {
    return this.cast('SCALE');
  }
  asSectionHeaderItem(): ItemBase {
    return this.cast('SECTION_HEADER');
  }
  asPageBreakItem(): ItemBase {
    return this.cast('PAGE_BREAK');
  }
}

type MethodName = Exclude<keyof ItemMethods, keyof ItemBase>;
type ItemClass = new (ctx: EmulatorContext, model: FormsModel, formId: string, itemId: number) => ItemBase;

function pick(name: string, methods: readonly MethodName[]): ItemClass {
  const cls = { [name]: class extends ItemBase {} }[name]!;
  const source = ItemMethods.prototype as unknown as Record<string, unknown>;
  for (const m of methods) {
    Object.defineProperty(cls.prototype, m, { value: source[m], writable: true, configurable: true });
  }
  return cls;
}

const COMMON: MethodName[] = ['getId', 'getIndex', 'getTitle', 'setTitle', 'getHelpText', 'setHelpText', 'getType'];
const REQUIRED: MethodName[] = ['setRequired', 'isRequired'];
const CHOICES: MethodName[] = ['createChoice', 'getChoices', 'setChoiceValues', 'setChoices'];
const OTHER: MethodName[] = ['showOtherOption', 'hasOtherOption'];
const VALIDATION: MethodName[] = ['setValidation', 'clearValidation'];
const SCALE: MethodName[] = ['setBounds', 'getLowerBound', 'getUpperBound', 'setLabels', 'getLeftLabel', 'getRightLabel'];
const RESPOND: MethodName[] = ['createResponse'];
const CASTS: MethodName[] = [
  'asTextItem',
  'asParagraphTextItem',
  'asMultipleChoiceItem',
  'asCheckboxItem',
  'asListItem',
  'asScaleItem',
  'asSectionHeaderItem',
  'asPageBreakItem',
];

const CLASSES: Partial<Record<ItemTypeName, ItemClass>> = {
  TEXT: pick('TextItem', [...COMMON, ...REQUIRED, ...VALIDATION, ...RESPOND]),
  PARAGRAPH_TEXT: pick('ParagraphTextItem', [...COMMON, ...REQUIRED, ...VALIDATION, ...RESPOND]),
  MULTIPLE_CHOICE: pick('MultipleChoiceItem', [...COMMON, ...REQUIRED, ...CHOICES, ...OTHER, ...RESPOND]),
  CHECKBOX: pick('CheckboxItem', [...COMMON, ...REQUIRED, ...CHOICES, ...OTHER, ...VALIDATION, ...RESPOND]),
  LIST: pick('ListItem', [...COMMON, ...REQUIRED, ...CHOICES, ...RESPOND]),
  SCALE: pick('ScaleItem', [...COMMON, ...REQUIRED, ...SCALE, ...RESPOND]),
  SECTION_HEADER: pick('SectionHeaderItem', COMMON),
  PAGE_BREAK: pick('PageBreakItem', COMMON),
};
const GenericItem = pick('Item', [...COMMON, ...CASTS]);

/** The typed facade (TextItem, CheckboxItem ...) for an item, as add*Item and as*Item return. */
export function itemFacade(ctx: EmulatorContext, model: FormsModel, formId: string, item: ItemRecord): ItemBase {
  const cls = CLASSES[item.type];
  if (!cls) return ctx.unsupported(`FormApp item type ${item.type}`);
  return new cls(ctx, model, formId, item.id);
}

/** The generic Item facade, as getItems and getItemById return. */
export function genericItem(ctx: EmulatorContext, model: FormsModel, formId: string, item: ItemRecord): ItemBase {
  return new GenericItem(ctx, model, formId, item.id);
}

export type { ItemBase };
