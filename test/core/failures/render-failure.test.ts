/**
 * Unit tests of how a Failure is worded: placeholders from its values and its place, lists
 * of rows as each language writes them, and both catalogues with the same keys.
 */
import { type Failure, fail, renderFailure } from '../../../src/core/failures';
import { en } from '../../../src/core/failures/en';
import { sv } from '../../../src/core/failures/sv';

const duplicate: Failure = { key: 'duplicateId', values: { id: 'M-1a2b' }, where: { sheet: 'Mentors', rows: [5, 9] } };

test('a duplicate id names the sheet and both rows, in Swedish and in English', () => {
  expect(renderFailure(duplicate, 'sv')).toBe('Raderna 5 och 9 i bladet Mentors har samma id M-1a2b. Ta bort eller ändra den ena.');
  expect(renderFailure(duplicate, 'en')).toBe('Rows 5 and 9 of the sheet Mentors have the same id M-1a2b. Delete or change one of them.');
});

test('three rows are listed with commas and a final "och"/"and"', () => {
  const three = { ...duplicate, where: { sheet: 'Mentees', rows: [2, 7, 12] } };
  expect(renderFailure(three, 'sv')).toContain('Raderna 2, 7 och 12 i bladet Mentees');
  expect(renderFailure(three, 'en')).toContain('Rows 2, 7 and 12 of the sheet Mentees');
});

test('values fill their placeholders; a missing one stays visible', () => {
  expect(renderFailure({ key: 'unknownForm', values: { role: 'x' } }, 'en')).toBe('There is no form "x".');
  expect(renderFailure({ key: 'unknownForm', values: {} }, 'sv')).toBe('Det finns inget formulär "{role}".');
});

test('fail() builds the plain object that crosses google.script.run as JSON', () => {
  const result = fail('formsUnavailable');
  expect(result).toEqual({ ok: false, failure: { key: 'formsUnavailable', values: {} } });
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});

test('every failure key has an English wording with the same placeholders', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  for (const key of Object.keys(sv) as (keyof typeof sv)[]) expect([key, placeholders(en[key])]).toEqual([key, placeholders(sv[key])]);
});
