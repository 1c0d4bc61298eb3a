/**
 * This file tests pre-filled responses in the emulated FormApp: item responses checked
 * against their item, a pre-filled link from Form.createResponse(), a respondent submitting
 * through the link (pre-filled answers kept, their own added), and a script's submit().
 */
import { createFormApp } from '../../emulator/services/forms';
import { submitPrefilledLink } from '../../emulator/services/forms-prefill';
import { createSpreadsheetApp } from '../../emulator/services/spreadsheet';
import { fakeContext } from './fake-context';

type Form = GoogleAppsScript.Forms.Form & { setPublished(on: boolean): Form };

function checkinForm() {
  const ctx = fakeContext({});
  const sheets = createSpreadsheetApp(ctx, { spreadsheetName: 'Program' });
  const forms = createFormApp(ctx, sheets.model);
  const app = forms.service as unknown as GoogleAppsScript.Forms.FormApp;
  const form = app.create('Check-in') as Form;
  form.setPublished(true);
  const code = form.addTextItem().setTitle('Code').setRequired(true);
  const met = form.addMultipleChoiceItem().setTitle('Have you met?').setChoiceValues(['Yes', 'No']).setRequired(true);
  const rating = form.addScaleItem().setTitle('How is it going?').setBounds(1, 5).setRequired(true);
  form.setDestination(FormApp_DESTINATION, (sheets.service as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getId());
  return { ctx, form, code, met, rating, model: forms.model };
}
const FormApp_DESTINATION = 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;

test('a pre-filled link carries the item ids and the encoded answers', () => {
  const { form, code } = checkinForm();
  const url = form.createResponse().withItemResponse(code.createResponse('A-1.P-2 x&y')).toPrefilledUrl();
  expect(url).toBe(`${form.getPublishedUrl()}?usp=pp_url&entry.${code.getId()}=A-1.P-2%20x%26y`);
});

test('an answer the item cannot take is refused when the item response is made', () => {
  const { met, rating } = checkinForm();
  expect(() => met.createResponse('Maybe')).toThrow('Invalid response submitted to item.');
  expect(() => rating.createResponse(6)).toThrow('Invalid response submitted to item.');
  expect(() => rating.createResponse(3)).not.toThrow();
});

test('a respondent submits through the link: the pre-filled code is kept, their answers added', () => {
  const { form, code, model, ctx } = checkinForm();
  const url = form.createResponse().withItemResponse(code.createResponse('A-1.P-2')).toPrefilledUrl();
  const result = submitPrefilledLink(model, url, { 'Have you met?': 'No', 'How is it going?': '2' }, ctx.clock.now());
  expect(result.formId).toBe(form.getId());
  expect(result.values.slice(1)).toEqual(['A-1.P-2', 'No', '2']);
  const [response] = form.getResponses();
  expect(response!.getItemResponses().map((r) => r.getResponse())).toEqual(['A-1.P-2', 'No', '2']);
  // The form's own checks still apply: a required answer missing is refused.
  expect(() => submitPrefilledLink(model, url, { 'How is it going?': '2' }, ctx.clock.now())).toThrow(/"Have you met\?" is required/);
});

test('a script submits a response it built', () => {
  const { form, code, met, rating } = checkinForm();
  form.createResponse().withItemResponse(code.createResponse('X')).withItemResponse(met.createResponse('Yes')).withItemResponse(rating.createResponse(5)).submit();
  expect(form.getResponses()[0]!.getItemResponses().map((r) => r.getResponse())).toEqual(['X', 'Yes', '5']);
  expect(() => form.createResponse().withItemResponse(code.createResponse('Y')).submit()).toThrow(/required/);
});
