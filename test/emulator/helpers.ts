/**
 * This file defines helpers for the emulator's own tests: an emulator loaded with a small
 * hand-written Apps Script file instead of the built add-on, so each service can be driven
 * exactly as a script would drive it. The files go to a fresh temporary folder per emulator.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../emulator';

export const NOW = '2026-11-28T10:00:00.000Z';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** An emulator running `code` as dist/Code.js (plus `files`, e.g. { 'Sidebar.html': '...' }). */
export function scriptEmulator(code: string, options: Partial<EmulatorOptions> = {}, files: Record<string, string> = {}): Emulator {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-emulator-'));
  folders.push(dir);
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return createEmulator({ now: NOW, seed: 1, ...options, distDir: dir });
}

/** Milliseconds between two ISO times. */
export const elapsed = (fromIso: string, toIso: string): number => Date.parse(toIso) - Date.parse(fromIso);
