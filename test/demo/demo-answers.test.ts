/**
 * This file defines the tests of the preview's demo sign-ups: deterministic from the seed,
 * the promised mix of people, only invented contact data, and that they pass through the
 * real intake with exactly the deliberate flaws needing attention.
 */
import {
  DEMO_FLAWS,
  DEMO_MENTEE_COUNT,
  DEMO_MENTOR_COUNT,
  DEMO_SEED,
  demoAnswers,
  demoProgram,
  demoResponses,
  demoSettings,
} from '../../emulator/demo';
import { createPrng } from '../../emulator/runtime/prng';
import { fieldTitle, formSpec } from '../../src/core/forms';
import { emptyApplicantTable, intakeCounts, readApplicants, rebuild, stableId } from '../../src/core/intake';
import { validateSettings } from '../../src/core/program';
import type { Language, Mentee, Mentor, Role } from '../../src/core/types';

const TODAY = '2026-01-15';

describe('createPrng (mulberry32)', () => {
  it('is deterministic and spread over [0, 1)', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(createPrng(43)()).not.toBe(createPrng(42)());
  });
});

describe.each(['sv', 'en'] as Language[])('demo program (%s)', (language) => {
  const settings = demoSettings(TODAY, language);
  const program = demoProgram(settings);

  it('runs on valid settings', () => {
    expect(validateSettings(settings, language).ok).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(demoProgram(settings)).toEqual(program);
    expect(demoAnswers('mentor', 5, 1, settings)).not.toEqual(demoAnswers('mentor', 5, 2, settings));
    expect(demoAnswers('mentee', 30, DEMO_SEED, settings)).toEqual(demoAnswers('mentee', 30, DEMO_SEED, settings));
  });

  it('has 60 mentors and 80 mentees by default, keyed by the form titles', () => {
    expect(program.mentor).toHaveLength(DEMO_MENTOR_COUNT);
    expect(program.mentee).toHaveLength(DEMO_MENTEE_COUNT);
    expect(DEMO_MENTOR_COUNT + DEMO_MENTEE_COUNT).toBeGreaterThanOrEqual(140);
    for (const role of ['mentor', 'mentee'] as Role[]) {
      const titles = formSpec(role, settings).items.map((i) => i.title).sort();
      for (const r of program[role]) expect(Object.keys(r.answers).sort()).toEqual(titles);
    }
  });

  it('submits in time order within the application window, on rows 2, 3, ...', () => {
    for (const role of ['mentor', 'mentee'] as Role[]) {
      const rows = program[role];
      expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 2));
      const times = rows.map((r) => r.timestamp);
      expect([...times].sort()).toEqual(times);
      expect(times[0]! >= settings.timeline.applicationOpens).toBe(true);
      expect(times[times.length - 1]! < settings.timeline.applicationCloses).toBe(true);
    }
  });

  it('uses only invented contact data: example domains, fictional phone ranges', () => {
    for (const role of ['mentor', 'mentee'] as Role[]) {
      for (const r of program[role]) {
        const email = r.answers[fieldTitle(role, 'email', language)]!;
        expect(email).toMatch(/(@|\.)example\.(org|com)$/);
        const phone = r.answers[fieldTitle(role, 'phone', language)]!.replace(/\D/g, '');
        if (phone !== '' && phone.length > 5) {
          expect(phone).toMatch(/(70174(06[0-9]{2})$)|^(44)?7400123456$|^(49)?15123456789$|^(47)?40612345$|^(358)?412345678$/);
        }
      }
    }
  });

  it('goes through intake with exactly the deliberate flaws needing attention', () => {
    const mentors = rebuild(emptyApplicantTable('mentor', language), program.mentor, settings, (k) => stableId('mentor', k)).table;
    const mentees = rebuild(emptyApplicantTable('mentee', language), program.mentee, settings, (k) => stableId('mentee', k)).table;
    expect(intakeCounts(mentors)).toMatchObject({ total: 60, needAttention: 2, byStatus: { new: 59, invalid: 1 } });
    expect(intakeCounts(mentees)).toMatchObject({ total: 80, needAttention: 1, byStatus: { new: 79, invalid: 1 } });
    const flagged = readApplicants(mentors).filter((a) => a.issues.length > 0);
    expect(flagged).toHaveLength(2);
    expect(readApplicants(mentees).find((a) => a.status === 'invalid')!.issues).toHaveLength(1);
    expect(DEMO_FLAWS.noConsentMentee).toBeLessThan(80);
  });

  it('mixes languages, cities, fields and capacities like a real round', () => {
    const mentors = rebuild(emptyApplicantTable('mentor', language), program.mentor, settings, (k) => stableId('mentor', k)).table;
    const mentees = rebuild(emptyApplicantTable('mentee', language), program.mentee, settings, (k) => stableId('mentee', k)).table;
    const ms = readApplicants(mentors) as Mentor[];
    const ads = readApplicants(mentees) as Mentee[];
    expect(ads.filter((a) => a.language === 'en')).toHaveLength(16); // 20 %
    expect(ms.filter((m) => m.acceptsEnglish).length).toBeGreaterThanOrEqual(30); // about half or more
    expect(ms.filter((m) => m.acceptsEnglish).length).toBeLessThanOrEqual(36);
    const cities = new Set([...ms, ...ads].map((a) => a.city));
    for (const city of ['Stockholm', 'Uppsala', 'Göteborg', 'Malmö']) expect(cities).toContain(city);
    expect([...cities].some((c) => ['Berlin', 'London', 'Oslo', 'Amsterdam', 'Helsinki'].includes(c))).toBe(true);
    expect(new Set(ms.map((m) => m.field)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(ms.map((m) => m.capacity))).toEqual(new Set([1, 2, 3]));
    expect(ms.every((m) => m.fields.length > 0)).toBe(true);
    expect(new Set(ads.map((a) => a.motivation)).size).toBeGreaterThan(40);
    expect(ms.filter((m) => m.phone.startsWith('+46')).length).toBeGreaterThan(20);
    expect(new Set([...ms, ...ads].map((a) => a.email)).size).toBe(140);
  });
});

describe('demoResponses', () => {
  it('takes any count and leaves the shared fields out when the program has none', () => {
    const settings = { ...demoSettings(TODAY, 'sv'), sharedFields: [] };
    const rows = demoResponses('mentee', 3, 5, settings);
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!.answers)).not.toContain(fieldTitle('mentee', 'fields', 'sv'));
    expect(demoResponses('mentor', 0, 5, settings)).toEqual([]);
  });
});
