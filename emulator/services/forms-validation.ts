/**
 * This file defines emulated Forms answer validation: the builders FormApp hands out
 * (createTextValidation, createParagraphTextValidation, createCheckboxValidation), the
 * validation objects they build, and the check a submitted answer must pass, as the live
 * form checks it in the respondent's browser before accepting a response. Patterns are read
 * as JavaScript regular expressions, close to but not exactly Google's RE2 dialect.
 */
import type { EmulatorContext } from '../context';
import type { Check, ValidationRecord } from './forms-model';
import { attachInternal, internalOf } from './spreadsheet-common';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i;

const isValidation = (s: unknown): s is ValidationRecord => (s as ValidationRecord | undefined)?.kind === 'form-validation';

export function validationOf(value: unknown): ValidationRecord | null {
  return internalOf(value, isValidation);
}

/** A built validation; the class name tells TextValidation from the others in errors. */
export class TextValidation {
  constructor(record: ValidationRecord) {
    attachInternal(this, record);
  }
}
export class ParagraphTextValidation extends TextValidation {}
export class CheckboxValidation extends TextValidation {}

class BuilderBase {
  protected record: ValidationRecord;
  constructor(
    protected readonly ctx: EmulatorContext,
    family: ValidationRecord['family'],
  ) {
    this.record = { kind: 'form-validation', family, check: null, helpText: '' };
  }
  protected set(check: Check): this {
    this.record.check = check;
    return this;
  }
  protected pattern(method: string, kind: 'matches' | 'notMatches' | 'contains' | 'notContains', pattern: string): this {
    try {
      new RegExp(String(pattern));
    } catch {
      this.ctx.fail(method, `Invalid regular expression: ${pattern}`);
    }
    return this.set({ kind, pattern: String(pattern) });
  }
  setHelpText(text: string): this {
    this.record.helpText = String(text);
    return this;
  }
  protected snapshot(): ValidationRecord {
    return { ...this.record };
  }
}

export class TextValidationBuilder extends BuilderBase {
  constructor(ctx: EmulatorContext) {
    super(ctx, 'text');
  }
  requireTextIsEmail(): this {
    return this.set({ kind: 'email' });
  }
  requireTextIsUrl(): this {
    return this.set({ kind: 'url' });
  }
  requireNumber(): this {
    return this.set({ kind: 'number' });
  }
  requireWholeNumber(): this {
    return this.set({ kind: 'wholeNumber' });
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set({ kind: 'numberCompare', op: 'between', a: Number(start), b: Number(end) });
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.set({ kind: 'numberCompare', op: 'notBetween', a: Number(start), b: Number(end) });
  }
  requireNumberEqualTo(n: number): this {
    return this.set({ kind: 'numberCompare', op: 'eq', a: Number(n), b: 0 });
  }
  requireNumberNotEqualTo(n: number): this {
    return this.set({ kind: 'numberCompare', op: 'ne', a: Number(n), b: 0 });
  }
  requireNumberGreaterThan(n: number): this {
    return this.set({ kind: 'numberCompare', op: 'gt', a: Number(n), b: 0 });
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set({ kind: 'numberCompare', op: 'ge', a: Number(n), b: 0 });
  }
  requireNumberLessThan(n: number): this {
    return this.set({ kind: 'numberCompare', op: 'lt', a: Number(n), b: 0 });
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set({ kind: 'numberCompare', op: 'le', a: Number(n), b: 0 });
  }
  requireTextMatchesPattern(pattern: string): this {
    return this.pattern('TextValidationBuilder.requireTextMatchesPattern', 'matches', pattern);
  }
  requireTextDoesNotMatchPattern(pattern: string): this {
    return this.pattern('TextValidationBuilder.requireTextDoesNotMatchPattern', 'notMatches', pattern);
  }
  requireTextContainsPattern(pattern: string): this {
    return this.pattern('TextValidationBuilder.requireTextContainsPattern', 'contains', pattern);
  }
  requireTextDoesNotContainPattern(pattern: string): this {
    return this.pattern('TextValidationBuilder.requireTextDoesNotContainPattern', 'notContains', pattern);
  }
  requireTextLengthGreaterThanOrEqualTo(n: number): this {
    return this.set({ kind: 'lengthAtLeast', n: Math.trunc(Number(n)) });
  }
  requireTextLengthLessThanOrEqualTo(n: number): this {
    return this.set({ kind: 'lengthAtMost', n: Math.trunc(Number(n)) });
  }
  build(): TextValidation {
    return new TextValidation(this.snapshot());
  }
}

export class ParagraphTextValidationBuilder extends BuilderBase {
  constructor(ctx: EmulatorContext) {
    super(ctx, 'paragraph');
  }
  requireTextMatchesPattern(pattern: string): this {
    return this.pattern('ParagraphTextValidationBuilder.requireTextMatchesPattern', 'matches', pattern);
  }
  requireTextDoesNotMatchPattern(pattern: string): this {
    return this.pattern('ParagraphTextValidationBuilder.requireTextDoesNotMatchPattern', 'notMatches', pattern);
  }
  requireTextContainsPattern(pattern: string): this {
    return this.pattern('ParagraphTextValidationBuilder.requireTextContainsPattern', 'contains', pattern);
  }
  requireTextDoesNotContainPattern(pattern: string): this {
    return this.pattern('ParagraphTextValidationBuilder.requireTextDoesNotContainPattern', 'notContains', pattern);
  }
  requireTextLengthGreaterThanOrEqualTo(n: number): this {
    return this.set({ kind: 'lengthAtLeast', n: Math.trunc(Number(n)) });
  }
  requireTextLengthLessThanOrEqualTo(n: number): this {
    return this.set({ kind: 'lengthAtMost', n: Math.trunc(Number(n)) });
  }
  build(): ParagraphTextValidation {
    return new ParagraphTextValidation(this.snapshot());
  }
}

export class CheckboxValidationBuilder extends BuilderBase {
  constructor(ctx: EmulatorContext) {
    super(ctx, 'checkbox');
  }
  requireSelectAtLeast(n: number): this {
    return this.set({ kind: 'selectAtLeast', n: Math.trunc(Number(n)) });
  }
  requireSelectAtMost(n: number): this {
    return this.set({ kind: 'selectAtMost', n: Math.trunc(Number(n)) });
  }
  requireSelectExactly(n: number): this {
    return this.set({ kind: 'selectExactly', n: Math.trunc(Number(n)) });
  }
  build(): CheckboxValidation {
    return new CheckboxValidation(this.snapshot());
  }
}

function compare(op: string, x: number, a: number, b: number): boolean {
  switch (op) {
    case 'between':
      return x >= Math.min(a, b) && x <= Math.max(a, b);
    case 'notBetween':
      return x < Math.min(a, b) || x > Math.max(a, b);
    case 'eq':
      return x === a;
    case 'ne':
      return x !== a;
    case 'gt':
      return x > a;
    case 'ge':
      return x >= a;
    case 'lt':
      return x < a;
    default:
      return x <= a;
  }
}

/** Whether a non-blank answer passes the rule. */
export function passes(v: ValidationRecord, answer: string | string[]): boolean {
  const c = v.check;
  if (!c) return true;
  if (Array.isArray(answer)) {
    const n = answer.length;
    if (c.kind === 'selectAtLeast') return n >= c.n;
    if (c.kind === 'selectAtMost') return n <= c.n;
    if (c.kind === 'selectExactly') return n === c.n;
    return true;
  }
  const text = answer.trim();
  const num = text === '' ? Number.NaN : Number(text);
  switch (c.kind) {
    case 'email':
      return EMAIL.test(text);
    case 'url':
      return URL_RE.test(text);
    case 'number':
      return Number.isFinite(num);
    case 'wholeNumber':
      return Number.isInteger(num);
    case 'numberCompare':
      return Number.isFinite(num) && compare(c.op, num, c.a, c.b);
    case 'matches':
      return new RegExp(`^(?:${c.pattern})$`).test(answer);
    case 'notMatches':
      return !new RegExp(`^(?:${c.pattern})$`).test(answer);
    case 'contains':
      return new RegExp(c.pattern).test(answer);
    case 'notContains':
      return !new RegExp(c.pattern).test(answer);
    case 'lengthAtLeast':
      return answer.length >= c.n;
    case 'lengthAtMost':
      return answer.length <= c.n;
    default:
      return true;
  }
}
