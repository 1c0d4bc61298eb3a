/**
 * This file defines the emulated Sheets data validation: SpreadsheetApp.newDataValidation()'s
 * builder, the DataValidation it builds (recorded on cells by Range.setDataValidation), and the
 * check a write must pass when a rule rejects invalid input (setAllowInvalid(false)). Rules
 * that only warn (the default, allowInvalid true) never block a write, as on Google.
 */
import type { EmulatorContext } from '../context';
import { type CellValue, SheetDate, attachInternal, internalOf, makeEnum } from './spreadsheet-common';

export const DataValidationCriteria = makeEnum([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
type Criteria = keyof typeof DataValidationCriteria;

export interface ValidationRule {
  readonly kind: 'sheets-validation';
  criteria: Criteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

const isRule = (s: unknown): s is ValidationRule => (s as ValidationRule | undefined)?.kind === 'sheets-validation';

export function ruleOf(value: unknown): ValidationRule | null {
  return internalOf(value, isRule);
}

/** What a DataValidation and its builder both read back; copy() starts a builder from the rule. */
abstract class RuleReader {
  constructor(protected readonly rule: ValidationRule) {}
  getCriteriaType(): string {
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.rule.values.slice();
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string | null {
    return this.rule.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.rule);
  }
}

/** DataValidation as scripts see it; immutable, like Google's. */
export class DataValidation extends RuleReader {
  constructor(rule: ValidationRule) {
    super(rule);
    attachInternal(this, rule);
  }
}

export class DataValidationBuilder extends RuleReader {
  constructor(from?: ValidationRule) {
    super(
      from
        ? { ...from, values: from.values.slice() }
        : { kind: 'sheets-validation', criteria: 'VALUE_IN_LIST', values: [], allowInvalid: true, helpText: null },
    );
  }
  private set(criteria: Criteria, values: unknown[]): this {
    this.rule.criteria = criteria;
    this.rule.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('VALUE_IN_LIST', [Array.from(values, String), showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const args = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set('CHECKBOX', args);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  withCriteria(criteria: Criteria, args: unknown[]): this {
    return this.set(criteria, Array.from(args));
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.rule.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string): this {
    this.rule.helpText = String(helpText);
    return this;
  }
  build(): DataValidation {
    return new DataValidation({ ...this.rule, values: this.rule.values.slice() });
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Whether a rejecting rule lets `value` in. Only criteria the add-on could plausibly use are
 * checked; any other criteria accept everything rather than guess at Google's semantics.
 */
export function ruleAccepts(rule: ValidationRule, value: CellValue, ctx: EmulatorContext): boolean {
  if (rule.allowInvalid || value === '') return true;
  const text = value instanceof SheetDate ? '' : String(value);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return ((rule.values[0] as string[] | undefined) ?? []).includes(text);
    case 'CHECKBOX':
      return rule.values.length === 0 ? typeof value === 'boolean' : rule.values.some((v) => v === value || String(v) === text);
    case 'TEXT_IS_VALID_EMAIL':
      return EMAIL.test(text);
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(rule.values[0]) && value <= Number(rule.values[1]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= Number(rule.values[0]);
    case 'DATE_IS_VALID_DATE':
      return value instanceof SheetDate || ctx.isDate(value);
    default:
      return true;
  }
}
