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

/**
 * The language the sidebar's first screens (loading, a failed first load) are shown in,
 * before it has read the program: the saved program language, else the user's own locale
 * when it is English or Swedish, else Swedish.
 */
function pageLanguage(language: Language | undefined): Language {
  if (language) return language;
  const locale = Session.getActiveUserLocale().toLowerCase();
  return locale.startsWith('en') ? 'en' : 'sv';
}

/** Opens the sidebar; its <html lang> carries the language the page starts in (sidebar/app.tsx). */
export function openSidebar(language: Language | undefined): void {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar');
  const lang = pageLanguage(language);
  output.setContent(output.getContent().replace('<html lang="sv">', `<html lang="${lang}">`));
  SpreadsheetApp.getUi().showSidebar(output.setTitle(messages(language ?? lang).sidebarTitle));
}
