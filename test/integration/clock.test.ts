/**
 * Integration test of the clock port: "today" is the date in the spreadsheet's own time zone
 * (File > Settings, which the group sets per document), not the script's (the add-on's
 * manifest), as the Clock port promises.
 */
import type { SidebarState } from '../../src/main';
import { newEmulator, runOk } from './support';

test('today follows the spreadsheet\'s time zone when it differs from the script\'s', () => {
  // 12:00Z is 13:00 on the 28th in Stockholm (the script) and 01:00 on the 29th in Auckland.
  const em = newEmulator({ now: '2026-11-28T12:00:00Z', timeZone: 'Europe/Stockholm' });
  expect(runOk<SidebarState>(em, 'getSidebarState').today).toBe('2026-11-28');
  em.spreadsheet.spreadsheetFacade().setSpreadsheetTimeZone('Pacific/Auckland');
  expect(runOk<SidebarState>(em, 'getSidebarState').today).toBe('2026-11-29');
});
