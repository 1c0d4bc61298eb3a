/**
 * This file defines the stored state of emulated Google Forms: the form, item, destination and
 * response records, FormApp's enums, and the URLs a form is known by. A form's id and its
 * published key differ, as on Google (the published URL does not contain the form id), so code
 * that derives one from the other fails here as it would there.
 */
import { makeEnum } from './spreadsheet-common';

export const ItemType = makeEnum([
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
]);
export type ItemTypeName = keyof typeof ItemType;

export const DestinationType = makeEnum(['SPREADSHEET']);
export const Alignment = makeEnum(['LEFT', 'CENTER', 'RIGHT']);
export const PageNavigationType = makeEnum(['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT']);
export const FeedbackType = makeEnum(['CORRECT', 'INCORRECT', 'GENERAL']);

/** Item types the emulator can add; each answerable one gets a response-sheet column. */
export const QUESTION_TYPES: ReadonlySet<ItemTypeName> = new Set([
  'TEXT',
  'PARAGRAPH_TEXT',
  'MULTIPLE_CHOICE',
  'CHECKBOX',
  'LIST',
  'SCALE',
]);

/** One rule of a built validation; Google's builders keep only the last require* call. */
export type Check =
  | { kind: 'email' | 'url' | 'number' | 'wholeNumber' }
  | { kind: 'matches' | 'notMatches' | 'contains' | 'notContains'; pattern: string }
  | { kind: 'numberCompare'; op: 'between' | 'notBetween' | 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; a: number; b: number }
  | { kind: 'lengthAtLeast' | 'lengthAtMost'; n: number }
  | { kind: 'selectAtLeast' | 'selectAtMost' | 'selectExactly'; n: number };

export interface ValidationRecord {
  readonly kind: 'form-validation';
  family: 'text' | 'paragraph' | 'checkbox';
  check: Check | null;
  helpText: string;
}

export interface ItemRecord {
  readonly id: number;
  readonly type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  otherOption: boolean;
  validation: ValidationRecord | null;
  lowerBound: number;
  upperBound: number;
  leftLabel: string;
  rightLabel: string;
}

/** Where responses go: a sheet (by id, which survives renames) and the column of each item. */
export interface Destination {
  spreadsheetId: string;
  sheetId: number;
  /** 1-based response-sheet column of each question item, by item id. */
  columns: Map<number, number>;
  emailColumn: number | null;
  nextColumn: number;
}

export interface ResponseRecord {
  readonly id: string;
  readonly timestampMs: number;
  readonly email: string;
  /** Answers by item id: checkbox answers as arrays, all others as strings. */
  readonly answers: Map<number, string | string[]>;
}

export interface FormRecord {
  readonly kind: 'form';
  readonly id: string;
  readonly publishedKey: string;
  readonly createdAtMs: number;
  title: string;
  description: string;
  confirmationMessage: string;
  customClosedFormMessage: string;
  published: boolean;
  /** Stored wish; isAcceptingResponses is forced false while unpublished (Forms API rule). */
  acceptingResponses: boolean;
  collectEmail: boolean;
  limitOneResponsePerUser: boolean;
  requireLogin: boolean;
  allowResponseEdits: boolean;
  showLinkToRespondAgain: boolean;
  progressBar: boolean;
  shuffleQuestions: boolean;
  items: ItemRecord[];
  destination: Destination | null;
  responses: ResponseRecord[];
}

/** Forms created through the API after 30 June 2026 start unpublished (Forms API change notice). */
export const UNPUBLISHED_BY_DEFAULT_FROM_MS = Date.UTC(2026, 6, 1);

export const formEditUrl = (f: FormRecord) => `https://docs.google.com/forms/d/${f.id}/edit`;
export const formPublishedUrl = (f: FormRecord) => `https://docs.google.com/forms/d/e/${f.publishedKey}/viewform`;
/** What Sheet.getFormUrl() reports for the linked response sheet: it contains the form id. */
export const formSheetUrl = (f: FormRecord) => `https://docs.google.com/forms/d/${f.id}/viewform`;

export function newItemRecord(id: number, type: ItemTypeName): ItemRecord {
  return {
    id,
    type,
    title: '',
    helpText: '',
    required: false,
    choices: [],
    otherOption: false,
    validation: null,
    lowerBound: 1,
    upperBound: 5,
    leftLabel: '',
    rightLabel: '',
  };
}
