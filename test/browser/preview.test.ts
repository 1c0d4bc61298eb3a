/**
 * Browser tests: the local preview in Debian's Chromium (playwright-core). The preview
 * serves the real dist/Sidebar.html, whose google.script.run reaches the built bundle in
 * the emulator; these tests click through it as a project-group member would.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import type { PreviewServer } from '../../emulator/preview/server';
import { launchChromium, sidebarFrame, startDemoPreview, WIDE } from './support';

let server: PreviewServer;
let browser: Browser;
let page: Page;

const sidebar = (): Promise<Frame> => sidebarFrame(page);

beforeAll(async () => {
  server = await startDemoPreview();
  browser = await launchChromium();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: WIDE });
  await page.goto(server.url);
});

afterEach(async () => {
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the preview shows the demo spreadsheet, its tabs and the clock', async () => {
  await page.waitForSelector('[data-sheet="Mentors"]');
  const tabs = await page.$$eval('#tabs button', (buttons) => buttons.map((b) => b.textContent ?? ''));
  expect(tabs.some((t) => /^Mentors \((\d+)\)$/.test(t) && Number(/\((\d+)\)/.exec(t)![1]) >= 60)).toBe(true);
  expect(tabs.some((t) => /^Mentees \((\d+)\)$/.test(t) && Number(/\((\d+)\)/.exec(t)![1]) >= 80)).toBe(true);
  await page.click('[data-sheet="Mentors"]');
  const header = await page.$$eval('[data-testid="sheet-table"] tr:nth-child(2) td', (cells) => cells.map((c) => c.textContent));
  expect(header).toEqual(expect.arrayContaining(['Id', 'Status', 'Förnamn', 'E-post']));
  expect(await page.textContent('[data-testid="clock"]')).toContain('2026-12-01');
});

test('the sidebar renders inside the preview with the program name and counts from the server', async () => {
  const frame = await sidebar();
  await frame.waitForSelector('[data-testid="program-name"]');
  expect(await frame.textContent('[data-testid="program-name"]')).toBe('Mentorprogrammet 2027');
  const mentors = await frame.textContent('[data-testid="mentor-count"]');
  expect(mentors).toMatch(/\d+\s*Mentorer/);
  expect(mentors).toContain('behöver åtgärd');
  expect(await frame.textContent('[data-testid="next-step"]')).toContain('Nästa steg');
});

test('saving settings goes through the server: an invalid email is refused per field, a valid save shows', async () => {
  const frame = await sidebar();
  await frame.click('role=tab[name="Inställningar"]');
  await frame.fill('#f-contact-email', 'karin(at)example');
  await frame.click('[data-testid="save-settings"]');
  await frame.waitForSelector('[data-testid="error-contact.email"]');
  expect(await frame.textContent('[data-testid="error-contact.email"]')).toContain('giltig e-postadress');
  await frame.fill('#f-contact-email', 'karin.ek@example.org');
  await frame.fill('#f-programName', 'Mentorprogrammet <b>2027</b>');
  await frame.click('[data-testid="save-settings"]');
  await frame.waitForSelector('text=Inställningarna är sparade.');
  // Text stays text: the name is shown literally, never as markup.
  expect(await frame.textContent('[data-testid="program-name"]')).toBe('Mentorprogrammet <b>2027</b>');
  expect(await frame.$('[data-testid="program-name"] b')).toBeNull();
  await page.click('#reset');
});

test('the forms view shows both public links and re-reads responses', async () => {
  const frame = await sidebar();
  await frame.click('role=tab[name="Formulär"]');
  await frame.waitForSelector('[data-testid="form-mentor"]');
  const link = await frame.getAttribute('[data-testid="form-mentee"] a', 'href');
  expect(link).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
  await frame.click('[data-testid="reread"]');
  await frame.waitForSelector('text=Klart: 0 nya, 0 uppdaterade.');
});

test('the matching view proposes a mentor for the demo mentees and says why', async () => {
  const frame = await sidebar();
  await frame.click('role=tab[name="Matchning"]');
  await frame.click('[data-testid="propose"]');
  await frame.waitForSelector('[data-testid="wb-totals"]:has-text("80 av 80")', { timeout: 30_000 });
  const pairs = await frame.$$('[data-testid="mentee-row"]');
  expect(pairs.length).toBe(50);
  const first = await pairs[0]!.textContent();
  expect(first).toMatch(/→/);
  expect(first).toMatch(/poäng/);
});
