/**
 * This file defines the tests of the toolkit defaults for program settings.
 */
import {
  addMonths,
  DEFAULT_SHARED_FIELDS,
  daysBetween,
  defaultSettings,
  isoWeekday,
  validateSettings,
} from '../../../src/core/program';

describe('defaultSettings', () => {
  const s = defaultSettings('2026-01-15', 'sv');
  const t = s.timeline;

  it('follows the toolkit timeline from a fixed day', () => {
    expect(t).toEqual({
      applicationOpens: '2026-07-20',
      applicationCloses: '2026-08-17',
      matchesAnnounced: '2026-08-24',
      kickoff: { date: '2026-09-03', time: '18:00', place: '', videoLink: '' },
      midway: '2026-10-03',
      closing: { date: '2026-11-03', time: '18:00', place: '', videoLink: '' },
      programEnd: '2026-11-03',
      dataDeletion: '2027-05-03',
    });
    expect(s.programName).toBe('Mentorprogram 2026');
    expect(defaultSettings('2026-01-15', 'en').programName).toBe('Mentor program 2026');
  });

  it('keeps the toolkit rules for any start day', () => {
    for (const today of ['2026-01-01', '2026-02-28', '2026-06-30', '2027-12-31', '2028-02-29']) {
      const d = defaultSettings(today, 'en').timeline;
      expect(d.applicationOpens >= addMonths(today, 6)).toBe(true); // six months of planning
      expect(isoWeekday(d.applicationOpens)).toBe(1);
      expect(daysBetween(d.applicationOpens, d.applicationCloses)).toBe(28);
      expect(daysBetween(d.applicationCloses, d.matchesAnnounced)).toBe(7);
      const wait = daysBetween(d.matchesAnnounced, d.kickoff.date);
      expect(wait >= 7 && wait <= 14).toBe(true);
      expect(d.closing.date).toBe(addMonths(d.kickoff.date, 2));
      const half = daysBetween(d.kickoff.date, d.closing.date) / 2;
      expect(Math.abs(daysBetween(d.kickoff.date, d.midway) - half)).toBeLessThanOrEqual(0.5);
      expect(d.dataDeletion).toBe(addMonths(d.programEnd, 6));
    }
  });

  it('offers a shared list of fields in each language, parallel and comma-free', () => {
    expect(s.sharedFields).toEqual(DEFAULT_SHARED_FIELDS.sv);
    expect(DEFAULT_SHARED_FIELDS.sv.length).toBeGreaterThanOrEqual(15);
    expect(DEFAULT_SHARED_FIELDS.en.length).toBe(DEFAULT_SHARED_FIELDS.sv.length);
    for (const f of [...DEFAULT_SHARED_FIELDS.sv, ...DEFAULT_SHARED_FIELDS.en]) expect(f).not.toContain(',');
  });

  it('is refused only for the contact person, which must be a real person', () => {
    const result = validateSettings(s, 'sv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['contact.email', 'contact.name']);
    const filled = { ...s, contact: { name: 'Karin Ek', email: 'karin.ek@example.org' } };
    expect(validateSettings(filled, 'sv')).toEqual({ ok: true, settings: filled });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
