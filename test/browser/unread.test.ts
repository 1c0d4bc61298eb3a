/**
 * Browser test of responses left unread: a sign-up whose trigger timed out on the lock is
 * shown in the forms view as "not yet read", in the program's language, next to the re-read
 * button, and re-reading clears it.
 */
import type { Browser, Frame } from 'playwright-core';
import { makeDemoEmulator } from '../../emulator/preview/demo-program';
import type { PreviewServer } from '../../emulator/preview/server';
import type { Language } from '../../src/core/types';
import { answers } from '../integration/support';
import { DIST, launchChromium, openSidebar, startDemoPreview } from './support';

const mentee = {
  firstName: 'Omid',
  lastName: 'Karimi',
  email: 'omid.unread@example.com',
  city: 'Uppsala',
  education: 'Master',
  motivation: 'Lära mig.',
  expectations: 'Råd.',
  contribution: 'Frågor.',
};

/** The demo program, then one mentee whose form-submit trigger finds the lock held too long. */
function withUnread(language: Language) {
  const em = makeDemoEmulator({ distDir: DIST, language }).emulator;
  const now = Date.parse(em.now());
  em.holdLock('document', new Date(now + 120_000).toISOString());
  const t = language === 'sv' ? { lang: 'Svenska', digital: 'Nej', consent: 'Jag samtycker' } : { lang: 'English', digital: 'No', consent: 'I consent' };
  const result = em.submitForm('mentee', answers('mentee', language, { ...mentee, language: t.lang, digital: t.digital, consent: [t.consent] }));
  if (result.executions[0]?.status !== 'failed') throw new Error('the trigger was meant to fail');
  em.advanceBy(180_000);
  return em;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function sidebarOf(server: PreviewServer): Promise<{ frame: Frame; close: () => Promise<void> }> {
  const { page, frame } = await openSidebar(browser, server);
  return { frame, close: () => page.close() };
}

test.each([
  ['sv', 'Formulär', '1 svar är inte inläst än. Läs in alla svar igen.', 'Klart: 1 nya, 0 uppdaterade.'],
  ['en', 'Forms', '1 response not yet read. Re-read all responses.', 'Done: 1 new, 0 updated.'],
] as const)('the forms view shows a response not yet read and re-reads it (%s)', async (language, tab, unread, done) => {
  const server = await startDemoPreview(() => withUnread(language));
  const { frame, close } = await sidebarOf(server);
  try {
    await frame.click(`role=tab[name="${tab}"]`);
    await frame.waitForSelector('[data-testid="unread"]');
    expect(await frame.textContent('[data-testid="unread"]')).toBe(unread);
    await frame.click('[data-testid="reread"]');
    await frame.waitForSelector(`text=${done}`);
    expect(await frame.$('[data-testid="unread"]')).toBeNull();
  } finally {
    await close();
    await server.close();
  }
}, 120_000);
