/**
 * This file defines the tests that drive the real built add-on (dist/) through the
 * emulator: the menu from onOpen in AuthMode.NONE, the sidebar, and a sidebar call that
 * reads the simulated clock. Run `npm run build` first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEmulator } from '../../emulator';

const DIST = path.resolve(__dirname, '../../dist');
const NOW = '2026-11-28T10:00:00.000Z';

describe('the built add-on in the emulator', () => {
  test('onOpen in AuthMode.NONE adds the add-on menu with an item opening the sidebar', () => {
    const emu = createEmulator({ now: NOW, seed: 7 });
    const record = emu.runTrigger('onOpen', { authMode: 'NONE' });
    expect(record).toMatchObject({ status: 'completed', kind: 'simple-trigger', authMode: 'NONE' });
    const addon = emu.ui().menus.find((m) => m.addon);
    expect(addon?.entries).toEqual([expect.objectContaining({ kind: 'item', functionName: 'showSidebar' })]);
    // Only menu building is allowed in NONE; the property read was skipped by the add-on.
    expect(emu.serviceCalls().PropertiesService).toBeUndefined();
  });

  test('onInstall runs in FULL and also builds the menu', () => {
    const emu = createEmulator({ now: NOW, seed: 7 });
    expect(emu.runTrigger('onInstall').status).toBe('completed');
    expect(emu.ui().menus.filter((m) => m.addon)).toHaveLength(1);
  });

  test('showSidebar shows dist/Sidebar.html titled Mentorprogram', () => {
    const emu = createEmulator({ now: NOW, seed: 7 });
    emu.run('showSidebar');
    const sidebar = emu.ui().sidebar;
    expect(sidebar?.title).toBe('Mentorprogram');
    expect(sidebar?.html).toBe(fs.readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8'));
  });

  test('the sidebar page starts in the user\'s language before any settings: <html lang> from the locale', () => {
    const emu = createEmulator({ now: NOW, seed: 7, locale: 'en_GB' });
    emu.run('showSidebar');
    const html = emu.ui().sidebar?.html ?? '';
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('<html lang="sv">');
  });

  test('getSidebarState answers JSON read at the simulated now', () => {
    const emu = createEmulator({ now: NOW, seed: 7 });
    const answer = emu.run<{ ok: true; value: { readAt: string; language: string } }>('getSidebarState');
    expect(answer.ok).toBe(true);
    const state = answer.value;
    // Read after its service calls, each of which took simulated time.
    expect(state.readAt).toBe(emu.now());
    expect(Date.parse(state.readAt) - Date.parse(NOW)).toBeLessThan(1000);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(emu.executions()).toEqual([expect.objectContaining({ name: 'getSidebarState', status: 'completed', authMode: 'FULL' })]);
  });
});
