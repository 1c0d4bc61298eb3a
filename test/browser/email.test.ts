/**
 * This file defines the browser test of the email view in the local preview (Chromium): the template editor
 * shows the Swedish and English texts, previews them for a real participant (the preview
 * frame holds the email's HTML, every value escaped), refuses a misspelt placeholder by
 * name, sends a test to yourself, and the outbox shows the application emails intake
 * queued. Screenshots go to build/screenshots/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { makeDemoEmulator } from '../../emulator/preview/demo-program';
import type { PreviewServer } from '../../emulator/preview/server';
import { DIST, launchChromium, SHOTS, sidebarFrame, startDemoPreview } from './support';

let server: PreviewServer;
let browser: Browser;
let page: Page;

const sidebar = (): Promise<Frame> => sidebarFrame(page);

async function shot(frame: Frame, name: string): Promise<void> {
  const element = await frame.frameElement();
  await element.screenshot({ path: path.join(SHOTS, name) });
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startDemoPreview();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  await page.goto(server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the email tab fits the tab row and shows the outbox intake filled', async () => {
  const frame = await sidebar();
  await frame.click('role=tab[name="E-post"]');
  await frame.waitForSelector('[data-testid="outbox-counts"]');
  const counts = await frame.textContent('[data-testid="outbox-counts"]');
  expect(counts).toMatch(/^140väntar/);
  const row = await frame.$eval('.tabs', (el) => ({ width: el.scrollWidth, client: el.clientWidth }));
  expect(row.width).toBeLessThanOrEqual(row.client);
  await shot(frame, 'email-outbox-sv.png');
});

test('preview in Swedish and English for a real participant, values escaped, in a sandboxed frame', async () => {
  const frame = await sidebar();
  await frame.waitForSelector('[data-testid="template-editor"]');
  await frame.selectOption('[data-testid="template-kind"]', 'application-received');
  await frame.click('[data-testid="preview"]');
  await frame.waitForSelector('[data-testid="email-preview"]');
  expect(await frame.textContent('[data-testid="preview-subject"]')).toContain('Vi har tagit emot din ansökan till Mentorprogrammet 2027');
  expect(await frame.getAttribute('[data-testid="preview-frame"]', 'sandbox')).toBe('');
  const html = await frame.getAttribute('[data-testid="preview-frame"]', 'srcdoc');
  expect(html).toContain('<li>Projektgruppen går igenom alla ansökningar');
  await frame.evaluate(() => document.querySelector('[data-testid="email-preview"]')?.scrollIntoView());
  await shot(frame, 'email-preview-sv.png');

  await frame.selectOption('[data-testid="template-language"]', 'en');
  await frame.click('[data-testid="preview"]');
  await frame.waitForFunction(() => document.querySelector('[data-testid="preview-subject"]')?.textContent?.includes('We have received'));
  expect(await frame.inputValue('[data-testid="template-subject"]')).toBe('We have received your application to {{program.name}}');
  // The preview is for someone who reads English: the person picker follows the language.
  const person = await frame.$eval('[data-testid="preview-person"]', (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  expect(person).not.toBe('');
  expect(await frame.getAttribute('[data-testid="preview-frame"]', 'srcdoc')).toContain(`Hi ${person.split(' ')[0]},`);
  await frame.evaluate(() => document.querySelector('[data-testid="email-preview"]')?.scrollIntoView());
  await shot(frame, 'email-preview-en.png');
});

test('a misspelt placeholder is refused by name with a suggestion; a test goes to yourself only', async () => {
  const frame = await sidebar();
  await frame.selectOption('[data-testid="template-language"]', 'sv');
  // The editor loads its template in an effect after the first paint; type only once that
  // has run, so the typed subject is what gets saved.
  await frame.waitForTimeout(500);
  await frame.fill('[data-testid="template-subject"]', 'Hej {{person.frstName}}');
  expect(await frame.inputValue('[data-testid="template-subject"]')).toBe('Hej {{person.frstName}}');
  await frame.click('[data-testid="save-template"]');
  await frame.waitForSelector('[data-testid="template-problems"]');
  expect(await frame.textContent('[data-testid="template-problems"]')).toBe('Ämne: fältet {{person.frstName}} finns inte. Menade du {{person.firstName}}?');
  await frame.evaluate(() => document.querySelector('[data-testid="template-problems"]')?.scrollIntoView());
  await shot(frame, 'email-problem-sv.png');
  await frame.fill('[data-testid="template-subject"]', 'Tack, {{person.firstName}}!');
  await frame.click('[data-testid="test-send"]');
  await frame.waitForSelector('text=Testmejlet är skickat till coordinator@example.edu.');
});

test('the kickoff event’s text is edited beside the emails: a title and a plain description with the place, no recipient and no test email', async () => {
  const frame = await sidebar();
  await frame.selectOption('[data-testid="template-kind"]', 'kickoff-event');
  await frame.waitForFunction(() => (document.querySelector('[data-testid="template-subject"]') as HTMLInputElement | null)?.value === 'Kickoff: {{program.name}}');
  expect(await frame.textContent('label[for="tpl-subject"]')).toBe('Titel');
  expect(await frame.textContent('[data-testid="template-hint"]')).toContain('densamma för alla gäster');
  expect(await frame.$('[data-testid="preview-person"]')).toBeNull();
  expect(await frame.$('[data-testid="test-send"]')).toBeNull();
  await frame.click('[data-testid="preview"]');
  await frame.waitForSelector('[data-testid="event-preview"]');
  expect(await frame.textContent('[data-testid="preview-subject"]')).toBe('Titel: Kickoff: Mentorprogrammet 2027');
  const text = (await frame.textContent('[data-testid="preview-text"]')) ?? '';
  expect(text).toMatch(/^Välkommen till kickoffen!/);
  expect(text).toContain('Plats: ');
  await frame.evaluate(() => document.querySelector('[data-testid="event-preview"]')?.scrollIntoView());
  await shot(frame, 'email-event-sv.png');
});

test('in an English program the event text editor speaks English', async () => {
  const english = await startDemoPreview(() => makeDemoEmulator({ distDir: DIST, language: 'en' }).emulator);
  const other = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  try {
    await other.goto(english.url);
    const frame = await sidebarFrame(other);
    await frame.click('role=tab[name="Email"]');
    await frame.waitForSelector('[data-testid="template-editor"]');
    await frame.selectOption('[data-testid="template-kind"]', 'closing-event');
    await frame.selectOption('[data-testid="template-language"]', 'en');
    await frame.waitForFunction(() => (document.querySelector('[data-testid="template-subject"]') as HTMLInputElement | null)?.value === 'Closing meeting: {{program.name}}');
    expect(await frame.textContent('label[for="tpl-subject"]')).toBe('Title');
    expect(await frame.textContent('label[for="tpl-body"]')).toBe('Description');
    expect(await frame.$('[data-testid="test-send"]')).toBeNull();
    await frame.click('[data-testid="preview"]');
    await frame.waitForSelector('[data-testid="event-preview"]');
    expect(await frame.textContent('[data-testid="preview-subject"]')).toMatch(/^Title: Closing meeting: /);
    expect(await frame.textContent('[data-testid="preview-text"]')).toMatch(/^Welcome to the closing meeting!/);
    await frame.evaluate(() => document.querySelector('[data-testid="event-preview"]')?.scrollIntoView());
    await shot(frame, 'email-event-en.png');
  } finally {
    await other.close();
    await english.close();
  }
}, 120_000);

test("the preview at the 'announced' stage shows the Outbox sheet and the match emails among the sent mail", async () => {
  const announced = await startDemoPreview(() => makeDemoEmulator({ distDir: DIST, stage: 'announced' }).emulator);
  const other = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  try {
    await other.goto(announced.url);
    await other.waitForSelector('[data-sheet="Outbox"]');
    await other.click('[data-sheet="Outbox"]');
    const header = await other.$$eval('[data-testid="sheet-table"] tr:nth-child(2) td', (cells) => cells.map((c) => c.textContent));
    expect(header).toEqual(expect.arrayContaining(['Mottagare', 'Typ', 'Status', 'Skickat']));
    const count = Number(await other.textContent('#mail-count'));
    expect(count).toBeGreaterThan(140 + 2 * 70);
    const subjects = await other.$$eval('#mail summary', (s) => s.map((x) => x.textContent ?? ''));
    expect(subjects.some((s) => /^Din mentor i Mentorprogrammet 2027: /.test(s))).toBe(true);
    expect(subjects.some((s) => /^Din adept i Mentorprogrammet 2027: /.test(s))).toBe(true);
    await other.screenshot({ path: path.join(SHOTS, 'preview-announced-outbox.png') });
  } finally {
    await other.close();
    await announced.close();
  }
}, 120_000);
