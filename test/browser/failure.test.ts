/**
 * Browser test of how the sidebar shows an expected failure: a row copied in the Mentors
 * sheet makes "propose matches" answer with a Failure, which the sidebar words in the
 * program's language (Swedish and English programs), naming the sheet and both rows, as
 * text; the first screens follow the page's language before the program's is known; the
 * forms tab names who reads the responses. The preview serves the real dist/Sidebar.html
 * against the built bundle.
 */
import type { Browser } from 'playwright-core';
import { makeDemoEmulator } from '../../emulator/preview/demo-program';
import type { Language } from '../../src/core/types';
import { DIST, launchChromium, sidebarFrame, startDemoPreview, WIDE } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test.each([
  ['sv', 'Matchning', /^Raderna 2 och (\d+) i bladet Mentors har samma id (\S+)\. Ta bort eller ändra den ena\.$/],
  ['en', 'Matching', /^Rows 2 and (\d+) of the sheet Mentors have the same id (\S+)\. Delete or change one of them\.$/],
] as const)('a copied Mentors row: the matching tab names the sheet and both rows (%s)', async (language: Language, tab, expected) => {
  const server = await startDemoPreview(() => makeDemoEmulator({ distDir: DIST, language }).emulator);
  const page = await browser.newPage({ viewport: WIDE });
  try {
    const em = server.emulator();
    const values = em.spreadsheet.values('Mentors');
    const copyTo = values.length + 1;
    em.spreadsheet.write('Mentors', copyTo, 1, [values[1] as (string | number | boolean | Date | null)[]]);
    await page.goto(server.url);
    const frame = await sidebarFrame(page);
    await frame.click(`role=tab[name="${tab}"]`);
    await frame.click('[data-testid="propose"]');
    const problem = await frame.waitForSelector('[data-testid="problem"]', { timeout: 30_000 });
    const text = (await problem.textContent()) ?? '';
    const m = expected.exec(text);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(copyTo);
    expect(m![2]).toBe(String(values[1]![0]));
    expect(await problem.getAttribute('role')).toBe('alert');
    expect(await frame.$('[data-testid="proposal-summary"]')).toBeNull();
  } finally {
    await page.close();
    await server.close();
  }
});

test('before the first load, the loading and error screens follow the page language the server wrote', async () => {
  const server = await startDemoPreview();
  const page = await browser.newPage({ viewport: WIDE });
  try {
    // As src/gas/ui.ts serves it to an English user: <html lang="en">; the first call fails.
    await page.route('**/sidebar', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="sv">', '<html lang="en">') });
    });
    await page.route('**/api/run', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: 'Server unreachable' }) }));
    await page.goto(server.url);
    const frame = await sidebarFrame(page);
    const problem = await frame.waitForSelector('[data-testid="problem"]');
    expect(await problem.textContent()).toBe('Something went wrong: Server unreachable');
    expect(await frame.textContent('button')).toBe('Try again');
  } finally {
    await page.close();
    await server.close();
  }
});

test('the forms tab shows who reads the responses', async () => {
  const server = await startDemoPreview();
  const page = await browser.newPage({ viewport: WIDE });
  try {
    await page.goto(server.url);
    const frame = await sidebarFrame(page);
    await frame.click('role=tab[name="Formulär"]');
    const owner = await frame.waitForSelector('[data-testid="trigger-owner"]');
    expect(await owner.textContent()).toBe('Formulärsvaren läses in under ditt konto.');
    expect(await frame.$('[data-testid="take-over-trigger"]')).toBeNull();
  } finally {
    await page.close();
    await server.close();
  }
});
