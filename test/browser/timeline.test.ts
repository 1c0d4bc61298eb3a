/**
 * Browser test of the Timeline tab in the preview, on the demo program run to its
 * 'kickoff' stage by the clock (the hourly automation installed, the kickoff invitation
 * out): each step with its state and time, the automation's owner, the meeting's guests;
 * then a step moved and one skipped from the sidebar and the clock run a day on. Screenshots
 * go to build/screenshots/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { makeDemoEmulator } from '../../emulator/preview/demo-program';
import type { PreviewServer } from '../../emulator/preview/server';
import { DIST, launchChromium, SHOTS, sidebarFrame, startDemoPreview } from './support';

let server: PreviewServer;
let demo: Emulator;
let browser: Browser;
let page: Page;

const sidebar = (): Promise<Frame> => sidebarFrame(page);

async function openTimeline(): Promise<Frame> {
  const frame = await sidebar();
  await frame.click('role=tab[name="Tidslinje"]');
  await frame.waitForSelector('[data-testid="timeline"]');
  return frame;
}

const stateOf = (frame: Frame, id: string) => frame.getAttribute(`[data-testid="step-${id}"]`, 'data-state');

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startDemoPreview(() => {
    demo = makeDemoEmulator({ distDir: DIST, stage: 'kickoff' }).emulator;
    return demo;
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  await page.goto(server.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('at the kickoff stage the timeline shows what ran, what waits, the owner and the meeting', async () => {
  expect(await page.textContent('[data-testid="clock"]')).toContain('2026-12-17');
  const frame = await openTimeline();
  expect(await stateOf(frame, 'closeForms')).toBe('done');
  expect(await stateOf(frame, 'createKickoff')).toBe('done');
  expect(await stateOf(frame, 'createClosing')).toBe('waiting');
  expect(await frame.textContent('[data-testid="step-createKickoff"]')).toContain('2026-12-07 09:00');
  expect(await frame.getAttribute('[data-testid="automation"]', 'data-status')).toBe('mine');
  const [kickoff] = demo.calendarEvents();
  expect(kickoff!.guests.length).toBeGreaterThan(100);
  expect(await frame.textContent('[data-testid="meeting-kickoff"]')).toBe(`kickoffen: ${kickoff!.guests.length} gäster i kalendern.`);
  expect(await frame.textContent('[data-testid="timeline"]')).toContain('Tider i Europe/Stockholm.');
  await page.screenshot({ path: path.join(SHOTS, 'timeline-kickoff.png'), fullPage: true });
});

test('moving and skipping from the sidebar; a day of clock runs the moved step once', async () => {
  let frame = await openTimeline();
  await frame.click('[data-testid="move-createClosing"]');
  await frame.fill('[data-testid="step-createClosing"] input[type="date"]', '2026-12-17');
  await frame.fill('[data-testid="step-createClosing"] input[type="time"]', '10:00');
  await frame.click('[data-testid="step-createClosing"] >> text=Spara');
  await frame.waitForSelector('[data-testid="step-createClosing"] >> text=2026-12-17 10:00 (flyttad)');
  await frame.click('[data-testid="skip-checkInReminder"]');
  await frame.waitForSelector('[data-testid="step-checkInReminder"][data-state="skipped"]');
  await page.click('button[data-hours="24"]');
  await page.waitForFunction(() => (document.querySelector('[data-testid="clock"]')?.textContent ?? '').includes('2026-12-18'), undefined, { timeout: 60_000 });
  frame = await sidebar();
  await frame.click('role=tab[name="Översikt"]');
  frame = await openTimeline();
  expect(await stateOf(frame, 'createClosing')).toBe('done');
  expect(await frame.textContent('[data-testid="step-createClosing"]')).toContain('2026-12-17 10:');
  expect(demo.calendarEvents().map((e) => e.title)).toEqual(['Kickoff: Mentorprogrammet 2027', 'Avslutning: Mentorprogrammet 2027']);
  expect(await stateOf(frame, 'checkInReminder')).toBe('skipped');
  await page.screenshot({ path: path.join(SHOTS, 'timeline-after-day.png'), fullPage: true });
  // The tab row is wider than 300 px until its layout is fixed; show the sidebar from its left edge.
  await frame.evaluate(() => window.scrollTo(0, 0));
  const sidebarShot = await (await page.waitForSelector('iframe#sidebar')).screenshot();
  fs.writeFileSync(path.join(SHOTS, 'timeline-sidebar.png'), sidebarShot);
});
