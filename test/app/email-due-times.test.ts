/**
 * This file defines the tests of when the dated emails go: the match announcement and the
 * midway check-in at 09:00 on their date in the program's (the spreadsheet's) time zone, in
 * winter and in summer time, directly through the pure functions (with Node's zone database as
 * the offset oracle) and through the built bundle in the emulator (the spreadsheet's zone).
 */
import { announcementDue, checkinDue } from '../../src/app/outbox';
import type { AnnounceReport } from '../../src/app/outbox';
import type { ProgramSettings } from '../../src/core/program';
import { offsetOf } from '../core/timeline/zone-fixture';
import { newEmulator, programSettings, runOk, setUpProgram } from '../integration/support';

const stockholm = offsetOf('Europe/Stockholm');
const newYork = offsetOf('America/New_York');
const EARLY = '2026-11-28T10:00:00.000Z';

function withDates(matchesAnnounced: string, midway: string): ProgramSettings {
  const base = programSettings('sv');
  return { ...base, timeline: { ...base.timeline, matchesAnnounced, midway } };
}

describe('announcementDue and checkinDue: 09:00 on the date in the program\'s zone', () => {
  test('Stockholm in winter (CET, UTC+1): 08:00 UTC', () => {
    const s = withDates('2026-12-07', '2027-01-17');
    expect(announcementDue(s, EARLY, stockholm)).toBe('2026-12-07T08:00:00.000Z');
    expect(checkinDue(s, EARLY, stockholm)).toBe('2027-01-17T08:00:00.000Z');
  });

  test('Stockholm in summer time, after the March change (CEST, UTC+2): 07:00 UTC', () => {
    // Sweden moves its clocks forward on 2027-03-28.
    const s = withDates('2027-03-30', '2027-03-28');
    expect(announcementDue(s, EARLY, stockholm)).toBe('2027-03-30T07:00:00.000Z');
    expect(checkinDue(s, EARLY, stockholm)).toBe('2027-03-28T07:00:00.000Z');
    // The day before the change it is still winter time.
    expect(checkinDue(withDates('2027-03-27', '2027-03-27'), EARLY, stockholm)).toBe('2027-03-27T08:00:00.000Z');
  });

  test('another zone: New York in December (UTC-5) is 14:00 UTC', () => {
    const s = withDates('2026-12-07', '2027-01-17');
    expect(announcementDue(s, EARLY, newYork)).toBe('2026-12-07T14:00:00.000Z');
    expect(checkinDue(s, EARLY, newYork)).toBe('2027-01-17T14:00:00.000Z');
  });

  test('once that moment has passed, the emails are due now', () => {
    const s = withDates('2026-12-07', '2027-01-17');
    expect(announcementDue(s, '2026-12-07T08:00:01.000Z', stockholm)).toBe('2026-12-07T08:00:01.000Z');
    expect(announcementDue(s, '2026-12-07T07:59:59.000Z', stockholm)).toBe('2026-12-07T08:00:00.000Z');
    expect(checkinDue(s, '2027-02-01T12:00:00.000Z', stockholm)).toBe('2027-02-01T12:00:00.000Z');
  });
});

describe('in the bundle: the spreadsheet\'s time zone decides', () => {
  function announceDue(zone: string | null, settings: ProgramSettings): string {
    const em = newEmulator();
    if (zone) em.spreadsheet.spreadsheetFacade().setSpreadsheetTimeZone(zone);
    setUpProgram(em, settings);
    return runOk<{ report: AnnounceReport }>(em, 'announce').report.due;
  }

  test('a December announcement in Stockholm goes at 09:00 CET', () => {
    expect(announceDue(null, programSettings('sv'))).toBe(`${programSettings('sv').timeline.matchesAnnounced}T08:00:00.000Z`);
  });

  test('a March announcement after the change goes at 09:00 CEST', () => {
    const base = programSettings('sv');
    const spring: ProgramSettings = {
      ...base,
      timeline: {
        ...base.timeline,
        matchesAnnounced: '2027-03-30',
        kickoff: { ...base.timeline.kickoff, date: '2027-04-06' },
        midway: '2027-05-04',
        closing: { ...base.timeline.closing, date: '2027-06-01' },
        programEnd: '2027-06-01',
        dataDeletion: '2027-12-01',
      },
    };
    expect(announceDue(null, spring)).toBe('2027-03-30T07:00:00.000Z');
  });

  test('a spreadsheet set to New York (the script\'s zone stays Stockholm) goes at 09:00 there', () => {
    expect(announceDue('America/New_York', programSettings('sv'))).toBe(`${programSettings('sv').timeline.matchesAnnounced}T14:00:00.000Z`);
  });
});
