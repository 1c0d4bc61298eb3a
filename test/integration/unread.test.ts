/**
 * This file defines the integration tests of responses left unread by a failed trigger:
 * the failure is logged with its reason, the sidebar state counts the response as not yet
 * read, and a re-read reads it and clears the count.
 */
import type { SidebarState } from '../../src/main';
import { answers, newEmulator, runOk, setUpProgram } from './support';

const mentee = {
  firstName: 'Omid',
  lastName: 'Karimi',
  email: 'omid@example.com',
  language: 'Svenska',
  city: 'Uppsala',
  digital: 'Nej',
  education: 'Master',
  motivation: 'Lära mig.',
  expectations: 'Råd.',
  contribution: 'Frågor.',
  consent: ['Jag samtycker'],
};

describe('responses not yet read', () => {
  test('a trigger that timed out on the lock: logged, counted in the sidebar, read by re-read', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.submitForm('mentee', answers('mentee', 'sv', mentee));
    expect(runOk<SidebarState>(em, 'getSidebarState').unread).toEqual({ mentor: 0, mentee: 0 });
    em.holdLock('document', '2026-11-28T10:05:00Z');
    const failed = em.submitForm('mentee', answers('mentee', 'sv', { ...mentee, email: 'lisa@example.com' }));
    em.submitForm('mentee', answers('mentee', 'sv', { ...mentee, city: 'Lund' }));
    expect(failed.executions[0]?.status).toBe('failed');
    const errors = em.logs().filter((l) => l.level === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]!.message).toMatch(/row 3 of "Formulärsvar adepter" not read: .*lock/i);
    em.advanceTo('2026-11-28T10:06:00Z');
    expect(runOk<SidebarState>(em, 'getSidebarState').unread).toEqual({ mentor: 0, mentee: 2 });
    const reread = runOk<{ added: number; updated: number; state: SidebarState }>(em, 'rereadResponses');
    expect(reread).toMatchObject({ added: 1, updated: 1 });
    expect(reread.state.unread).toEqual({ mentor: 0, mentee: 0 });
  });

  test('the group deleting an applicant row counts its response as unread again', () => {
    const em = newEmulator();
    setUpProgram(em);
    em.submitForm('mentee', answers('mentee', 'sv', mentee));
    em.spreadsheet.deleteSheet('Mentees');
    expect(runOk<SidebarState>(em, 'getSidebarState').unread.mentee).toBe(1);
  });
});
