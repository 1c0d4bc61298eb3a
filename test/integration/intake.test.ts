/**
 * Integration tests of program setup, the two forms and intake, driving the built bundle
 * (dist/Code.js) through the emulator exactly as the sidebar and Google Forms would.
 */

import { renderFailure } from '../../src/core/failures';
import type { SidebarState } from '../../src/main';
import { answers, newEmulator, programSettings, records, runFailure, runOk, setUpProgram } from './support';

const mentorSv = {
  firstName: '  Anna ',
  lastName: 'Svensson',
  email: ' Anna.Svensson@Example.ORG ',
  phone: '070-174 06 10',
  organisation: 'Exempelbolaget AB',
  field: 'Mjukvaruutveckling',
  education: 'Civilingenjör i datateknik',
  city: 'Uppsala',
  digital: 'Ja',
  acceptsEnglish: 'Ja',
  capacity: '2',
  wishes: 'Gärna en adept som är intresserad av AI.',
  consent: ['Jag samtycker'],
};

const menteeSv = {
  firstName: 'Omid',
  lastName: 'Karimi',
  email: 'omid.karimi@example.com',
  phone: '+46 70 174 06 11',
  language: 'Svenska',
  city: 'Uppsala',
  digital: 'Nej',
  education: 'Masterprogram i datavetenskap, intresserad av maskininlärning',
  motivation: 'Jag vill förstå hur arbetslivet ser ut.',
  expectations: 'Råd om karriärval.',
  contribution: 'Nyfikenhet och frågor.',
  consent: ['Jag samtycker'],
};

/** A group member edits the form so consent is no longer required: intake must still flag it. */
function makeConsentOptional(em: ReturnType<typeof newEmulator>, role: 'mentor' | 'mentee') {
  const forms = JSON.parse(em.programRecords()['mp.forms']!);
  const form = em.formsModel.get(forms[role].formId)!;
  for (const item of form.items) if (/Samtycke|Consent/.test(item.title)) item.required = false;
}

describe('forms', () => {
  test('creating the forms twice makes one pair, linked, published and open, with one trigger', () => {
    const em = newEmulator();
    setUpProgram(em);
    const first = em.forms();
    const state = runOk<SidebarState>(em, 'createForms');
    expect(em.forms()).toEqual(first);
    expect(first).toHaveLength(2);
    for (const form of first) {
      expect(form.published).toBe(true);
      expect(form.accepting).toBe(true);
      expect(form.destinationSpreadsheetId).not.toBeNull();
    }
    expect(em.triggers().filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
    expect(state.forms.map((f) => [f.role, f.exists, f.accepting])).toEqual([
      ['mentor', true, true],
      ['mentee', true, true],
    ]);
    expect(state.forms.map((f) => f.publishedUrl)).toEqual(first.map((f) => f.url));
    expect(em.sheetNames()).toEqual(expect.arrayContaining(['Formulärsvar mentorer', 'Formulärsvar adepter']));
  });

  test('creation cut short by the time limit resumes on the next press: still one pair, complete', () => {
    const em = newEmulator();
    runOk(em, 'saveSettings', programSettings(), 'sv');
    em.setCallCostMs({ FormApp: 12_000 });
    expect(() => runOk(em, 'createForms')).toThrow(/Exceeded maximum execution time/);
    // Cut off while writing the first form's questions: the form exists, half built.
    expect(em.forms()).toHaveLength(1);
    const halfBuilt = em.forms()[0]!.items.length;
    em.setCallCostMs({ FormApp: 50 });
    const state = runOk<SidebarState>(em, 'createForms');
    expect(em.forms()).toHaveLength(2);
    expect(state.forms.every((f) => f.exists && f.linked)).toBe(true);
    const fresh = newEmulator();
    setUpProgram(fresh);
    expect(em.forms().map((f) => f.items)).toEqual(fresh.forms().map((f) => f.items));
    expect(halfBuilt).toBeLessThan(fresh.forms()[0]!.items.length);
    em.submitForm('mentor', answers('mentor', 'sv', mentorSv));
    expect(records(em, 'Mentors')).toHaveLength(1);
  });

  test('a form deleted by hand is made again, the other kept', () => {
    const em = newEmulator();
    setUpProgram(em);
    const forms = JSON.parse(em.programRecords()['mp.forms']!);
    em.formsModel.remove(forms.mentee.formId);
    runOk(em, 'createForms');
    const after = JSON.parse(em.programRecords()['mp.forms']!);
    expect(after.mentor.formId).toBe(forms.mentor.formId);
    expect(after.mentee.formId).not.toBe(forms.mentee.formId);
  });

  test('a form whose response tab was not found yet is kept, shown as unlinked, and linked on the next press', () => {
    const em = newEmulator();
    setUpProgram(em);
    const forms = JSON.parse(em.programRecords()['mp.forms']!);
    const sheetId = forms.mentor.responseSheetId;
    em.setProgramRecords({ 'mp.forms': JSON.stringify({ ...forms, mentor: { ...forms.mentor, responseSheetId: -1 } }) });
    const before = runOk<SidebarState>(em, 'getSidebarState');
    expect(before.forms.find((f) => f.role === 'mentor')).toMatchObject({ exists: true, linked: false });
    const after = runOk<SidebarState>(em, 'createForms');
    expect(em.forms()).toHaveLength(2);
    expect(after.forms.every((f) => f.linked)).toBe(true);
    expect(JSON.parse(em.programRecords()['mp.forms']!).mentor.responseSheetId).toBe(sheetId);
  });

  test('the group closes and reopens a form; a closed form refuses responses', () => {
    const em = newEmulator();
    setUpProgram(em);
    const closed = runOk<SidebarState>(em, 'setFormAccepting', 'mentee', false);
    expect(closed.forms.find((f) => f.role === 'mentee')?.accepting).toBe(false);
    expect(() => em.submitForm('mentee', answers('mentee', 'sv', menteeSv))).toThrow(/not accepting/i);
    runOk(em, 'setFormAccepting', 'mentee', true);
    expect(em.submitForm('mentee', answers('mentee', 'sv', menteeSv)).executions[0]?.status).toBe('completed');
  });

  test('forms need saved settings first, with a message in Swedish', () => {
    const em = newEmulator();
    const failure = runFailure(em, 'createForms');
    expect(failure.key).toBe('settingsRequired');
    expect(renderFailure(failure, 'sv')).toBe('Spara programmets inställningar först.');
  });

  test('the mentor and mentee forms ask every toolkit question, in English for an English program', () => {
    const em = newEmulator();
    setUpProgram(em, programSettings('en'));
    const [mentor, mentee] = em.forms();
    // The toolkit's questions (../shared/docs/product.md, step 3), worded as the English forms
    // word them, then the program's additions (digital meetings, capacity or language, the
    // shared list) and the consent, in form order: written out here, not derived from the code.
    expect(mentor!.title).toMatch(/mentor/i);
    expect(mentor!.items).toEqual([
      'First name',
      'Last name',
      'Email',
      'Mobile number',
      'Company or organisation',
      'Main field of work',
      'Educational background',
      'City',
      'Are you open to meeting digitally?',
      'Would you mentor an English-speaking mentee?',
      'How many mentees can you take on?',
      'Fields you can contribute in',
      'Other wishes and comments',
      'Consent to the processing of personal data',
    ]);
    expect(mentee!.items).toEqual([
      'First name',
      'Last name',
      'Email',
      'Mobile number',
      'Which language do you need the mentorship in?',
      'City',
      'Are you open to meeting digitally?',
      'Education and areas of interest',
      'Why do you want to take part in the mentor program?',
      'What do you expect of your mentor?',
      'What can you contribute yourself?',
      'Fields you are interested in',
      'Other wishes and comments',
      'Consent to the processing of personal data',
    ]);
  });
});

describe('intake', () => {
  test('a Swedish mentor and mentee become clean rows', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.submitForm('mentor', answers('mentor', 'sv', mentorSv));
    em.submitForm('mentee', answers('mentee', 'sv', menteeSv));
    const [mentor] = records(em, 'Mentors');
    expect(mentor).toMatchObject({
      Status: 'ny',
      Förnamn: 'Anna',
      Efternamn: 'Svensson',
      'E-post': 'anna.svensson@example.org',
      Mobilnummer: '+46701740610',
      Stad: 'Uppsala',
      'Engelskspråkig adept': 'Ja',
      'Antal adepter': '2',
      'Att åtgärda': '',
    });
    expect(mentor!.Id).toMatch(/^MR-[0-9a-z]{8}$/);
    const [mentee] = records(em, 'Mentees');
    expect(mentee).toMatchObject({ Förnamn: 'Omid', Mobilnummer: '+46701740611', Språk: 'Svenska', 'Att åtgärda': '' });
    expect(mentee!.Id).toMatch(/^AD-/);
  });

  test('an English program: English headers and yes/no labels', () => {
    const em = newEmulator();
    setUpProgram(em, programSettings('en'));
    em.submitForm(
      'mentee',
      answers('mentee', 'en', {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: 'grace@example.com',
        language: 'English',
        city: 'Berlin',
        digital: 'Yes',
        education: 'MSc Computer Science',
        motivation: 'I want to learn from someone in industry.',
        expectations: 'Career advice',
        contribution: 'Energy',
        consent: ['I consent'],
      }),
    );
    const [row] = records(em, 'Mentees');
    expect(row).toMatchObject({ 'First name': 'Grace', Email: 'grace@example.com', Language: 'English', 'Needs attention': '' });
  });

  test('a resubmission with the same email updates the row instead of adding one', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.submitForm('mentor', answers('mentor', 'sv', mentorSv));
    em.advanceBy(3_600_000);
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentorSv, email: 'ANNA.svensson@example.org', city: 'Stockholm' }));
    const rows = records(em, 'Mentors');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.Stad).toBe('Stockholm');
    expect(em.sheet('Formulärsvar mentorer')).toHaveLength(3);
  });

  test('bad input is kept with a reason, never interpreted', () => {
    const em = newEmulator();
    setUpProgram(em);
    const long = 'x'.repeat(5000);
    makeConsentOptional(em, 'mentee');
    em.submitForm('mentee', answers('mentee', 'sv', { ...menteeSv, consent: [], motivation: long }));
    em.submitForm(
      'mentee',
      answers('mentee', 'sv', {
        ...menteeSv,
        firstName: '=HYPERLINK("http://evil.example","klicka")',
        lastName: '+SUM(1,2)',
        email: 'lisa@example.com',
        city: '@admin',
        wishes: '-1+1 مرحبا بالعالم 👋🏽 שלום',
      }),
    );
    const [noConsent, injected] = records(em, 'Mentees');
    expect(noConsent!.Status).toBe('ogiltig');
    expect(noConsent!['Att åtgärda']).toContain('Samtycke');
    expect(noConsent!.Motivering).toBe(long);
    expect(injected!.Förnamn).toBe('=HYPERLINK("http://evil.example","klicka")');
    expect(injected!.Efternamn).toBe('+SUM(1,2)');
    expect(injected!.Stad).toBe('@admin');
    expect(injected!.Önskemål).toBe('-1+1 مرحبا بالعالم 👋🏽 שלום');
    const formulas = em.spreadsheet.formulas('Mentees').flat().filter(Boolean);
    expect(formulas).toEqual([]);
  });

  test('a blank required answer is refused by the form itself', () => {
    const em = newEmulator();
    setUpProgram(em);
    expect(() => em.submitForm('mentor', answers('mentor', 'sv', { ...mentorSv, lastName: '   ' }))).toThrow(/Efternamn/);
    expect(em.sheetNames()).not.toContain('Mentors');
  });

  test('concurrent submissions are serialised: none lost, none doubled', () => {
    const em = newEmulator();
    setUpProgram(em);
    const list = Array.from({ length: 12 }, (_, i) => ({
      role: (i % 2 ? 'mentor' : 'mentee') as 'mentor' | 'mentee',
      answers:
        i % 2
          ? answers('mentor', 'sv', { ...mentorSv, email: `mentor${i}@example.org` })
          : answers('mentee', 'sv', { ...menteeSv, email: `mentee${i}@example.com` }),
    }));
    list.push({ role: 'mentor', answers: answers('mentor', 'sv', { ...mentorSv, email: 'mentor1@example.org', city: 'Lund' }) });
    const results = em.submitForms(list);
    expect(results.every((r) => r.executions.every((x) => x.status === 'completed'))).toBe(true);
    const mentors = records(em, 'Mentors');
    expect(mentors).toHaveLength(6);
    expect(mentors.find((m) => m['E-post'] === 'mentor1@example.org')!.Stad).toBe('Lund');
    expect(records(em, 'Mentees')).toHaveLength(6);
  });

  test('a submission while another execution holds the lock too long is recovered by re-read', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.holdLock('document', '2026-11-28T10:05:00Z');
    const result = em.submitForm('mentor', answers('mentor', 'sv', mentorSv));
    expect(result.executions[0]?.status).toBe('failed');
    expect(em.sheetNames()).not.toContain('Mentors');
    em.advanceTo('2026-11-28T10:06:00Z');
    const reread = runOk<{ added: number }>(em, 'rereadResponses');
    expect(reread.added).toBe(1);
    expect(records(em, 'Mentors')).toHaveLength(1);
  });

  test('re-read gives the live result, twice changes nothing, and keeps group edits', () => {
    const em = newEmulator();
    setUpProgram(em);
    for (let i = 0; i < 5; i++) {
      em.submitForm('mentor', answers('mentor', 'sv', { ...mentorSv, email: `m${i}@example.org` }));
      em.submitForm('mentee', answers('mentee', 'sv', { ...menteeSv, email: `a${i}@example.com` }));
    }
    const live = { mentors: em.sheet('Mentors'), mentees: em.sheet('Mentees') };
    const first = runOk<{ added: number; updated: number }>(em, 'rereadResponses');
    expect(first).toMatchObject({ added: 0, updated: 0 });
    expect(em.sheet('Mentors')).toEqual(live.mentors);
    expect(em.sheet('Mentees')).toEqual(live.mentees);

    // The group approves one mentor and corrects another's city in the sheet.
    const headers = em.sheet('Mentors')[0]!;
    em.spreadsheet.write('Mentors', 2, headers.indexOf('Status') + 1, [['godkänd']]);
    em.spreadsheet.write('Mentors', 3, headers.indexOf('Stad') + 1, [['Göteborg']]);
    em.advanceBy(60_000);
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentorSv, email: 'm0@example.org', organisation: 'Nytt AB' }));
    em.submitForm('mentor', answers('mentor', 'sv', { ...mentorSv, email: 'm1@example.org', wishes: 'Nya önskemål' }));
    runOk(em, 'rereadResponses');
    const after = records(em, 'Mentors');
    expect(after[0]).toMatchObject({ Status: 'godkänd', Organisation: 'Nytt AB' });
    expect(after[1]).toMatchObject({ Stad: 'Göteborg', Önskemål: 'Nya önskemål' });
    const snapshot = em.sheet('Mentors');
    runOk(em, 'rereadResponses');
    expect(em.sheet('Mentors')).toEqual(snapshot);
  });

  test('the sidebar counts mentors, mentees and how many need attention', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.submitForm('mentor', answers('mentor', 'sv', mentorSv));
    em.submitForm('mentee', answers('mentee', 'sv', menteeSv));
    makeConsentOptional(em, 'mentee');
    em.submitForm('mentee', answers('mentee', 'sv', { ...menteeSv, email: 'x@example.com', consent: [] }));
    const state = runOk<SidebarState>(em, 'getSidebarState');
    expect(state.counts.mentors).toMatchObject({ total: 1, needAttention: 0 });
    expect(state.counts.mentees).toMatchObject({ total: 2, needAttention: 1 });
  });
});

describe('intake cost', () => {
  test('one submission costs the same number of Sheets calls whatever the number of applicants', () => {
    const callsAfter = (existing: number, deployment: 'bound' | 'addon'): number => {
      const em = newEmulator({ deployment });
      setUpProgram(em);
      for (let i = 0; i < existing; i++) em.submitForm('mentee', answers('mentee', 'sv', { ...menteeSv, email: `a${i}@example.com` }));
      em.resetServiceCalls();
      em.submitForm('mentee', answers('mentee', 'sv', { ...menteeSv, email: 'last@example.com' }));
      return em.serviceCalls().SpreadsheetApp ?? 0;
    };
    const bound = callsAfter(2, 'bound');
    expect(callsAfter(40, 'bound')).toBe(bound);
    // Intake's own ≤ 26, plus queueing the application email (Outbox read and write, ≤ 13).
    expect(bound).toBeLessThanOrEqual(39);
    // A published add-on reads its state from the store sheet instead of document properties
    // and takes the program lease beside the document lock: at most 20 Sheets calls more.
    const addon = callsAfter(2, 'addon');
    expect(callsAfter(40, 'addon')).toBe(addon);
    expect(addon).toBeLessThanOrEqual(bound + 20);
  });

  test('an English mentor abroad: international phone and lower-cased email', () => {
    const em = newEmulator();
    setUpProgram(em, programSettings('en'));
    em.submitForm(
      'mentor',
      answers('mentor', 'en', {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'Ada@Example.com',
        phone: '+44 20 7946 0958',
        organisation: 'Analytical Engines Ltd',
        field: 'Software development',
        education: 'Mathematics',
        city: 'London',
        digital: 'Yes',
        acceptsEnglish: 'Yes',
        consent: ['I consent'],
      }),
    );
    const [row] = records(em, 'Mentors');
    expect(row).toMatchObject({ Email: 'ada@example.com', Mobile: '+442079460958', City: 'London', 'Needs attention': '' });
  });
});
