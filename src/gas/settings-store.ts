/**
 * This file defines the add-on's small persistent state: JSON values in Document
 * Properties, which every editor of the spreadsheet can read (settings, form ids). It is
 * only touched outside AuthMode.NONE.
 */

export function readJson<T>(key: string): T | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(key);
  if (raw === null || raw === '') return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    // A hand-edited or truncated value: treat as absent rather than break the sidebar.
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(value));
}
