/**
 * This file defines the tests of settings validation: every rule, its field path and its
 * message in both languages, normalisation on success and the derived defaults.
 */
import { type ProgramSettings, validateSettings } from '../../../src/core/program';
import type { Language } from '../../../src/core/types';
import { fixtureSettings } from './settings-fixture';

type Edit = (s: ProgramSettings) => void;

function errorsOf(edit: Edit, language: Language): Record<string, string> {
  const s: ProgramSettings = structuredClone(fixtureSettings());
  edit(s);
  const result = validateSettings(s, language);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateSettings', () => {
  it('accepts the fixture unchanged', () => {
    const s = fixtureSettings();
    expect(validateSettings(s, 'sv')).toEqual({ ok: true, settings: s });
  });

  // [what, edit, field path, Swedish message, English message]
  const rules: [string, Edit, string, string | RegExp, string | RegExp][] = [
    ['missing program name', (s) => { s.programName = '  '; }, 'programName', 'Ange programmets namn.', "Enter the program's name."],
    ['too long program name', (s) => { s.programName = 'x'.repeat(201); }, 'programName', 'Högst 200 tecken.', 'At most 200 characters.'],
    ['unknown language', (s) => { (s as { language: string }).language = 'de'; }, 'language', 'Välj svenska eller engelska.', 'Choose Swedish or English.'],
    ['missing contact name', (s) => { s.contact.name = ''; }, 'contact.name', 'Ange kontaktpersonens namn.', "Enter the contact person's name."],
    ['malformed contact email', (s) => { s.contact.email = 'karin@example'; }, 'contact.email', /giltig e-postadress/, /valid email address/],
    ['blank contact email', (s) => { s.contact.email = ''; }, 'contact.email', 'Ange en e-postadress.', 'Enter an email address.'],
    ['member without name', (s) => { s.projectGroup[1]!.name = ''; }, 'projectGroup.1.name', 'Ange gruppmedlemmens namn.', "Enter the group member's name."],
    ['member with bad email', (s) => { s.projectGroup[0]!.email = 'omar(at)example.org'; }, 'projectGroup.0.email', /giltig e-postadress/, /valid email address/],
    ['missing date', (s) => { s.timeline.applicationOpens = ''; }, 'timeline.applicationOpens', 'Ange ett datum (ÅÅÅÅ-MM-DD).', 'Enter a date (YYYY-MM-DD).'],
    ['impossible date', (s) => { s.timeline.programEnd = '2026-02-30'; }, 'timeline.programEnd', /"2026-02-30" är inte ett giltigt datum/, /"2026-02-30" is not a valid date/],
    ['not a date', (s) => { s.timeline.kickoff.date = '3 sept'; }, 'timeline.kickoff.date', /inte ett giltigt datum/, /not a valid date/],
    ['bad time', (s) => { s.timeline.kickoff.time = '6 pm'; }, 'timeline.kickoff.time', /TT:MM/, /HH:MM/],
    ['bad video link', (s) => { s.timeline.closing.videoLink = 'meet.google.com/abc'; }, 'timeline.closing.videoLink', /https:\/\//, /https:\/\//],
    ['closes before opens', (s) => { s.timeline.applicationCloses = '2026-07-20'; }, 'timeline.applicationCloses', 'Ansökan måste stänga efter att den har öppnat.', 'Applications must close after they open.'],
    ['announced before closes', (s) => { s.timeline.matchesAnnounced = '2026-08-16'; }, 'timeline.matchesAnnounced', 'Matchningarna kan inte meddelas innan ansökan har stängt.', 'Matches cannot be announced before applications close.'],
    ['kickoff before announced', (s) => { s.timeline.kickoff.date = '2026-08-23'; }, 'timeline.kickoff.date', 'Uppstartsmötet kan inte vara innan matchningarna har meddelats.', 'The kickoff cannot be before the matches are announced.'],
    ['closing before kickoff', (s) => { s.timeline.closing.date = '2026-09-01'; s.timeline.programEnd = '2026-09-01'; }, 'timeline.closing.date', 'Avslutningsträffen måste vara efter uppstartsmötet.', 'The closing meeting must be after the kickoff'],
    ['closing on the kickoff day', (s) => { s.timeline.closing.date = '2026-09-03'; }, 'timeline.closing.date', 'Avslutningsträffen måste vara efter uppstartsmötet.', 'The closing meeting must be after the kickoff.'],
    ['midway on the kickoff day', (s) => { s.timeline.midway = '2026-09-03'; }, 'timeline.midway', 'Avstämningen i mitten måste vara efter uppstartsmötet.', 'The midway check-in must be after the kickoff.'],
    ['midway after closing', (s) => { s.timeline.midway = '2026-11-10'; }, 'timeline.midway', 'Avstämningen i mitten måste vara före avslutningsträffen.', 'The midway check-in must be before the closing meeting.'],
    ['end before closing', (s) => { s.timeline.programEnd = '2026-11-02'; }, 'timeline.programEnd', 'Programmet kan inte sluta före avslutningsträffen.', 'The program cannot end before the closing meeting.'],
    ['deletion on the end day', (s) => { s.timeline.dataDeletion = '2026-11-03'; }, 'timeline.dataDeletion', 'Personuppgifterna ska raderas efter att programmet har slutat.', 'Personal data must be deleted after the program ends.'],
    ['comma in a shared field', (s) => { s.sharedFields = ['Juridik', 'Ekonomi, finans']; }, 'sharedFields.1', /kommatecken/, /comma/],
    ['shared fields not a list', (s) => { (s as { sharedFields: unknown }).sharedFields = 'Juridik'; }, 'sharedFields', 'Områdena ska vara en lista med texter.', 'The fields must be a list of texts.'],
  ];

  it.each(rules)('refuses %s, on its field, in both languages', (_what, edit, path, svMessage, enMessage) => {
    const sv = errorsOf(edit, 'sv');
    const en = errorsOf(edit, 'en');
    expect(Object.keys(sv)).toEqual([path]);
    expect(Object.keys(en)).toEqual([path]);
    expect(sv[path]).toEqual(typeof svMessage === 'string' ? svMessage : expect.stringMatching(svMessage));
    expect(en[path]).toEqual(typeof enMessage === 'string' ? expect.stringContaining(enMessage) : expect.stringMatching(enMessage));
  });

  it('refuses what is not an object', () => {
    for (const input of [null, undefined, 'x', 42, []]) {
      expect(validateSettings(input, 'en')).toEqual({ ok: false, errors: { settings: 'The settings are missing or malformed.' } });
    }
  });

  it('reports every faulty field at once, nothing half-accepted', () => {
    const errors = errorsOf((s) => {
      s.programName = '';
      s.contact.email = 'nope';
      s.timeline.closing.date = '2026-08-01';
    }, 'en');
    expect(Object.keys(errors).sort()).toEqual(['contact.email', 'programName', 'timeline.closing.date']);
  });

  it('fills the midway check-in and the deletion date when left blank', () => {
    const s = structuredClone(fixtureSettings());
    s.timeline.midway = '';
    s.timeline.dataDeletion = '';
    s.timeline.kickoff.date = '2026-09-10';
    s.timeline.closing.date = '2026-11-10';
    s.timeline.programEnd = '2026-11-30';
    const result = validateSettings(s, 'sv');
    expect(result.ok && result.settings.timeline.midway).toBe('2026-10-10');
    expect(result.ok && result.settings.timeline.dataDeletion).toBe('2027-05-30');
  });

  it('does not derive a midway from meetings that are out of order', () => {
    const errors = errorsOf((s) => {
      s.timeline.midway = '';
      s.timeline.closing.date = '2026-09-01';
      s.timeline.programEnd = '2026-09-01';
    }, 'sv');
    expect(Object.keys(errors)).toEqual(['timeline.closing.date']);
  });

  it('normalises what it accepts', () => {
    const s = structuredClone(fixtureSettings()) as unknown as Record<string, unknown>;
    s.programName = '  Mentorprogrammet   2026 ';
    s.contact = { name: ' Karin  Ek ', email: ' Karin.Ek@Example.ORG ' };
    s.projectGroup = [{ name: '', email: '' }, { name: 'Omar Haddad', email: 'OMAR.HADDAD@example.org' }];
    s.sharedFields = [' Juridik ', 'juridik', '', 'Design  och UX'];
    s.extra = 'dropped';
    const result = validateSettings(s, 'sv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.programName).toBe('Mentorprogrammet 2026');
    expect(result.settings.contact).toEqual({ name: 'Karin Ek', email: 'karin.ek@example.org' });
    expect(result.settings.projectGroup).toEqual([{ name: 'Omar Haddad', email: 'omar.haddad@example.org' }]);
    expect(result.settings.sharedFields).toEqual(['Juridik', 'Design och UX']);
    expect('extra' in result.settings).toBe(false);
  });

  it('allows the same day where the order rules allow it', () => {
    const s = structuredClone(fixtureSettings());
    s.timeline.matchesAnnounced = s.timeline.applicationCloses;
    s.timeline.kickoff.date = s.timeline.matchesAnnounced;
    s.timeline.programEnd = s.timeline.closing.date;
    expect(validateSettings(s, 'en').ok).toBe(true);
  });
});
