/**
 * This file defines the Templates sheet as use cases: the defaults are written on first
 * use (every kind in Swedish and English), the group's edits in the sheet are what is
 * sent, a template missing from the sheet falls back to its default, and saving from the
 * sidebar refuses a template with an unknown placeholder, naming it.
 */
import { defaultTemplate, type EmailKind, type EmailTemplate, putTemplate, TEMPLATES_SHEET, templateSlots, templatesOf, validateTemplate, type TemplateProblem } from '../core/email';
import { copyOwnedTable } from '../core/tables';
import type { Language } from '../core/types';
import { openOwnedSheet, saveOwnedSheet } from './owned-sheets';
import type { Ports } from './ports';

export type TemplateBook = (kind: EmailKind, language: Language) => EmailTemplate;

/** Creates the Templates sheet with the defaults when it does not exist. Hold the lock. */
export function ensureTemplates(ports: Ports, language: Language): void {
  const sheet = openOwnedSheet(ports, TEMPLATES_SHEET, language);
  if (sheet.snapshot && sheet.snapshot.values.length > 0) return;
  const next = copyOwnedTable(sheet.table);
  for (const slot of templateSlots()) {
    const t = defaultTemplate(slot.kind, slot.language);
    putTemplate(next, next.rows.length, { ...slot, subject: t.subject, body: t.body });
  }
  saveOwnedSheet(ports, sheet, next);
}

/** The templates as the sheet holds them now (one read), defaults where a row is missing. */
export function loadTemplates(ports: Ports, language: Language): TemplateBook {
  const sheet = openOwnedSheet(ports, TEMPLATES_SHEET, language);
  const stored = new Map(templatesOf(sheet.table).map((t) => [`${t.kind}/${t.language}`, t]));
  return (kind, lang) => {
    const t = stored.get(`${kind}/${lang}`);
    return t ? { kind, subject: t.subject, body: t.body } : defaultTemplate(kind, lang);
  };
}

export type SaveTemplateResult = { ok: true } | { ok: false; problems: TemplateProblem[] };

/** Saves a template edited in the sidebar; refused (nothing written) when it has problems. */
export function saveTemplate(ports: Ports, programLanguage: Language, t: { kind: EmailKind; language: Language; subject: string; body: string }): SaveTemplateResult {
  const problems = validateTemplate(t.kind, t.subject, t.body);
  if (problems.length) return { ok: false, problems };
  ports.lock.withLock(() => {
    ensureTemplates(ports, programLanguage);
    const sheet = openOwnedSheet(ports, TEMPLATES_SHEET, programLanguage);
    const next = copyOwnedTable(sheet.table);
    const existing = templatesOf(next).find((s) => s.kind === t.kind && s.language === t.language);
    putTemplate(next, existing ? existing.index : next.rows.length, t);
    saveOwnedSheet(ports, sheet, next);
  });
  return { ok: true };
}
