/**
 * This file defines the failure keys (the Swedish catalogue is the reference) and how a
 * failure becomes one sentence in a language: placeholders are filled from its values and
 * its place, and the text stays text (the sidebar renders it as such, never as HTML).
 */
import type { Language } from '../types';
import { en, enList } from './en';
import type { Failure } from './result';
import { sv, svList } from './sv';

export type FailureKey = keyof typeof sv;

const catalogues: Record<Language, { texts: Record<FailureKey, string>; list: (items: readonly (string | number)[]) => string }> = {
  sv: { texts: sv, list: svList },
  en: { texts: en, list: enList },
};

/** The failure in `language`; an unknown placeholder is left as written, so a gap shows. */
export function renderFailure(failure: Failure, language: Language): string {
  const { texts, list } = catalogues[language] ?? catalogues.sv;
  const template = texts[failure.key] ?? failure.key;
  const place: Record<string, string> = {};
  if (failure.where?.sheet !== undefined) place.sheet = failure.where.sheet;
  if (failure.where?.rows) place.rows = list(failure.where.rows);
  if (failure.where?.field !== undefined) place.field = failure.where.field;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name in place) return place[name]!;
    const value = failure.values[name];
    return value === undefined ? whole : String(value);
  });
}
