/**
 * Checks of what `npm run build` pushes and of the rules the layout promises: dist/ holds
 * exactly the three files clasp pushes, the manifest is what the README explains, the
 * sidebar is self-contained, and src/core reads no clock or randomness of its own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');

test('dist/ holds exactly Code.js, Sidebar.html and appsscript.json', () => {
  expect(fs.readdirSync(DIST).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
});

test('the manifest: V8, Stockholm time, an explicit minimal scope list, each explained in the README', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Europe/Stockholm');
  expect(manifest.oauthScopes.length).toBeGreaterThan(0);
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const scope of manifest.oauthScopes as string[]) {
    const short = scope.replace('https://www.googleapis.com/auth/', '');
    expect(readme).toContain(`\`${short}\``);
  }
});

test('the sidebar is one self-contained page: no external scripts or styles', () => {
  const html = fs.readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=/i);
  expect(html).not.toMatch(/<link[^>]+stylesheet/i);
  expect(html).toContain('<base target="_top">');
  // Exactly one script element: nothing inside the inlined code closes it early.
  expect(html.match(/<\/script>/gi)).toHaveLength(1);
});

test('README starts with the two commands, preview first, tests second', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('npm install && npm start');
  const test = readme.indexOf('npm test');
  expect(start).toBeGreaterThan(0);
  expect(test).toBeGreaterThan(start);
  expect(readme.indexOf('clasp')).toBeGreaterThan(test);
});

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test('src/core takes time and randomness as arguments: no clock or Math.random of its own', () => {
  const offenders = filesUnder(path.join(ROOT, 'src/core')).filter((file) =>
    /new Date\(\)|Date\.now\(\)|Math\.random\(|performance\.now\(/.test(fs.readFileSync(file, 'utf8')),
  );
  expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
});

test('the trimmed Snowball stemmers stem exactly as the full package, and nothing else ships', () => {
  const vm = require('node:vm') as typeof import('node:vm');
  const { trimSnowball } = require('../../scripts/build.cjs') as { trimSnowball(source: string): string };
  const file = require.resolve('snowball-stemmers');
  const trimmed = trimSnowball(fs.readFileSync(file, 'utf8'));
  const sandbox = { exports: {} as { newStemmer(l: string): { stem(w: string): string }; algorithms(): string[] } };
  vm.runInNewContext(trimmed, sandbox);
  const full = require('snowball-stemmers') as typeof sandbox.exports;
  expect(sandbox.exports.algorithms()).toEqual(['english', 'swedish']);
  const words = ['utvecklingen', 'utvecklare', 'ekonomerna', 'mjukvaruutveckling', 'developers', 'engineering', 'studies', 'management', 'mentorskapet'];
  for (const language of ['english', 'swedish']) {
    const a = sandbox.exports.newStemmer(language);
    const b = full.newStemmer(language);
    expect(words.map((w) => a.stem(w))).toEqual(words.map((w) => b.stem(w)));
  }
  expect(trimmed.length).toBeLessThan(fs.statSync(file).size / 3);
  expect(fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8')).not.toContain('tamilStemmer');
});

const APPS_SCRIPT_GLOBALS = ['SpreadsheetApp', 'FormApp', 'GmailApp', 'MailApp', 'CalendarApp', 'ScriptApp', 'PropertiesService', 'LockService', 'HtmlService', 'Utilities', 'Session', 'UrlFetchApp', 'DriveApp', 'Logger', 'CacheService', 'GoogleAppsScript'];

/** Code without comments and string literals, so a doc comment naming a service is no offence. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

test('src/core and src/app name no Apps Script global (the use cases reach Google through ports only)', () => {
  const pattern = new RegExp(`\\b(${APPS_SCRIPT_GLOBALS.join('|')})\\b`);
  const offenders = [...filesUnder(path.join(ROOT, 'src/core')), ...filesUnder(path.join(ROOT, 'src/app'))].flatMap((file) => {
    const hit = pattern.exec(codeOnly(fs.readFileSync(file, 'utf8')));
    return hit ? [`${path.relative(ROOT, file)}: ${hit[1]}`] : [];
  });
  expect(offenders).toEqual([]);
  // The check can fail: the same scan finds the services src/gas uses.
  const gas = filesUnder(path.join(ROOT, 'src/gas')).filter((file) => pattern.test(codeOnly(fs.readFileSync(file, 'utf8'))));
  expect(gas.length).toBeGreaterThan(3);
});
