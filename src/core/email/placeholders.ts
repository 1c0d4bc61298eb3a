/**
 * This file defines the placeholder syntax of email templates (`{{mentee.firstName}}`,
 * spaces inside the braces allowed) and the check made when a template is saved, previewed
 * or sent: every name must belong to the kind's set, and a misspelt one is named with the
 * closest known name as a suggestion. Problems are values (a code and its details), shown
 * in the user's language by the caller; they are never silently dropped into a blank.
 */
import { type EmailKind, placeholdersOf } from './kinds';

export type TemplateField = 'subject' | 'body';

export type TemplateProblem =
  | { code: 'unknownPlaceholder'; field: TemplateField; name: string; suggestion: string | null }
  | { code: 'unclosedPlaceholder'; field: TemplateField; near: string }
  | { code: 'emptySubject'; field: 'subject' }
  | { code: 'emptyBody'; field: 'body' };

/** A piece of a parsed template: literal text, or a placeholder's name. */
export type TemplatePiece = { text: string } | { name: string };

const OPEN = '{{';
const CLOSE = '}}';

/** Splits template text into literal text and placeholders; `null` where a `{{` is never closed. */
export function parseTemplateText(text: string): { pieces: TemplatePiece[]; unclosedAt: number | null } {
  const pieces: TemplatePiece[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf(OPEN, at);
    if (open < 0) {
      pieces.push({ text: text.slice(at) });
      break;
    }
    if (open > at) pieces.push({ text: text.slice(at, open) });
    const close = text.indexOf(CLOSE, open + OPEN.length);
    const nextOpen = text.indexOf(OPEN, open + OPEN.length);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) return { pieces, unclosedAt: open };
    pieces.push({ name: text.slice(open + OPEN.length, close).trim() });
    at = close + CLOSE.length;
  }
  return { pieces, unclosedAt: null };
}

/** Case-insensitive edit distance (Levenshtein), for "did you mean". */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** The known name closest to `name`, if it is close enough to be a likely typo. */
export function suggestPlaceholder(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Same field in another namespace ('mentor.email' for 'mentee.emial') is also a good hint.
  const limit = Math.max(2, Math.floor(name.length / 4));
  if (best !== null && bestDistance <= limit) return best;
  const field = name.split('.').pop()?.toLowerCase() ?? '';
  return known.find((k) => k.split('.').pop()?.toLowerCase() === field) ?? null;
}

function fieldProblems(kind: EmailKind, field: TemplateField, text: string): TemplateProblem[] {
  const known = placeholdersOf(kind);
  const { pieces, unclosedAt } = parseTemplateText(text);
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  for (const piece of pieces) {
    if (!('name' in piece) || (known as readonly string[]).includes(piece.name) || seen.has(piece.name)) continue;
    seen.add(piece.name);
    problems.push({ code: 'unknownPlaceholder', field, name: piece.name, suggestion: suggestPlaceholder(piece.name, known) });
  }
  if (unclosedAt !== null) problems.push({ code: 'unclosedPlaceholder', field, near: text.slice(unclosedAt, unclosedAt + 24) });
  return problems;
}

/** Every problem of a template for `kind`; empty when it can be sent. */
export function validateTemplate(kind: EmailKind, subject: string, body: string): TemplateProblem[] {
  const problems = [...fieldProblems(kind, 'subject', subject), ...fieldProblems(kind, 'body', body)];
  if (subject.trim() === '') problems.unshift({ code: 'emptySubject', field: 'subject' });
  if (body.trim() === '') problems.push({ code: 'emptyBody', field: 'body' });
  return problems;
}

/** The placeholder names a template uses, in first-use order. */
export function usedPlaceholders(subject: string, body: string): string[] {
  const names: string[] = [];
  for (const text of [subject, body]) {
    for (const piece of parseTemplateText(text).pieces) if ('name' in piece && !names.includes(piece.name)) names.push(piece.name);
  }
  return names;
}
