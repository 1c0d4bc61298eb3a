/**
 * This file defines the check that dist/Code.js exposes exactly the entry points the build
 * derives from src/main.ts's exports: loaded with gas-local into a fresh context, its global
 * functions must be that list, and the only other global the bundle's IIFE variable.
 * Run `npm run build` first.
 */
import * as path from 'node:path';

interface GasLocal {
  require(folder: string, globalObject: object, options: { filter(file: string): boolean }): Record<string, unknown>;
}
const gasLocal = require('gas-local') as GasLocal;
const build = require('../../scripts/build.cjs') as { entryPointNames(): string[]; GLOBAL_NAME: string };

const DIST = path.resolve(__dirname, '../../dist');

test('the globals of dist/Code.js are exactly the entry points of src/main.ts', () => {
  // A fresh mock: gas-local's shared default mock would carry globals between loads.
  const context = gasLocal.require(DIST, {}, { filter: (file) => path.basename(file) === 'Code.js' });
  const functions = Object.keys(context)
    .filter((k) => typeof context[k] === 'function')
    .sort();
  expect(functions).toEqual(build.entryPointNames());
  expect(Object.keys(context).sort()).toEqual([...functions, build.GLOBAL_NAME].sort());
  expect(typeof context[build.GLOBAL_NAME]).toBe('object');
});
