/**
 * This file defines the tests of HtmlService (outputs from strings and from dist/ files,
 * their settings, templates left out), Session, and Utilities (seeded uuids, formatDate in
 * real time zones, sleep on the simulated clock, signed-byte digests, base64, blobs).
 */
import { createHash } from 'node:crypto';
import { DEFAULT_CALL_COST_MS } from '../../emulator';
import { NOW, scriptEmulator } from './helpers';

const SCRIPT = `
function fromFile(name) {
  var o = HtmlService.createHtmlOutputFromFile(name).setTitle('Panel').setWidth(300).setHeight(200)
    .setSandboxMode(HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
    .addMetaTag('viewport', 'width=device-width').append('<p>more</p>');
  return { title: o.getTitle(), width: o.getWidth(), height: o.getHeight(), content: o.getContent(),
    meta: o.getMetaTags().map(function (m) { return m.getName() + '=' + m.getContent(); }) };
}
function fromString() { var o = HtmlService.createHtmlOutput('<b>x</b>'); o.setContent('<i>y</i>'); return [o.getContent(), o.getTitle(), HtmlService.createHtmlOutput().getContent()]; }
function template() { return HtmlService.createTemplateFromFile('Page'); }
function session() {
  return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(), Session.getActiveUserLocale(),
    Session.getTemporaryActiveUserKey() === Session.getTemporaryActiveUserKey()];
}
function uuids() { return [Utilities.getUuid(), Utilities.getUuid()]; }
function format(iso, tz, pattern) { return Utilities.formatDate(new Date(iso), tz, pattern); }
function sleep(ms) { Utilities.sleep(ms); return new Date().toISOString(); }
function digest(alg, text) { return Utilities.computeDigest(Utilities.DigestAlgorithm[alg], text); }
function hmac(text, key) { return Utilities.computeHmacSha256Signature(text, key); }
function base64(text) { return [Utilities.base64Encode(text), Utilities.base64EncodeWebSafe(text), Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode(text))).getDataAsString()]; }
function blob() { var b = Utilities.newBlob('hej', 'text/plain', 'a.txt'); return [b.getDataAsString(), b.getContentType(), b.getName(), b.getBytes()]; }
function formatString() { return Utilities.formatString('%s has %d items (%.2f%%)', 'List', 3.7, 12.345); }
`;

const signed = (buf: Buffer) => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

describe('HtmlService', () => {
  const emu = scriptEmulator(SCRIPT, {}, { 'Sidebar.html': '<h1>Sidebar</h1>' });

  test('createHtmlOutputFromFile reads the file of the pushed folder', () => {
    expect(emu.run('fromFile', 'Sidebar')).toEqual({
      title: 'Panel',
      width: 300,
      height: 200,
      content: '<h1>Sidebar</h1><p>more</p>',
      meta: ['viewport=width=device-width'],
    });
  });

  test('a missing file fails like Google', () => {
    expect(() => emu.run('fromFile', 'Sidebar.html')).toThrow('No HTML file named Sidebar.html was found.');
    expect(() => emu.run('fromFile', 'Nope')).toThrow('No HTML file named Nope was found.');
  });

  test('createHtmlOutput from a string', () => {
    expect(emu.run('fromString')).toEqual(['<i>y</i>', '', '']);
  });

  test('templates are deliberately unsupported', () => {
    expect(() => emu.run('template')).toThrow('HtmlService.createTemplateFromFile is not supported by the Mentorprogram emulator');
  });
});

describe('Session', () => {
  test('the single emulated user, time zone and language', () => {
    const emu = scriptEmulator(SCRIPT, { user: 'admin@uni.example.edu', timeZone: 'Europe/Stockholm', locale: 'en_GB' });
    expect(emu.run('session')).toEqual(['admin@uni.example.edu', 'admin@uni.example.edu', 'Europe/Stockholm', 'en', true]);
  });
});

describe('Utilities', () => {
  test('getUuid is seeded: the same seed gives the same uuids', () => {
    const a = scriptEmulator(SCRIPT, { seed: 42 }).run<string[]>('uuids');
    const b = scriptEmulator(SCRIPT, { seed: 42 }).run<string[]>('uuids');
    const c = scriptEmulator(SCRIPT, { seed: 43 }).run<string[]>('uuids');
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a[0]).not.toBe(a[1]);
    for (const id of a) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test.each([
    ['2026-11-28T10:00:00Z', 'Europe/Stockholm', 'yyyy-MM-dd HH:mm:ss', '2026-11-28 11:00:00'],
    ['2026-11-28T10:00:00Z', 'Europe/Stockholm', 'EEE d MMM yyyy', 'Sat 28 Nov 2026'],
    ['2026-11-28T10:00:00Z', 'Europe/Stockholm', 'EEEE d MMMM', 'Saturday 28 November'],
    ['2026-07-01T10:00:00Z', 'Europe/Stockholm', 'HH:mm z Z', '12:00 CEST +0200'],
    ['2026-07-01T10:00:00Z', 'America/New_York', "h:mm a 'on' dd/MM/yy", '6:00 AM on 01/07/26'],
    ['2026-07-01T10:00:00.123Z', 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2026-07-01T10:00:00.123Z'],
    ['2026-03-29T01:30:00Z', 'Europe/Stockholm', 'HH:mm', '03:30'],
  ])('formatDate(%s, %s, %s)', (iso, tz, pattern, expected) => {
    expect(scriptEmulator(SCRIPT).run('format', iso, tz, pattern)).toBe(expected);
  });

  test('sleep advances the simulated clock', () => {
    const emu = scriptEmulator(SCRIPT);
    const after = new Date(Date.parse(NOW) + 5000 + DEFAULT_CALL_COST_MS.Utilities).toISOString();
    expect(emu.run('sleep', 5000)).toBe(after);
    expect(emu.now()).toBe(after);
    expect(() => emu.run('sleep', 300_001)).toThrow('Invalid argument: milliseconds');
  });

  test('computeDigest returns signed bytes like Java', () => {
    const emu = scriptEmulator(SCRIPT);
    const sha = emu.run<number[]>('digest', 'SHA_256', 'abc');
    expect(sha.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(sha).toEqual(signed(createHash('sha256').update('abc').digest()));
    expect(emu.run('digest', 'MD5', 'åäö')).toEqual(signed(createHash('md5').update('åäö', 'utf8').digest()));
    expect(emu.run<number[]>('hmac', 'msg', 'key')).toHaveLength(32);
  });

  test('base64, blobs and formatString', () => {
    const emu = scriptEmulator(SCRIPT);
    expect(emu.run('base64', 'hej??>')).toEqual(['aGVqPz8+', 'aGVqPz8-', 'hej??>']);
    expect(emu.run('blob')).toEqual(['hej', 'text/plain', 'a.txt', [104, 101, 106]]);
    expect(emu.run('formatString')).toBe('List has 3 items (12.35%)');
  });
});
