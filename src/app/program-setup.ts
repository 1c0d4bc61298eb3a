/**
 * This file defines the program-setup use cases: reading the saved settings (or a toolkit
 * draft when there are none) and saving new ones, all-or-nothing: invalid input is refused
 * with one message per field and the stored settings stay as they were.
 */
import { fail, ok, type Result } from '../core/failures';
import { isLanguage } from '../core/i18n';
import { defaultSettings, type ProgramSettings, validateSettings } from '../core/program';
import { utf8Length } from '../core/text/utf8-length';
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

/**
 * The largest settings record stored (JSON, UTF-8 bytes). Valid settings stay far below it
 * (about 20 KB at every field's limit); it keeps a hand-crafted call from filling the
 * document's 500 KB of properties, which the forms and later features share.
 */
export const MAX_SETTINGS_BYTES = 100 * 1024;

/**
 * Validates and saves; `uiLanguage` is the language the sidebar shows messages in. Invalid
 * fields come back as one 'settingsInvalid' failure with a message per field path.
 */
export function saveSettings(ports: Ports, input: unknown, uiLanguage: Language): Result<ProgramSettings> {
  const checked = validateSettings(input, uiLanguage);
  if (!checked.ok) return { ok: false, failure: { key: 'settingsInvalid', values: {}, fields: checked.errors } };
  const size = utf8Length(JSON.stringify(checked.settings));
  if (size > MAX_SETTINGS_BYTES) return fail('settingsTooLarge', { size, max: MAX_SETTINGS_BYTES });
  // Large settings span several properties: the lock keeps two saves from mixing parts.
  ports.lock.withLock(() => ports.store.writeJson(SETTINGS_KEY, checked.settings));
  return ok(checked.settings);
}
