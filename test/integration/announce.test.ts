/**
 * Integration test of announcing the matches, end to end in the built bundle: 300 people
 * sign up through the add-on's forms (each gets "application received"), the workbench
 * proposes and confirms pairs, "announce" queues both sides' match emails and "no match"
 * for mentees left without a mentor, and the drain sends every expected email exactly
 * once. Then a pair confirmed later gets its emails, and a pair changed after its emails
 * went is held for the group.
 */
import type { Emulator } from '../../emulator';
import { DEMO_SEED, demoAnswers } from '../../emulator/demo';
import { asFormAnswers, makeDemoEmulator } from '../../emulator/preview/demo-program';
import type { AnnounceReport, DrainReport, OutboxView } from '../../src/app/outbox';
import { renderFailure, type Result } from '../../src/core/failures';
import type { WorkbenchView } from '../../src/main';
import { DIST, newEmulator, programSettings, records, setUpProgram } from './support';

function value<T>(em: Emulator, fn: string, ...args: unknown[]): T {
  const result = em.run<Result<T>>(fn, ...args);
  if (!result.ok) throw new Error(renderFailure(result.failure, 'en'));
  return result.value;
}

function drainAll(em: Emulator): DrainReport[] {
  const reports: DrainReport[] = [];
  for (let i = 0; i < 20; i++) {
    const { report } = value<{ report: DrainReport }>(em, 'sendNow');
    reports.push(report);
    if (report.left === 0) return reports;
  }
  throw new Error('drain did not finish');
}

const MENTORS = 110;
const MENTEES = 190;
let em: Emulator;
let view: WorkbenchView;
let later: string[] = [];

beforeAll(() => {
  em = newEmulator();
  const settings = setUpProgram(em, programSettings('sv'));
  const sign = (role: 'mentor' | 'mentee', n: number) =>
    demoAnswers(role, n, DEMO_SEED + 300, settings).map((a) => asFormAnswers(role, settings, a).answers);
  let refused = 0;
  for (const [role, list] of [['mentor', sign('mentor', MENTORS)], ['mentee', sign('mentee', MENTEES)]] as const) {
    for (const answers of list) {
      try {
        em.submitForm(role, answers);
      } catch {
        refused++; // the demo generator makes one flawed sign-up of each role, which the form refuses
      }
    }
  }
  expect(refused).toBe(2);
  view = value<WorkbenchView>(em, 'getWorkbench');
  view = value<WorkbenchView>(em, 'workbenchAction', { kind: 'propose', settings: view.settings }, view.version);
  // Five proposed pairs stay unconfirmed for now: they get no email of either kind yet.
  later = view.mentees.filter((m) => m.mentorId).slice(-5).map((m) => m.id);
  const now = view.mentees.filter((m) => m.mentorId && !later.includes(m.id)).map((m) => m.id);
  view = value<WorkbenchView>(em, 'workbenchAction', { kind: 'confirm', menteeIds: now }, view.version);
}, 120_000);

test('300 sign-ups, matching and announcement: every expected email once, in each person\'s language', () => {
  const mentees = records(em, 'Mentees');
  const mentors = records(em, 'Mentors');
  expect(mentors.length + mentees.length).toBe(MENTORS + MENTEES - 2);
  const confirmed = view.mentees.filter((m) => m.mentorId && m.state === 'confirmed');
  const unmatched = view.mentees.filter((m) => !m.mentorId);
  expect(confirmed.length).toBeGreaterThan(100);
  expect(confirmed.length + unmatched.length + later.length).toBe(mentees.length);

  const { report } = value<{ report: AnnounceReport }>(em, 'announce');
  expect(report).toMatchObject({ pairs: confirmed.length, noMatch: unmatched.length, queued: 2 * confirmed.length + unmatched.length, changed: [] });
  // A second press (another member, or the hourly timeline) adds nothing.
  expect(value<{ report: AnnounceReport }>(em, 'announce').report.queued).toBe(0);
  // Only the application emails are due before the announcement date.
  drainAll(em);
  expect(em.sentMail()).toHaveLength(mentors.length + mentees.length);
  expect(report.due).toBe(`${programSettings('sv').timeline.matchesAnnounced}T08:00:00.000Z`);
  em.advanceTo(report.due);
  drainAll(em);

  const sent = em.sentMail().map((m) => ({ to: m.to.join(','), subject: m.subject }));
  const expected: string[] = [];
  const emailOf = new Map([...mentors, ...mentees].map((r) => [r.Id ?? r.ID ?? r.id, r['E-post']]));
  for (const r of [...mentors, ...mentees]) expected.push(`received ${r['E-post']}`);
  for (const m of confirmed) expected.push(`match-mentee ${emailOf.get(m.id)}`, `match-mentor ${emailOf.get(m.mentorId!)}`);
  for (const m of unmatched) expected.push(`no-match ${emailOf.get(m.id)}`);
  const kindOf = (subject: string) =>
    /^(Om din ansökan|About your application)/.test(subject)
      ? 'no-match'
      : /^(Vi har tagit emot|We have received)/.test(subject)
        ? 'received'
        : /^(Din mentor|Your mentor)/.test(subject)
          ? 'match-mentee'
          : /^(Din adept|Your mentee)/.test(subject)
            ? 'match-mentor'
            : subject;
  expect(sent.map((m) => `${kindOf(m.subject)} ${m.to}`).sort()).toEqual(expected.sort());
  // Every English-speaking mentee got English emails.
  for (const m of view.mentees.filter((x) => x.language === 'en')) {
    const theirs = em.sentMail().filter((s) => s.to[0] === emailOf.get(m.id));
    for (const mail of theirs) expect(mail.subject).toMatch(/application|mentor in|About your/);
  }
  const outbox = value<OutboxView>(em, 'getOutbox');
  expect(outbox.counts).toMatchObject({ sent: sent.length, queued: 0, failed: 0, check: 0 });
});

const sentTo = (address: string) => em.sentMail().filter((m) => m.to[0] === address);
const emailOfId = (id: string) => {
  const all = [...records(em, 'Mentors'), ...records(em, 'Mentees')];
  return all.find((r) => r.Id === id)?.['E-post'] ?? '';
};

test('a pair confirmed later gets its emails when it is confirmed, once', () => {
  const before = em.sentMail().length;
  view = value<WorkbenchView>(em, 'workbenchAction', { kind: 'confirm', menteeIds: later }, value<WorkbenchView>(em, 'getWorkbench').version);
  const { report } = value<{ report: AnnounceReport }>(em, 'announce');
  expect(report).toMatchObject({ queued: 10, changed: [] });
  drainAll(em);
  expect(em.sentMail().length - before).toBe(10);
  for (const id of later) expect(sentTo(emailOfId(id)).filter((m) => /^(Din mentor|Your mentor)/.test(m.subject))).toHaveLength(1);
});

test('a pair changed after its emails went is held for the group, which decides to tell them', () => {
  view = value<WorkbenchView>(em, 'getWorkbench');
  const [a, b] = view.mentees.filter((m) => m.state === 'confirmed' && m.language === 'sv');
  view = value<WorkbenchView>(em, 'workbenchAction', { kind: 'swap', menteeId: a!.id, otherMenteeId: b!.id }, view.version);
  view = value<WorkbenchView>(em, 'workbenchAction', { kind: 'confirm', menteeIds: [a!.id, b!.id] }, view.version);
  const { report } = value<{ report: AnnounceReport }>(em, 'announce');
  expect(report.queued).toBe(4);
  expect(report.changed.map((c) => c.menteeId).sort()).toEqual([a!.id, b!.id].sort());
  const before = em.sentMail().length;
  drainAll(em);
  expect(em.sentMail().length).toBe(before);
  const outbox = value<OutboxView>(em, 'getOutbox');
  const held = outbox.attention.filter((r) => r.state === 'held');
  expect(held.map((r) => r.kind).sort()).toEqual(['match-mentee', 'match-mentee', 'match-mentor', 'match-mentor']);
  expect(held[0]!.error).toMatch(/Paret har ändrats/);
  // The group tells them after all.
  for (const row of held) value<OutboxView>(em, 'resolveOutbox', row.key, 'resend');
  drainAll(em);
  expect(em.sentMail().length).toBe(before + 4);
  expect(sentTo(emailOfId(a!.id)).filter((m) => /^Din mentor/.test(m.subject))).toHaveLength(2);
});

test("the demo's 'announced' stage: every confirmed pair's emails sent once, both sides", () => {
  const demo = makeDemoEmulator({ distDir: DIST, stage: 'announced' }).emulator;
  const pairs = records(demo, 'Matchningar').filter((r) => r.Läge === 'bekräftad');
  expect(pairs.length).toBeGreaterThan(70);
  const sent = demo.sentMail();
  for (const p of pairs) {
    expect(sent.filter((m) => m.to[0] === p['Adeptens e-post'] && /^(Din mentor|Your mentor)/.test(m.subject))).toHaveLength(1);
    expect(sent.filter((m) => m.to[0] === p['Mentorns e-post'] && m.subject.endsWith(p.Adept!))).toHaveLength(1);
  }
  const outbox = value<OutboxView>(demo, 'getOutbox');
  expect(outbox.counts).toMatchObject({ queued: 0, failed: 0, check: 0, sent: sent.length });
}, 120_000);
