/**
 * This file defines where the program's settings live: Document Properties, shared by every
 * editor of the spreadsheet. Values are JSON; the store is only touched outside
 * AuthMode.NONE.
 */

const SETTINGS_KEY = 'mp.settings';

export function readJson<T>(key: string): T | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(key);
  if (raw === null || raw === '') return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(value));
}

export function readSettingsRaw(): Record<string, unknown> | null {
  return readJson<Record<string, unknown>>(SETTINGS_KEY);
}

export function writeSettingsRaw(value: Record<string, unknown>): void {
  writeJson(SETTINGS_KEY, value);
}
