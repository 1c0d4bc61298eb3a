/**
 * This file defines what the browser tests share: where the built bundle, the screenshots
 * and Chromium are, launching Debian's Chromium headless with the flags every test uses
 * (no sandbox in the container, no background traffic), starting the local preview on a
 * free port over a given emulator, and opening the sidebar's frame at a viewport. It is not
 * a test itself: jest.browser.config.js only matches *.test.ts.
 */
import * as path from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { loadPreviewAssets } from '../../emulator/preview/assets';
import { makeDemoEmulator } from '../../emulator/preview/demo-program';
import { type PreviewServer, startPreview } from '../../emulator/preview/server';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'build/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The viewport most tests use: the preview page with its sheet and the sidebar beside it. */
export const WIDE = { width: 1400, height: 900 };

/** Chromium headless, without the network chatter that would slow or disturb a run. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The preview on a free port over `makeEmulator` (by default the demo program in Swedish). */
export function startDemoPreview(makeEmulator: () => Emulator = () => makeDemoEmulator({ distDir: DIST }).emulator): Promise<PreviewServer> {
  return startPreview({ port: 0, distDir: DIST, makeEmulator, assets: loadPreviewAssets(ROOT) });
}

/** The sidebar's frame in a page showing the preview, once its iframe is there. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#sidebar');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The sidebar iframe has no frame');
  return frame;
}

/** A new page at `viewport` on the preview, and the sidebar's frame in it. */
export async function openSidebar(browser: Browser, server: PreviewServer, viewport = WIDE): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.newPage({ viewport });
  await page.goto(server.url);
  return { page, frame: await sidebarFrame(page) };
}
