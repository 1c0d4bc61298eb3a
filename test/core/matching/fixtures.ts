/**
 * This file defines test fixtures for matching: integers drawn from a seeded generator (the
 * emulator's createPrng, so every "random" instance is the same on every run) and builders
 * for mentor and mentee records with sensible defaults, so each test states only what it is
 * about.
 */
import type { Mentee, Mentor } from '../../../src/core/types';

export function randomInt(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

const base = {
  status: 'approved' as const,
  submittedAt: '2026-01-15T10:00:00.000Z',
  firstName: 'Test',
  lastName: 'Person',
  phone: '+46701234567',
  city: '',
  digital: false,
  fields: [] as string[],
  wishes: '',
  issues: [] as string[],
};

export function mentor(id: string, over: Partial<Mentor> = {}): Mentor {
  return {
    ...base,
    id,
    email: `${id.toLowerCase()}@example.org`,
    role: 'mentor',
    organisation: '',
    field: '',
    education: '',
    acceptsEnglish: true,
    capacity: 1,
    ...over,
  };
}

export function mentee(id: string, over: Partial<Mentee> = {}): Mentee {
  return {
    ...base,
    id,
    email: `${id.toLowerCase()}@example.org`,
    role: 'mentee',
    education: '',
    motivation: '',
    expectations: '',
    contribution: '',
    language: 'sv',
    ...over,
  };
}
