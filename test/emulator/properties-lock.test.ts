/**
 * This file defines the tests of PropertiesService (three separate stores, string values,
 * bulk writes, the 9 KB and 500 KB limits) and LockService (free locks, a lock held by
 * another execution until a simulated time, timeouts, and release when an execution ends).
 */
import { elapsed, NOW, scriptEmulator } from './helpers';

const PROPS = `
function store(name) { return name === 'document' ? PropertiesService.getDocumentProperties() : name === 'script' ? PropertiesService.getScriptProperties() : PropertiesService.getUserProperties(); }
function set(name, key, value) { store(name).setProperty(key, value); }
function get(name, key) { return store(name).getProperty(key); }
function numbers() { var p = store('user'); p.setProperty('n', 5); p.setProperty('b', true); return [typeof p.getProperty('n'), p.getProperty('n'), p.getProperty('b')]; }
function bulk() {
  var p = store('document');
  p.setProperties({ a: '1', b: '2', c: '3' });
  p.deleteProperty('b');
  var keys = p.getKeys().sort();
  p.setProperties({ z: '26' }, true);
  var after = p.getProperties();
  p.deleteAllProperties();
  return { keys: keys, after: after, empty: p.getKeys().length };
}
function big(keyLength, valueLength) { store('script').setProperty(new Array(keyLength + 1).join('k'), new Array(valueLength + 1).join('v')); }
function fill(count, size) { var p = store('script'); for (var i = 0; i < count; i++) p.setProperty('key' + i, new Array(size + 1).join('x')); }
`;

describe('PropertiesService', () => {
  test('document, script and user stores are kept apart', () => {
    const emu = scriptEmulator(PROPS);
    emu.run('set', 'document', 'k', 'doc');
    emu.run('set', 'script', 'k', 'script');
    emu.run('set', 'user', 'k', 'user');
    expect([emu.run('get', 'document', 'k'), emu.run('get', 'script', 'k'), emu.run('get', 'user', 'k'), emu.run('get', 'user', 'none')]).toEqual([
      'doc',
      'script',
      'user',
      null,
    ]);
    expect([emu.properties('document'), emu.properties('script'), emu.properties('user')]).toEqual([{ k: 'doc' }, { k: 'script' }, { k: 'user' }]);
  });

  test('values are stored as strings', () => {
    expect(scriptEmulator(PROPS).run('numbers')).toEqual(['string', '5', 'true']);
  });

  test('bulk writes, keys and deletes', () => {
    expect(scriptEmulator(PROPS).run('bulk')).toEqual({ keys: ['a', 'c'], after: { z: '26' }, empty: 0 });
  });

  test('key and value together may take 9 KB', () => {
    const emu = scriptEmulator(PROPS);
    emu.run('big', 16, 9 * 1024 - 16);
    expect(() => emu.run('big', 16, 9 * 1024 - 15)).toThrow('Argument too large: value');
  });

  test('a store holds at most 500 KB, and a refused write changes nothing', () => {
    const emu = scriptEmulator(PROPS, { callCostMs: { PropertiesService: 0 } });
    // 56 entries of 'keyN' + 9,000 bytes: 504,246 bytes of 512,000; a 57th does not fit.
    emu.run('fill', 56, 9000);
    expect(() => emu.run('fill', 58, 9000)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(Object.keys(emu.properties('script'))).toHaveLength(56);
  });

  test('setProperties seeds a store for a test without a service call', () => {
    const emu = scriptEmulator(PROPS);
    emu.setProperties('document', { 'mp.settings': '{"language":"en"}' });
    expect(emu.run('get', 'document', 'mp.settings')).toBe('{"language":"en"}');
  });
});

const LOCKS = `
function wait(ms) { var lock = LockService.getDocumentLock(); lock.waitLock(ms); return [lock.hasLock(), new Date().toISOString()]; }
function attempt(ms) { var lock = LockService.getScriptLock(); var ok = lock.tryLock(ms); return [ok, lock.hasLock(), new Date().toISOString()]; }
function keep() { LockService.getUserLock().waitLock(1000); }
function check() { var lock = LockService.getUserLock(); return [lock.hasLock(), lock.tryLock(0)]; }
function release() { var lock = LockService.getDocumentLock(); lock.waitLock(10); lock.releaseLock(); return lock.hasLock(); }
`;

describe('LockService', () => {
  test('a free lock is taken at once', () => {
    const emu = scriptEmulator(LOCKS, { callCostMs: { LockService: 0 } });
    expect(emu.run('wait', 30000)).toEqual([true, NOW]);
    expect(emu.run('release')).toBe(false);
  });

  test('a lock held elsewhere is obtained when the hold ends within the timeout', () => {
    const emu = scriptEmulator(LOCKS, { callCostMs: { LockService: 0 } });
    emu.holdLock('document', '2026-11-28T10:00:20Z');
    expect(emu.run('wait', 30000)).toEqual([true, '2026-11-28T10:00:20.000Z']);
  });

  test('waitLock throws when the hold outlasts the timeout, after waiting the whole timeout', () => {
    const emu = scriptEmulator(LOCKS, { callCostMs: { LockService: 0 } });
    emu.holdLock('document', '2026-11-28T10:05:00Z');
    expect(() => emu.run('wait', 30000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(elapsed(NOW, emu.now())).toBe(30000);
  });

  test('tryLock answers false instead', () => {
    const emu = scriptEmulator(LOCKS, { callCostMs: { LockService: 0 } });
    emu.holdLock('script', '2026-11-28T10:05:00Z');
    expect(emu.run('attempt', 1000)).toEqual([false, false, '2026-11-28T10:00:01.000Z']);
  });

  test('locks still held at the end of an execution are released', () => {
    const emu = scriptEmulator(LOCKS);
    emu.run('keep');
    expect(emu.run('check')).toEqual([false, true]);
  });
});
