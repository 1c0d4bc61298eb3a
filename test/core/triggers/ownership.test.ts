/**
 * Unit tests of the pure trigger-ownership rules: install only when nobody owns a trigger,
 * respect another member's record, repair or adopt the owner's own, and admit only the
 * recorded trigger's firings.
 */
import { admitFiring, planEnsure, planTakeOver, type TriggerRecord } from '../../../src/core/triggers';

const record: TriggerRecord = { owner: 'Anna@Example.edu', uid: 't1', handler: 'onFormSubmit', installedAt: '2026-11-28T10:00:00.000Z' };

test('nobody owns one: install under me, or record the one I already have', () => {
  expect(planEnsure(null, 'bo@example.edu', [])).toEqual({ install: true, adopt: null, remove: [] });
  expect(planEnsure(null, 'bo@example.edu', ['b1', 'b2'])).toEqual({ install: false, adopt: 'b1', remove: ['b2'] });
});

test("another member's record is respected: nothing installed, my strays removed", () => {
  expect(planEnsure(record, 'bo@example.edu', [])).toEqual({ install: false, adopt: null, remove: [] });
  expect(planEnsure(record, 'bo@example.edu', ['b1'])).toEqual({ install: false, adopt: null, remove: ['b1'] });
});

test('the owner (email case aside) keeps the recorded trigger, or repairs it when it is gone', () => {
  expect(planEnsure(record, 'anna@example.edu', ['t1', 'x'])).toEqual({ install: false, adopt: null, remove: ['x'] });
  expect(planEnsure(record, 'anna@example.edu', [])).toEqual({ install: true, adopt: null, remove: [] });
  expect(planEnsure(record, 'anna@example.edu', ['t9'])).toEqual({ install: false, adopt: 't9', remove: [] });
});

test('taking over ignores another owner and installs under me', () => {
  expect(planTakeOver(record, 'bo@example.edu', [])).toEqual({ install: true, adopt: null, remove: [] });
  expect(planTakeOver(record, 'anna@example.edu', ['t1'])).toEqual({ install: false, adopt: null, remove: [] });
});

test('only the recorded trigger handles a firing; others retire; none recorded: adopt', () => {
  expect(admitFiring(record, 't1')).toBe('handle');
  expect(admitFiring(record, 't2')).toBe('retire');
  expect(admitFiring(null, 't2')).toBe('adopt');
  expect(admitFiring(record, undefined)).toBe('handle');
});
