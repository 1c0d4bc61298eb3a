/**
 * This file defines how applicant text is written to a sheet so that Sheets never interprets
 * it. A cell written with setValues is read as if typed: '=...' becomes a formula (an
 * injection risk: '=HYPERLINK(...)', '=IMPORTXML(...)'), '+', '-' and '@' start formulas in
 * other spreadsheet programs the sheet may be exported to, '0701234567' becomes the number
 * 701234567, 'TRUE' a boolean, '2026-01-01' a date, '#N/A' an error. A leading apostrophe
 * makes Sheets store the rest literally and return it without the apostrophe, so every such
 * string gets one. Protecting a little too much is harmless (the apostrophe is invisible);
 * too little is a bug, so the number and date rules are deliberately broad.
 */

const FORMULA_START = /^\s*[=+\-@]/;
const CONTROL_START = /^[\t\r\n\0]/;
// Anything starting like a number, amount, percentage, date or time: '0701', '(12)', '$5',
// '.5', '-3', '12:30', '1/2', '2026-01-01'.
const NUMBER_LIKE = /^\s*[(+\-$€£¥]*\s*\.?\d/;
const BOOLEAN_LIKE = /^\s*(true|false|sant|falskt)\s*$/i;
// Month-first dates Sheets also parses: 'May 5', 'mars 2026', 'Dec. 24'.
const MONTH_DATE = /^\s*(jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zåäö]*\.?\s*\d/i;
const ERROR_LITERAL = /^\s*#(n\/a|ref!|value!|div\/0!|name\?|num!|null!|error!)/i;

/** True when Sheets would not store `value` as the literal text it is. */
export function needsProtection(value: string): boolean {
  return (
    value.startsWith("'") ||
    CONTROL_START.test(value) ||
    FORMULA_START.test(value) ||
    NUMBER_LIKE.test(value) ||
    BOOLEAN_LIKE.test(value) ||
    MONTH_DATE.test(value) ||
    ERROR_LITERAL.test(value)
  );
}

/**
 * The value to hand to setValues so the cell holds exactly `value` as text: an apostrophe is
 * prefixed when Sheets would otherwise interpret it (including when it already starts with
 * an apostrophe, which Sheets would swallow).
 */
export function toCellText(value: string): string {
  return needsProtection(value) ? `'${value}` : value;
}

/**
 * The inverse of toCellText for a value as it was handed to setValues (a block built for
 * writing, never what getValues returns): fromCellText(toCellText(x)) === x for every string.
 * What Sheets returns needs no decoding at all: getValues gives the stored text, without
 * the protecting apostrophe and with any apostrophe the applicant typed, so applying this
 * to it would strip an apostrophe that is data ("'1anna@example.com", "'+1").
 */
export function fromCellText(value: string): string {
  if (value.startsWith("'") && needsProtection(value.slice(1))) return value.slice(1);
  return value;
}
