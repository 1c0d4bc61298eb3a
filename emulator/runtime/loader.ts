/**
 * This file defines how the built add-on is loaded: gas-local runs dist/Code.js (and only
 * it) in a new vm context whose global object is a fresh mock holding the emulated services,
 * exactly the files clasp pushes. A fresh context per execution mirrors Apps Script, where
 * global state does not survive from one execution to the next.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { Realm } from './service-proxy';

interface GasLocal {
  require(folder: string, globalObject: object, options: { filter(file: string): boolean }): Record<string, unknown>;
}

// gas-local ships no types; this is the part of its API the emulator uses.
const gasLocal = require('gas-local') as GasLocal;

export interface LoadedBundle {
  /** The vm context's global object (the mock, now holding the bundle's globals). */
  global: Record<string, unknown>;
  realm: Realm;
}

export const CODE_FILE = 'Code.js';

export function loadBundle(distDir: string, globals: Record<string, unknown>): LoadedBundle {
  const dir = path.resolve(distDir);
  const code = path.join(dir, CODE_FILE);
  if (!fs.existsSync(code)) throw new Error(`No ${CODE_FILE} in ${dir}: run \`npm run build\` first.`);
  const mock: Record<string, unknown> = { ...globals };
  // Contextify first to read the new realm's intrinsics before the bundle runs.
  vm.createContext(mock);
  const realm = vm.runInContext('({ Array: Array, Object: Object, Error: Error })', mock) as Realm;
  const global = gasLocal.require(dir, mock, { filter: (file) => path.resolve(file) === code });
  return { global, realm };
}
