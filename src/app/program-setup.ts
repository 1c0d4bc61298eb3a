/**
 * This file defines the program-setup use cases: reading the saved settings (or a toolkit
 * draft when there are none) and saving new ones, all-or-nothing: invalid input is refused
 * with one message per field and the stored settings stay as they were.
 */
import { isLanguage } from '../core/i18n';
import { defaultSettings, type ProgramSettings, validateSettings } from '../core/program';
import type { Language } from '../core/types';
import { SETTINGS_KEY } from './keys';
import type { Ports } from './ports';

/** The saved settings, or null before the group saved any. */
export function savedSettings(ports: Ports): ProgramSettings | null {
  const raw = ports.store.readJson<unknown>(SETTINGS_KEY);
  if (raw === null) return null;
  const language = isLanguage((raw as { language?: unknown }).language) ? (raw as { language: Language }).language : 'sv';
  const checked = validateSettings(raw, language);
  // Settings are only ever stored validated; if a hand edit broke them, show the draft again.
  return checked.ok ? checked.settings : null;
}

export function draftSettings(ports: Ports, language: Language = 'sv'): ProgramSettings {
  return defaultSettings(ports.clock.today(), language);
}

export type SaveResult = { ok: true; settings: ProgramSettings } | { ok: false; errors: Record<string, string> };

/** Validates and saves; `uiLanguage` is the language the sidebar shows messages in. */
export function saveSettings(ports: Ports, input: unknown, uiLanguage: Language): SaveResult {
  const checked = validateSettings(input, uiLanguage);
  if (!checked.ok) return checked;
  ports.store.writeJson(SETTINGS_KEY, checked.settings);
  return { ok: true, settings: checked.settings };
}
