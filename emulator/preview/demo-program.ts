/**
 * This file defines the preview's demo program: a fresh emulator running the built add-on,
 * set up as a project group would (settings saved and both forms created from the
 * sidebar's server functions), then filled with the seeded demo sign-ups submitted through
 * the add-on's own forms over the application window, so every row went through the real
 * form validation and the real intake trigger. The clock ends the morning after
 * applications closed, when matching is due.
 */
import { createEmulator, type Emulator } from '../index';
import { addDays, defaultSettings, type ProgramSettings } from '../../src/core/program';
import { DEMO_MENTEE_COUNT, DEMO_MENTOR_COUNT, DEMO_SEED, demoAnswers, createRandom } from '../demo';
import type { Role } from '../../src/core/types';
import { formSpec } from '../../src/core/forms';
import { type DemoStage, isTimelineStage, reachAnnounced, reachMatched, reachTimelineStage } from './demo-stages';

export interface DemoOptions {
  distDir: string;
  /** Where the demo starts (emulator/preview/demo-stages.ts); 'closed' by default. */
  stage?: DemoStage;
  seed?: number;
  language?: 'sv' | 'en';
}

export interface DemoReport {
  submitted: number;
  /** Responses the form refused, as Google Forms would (e.g. a malformed email). */
  refused: { role: Role; reason: string }[];
}

/** The demo's settings: applications open 2026-11-02 and close 2026-11-30. */
export function demoProgramSettings(language: 'sv' | 'en'): ProgramSettings {
  const base = defaultSettings('2026-05-01', language);
  const place = language === 'sv' ? 'Alumnhuset, Exempelgatan 1, Uppsala' : 'Alumni House, Exempelgatan 1, Uppsala';
  return {
    ...base,
    programName: language === 'sv' ? 'Mentorprogrammet 2027' : 'Mentor Program 2027',
    contact: { name: 'Karin Ek', email: 'karin.ek@example.org' },
    projectGroup: [
      { name: 'Karin Ek', email: 'karin.ek@example.org' },
      { name: 'Omar Haddad', email: 'omar.haddad@example.org' },
      { name: 'Ella Lindgren', email: 'ella.lindgren@example.com' },
    ],
    timeline: {
      ...base.timeline,
      kickoff: { ...base.timeline.kickoff, place, videoLink: 'https://meet.example.org/kickoff' },
      closing: { ...base.timeline.closing, place, videoLink: '' },
    },
  };
}

function at(date: string, hour: number): string {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`).toISOString();
}

/** The generator joins ticked boxes as Google's response sheet does; a respondent ticks each box. */
export function asFormAnswers(role: Role, settings: ProgramSettings, answers: Record<string, string>) {
  const boxes = new Set(formSpec(role, settings).items.filter((i) => i.type === 'checkbox' || i.type === 'consent').map((i) => i.title));
  const out: Record<string, string | string[]> = {};
  for (const [title, value] of Object.entries(answers)) {
    out[title] = boxes.has(title) ? value.split(', ').filter(Boolean) : value;
  }
  return { role, answers: out };
}

export function makeDemoEmulator(options: DemoOptions): { emulator: Emulator; report: DemoReport } {
  const language = options.language ?? 'sv';
  const seed = options.seed ?? DEMO_SEED;
  const settings = demoProgramSettings(language);
  const opens = settings.timeline.applicationOpens;
  const closes = settings.timeline.applicationCloses;
  // As published (the emulator's default deployment): the hourly trigger runs without the document.
  const em = createEmulator({ now: at(opens, 7), seed, distDir: options.distDir });
  for (const [fn, args] of [['saveSettings', [settings, language]], ['createForms', []]] as const) {
    const result = em.run<{ ok: boolean; failure?: unknown }>(fn, ...args);
    if (!result.ok) throw new Error(`Demo: ${fn} failed: ${JSON.stringify(result.failure)}`);
  }

  // One of each is flawed so that the form refuses it (DEMO_FLAWS); one more of each keeps
  // the sheets at the demo's full 60 mentors and 80 mentees.
  const queue = [
    ...demoAnswers('mentor', DEMO_MENTOR_COUNT + 1, seed, settings).map((answers) => asFormAnswers('mentor', settings, answers)),
    ...demoAnswers('mentee', DEMO_MENTEE_COUNT + 1, seed, settings).map((answers) => asFormAnswers('mentee', settings, answers)),
  ];
  const random = createRandom(seed);
  const shuffled = random.sample(queue, queue.length);
  // Spread the sign-ups over the window, a little irregularly, as real ones arrive.
  const start = Date.parse(at(opens, 8));
  const span = Date.parse(at(closes, 20)) - start;
  const report: DemoReport = { submitted: 0, refused: [] };
  shuffled.forEach((item, i) => {
    const when = start + Math.floor(((i + random.next()) / shuffled.length) * span);
    if (when > Date.parse(em.now())) em.advanceTo(new Date(when).toISOString());
    try {
      em.submitForm(item.role, item.answers);
      report.submitted++;
    } catch (error) {
      report.refused.push({ role: item.role, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  em.advanceTo(at(addDays(closes, 1), 8));
  if (options.stage === 'matched' || options.stage === 'announced' || isTimelineStage(options.stage)) {
    // The group's matching evening, a week after applications closed.
    em.advanceTo(at(addDays(closes, 7), 18));
    reachMatched(em);
  }
  if (options.stage === 'announced' || isTimelineStage(options.stage)) reachAnnounced(em);
  if (isTimelineStage(options.stage)) reachTimelineStage(em, settings, options.stage);
  return { emulator: em, report };
}
