/**
 * This file defines the tests of a project group with several accounts: each member runs as
 * themself (em.as(user)), with their own Session identity, user properties, triggers and mail
 * quota, while document properties and the spreadsheet are shared; an installable trigger
 * runs as the member who created it; and getActiveUser() is blank where Google withholds it.
 */
import { scriptEmulator } from './helpers';

const ANNA = 'anna@example.edu';
const BO = 'bo@example.edu';
const GUEST = 'guest@gmail.com';

const CODE = `
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getTemporaryActiveUserKey()]; }
function remember(v) { PropertiesService.getUserProperties().setProperty('mine', v); PropertiesService.getDocumentProperties().setProperty('last', v); }
function recall() { return [PropertiesService.getUserProperties().getProperty('mine'), PropertiesService.getDocumentProperties().getProperty('last')]; }
function install() { return ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create().getUniqueId(); }
function installClock() { return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId(); }
function listed() { return [ScriptApp.getProjectTriggers().map(function (t) { return t.getUniqueId(); }), ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).length]; }
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function tick() { PropertiesService.getScriptProperties().setProperty('tickedAs', Session.getEffectiveUser().getEmail() + '/' + Session.getActiveUser().getEmail()); }
function mail(n) { for (var i = 0; i < n; i++) MailApp.sendEmail('x' + i + '@example.com', 's', 'b'); return MailApp.getRemainingDailyQuota(); }
function quota() { return MailApp.getRemainingDailyQuota(); }
function onOpen() { PropertiesService.getScriptProperties().setProperty('openedAs', Session.getActiveUser().getEmail() + '/' + Session.getEffectiveUser().getEmail()); }
`;

const group = (options = {}) => scriptEmulator(CODE, { users: [ANNA, BO, GUEST], ...options });

describe('several users', () => {
  test('the first member is the default; as(user) runs as another; unknown users are refused', () => {
    const emu = group();
    expect(emu.users()).toEqual([ANNA, BO, GUEST]);
    const [anna, bo] = [emu.run<string[]>('who'), emu.as(BO).run<string[]>('who')];
    expect([anna.slice(0, 2), bo.slice(0, 2)]).toEqual([
      [ANNA, ANNA],
      [BO, BO],
    ]);
    expect(anna[2]).not.toBe(bo[2]);
    expect(emu.executions().map((r) => r.user)).toEqual([ANNA, BO]);
    expect(() => emu.as('eve@example.edu')).toThrow('Unknown user eve@example.edu');
  });

  test('user properties are per user, document properties shared', () => {
    const emu = group();
    emu.run('remember', 'a');
    emu.as(BO).run('remember', 'b');
    expect(emu.run('recall')).toEqual(['a', 'b']);
    expect(emu.as(BO).run('recall')).toEqual(['b', 'b']);
    expect([emu.properties('user'), emu.properties('user', BO), emu.properties('document')]).toEqual([{ mine: 'a' }, { mine: 'b' }, { last: 'b' }]);
  });

  test('each member sees and deletes only their own triggers, and may install their own of each type', () => {
    const emu = group();
    const annas = emu.run<string>('install');
    const bos = emu.as(BO).run<string>('install');
    expect(emu.run('listed')).toEqual([[annas], 1]);
    expect(emu.as(BO).run('listed')).toEqual([[bos], 1]);
    emu.as(BO).run('removeAll');
    expect(emu.triggers().map((t) => [t.uid, t.user])).toEqual([[annas, ANNA]]);
  });

  test('an installable trigger runs as the member who created it', () => {
    const emu = group();
    emu.as(BO).run('installClock');
    const [fired] = emu.advanceBy(2 * 3600_000);
    expect(fired?.user).toBe(BO);
    expect(emu.properties('script').tickedAs).toBe(`${BO}/${BO}`);
  });

  test('the mail quota is per user', () => {
    const emu = group({ dailyRecipients: 10 });
    expect(emu.run('mail', 3)).toBe(7);
    expect(emu.as(BO).run('quota')).toBe(10);
    expect(emu.run('quota')).toBe(7);
  });

  test('getActiveUser is blank in simple triggers and, for a published add-on, outside the developer domain', () => {
    const addon = group();
    expect(addon.as(GUEST).run<string[]>('who').slice(0, 2)).toEqual(['', GUEST]);
    addon.runTrigger('onOpen', {}, { authMode: 'FULL' });
    expect(addon.properties('script').openedAs).toBe(`/${ANNA}`);
    const bound = group({ deployment: 'bound' });
    expect(bound.as(GUEST).run<string[]>('who').slice(0, 2)).toEqual([GUEST, GUEST]);
    const otherDeveloper = group({ developerDomain: 'gmail.com' });
    expect(otherDeveloper.run<string[]>('who').slice(0, 2)).toEqual(['', ANNA]);
  });

  test('a single-user emulator keeps its one user', () => {
    const emu = scriptEmulator(CODE, { user: 'solo@example.edu' });
    expect(emu.users()).toEqual(['solo@example.edu']);
    expect(emu.run<string[]>('who').slice(0, 2)).toEqual(['solo@example.edu', 'solo@example.edu']);
  });
});
