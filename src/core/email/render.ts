/**
 * This file defines how a template and a person's values become an email: a header-safe
 * subject, the plain-text part, and an HTML part built from the same text with simple
 * formatting (blank lines separate paragraphs, lines starting with "- " are bullets, web
 * addresses in the template and in link placeholders become links). Every value is
 * escaped in the HTML part, and a value can add neither structure (a bullet, a paragraph)
 * nor a link: only the group's template text can.
 */
import { type EmailKind, LINK_PLACEHOLDERS } from './kinds';
import { parseTemplateText, type TemplateProblem, validateTemplate } from './placeholders';
import { escapeHtml, headerSafe } from './safety';

export interface EmailTemplate {
  kind: EmailKind;
  subject: string;
  body: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export type RenderResult = { ok: true; email: RenderedEmail } | { ok: false; problems: TemplateProblem[] };

/** One run of a line: from the template, a placeholder's value, or a soft break inside a value. */
type Run = { text: string; from: 'template' | 'value' | 'link' } | { br: true };

const BULLET = /^\s*[-*•]\s+/;
const URL = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

function fill(text: string, values: Readonly<Record<string, string>>): Run[] {
  const runs: Run[] = [];
  for (const piece of parseTemplateText(text).pieces) {
    if ('text' in piece) {
      runs.push({ text: piece.text, from: 'template' });
      continue;
    }
    const value = values[piece.name];
    if (value === undefined) throw new Error(`No value for placeholder ${piece.name}`);
    runs.push({ text: value, from: LINK_PLACEHOLDERS.has(piece.name) ? 'link' : 'value' });
  }
  return runs;
}

/** Template line breaks end lines; line breaks inside a value stay soft breaks in its line. */
function lines(runs: Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const run of runs) {
    if ('br' in run) continue;
    const parts = run.text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        if (run.from === 'template') out.push([]);
        else out[out.length - 1]!.push({ br: true });
      }
      if (part !== '') out[out.length - 1]!.push({ text: part, from: run.from });
    });
  }
  return out;
}

function linkify(text: string): string {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(URL)) {
    html += escapeHtml(text.slice(at, match.index));
    const url = escapeHtml(match[0]);
    html += `<a href="${url}">${url}</a>`;
    at = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(at));
}

function runHtml(run: Run): string {
  if ('br' in run) return '<br>';
  if (run.from === 'value') return escapeHtml(run.text);
  return linkify(run.text);
}

const plainOf = (line: Run[]) => line.map((r) => ('br' in r ? '\n' : r.text)).join('');
const isBlank = (line: Run[]) => plainOf(line).trim() === '';
function isBullet(line: Run[]): boolean {
  const first = line[0];
  return first !== undefined && !('br' in first) && first.from === 'template' && BULLET.test(first.text);
}
function stripBullet(line: Run[]): Run[] {
  const [first, ...rest] = line;
  if (!first || 'br' in first) return line;
  const text = first.text.replace(BULLET, '');
  return text === '' ? rest : [{ ...first, text }, ...rest];
}

function toHtml(body: Run[][]): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(`<p style="margin:0 0 12px">${paragraph.join('<br>')}</p>`);
    if (bullets.length) blocks.push(`<ul style="margin:0 0 12px;padding-left:20px">${bullets.map((b) => `<li>${b}</li>`).join('')}</ul>`);
    paragraph = [];
    bullets = [];
  };
  for (const line of body) {
    if (isBlank(line)) {
      flush();
    } else if (isBullet(line)) {
      if (paragraph.length) flush();
      bullets.push(stripBullet(line).map(runHtml).join(''));
    } else {
      if (bullets.length) flush();
      paragraph.push(line.map(runHtml).join(''));
    }
  }
  flush();
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#202124">${blocks.join('')}</div>`;
}

/**
 * Renders a template with `values` (one per placeholder of the kind; an empty string is a
 * value). A template with any problem is refused, never sent with a blank.
 */
export function renderEmail(template: EmailTemplate, values: Readonly<Record<string, string>>): RenderResult {
  const problems = validateTemplate(template.kind, template.subject, template.body);
  if (problems.length) return { ok: false, problems };
  const subject = headerSafe(plainOf(fill(template.subject, values)));
  const body = lines(fill(template.body, values));
  const text = `${body.map(plainOf).join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
  return { ok: true, email: { subject, text, html: toHtml(body) } };
}
