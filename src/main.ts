/**
 * This file defines the add-on's Apps Script surface and composition root: the simple
 * triggers, menu items, installable-trigger handlers and the functions the sidebar calls.
 * Every export here becomes a global function in dist/Code.js (scripts/build.cjs), and the
 * sidebar's RPC client is typed by this module, so renaming an export breaks the sidebar
 * build. Everything that crosses to the sidebar is JSON-safe (dates as ISO strings).
 */
import { isLanguage } from './core/i18n';
import type { Language } from './core/types';
import { readSettingsRaw } from './gas/settings-store';
import { addMenu, openSidebar } from './gas/ui';

function programLanguage(): Language | undefined {
  const lang = readSettingsRaw()?.language;
  return isLanguage(lang) ? lang : undefined;
}

/**
 * Simple trigger: adds the add-on menu. In AuthMode.NONE no service that needs
 * authorisation may be used, so the language is read only in the other modes.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const limited = e?.authMode === ScriptApp.AuthMode.NONE;
  addMenu(limited ? undefined : programLanguage());
}

/** Simple trigger on install: shows the menu at once, without a reload. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu item: opens the sidebar. */
export function showSidebar(): void {
  openSidebar(programLanguage());
}

export interface SidebarState {
  programName: string;
  language: Language;
  /** ISO time the state was read, so the sidebar can say how fresh it is. */
  readAt: string;
}

/** Sidebar: the program's name, language and the first view's data. */
export function getSidebarState(): SidebarState {
  const raw = readSettingsRaw();
  const name = typeof raw?.programName === 'string' ? raw.programName : '';
  return { programName: name, language: programLanguage() ?? 'sv', readAt: new Date().toISOString() };
}
