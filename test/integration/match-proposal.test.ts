/**
 * Integration test of the matching engine as the sidebar uses it: applicants who came in
 * through the forms, proposed in the built bundle, explained in the program's language.
 */
import type { MatchProposalView } from '../../src/main';
import { answers, newEmulator, runOk, setUpProgram } from './support';

const consent = ['Jag samtycker'];
const base = { digital: 'Nej', consent };

function mentor(email: string, extra: Record<string, string>) {
  return answers('mentor', 'sv', { firstName: 'M', lastName: email.split('@')[0], email, organisation: 'Org', education: 'Civilingenjör', city: 'Uppsala', acceptsEnglish: 'Nej', ...base, ...extra });
}
function mentee(email: string, extra: Record<string, string>) {
  return answers('mentee', 'sv', {
    firstName: 'A',
    lastName: email.split('@')[0],
    email,
    language: 'Svenska',
    city: 'Uppsala',
    motivation: 'Vill lära mig om arbetslivet',
    expectations: 'Råd',
    contribution: 'Frågor',
    ...base,
    ...extra,
  });
}

test('proposals match as many as capacity allows, then the best total, and explain themselves in Swedish', () => {
  const em = newEmulator();
  setUpProgram(em);
  em.submitForm('mentor', mentor('jurist@example.org', { field: 'Juridik och avtalsrätt', capacity: '1' }));
  em.submitForm('mentor', mentor('kodare@example.org', { field: 'Mjukvaruutveckling och maskininlärning', acceptsEnglish: 'Ja', capacity: '1' }));
  em.submitForm('mentee', mentee('juridik@example.com', { education: 'Juristprogrammet, intresserad av avtalsrätt' }));
  em.submitForm('mentee', mentee('english@example.com', { language: 'Engelska (English)', education: 'Law and contracts' }));
  em.submitForm('mentee', mentee('tredje@example.com', { education: 'Maskininlärning' }));

  const proposal = runOk<MatchProposalView>(em, 'getMatchProposal', 'total');
  const byMentee = Object.fromEntries(proposal.pairs.map((p) => [p.menteeName, p]));
  // Two places for three mentees: the best total gives both to the Swedish speakers, and the
  // English speaker (who could only have the mentor accepting English) is told why.
  expect(byMentee['A juridik']?.mentorName).toBe('M jurist');
  expect(byMentee['A juridik']?.explanation).toMatch(/avtalsrätt/);
  expect(byMentee['A tredje']?.mentorName).toBe('M kodare');
  expect(byMentee['A tredje']?.explanation).toMatch(/maskininlärning/);
  expect(proposal.unmatched).toEqual([
    expect.objectContaining({ menteeName: 'A english', reason: expect.stringMatching(/engelskspråkiga/) }),
  ]);
  expect(proposal.pairs.every((p) => p.score >= 0 && p.score <= 100)).toBe(true);
});

test('withdrawn applicants take no part', () => {
  const em = newEmulator();
  setUpProgram(em);
  em.submitForm('mentor', mentor('a@example.org', { field: 'Ekonomi' }));
  em.submitForm('mentee', mentee('b@example.com', { education: 'Ekonomi' }));
  const headers = em.sheet('Mentors')[0]!;
  em.spreadsheet.write('Mentors', 2, headers.indexOf('Status') + 1, [['avanmäld']]);
  const proposal = runOk<MatchProposalView>(em, 'getMatchProposal', 'raise-worst');
  expect(proposal).toMatchObject({ mode: 'raise-worst', mentors: 0, mentees: 1, pairs: [] });
  expect(proposal.unmatched[0]?.reason).toMatch(/mentor/i);
});
