/**
 * This file defines the preview's demo program as matching sees it: the seeded sign-ups
 * read through the real intake (rebuild from raw responses), the flawed entries the form
 * refuses left out, everyone approved, so 60 mentors and 80 mentees, as in the preview's
 * sheets. The match-quality bench and the match-quality tests both use it.
 */
import { DEMO_SEED, demoProgram } from '../../emulator/demo';
import { emptyApplicantTable, readApplicants, rebuild, stableId } from '../../src/core/intake';
import { defaultSettings } from '../../src/core/program';
import type { Language, Mentee, Mentor } from '../../src/core/types';

export interface DemoRound {
  mentors: Mentor[];
  mentees: Mentee[];
}

/** The demo round in a program of the given language (who writes English depends on it). */
export function demoApplicants(language: Language = 'sv'): DemoRound {
  const settings = defaultSettings('2026-05-01', language);
  const program = demoProgram(settings, DEMO_SEED, { mentor: 61, mentee: 81 });
  const read = <T>(role: 'mentor' | 'mentee'): T[] =>
    readApplicants(rebuild(emptyApplicantTable(role, language), program[role], settings, (k) => stableId(role, k)).table)
      .filter((a) => a.status !== 'invalid')
      .map((a) => ({ ...a, status: 'approved' }) as T);
  return { mentors: read<Mentor>('mentor'), mentees: read<Mentee>('mentee') };
}
