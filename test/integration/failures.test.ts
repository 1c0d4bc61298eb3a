/**
 * Integration tests of expected failures as values through the built bundle: a copied row
 * in the Mentors sheet makes the matching call fail with a Failure naming the sheet and both
 * rows, worded in the program's language; a passing Google Forms outage is a failure value
 * that never makes a form anew; a creation cut short right after FormApp.create leaves no
 * orphan; large but valid settings are stored, over-long links refused on their field.
 */
import { renderFailure } from '../../src/core/failures';
import type { Language } from '../../src/core/types';
import type { SidebarState } from '../../src/main';
import { answers, newEmulator, programSettings, runFailure, runOk, setUpProgram } from './support';

function mentorAnswers(language: Language, email: string) {
  const yes = language === 'sv' ? 'Ja' : 'Yes';
  return answers('mentor', language, {
    firstName: 'Anna',
    lastName: email.split('@')[0],
    email,
    organisation: 'Exempelbolaget AB',
    field: 'Mjukvaruutveckling',
    education: 'Civilingenjör',
    city: 'Uppsala',
    digital: yes,
    acceptsEnglish: yes,
    capacity: '1',
    consent: [language === 'sv' ? 'Jag samtycker' : 'I consent'],
  });
}

function copyRow(em: ReturnType<typeof newEmulator>, sheet: string, from: number, to: number): void {
  const row = em.spreadsheet.values(sheet)[from - 1]!;
  em.spreadsheet.write(sheet, to, 1, [row as (string | number | boolean | Date | null)[]]);
}

describe('a copied row in the Mentors sheet', () => {
  test.each([
    ['sv', 'Raderna 2 och 4 i bladet Mentors har samma id'],
    ['en', 'Rows 2 and 4 of the sheet Mentors have the same id'],
  ] as const)('makes matching fail as a value naming the sheet and both rows (%s)', (language, expected) => {
    const em = newEmulator();
    setUpProgram(em, programSettings(language));
    em.submitForm('mentor', mentorAnswers(language, 'anna@example.org'));
    em.submitForm('mentor', mentorAnswers(language, 'bo@example.org'));
    copyRow(em, 'Mentors', 2, 4);
    const failure = runFailure(em, 'getMatchProposal', 'total');
    expect(failure).toEqual({ key: 'duplicateId', values: { id: expect.any(String) }, where: { sheet: 'Mentors', rows: [2, 4] } });
    const text = renderFailure(failure, runOk<SidebarState>(em, 'getSidebarState').language);
    expect(text.startsWith(expected)).toBe(true);
    expect(text).toContain(String(failure.values.id));
    // The id named is the one both rows carry.
    expect(em.spreadsheet.values('Mentors')[1]).toContain(failure.values.id);
    expect(em.spreadsheet.values('Mentors')[3]).toContain(failure.values.id);
    // Removing the copy makes matching work again.
    em.spreadsheet.write('Mentors', 4, 1, [em.spreadsheet.values('Mentors')[3]!.map(() => '')]);
    expect(runOk<{ mentors: number }>(em, 'getMatchProposal', 'total').mentors).toBe(2);
  });
});

describe('Google Forms failing', () => {
  test('an outage while checking the forms is a failure value, and no form is made anew', () => {
    const em = newEmulator();
    setUpProgram(em);
    const before = em.forms().map((f) => f.id);
    const records = em.programRecords()['mp.forms'];
    em.formsModel.failNextCalls(1);
    const failure = runFailure(em, 'createForms');
    expect(failure.key).toBe('formsUnavailable');
    expect(renderFailure(failure, 'sv')).toMatch(/^Google Forms svarade inte; försök igen/);
    // The next press, with Forms back, finds both forms and makes none.
    runOk(em, 'createForms');
    expect(em.forms().map((f) => f.id)).toEqual(before);
    expect(em.programRecords()['mp.forms']).toBe(records);
  });

  test('while Forms is down the sidebar still opens, showing each form as unreachable', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.formsModel.failNextCalls(2);
    const state = runOk<SidebarState>(em, 'getSidebarState');
    expect(state.forms.map((f) => [f.role, f.reachable, f.exists])).toEqual([
      ['mentor', false, true],
      ['mentee', false, true],
    ]);
  });

  test('opening a form during an outage fails as a value; a deleted form says so', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.formsModel.failNextCalls(1);
    expect(runFailure(em, 'setFormAccepting', 'mentee', false).key).toBe('formsUnavailable');
    const forms = JSON.parse(em.programRecords()['mp.forms']!);
    em.formsModel.remove(forms.mentee.formId);
    expect(runFailure(em, 'setFormAccepting', 'mentee', false).key).toBe('formGone');
    expect(runFailure(em, 'setFormAccepting', 'nobody', false)).toEqual({ key: 'unknownForm', values: { role: 'nobody' } });
  });

  test('an outage at FormApp.create makes nothing and says so', () => {
    const em = newEmulator();
    runOk(em, 'saveSettings', programSettings(), 'sv');
    em.formsModel.failNextCalls(1);
    expect(runFailure(em, 'createForms').key).toBe('formsUnavailable');
    expect(em.forms()).toHaveLength(0);
    runOk(em, 'createForms');
    expect(em.forms()).toHaveLength(2);
  });

  test('a run cut short at 100 s per FormApp call is retried into exactly two forms, one per role', () => {
    const em = newEmulator();
    runOk(em, 'saveSettings', programSettings(), 'sv');
    em.setCallCostMs({ FormApp: 100_000 });
    expect(() => em.run('createForms')).toThrow(/Exceeded maximum execution time/);
    const made = em.forms().map((f) => f.id);
    expect(made).toHaveLength(1);
    // The id was stored straight after FormApp.create, before the time ran out.
    expect(JSON.parse(em.programRecords()['mp.forms']!).mentor.formId).toBe(made[0]);
    em.setCallCostMs({ FormApp: 50 });
    const state = runOk<SidebarState>(em, 'createForms');
    expect(em.forms()).toHaveLength(2);
    expect(em.forms().map((f) => f.id)).toContain(made[0]);
    expect(state.forms.map((f) => [f.role, f.exists, f.linked])).toEqual([
      ['mentor', true, true],
      ['mentee', true, true],
    ]);
    expect(state.forms.every((f) => f.publishedUrl.startsWith('https://'))).toBe(true);
  });
});

describe('settings larger than one property', () => {
  const longLink = (n: number) => `https://meet.example.org/${'a'.repeat(n - 'https://meet.example.org/'.length)}`;

  test('20 members with long names, 40 long shared fields and two 2,000-character links are saved and read back', () => {
    const em = newEmulator();
    const base = programSettings();
    const settings = {
      ...base,
      projectGroup: Array.from({ length: 20 }, (_, i) => ({ name: `${'Å'.repeat(190)} ${i}`, email: `medlem${i}.${'x'.repeat(40)}@example.org` })),
      sharedFields: Array.from({ length: 40 }, (_, i) => `${'Område '.repeat(13)}${i}`.slice(0, 100)),
      timeline: {
        ...base.timeline,
        kickoff: { ...base.timeline.kickoff, videoLink: longLink(2000) },
        closing: { ...base.timeline.closing, videoLink: longLink(2000) },
      },
    };
    const saved = runOk<SidebarState>(em, 'saveSettings', settings, 'sv');
    expect(saved.settings.projectGroup).toHaveLength(20);
    expect(JSON.stringify(settings.projectGroup).length + JSON.stringify(settings.sharedFields).length).toBeGreaterThan(9 * 1024);
    // A later execution (another member) reads exactly what was saved.
    const read = runOk<SidebarState>(em, 'getSidebarState');
    expect(read.configured).toBe(true);
    expect(read.settings).toEqual(saved.settings);
    expect(read.settings.timeline.kickoff.videoLink).toBe(longLink(2000));
    // Saving small settings again leaves no stale parts behind.
    runOk(em, 'saveSettings', base, 'sv');
    expect(Object.keys(em.programRecords()).filter((k) => k.startsWith('mp.settings#'))).toEqual([]);
    expect(runOk<SidebarState>(em, 'getSidebarState').settings.projectGroup).toEqual(base.projectGroup);
  });

  test('a video link over 2,000 characters is refused on its field, in the user\'s language, and nothing is saved', () => {
    const em = newEmulator();
    const base = programSettings();
    runOk(em, 'saveSettings', base, 'sv');
    const before = em.programRecords();
    const bad = { ...base, timeline: { ...base.timeline, kickoff: { ...base.timeline.kickoff, videoLink: longLink(2001) } } };
    const sv = runFailure(em, 'saveSettings', bad, 'sv');
    expect(sv.key).toBe('settingsInvalid');
    expect(sv.fields).toEqual({ 'timeline.kickoff.videoLink': 'Högst 2000 tecken.' });
    expect(runFailure(em, 'saveSettings', bad, 'en').fields).toEqual({ 'timeline.kickoff.videoLink': expect.stringContaining('2000') });
    expect(em.programRecords()).toEqual(before);
  });
});
