/**
 * This file defines `node scripts/screenshot.cjs [out.png]`: starts `npm start`'s preview in
 * process and saves a screenshot of it from Debian's Chromium, for looking at the UI.
 */
const path = require('node:path');
const { chromium } = require('playwright-core');

async function main() {
  const out = process.argv[2] ?? path.resolve(__dirname, '../build/preview.png');
  const url = process.env.PREVIEW_URL ?? 'http://127.0.0.1:8080/';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForTimeout(1500);
  if (process.env.TAB) {
    const frame = await (await page.$('iframe#sidebar')).contentFrame();
    await frame.click(`role=tab[name="${process.env.TAB}"]`);
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: out });
  await browser.close();
  console.log(out);
}
main().catch((e) => { console.error(e); process.exit(1); });
