/**
 * This file defines the tests of the emulated FormApp (emulator/services/forms*.ts) used
 * directly with the emulated SpreadsheetApp: forms and items, the response destination (sheet
 * name, position, header, columns for questions added later), the 30 June 2026 publishing rule,
 * the checks a submission must pass, and the rows and event data a submission produces. The
 * context is a fixed fake: the clock stands at 2026-11-28T10:00:00Z and ids count up.
 */
import { createFormApp } from '../../emulator/services/forms';
import { createSpreadsheetApp } from '../../emulator/services/spreadsheet';
import { fakeContext, FAKE_NOW as NOW } from './fake-context';

type FormApp = GoogleAppsScript.Forms.FormApp;
type Form = GoogleAppsScript.Forms.Form & { setPublished(on: boolean): Form; isPublished(): boolean };

function setup(locale?: string, start?: number) {
  const ctx = fakeContext({ locale, start });
  const sheets = createSpreadsheetApp(ctx, { spreadsheetName: 'Mentors' });
  const forms = createFormApp(ctx, sheets.model);
  const app = forms.service as unknown as FormApp;
  const ss = (sheets.service as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  return { ctx, app, ss, sheets: sheets.model, forms: forms.model };
}

/** A mentee-style form linked to the spreadsheet and published. */
function menteeForm(s: ReturnType<typeof setup>): Form {
  const form = s.app.create('Mentee sign-up') as Form;
  form.addTextItem().setTitle('Name').setRequired(true);
  form
    .addTextItem()
    .setTitle('Email')
    .setRequired(true)
    .setValidation(s.app.createTextValidation().requireTextIsEmail().setHelpText('Enter a valid email').build());
  form.addTextItem().setTitle('Phone');
  form.addMultipleChoiceItem().setTitle('Language').setChoiceValues(['Svenska', 'English']).setRequired(true);
  form.addCheckboxItem().setTitle('Interests').setChoiceValues(['Research', 'Industry', 'Startups']);
  form.addScaleItem().setTitle('Experience').setBounds(1, 5);
  form.setDestination(s.app.DestinationType.SPREADSHEET, s.ss.getId());
  form.setPublished(true);
  return form;
}

const answers = {
  Name: 'Alva Berg',
  Email: 'alva@example.se',
  Phone: '0701234567',
  Language: 'Svenska',
  Interests: ['Startups', 'Research'],
  Experience: '4',
};

describe('forms and items', () => {
  it('creates forms with typed items, choices, validation and URLs', () => {
    const s = setup();
    const form = s.app.create('Mentor sign-up') as Form;
    const item = form.addMultipleChoiceItem().setTitle('City');
    item.setChoices([item.createChoice('Lund'), item.createChoice('Malmö')]).showOtherOption(true);
    form.addSectionHeaderItem().setTitle('About you');
    expect(form.getItems().map((i) => i.getType())).toEqual(['MULTIPLE_CHOICE', 'SECTION_HEADER']);
    const generic = form.getItemById(item.getId())!;
    expect(generic.getIndex()).toBe(0);
    expect(generic.asMultipleChoiceItem().getChoices().map((c) => c.getValue())).toEqual(['Lund', 'Malmö']);
    expect(generic.asMultipleChoiceItem().hasOtherOption()).toBe(true);
    expect(() => generic.asTextItem()).toThrow('Invalid conversion for item type: MULTIPLE_CHOICE');
    expect('getChoices' in form.addTextItem()).toBe(false);
    expect(form.getItems(s.app.ItemType.TEXT)).toHaveLength(1);
    expect(s.app.openById(form.getId()).getTitle()).toBe('Mentor sign-up');
    expect(s.app.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(form.getPublishedUrl()).not.toContain(form.getId());
    expect(() => s.app.openById('missing')).toThrow(/No item with the given ID could be found/);
    expect(s.app.getActiveForm()).toBeNull();
    form.moveItem(1, 0);
    expect(form.getItems()[0]!.getType()).toBe('SECTION_HEADER');
    form.deleteItem(0);
    expect(form.getItems()).toHaveLength(2);
    expect(() => form.deleteItem(5)).toThrow(/Invalid data updating form/);
    expect(() => form.addScaleItem().setBounds(2, 5)).toThrow('Invalid data updating form.');
  });

  it('accepts only the validation family of the item type', () => {
    const s = setup();
    const form = s.app.create('F');
    const paragraph = s.app.createParagraphTextValidation().requireTextLengthLessThanOrEqualTo(10).build();
    expect(() => form.addTextItem().setValidation(paragraph as unknown as GoogleAppsScript.Forms.TextValidation)).toThrow(/don't match/);
    expect(() => form.addParagraphTextItem().setValidation(paragraph)).not.toThrow();
  });
});

describe('destination', () => {
  it('adds "Form Responses 1" as the first tab with a frozen header, linked to the form', () => {
    const s = setup();
    const form = menteeForm(s);
    const sheet = s.ss.getSheets()[0]!;
    expect(sheet.getName()).toBe('Form Responses 1');
    expect(sheet.getRange(1, 1, 1, 7).getValues()).toEqual([['Timestamp', 'Name', 'Email', 'Phone', 'Language', 'Interests', 'Experience']]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getFormUrl()).toContain(form.getId());
    expect(form.getDestinationId()).toBe(s.ss.getId());
    expect(form.getDestinationType()).toBe('SPREADSHEET');
    const second = s.app.create('Mentor sign-up');
    second.addTextItem().setTitle('Name');
    second.setDestination(s.app.DestinationType.SPREADSHEET, s.ss.getId());
    expect(s.ss.getSheets().map((x) => x.getName())).toEqual(['Form Responses 2', 'Form Responses 1', 'Sheet1']);
    expect(s.forms.responseSheet(second.getId())!.name).toBe('Form Responses 2');
  });

  it('uses Swedish names in a Swedish spreadsheet', () => {
    const s = setup('sv_SE');
    const form = s.app.create('Anmälan');
    form.addTextItem().setTitle('Namn');
    form.setCollectEmail(true);
    form.setDestination(s.app.DestinationType.SPREADSHEET, s.ss.getId());
    expect(s.sheets.sheetNames()).toEqual(['Formulärsvar 1', 'Blad1']);
    expect(s.sheets.displayValues('Formulärsvar 1')).toEqual([['Tidstämpel', 'E-postadress', 'Namn']]);
  });

  it('appends a column for a question added after linking, and follows a retitled question', () => {
    const s = setup();
    const form = menteeForm(s);
    form.addParagraphTextItem().setTitle('Anything else?');
    const name = form.getItems()[0]!;
    name.setTitle('Full name');
    expect(s.sheets.displayValues('Form Responses 1')[0]).toEqual([
      'Timestamp',
      'Full name',
      'Email',
      'Phone',
      'Language',
      'Interests',
      'Experience',
      'Anything else?',
    ]);
    const { Name: _name, ...rest } = answers;
    const r = s.forms.submit(form.getId(), { ...rest, 'Full name': 'Alva', 'Anything else?': 'No' });
    expect(r.values[7]).toBe('No');
  });

  it('fails on an unknown spreadsheet and without a destination', () => {
    const s = setup();
    const form = s.app.create('F');
    expect(() => form.getDestinationId()).toThrow('The form currently has no response destination.');
    expect(() => form.setDestination(s.app.DestinationType.SPREADSHEET, 'nope')).toThrow(/No item with the given ID/);
    form.setDestination(s.app.DestinationType.SPREADSHEET, s.ss.getId());
    form.removeDestination();
    expect(s.ss.getSheetByName('Form Responses 1')!.getFormUrl()).toBeNull();
  });
});

describe('publishing', () => {
  it('starts unpublished after 30 June 2026 and refuses responses until published', () => {
    const s = setup();
    const form = s.app.create('Late') as Form;
    form.addTextItem().setTitle('Name');
    expect(form.isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
    form.setAcceptingResponses(true);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => s.forms.submit(form.getId(), { Name: 'A' })).toThrow('Form "Late" is not published, so it is not accepting responses');
    form.setPublished(true);
    expect(form.isAcceptingResponses()).toBe(true);
    expect(() => s.forms.submit(form.getId(), { Name: 'A' })).not.toThrow();
  });

  it('starts published before that date', () => {
    const s = setup('en_US', Date.parse('2026-06-30T12:00:00Z'));
    const form = s.app.create('Early') as Form;
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([true, true]);
  });

  it('refuses responses while closed', () => {
    const s = setup();
    const form = menteeForm(s);
    form.setAcceptingResponses(false);
    expect(() => s.forms.submit(form.getId(), answers)).toThrow('Form "Mentee sign-up" is not accepting responses');
  });
});

describe('submissions', () => {
  it('writes the row as Google Forms does and returns the event data', () => {
    const s = setup();
    const form = menteeForm(s);
    s.ctx.clock.advance(90_000);
    const r = s.forms.submit(form.getId(), answers);
    expect(r.sheetName).toBe('Form Responses 1');
    expect(r.row).toBe(2);
    expect(r.values).toEqual(['2026-11-28 11:01:30', 'Alva Berg', 'alva@example.se', '0701234567', 'Svenska', 'Research, Startups', '4']);
    expect(r.namedValues).toEqual({
      Timestamp: ['2026-11-28 11:01:30'],
      Name: ['Alva Berg'],
      Email: ['alva@example.se'],
      Phone: ['0701234567'],
      Language: ['Svenska'],
      Interests: ['Research, Startups'],
      Experience: ['4'],
    });
    const row = s.ss.getSheetByName('Form Responses 1')!.getRange(2, 1, 1, 7).getValues()[0]!;
    expect(row[0]).toEqual(new Date(NOW + 90_000));
    expect(row.slice(1)).toEqual(['Alva Berg', 'alva@example.se', 701234567, 'Svenska', 'Research, Startups', 4]);
  });

  it('never turns an answer into a formula, and keeps text in plain-text columns', () => {
    const s = setup();
    const form = menteeForm(s);
    const sheet = s.ss.getSheetByName('Form Responses 1')!;
    sheet.getRange('D:D').setNumberFormat('@');
    s.forms.submit(form.getId(), { ...answers, Name: '=IMPORTXML("http://evil")' });
    expect(sheet.getRange('B2').getValue()).toBe('=IMPORTXML("http://evil")');
    expect(sheet.getRange('B2').getFormula()).toBe('');
    expect(sheet.getRange('D2').getValue()).toBe('0701234567');
    s.forms.numberLikeAnswersAsNumbers = false;
    s.forms.submit(form.getId(), { ...answers, Experience: '2', Name: '42' });
    expect(sheet.getRange('B3').getValue()).toBe('42');
  });

  it('checks required answers, validation, choices and scale bounds, naming the question', () => {
    const s = setup();
    const id = menteeForm(s).getId();
    expect(() => s.forms.submit(id, { ...answers, Name: '  ' })).toThrow('Form "Mentee sign-up": question "Name" is required');
    expect(() => s.forms.submit(id, { ...answers, Email: 'alva(at)example.se' })).toThrow(/question "Email" refuses the answer .*Enter a valid email/);
    expect(() => s.forms.submit(id, { ...answers, Language: 'Deutsch' })).toThrow('question "Language" has no choice "Deutsch"');
    expect(() => s.forms.submit(id, { ...answers, Interests: ['Research', 'Gardening'] })).toThrow(/"Interests" has no choice "Gardening"/);
    expect(() => s.forms.submit(id, { ...answers, Experience: '6' })).toThrow(/"Experience" takes a whole number from 1 to 5/);
    expect(() => s.forms.submit(id, { ...answers, Shoe: '42' })).toThrow('Form "Mentee sign-up" has no question titled "Shoe"');
    expect(() => s.forms.submit('missing', answers)).toThrow('No form with id "missing"');
    expect(s.sheets.sheet('Form Responses 1')!.lastRow()).toBe(1);
    const { Phone: _p, Interests: _i, Experience: _e, ...requiredOnly } = answers;
    expect(s.forms.submit(id, requiredOnly).values).toEqual([expect.any(String), 'Alva Berg', 'alva@example.se', '', 'Svenska', '', '']);
  });

  it('applies pattern, number and checkbox-count validation', () => {
    const s = setup();
    const form = s.app.create('V') as Form;
    form.addTextItem().setTitle('Code').setValidation(s.app.createTextValidation().requireTextMatchesPattern('[A-Z]{3}').build());
    form.addTextItem().setTitle('Age').setValidation(s.app.createTextValidation().requireNumberBetween(18, 99).build());
    const cb = form.addCheckboxItem().setTitle('Pick').setChoiceValues(['a', 'b', 'c']).showOtherOption(true);
    cb.setValidation(s.app.createCheckboxValidation().requireSelectAtMost(2).build());
    form.setPublished(true);
    const id = form.getId();
    expect(() => s.forms.submit(id, { Code: 'ABCD' })).toThrow(/"Code" refuses/);
    expect(() => s.forms.submit(id, { Age: '17' })).toThrow(/"Age" refuses/);
    expect(() => s.forms.submit(id, { Pick: ['a', 'b', 'c'] })).toThrow(/"Pick" refuses/);
    expect(() => s.forms.submit(id, { Pick: ['x', 'y'] })).toThrow(/"Pick" has no choice "y"/);
    expect(() => s.forms.submit(id, { Code: 'ABC', Age: '30', Pick: ['other thing', 'b'] })).not.toThrow();
    expect(form.getResponses()[0]!.getItemResponses().map((r) => r.getResponse())).toEqual(['ABC', '30', ['b', 'other thing']]);
  });

  it('requires the respondent email when collected and limits one response per person', () => {
    const s = setup();
    const form = menteeForm(s);
    form.setCollectEmail(true).setLimitOneResponsePerUser(true);
    expect(() => s.forms.submit(form.getId(), answers)).toThrow(/collects email addresses/);
    const r = s.forms.submit(form.getId(), answers, undefined, 'alva@student.example.se');
    expect(r.namedValues['Email Address']).toEqual(['alva@student.example.se']);
    expect(() => s.forms.submit(form.getId(), answers, undefined, 'ALVA@student.example.se')).toThrow(/one response per person/);
  });

  it('records responses for getResponses and writes earlier ones into a newly linked sheet', () => {
    const s = setup();
    const form = s.app.create('Later linked') as Form;
    form.addTextItem().setTitle('Name');
    form.setPublished(true);
    const r = s.forms.submit(form.getId(), { Name: 'Early bird' }, NOW - 60_000);
    expect(r).toMatchObject({ sheetName: '', row: 0, values: [] });
    const [resp] = form.getResponses();
    expect(resp!.getTimestamp()).toEqual(new Date(NOW - 60_000));
    expect(resp!.getRespondentEmail()).toBe('');
    expect(resp!.getItemResponses()[0]!.getItem().getTitle()).toBe('Name');
    form.setDestination(s.app.DestinationType.SPREADSHEET, s.ss.getId());
    expect(s.sheets.displayValues('Form Responses 1')).toEqual([
      ['Timestamp', 'Name'],
      ['2026-11-28 10:59:00', 'Early bird'],
    ]);
    form.deleteAllResponses();
    expect(form.getResponses()).toHaveLength(0);
    expect(s.sheets.sheet('Form Responses 1')!.lastRow()).toBe(2);
    expect(s.forms.list()).toEqual([
      {
        id: form.getId(),
        title: 'Later linked',
        published: true,
        accepting: true,
        items: ['Name'],
        url: form.getPublishedUrl(),
        destinationSpreadsheetId: s.ss.getId(),
        responses: 0,
      },
    ]);
  });
});
