/**
 * This file defines the add-on's menu and sidebar. The menu is built without touching any
 * service that needs authorisation, so it also works when onOpen runs in AuthMode.NONE.
 */
import { messages } from '../core/i18n';
import type { Language } from '../core/types';

/** Adds the add-on menu. `language` is only known outside AuthMode.NONE. */
export function addMenu(language: Language | undefined): void {
  const t = messages(language);
  SpreadsheetApp.getUi().createAddonMenu().addItem(t.menuOpen, 'showSidebar').addToUi();
}

export function openSidebar(language: Language | undefined): void {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(messages(language).sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(output);
}
