/**
 * This file defines the tests of members the emulator lacks: a name Apps Script does not have
 * is undefined (as on Google, so `typeof x.m === 'function'` is an honest feature test) and
 * calling it fails with a TypeError naming it; a method Apps Script declares but the
 * emulator leaves out still fails loudly as "not supported", naming the method.
 */
import { scriptEmulator } from './helpers';

const CODE = `
function probe() {
  var range = SpreadsheetApp.getActiveSheet().getRange(1, 1);
  return {
    unknownOnRange: typeof range.someUnknownMethod,
    unknownOnService: typeof SpreadsheetApp.openByNothing,
    unknownOnForm: typeof FormApp.create('t').setSomethingNew,
    declaredUnsupported: typeof range.setFontFamily,
    implemented: typeof range.getValues,
    unknownOnMissingService: typeof UrlFetchApp.fetchEverything,
    declaredOnMissingService: typeof UrlFetchApp.fetch,
    inOperator: 'someUnknownMethod' in range,
  };
}
function callUnknown() { var range = SpreadsheetApp.getActiveSheet().getRange(1, 1); return range.someUnknownMethod(); }
function catchUnknown() { try { SpreadsheetApp.getActiveSheet().someUnknownMethod(); } catch (e) { return [e instanceof TypeError, e.message]; } }
function callDeclared() { SpreadsheetApp.getActiveSheet().getRange(1, 1).setFontFamily('Arial'); }
`;

describe('members the emulator lacks', () => {
  test('unknown names are undefined, declared but unsupported methods are functions', () => {
    expect(scriptEmulator(CODE).run('probe')).toEqual({
      unknownOnRange: 'undefined',
      unknownOnService: 'undefined',
      unknownOnForm: 'undefined',
      declaredUnsupported: 'function',
      implemented: 'function',
      unknownOnMissingService: 'undefined',
      declaredOnMissingService: 'function',
      inOperator: false,
    });
  });

  test('calling an unknown name is a TypeError naming it', () => {
    const emu = scriptEmulator(CODE);
    expect(() => emu.run('callUnknown')).toThrow(/someUnknownMethod is not a function/);
    const [isTypeError, message] = emu.run<[boolean, string]>('catchUnknown');
    expect(isTypeError).toBe(true);
    expect(message).toMatch(/someUnknownMethod is not a function/);
  });

  test('a declared method the emulator leaves out still fails as not supported', () => {
    expect(() => scriptEmulator(CODE).run('callDeclared')).toThrow('Range.setFontFamily is not supported by the Mentorprogram emulator');
  });
});
