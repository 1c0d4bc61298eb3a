/**
 * This file defines how the preview page is put together: page.html with page.ts bundled
 * for the browser by esbuild (the preview is a development tool, so esbuild is at hand).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import type { PreviewAssets } from './server';

export function loadPreviewAssets(root: string): PreviewAssets {
  const dir = path.join(root, 'emulator/preview');
  const pageJs = buildSync({
    entryPoints: [path.join(dir, 'page.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  }).outputFiles[0]!.text;
  return { pageHtml: fs.readFileSync(path.join(dir, 'page.html'), 'utf8'), pageJs };
}
