/**
 * This file defines the add-on's Apps Script surface and composition root: the simple
 * triggers, menu items, installable-trigger handlers and the functions the sidebar calls.
 * Every export here becomes a global function in dist/Code.js (scripts/build.cjs), and the
 * sidebar's RPC client is typed by this module, so renaming an export breaks the sidebar
 * build. Everything that crosses to the sidebar is JSON-safe (dates as ISO strings).
 */

import { checkinRecord as checkinRecordOf } from './app/checkin';
import {
  type EmailTemplatesView,
  emailTemplatesView,
  type PreviewView,
  previewTemplate,
  setMailOptions as saveMailOptions,
  saveEmailTemplate as saveTemplateFromSidebar,
  sendTestEmail as sendTemplateTest,
  templateInput,
} from './app/email-sidebar';
import { ingestSubmission, type RereadSummary, rereadAll } from './app/intake';
import type { MailSettings } from './app/mail-settings';
import { type MatchProposalView, matchProposal } from './app/match-proposal';
import { saveMeetingOptions } from './app/meetings';
import {
  type AnnounceReport,
  announceMatches,
  type CheckinView,
  checkinView,
  type DrainReport,
  drainOutbox,
  ingestCheckin,
  type OutboxView,
  outboxView,
  PROGRAM_EMAIL_KINDS,
  type ProgramEmailKind,
  queueApplicationEmail,
  queueCheckIn,
  queueMissingApplicationEmails,
  queueProgramEmails,
  remindCheckin,
  resolveOutboxRow,
} from './app/outbox';
import { savedSettings, saveSettings as saveProgramSettings } from './app/program-setup';
import { type SidebarState, sidebarState } from './app/sidebar-state';
import { createForms as createSignUpForms, setFormAccepting as setSignUpFormAccepting } from './app/sign-up-forms';
import { confirmStep, moveStep, recreateMeetingEvent, runDueSteps, runStepNow, setTimelineOptions, skipStep } from './app/timeline';
import { acceptTriggerRun, installAutomation } from './app/timeline-automation';
import type { TimelinePorts } from './app/timeline-ports';
import { type TimelineView, timelineView } from './app/timeline-view';
import { admitFormSubmitFiring, takeOverFormSubmitTrigger } from './app/trigger-ownership';
import { workbenchAction as runWorkbenchAction, workbenchMentee, workbenchSwapPreview, workbenchView } from './app/workbench';
import type { MenteeDetailView, SwapPreviewView } from './app/workbench-mentee';
import type { WorkbenchView } from './app/workbench-view';
import { fail, forward, ok, type Result } from './core/failures';
import { isLanguage } from './core/i18n';
import { isIsoDate, isTimeOfDay, type ProgramSettings } from './core/program';
import { isStepId, type StepError, type StepId, timelineMessage } from './core/timeline';
import type { Language, Role } from './core/types';
import { gasPorts } from './gas/gas-ports';
import { openProgram } from './gas/program-document';
import { spreadsheetIdOfTrigger } from './gas/timeline-gateway';
import { timelinePorts } from './gas/timeline-ports-gas';
import { addMenu, openSidebar } from './gas/ui';

export type { EmailTemplatesView, PreviewView } from './app/email-sidebar';
export type { MatchProposalView } from './app/match-proposal';
export type { CheckinView, OutboxView } from './app/outbox';
export type { SidebarState } from './app/sidebar-state';
export type { TimelineView } from './app/timeline-view';
export type { WorkbenchReply, WorkbenchRequest } from './app/workbench';
export type { CandidateView, MenteeDetailView, ProfileView, SwapPreviewView } from './app/workbench-mentee';
export type { MenteeState, WorkbenchMenteeRow, WorkbenchMentorRow, WorkbenchView } from './app/workbench-view';
export type { Failure, Result } from './core/failures';

function programLanguage(): Language | undefined {
  return savedSettings(gasPorts())?.language;
}

/** The ports and the saved settings, or the failure the sidebar shows before any are saved. */
function withSettings<T>(work: (ports: ReturnType<typeof gasPorts>, settings: ProgramSettings) => Result<T>): Result<T> {
  const ports = gasPorts();
  const settings = savedSettings(ports);
  if (!settings) return fail('settingsRequired');
  return work(ports, settings);
}

/**
 * Simple trigger: adds the add-on menu. In AuthMode.NONE no service that needs
 * authorisation may be used, so the language (from Document Properties) is read only in
 * the other modes.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const limited = e?.authMode === ScriptApp.AuthMode.NONE;
  addMenu(limited ? undefined : programLanguage());
}

/** Simple trigger on install: shows the menu at once, without a reload. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu item: opens the sidebar. */
export function showSidebar(): void {
  openSidebar(programLanguage());
}

/**
 * Installable trigger (spreadsheet, on form submit): one trigger serves both forms; the
 * response is routed by the sheet it landed on. A response the add-on cannot place is left
 * in the raw response sheet, where "re-read all responses" will find it. The answers are taken
 * from the event's namedValues, the text as typed (the sheet may hold '007' as 7). A failure
 * (a lock timeout) is logged with the reason and rethrown, so the execution shows as failed;
 * the sidebar then counts the response as not yet read.
 */
export function onFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const ports = gasPorts();
  const sheet = e.range.getSheet();
  const sheetId = sheet.getSheetId();
  const row = e.range.getRow();
  let outcome: ReturnType<typeof ingestSubmission>;
  const settings = savedSettings(ports);
  try {
    // A trigger that is not the recorded one (another member's stray) deletes itself here.
    if (!admitFormSubmitFiring(ports, e.triggerUid)) return;
    if (settings && checkinRecordOf(ports)?.responseSheetId === sheetId) {
      // A midway check-in answer: onto the pair's row in Matches.
      const named = Object.fromEntries(Object.entries(e.namedValues ?? {}).map(([k, v]) => [k, v[0] ?? '']));
      const recorded = ingestCheckin(ports, settings, sheetId, named, ports.clock.nowIso());
      if (recorded.kind === 'ignored') console.warn(`Check-in answer on row ${row} not recorded: ${recorded.reason}`);
      return;
    }
    outcome = ingestSubmission(ports, { sheetId, row, namedValues: e.namedValues });
  } catch (error) {
    console.error(`Response on row ${row} of "${sheet.getName()}" not read: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
  // The applicant's "we received / updated your application" email, sent by the next drain.
  // Should queueing fail, the sidebar's "queue missing application emails" finds the person.
  if (settings && outcome.kind !== 'ignored') queueApplicationEmail(ports, settings, outcome);
}

/*
 * The functions below are what the sidebar calls. Each returns a Result: an expected
 * failure comes back as a value (a message key with its values and where to look), which
 * the sidebar words in the user's language; only a bug throws.
 */

/** Sidebar: everything the sidebar shows, in one call. */
export function getSidebarState(): Result<SidebarState> {
  return ok(sidebarState(gasPorts()));
}

/** Sidebar: validates and saves the settings; nothing is saved when any field is invalid. */
export function saveSettings(input: unknown, uiLanguage: unknown): Result<SidebarState> {
  const ports = gasPorts();
  const saved = saveProgramSettings(ports, input, isLanguage(uiLanguage) ? uiLanguage : 'sv');
  return saved.ok ? ok(sidebarState(ports)) : forward(saved);
}

/** Sidebar: creates the two sign-up forms (or reuses those already made). */
export function createForms(): Result<SidebarState> {
  return withSettings((ports, settings) => {
    const made = createSignUpForms(ports, settings);
    return made.ok ? ok(sidebarState(ports)) : forward(made);
  });
}

/** Sidebar: opens or closes one form for responses. */
export function setFormAccepting(role: Role, accepting: boolean): Result<SidebarState> {
  return withSettings((ports) => {
    if (role !== 'mentor' && role !== 'mentee') return fail('unknownForm', { role: String(role) });
    const done = setSignUpFormAccepting(ports, role, accepting === true);
    return done.ok ? ok(sidebarState(ports)) : forward(done);
  });
}

/**
 * Sidebar: the group knows the member whose trigger reads the responses has left; the
 * running member installs one under their own account and becomes the recorded owner. The
 * old trigger, if it still exists, deletes itself on its next firing.
 */
export function takeOverResponseTrigger(): Result<SidebarState> {
  return withSettings((ports) => {
    takeOverFormSubmitTrigger(ports);
    return ok(sidebarState(ports));
  });
}

/** Sidebar: rebuilds the Mentors and Mentees sheets from every raw response. */
export function rereadResponses(): Result<RereadSummary & { state: SidebarState }> {
  return withSettings((ports, settings) => {
    const summary = rereadAll(ports, settings);
    return ok({ ...summary, state: sidebarState(ports) });
  });
}

/**
 * Sidebar: proposes a mentor for every mentee from the Mentors and Mentees sheets, with
 * the reasons in words. `mode` 'total' maximises the sum of scores (after matching as many
 * mentees as possible); 'raise-worst' first lifts the weakest pair. Nothing is written.
 */
export function getMatchProposal(mode: unknown): Result<MatchProposalView> {
  return withSettings((ports, settings) => matchProposal(ports, settings, mode === 'raise-worst' ? 'raise-worst' : 'total'));
}

// ---- Timeline and meetings (issue 11) ----

/** What every timeline action returns to the sidebar: the outcome in words, and the fresh view. */
export interface TimelineActionResult {
  ok: boolean;
  message: string;
  timeline: TimelineView;
}

function timelineContext() {
  const settings = savedSettings(gasPorts());
  // The sidebar shows the Timeline tab only once settings are saved.
  if (!settings) throw new Error('Save the settings before using the timeline.');
  return { ports: timelinePorts(settings), settings };
}

function timelineResult(ports: TimelinePorts, settings: ProgramSettings, result: { ok: true } | { ok: false; error: StepError }): TimelineActionResult {
  const message = result.ok ? '' : (result.error.detail ?? timelineMessage(settings.language, result.error.key, result.error.values));
  return { ok: result.ok, message, timeline: timelineView(ports, settings) };
}

function requireStepId(id: unknown): StepId {
  if (!isStepId(id)) throw new Error(`Unknown timeline step "${String(id)}"`);
  return id;
}

/**
 * Installable trigger (time-driven, hourly): runs every step of the timeline that is due,
 * each exactly once. A container-bound script's trigger has the spreadsheet as its document.
 * A published add-on's has none: it opens the spreadsheet recorded for the trigger at
 * install (src/gas/program-document), whose store sheet holds the program's state. A
 * trigger whose spreadsheet is not recorded cannot find its program and deletes itself; the
 * sidebar then shows the automation as missing and offers to install it.
 */
export function onTimelineTrigger(e?: GoogleAppsScript.Events.TimeDriven): void {
  if (!SpreadsheetApp.getActiveSpreadsheet()) {
    const id = e?.triggerUid ? spreadsheetIdOfTrigger(e.triggerUid) : null;
    if (!id) {
      console.warn(`Timeline trigger ${e?.triggerUid ?? '(no id)'} has no recorded spreadsheet; it is deleted.`);
      const own = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === e?.triggerUid);
      if (own) ScriptApp.deleteTrigger(own);
      return;
    }
    openProgram(id);
  }
  const settings = savedSettings(gasPorts());
  if (!settings) return;
  const ports = timelinePorts(settings);
  if (!acceptTriggerRun(ports, e?.triggerUid)) return;
  runDueSteps(ports, settings);
}

/** Sidebar: the timeline with each step's state and time, the meetings and the automation's owner. */
export function getTimeline(): Result<TimelineView> {
  return withSettings((_ports, settings) => ok(timelineView(timelinePorts(settings), settings)));
}

/** Sidebar: runs one step now (before its time, or again after it failed). */
export function runTimelineStep(id: unknown): TimelineActionResult {
  const { ports, settings } = timelineContext();
  return timelineResult(ports, settings, runStepNow(ports, settings, requireStepId(id)));
}

/** Sidebar: skips a step that has not run. */
export function skipTimelineStep(id: unknown): TimelineActionResult {
  const { ports, settings } = timelineContext();
  return timelineResult(ports, settings, skipStep(ports, settings, requireStepId(id)));
}

/** Sidebar: moves a step that has not run to a new date and time ('YYYY-MM-DD', 'HH:mm') in the program's zone. */
export function moveTimelineStep(id: unknown, date: unknown, time: unknown): TimelineActionResult {
  const { ports, settings } = timelineContext();
  if (!isIsoDate(date) || !isTimeOfDay(time)) return timelineResult(ports, settings, { ok: false, error: { key: 'invalidMove' } });
  return timelineResult(ports, settings, moveStep(ports, settings, requireStepId(id), { date, time }));
}

/** Sidebar: a group member confirms the step that waits for one (deleting personal data). */
export function confirmTimelineStep(id: unknown): TimelineActionResult {
  const { ports, settings } = timelineContext();
  return timelineResult(ports, settings, confirmStep(ports, settings, requireStepId(id)));
}

/** Sidebar: installs the hourly automation under the current user, unless another member's runs. */
export function installTimelineAutomation(): TimelineActionResult {
  const { ports, settings } = timelineContext();
  const result = installAutomation(ports);
  return timelineResult(ports, settings, result.ok ? { ok: true } : result);
}

/** Sidebar: the timeline's own choices: when emails go out, reminder lead times. */
export function setTimelineChoices(input: unknown): TimelineActionResult {
  const { ports, settings } = timelineContext();
  return timelineResult(ports, settings, setTimelineOptions(ports, input));
}

/** Sidebar: the group's meeting choices (calendar, Meet links, guests seeing each other, length, group address). */
export function setMeetingOptions(input: unknown): TimelineActionResult {
  const { ports, settings } = timelineContext();
  const saved = saveMeetingOptions(ports, input);
  return timelineResult(ports, settings, saved.ok ? { ok: true } : saved);
}

/** Sidebar: creates a meeting's event again after it was deleted by hand in Calendar. */
export function recreateMeeting(kind: unknown): TimelineActionResult {
  const { ports, settings } = timelineContext();
  if (kind !== 'kickoff' && kind !== 'closing') throw new Error(`Unknown meeting "${String(kind)}"`);
  return timelineResult(ports, settings, recreateMeetingEvent(ports, settings, kind));
}

/** Sidebar: the matching workbench in one call (mentees, mentors, warnings, totals, version). */
export function getWorkbench(): Result<WorkbenchView> {
  return withSettings((ports, settings) => ok(workbenchView(ports, settings)));
}

/** Sidebar: one mentee opened: profile, pair and explanation, next best mentors (null if unknown). */
export function getWorkbenchMentee(menteeId: unknown): Result<MenteeDetailView | null> {
  return withSettings((ports, settings) => ok(workbenchMentee(ports, settings, menteeId)));
}

/** Sidebar: what swapping two mentees' mentors would do to both scores and the total; nothing is written. */
export function previewSwap(menteeId: unknown, otherMenteeId: unknown): Result<SwapPreviewView | null> {
  return withSettings((ports, settings) => ok(workbenchSwapPreview(ports, settings, menteeId, otherMenteeId)));
}

/**
 * Sidebar: one workbench action (propose, assign, swap, lock, unlock, forbid, allow, unassign,
 * confirm, undo) based on the view of `version`; the new view (with the opened mentee's
 * details when one is named), or a failure (a stale version is refused with 'staleVersion':
 * the sidebar reloads).
 */
export function workbenchAction(action: unknown, version: unknown, openedMenteeId?: unknown): Result<WorkbenchView> {
  return withSettings((ports, settings) => runWorkbenchAction(ports, settings, action, version, openedMenteeId));
}

/** Sidebar: the outbox's counts, the rows needing attention, the quota left and the sending choices. */
export function getOutbox(): Result<OutboxView> {
  return withSettings((ports, settings) => ok(outboxView(ports, settings)));
}

/** Sidebar "Send now": drains the due emails now (the hourly trigger does the same). */
export function sendNow(): Result<{ report: DrainReport; outbox: OutboxView }> {
  return withSettings((ports, settings) => {
    const report = drainOutbox(ports, settings);
    return ok({ report, outbox: outboxView(ports, settings) });
  });
}

/** Sidebar: "resend" or "mark as sent" for a row that needs checking, failed or is held. */
export function resolveOutbox(key: unknown, action: unknown): Result<OutboxView> {
  return withSettings((ports, settings) => {
    if (typeof key !== 'string' || (action !== 'resend' && action !== 'markSent')) throw new Error('resolveOutbox: bad arguments');
    resolveOutboxRow(ports, settings, key, action);
    return ok(outboxView(ports, settings));
  });
}

/** Sidebar: queues "application received" for every applicant who has not had it (e.g. added by a re-read). */
export function queueApplicationEmails(): Result<{ added: number; outbox: OutboxView }> {
  return withSettings((ports, settings) => {
    const { added } = queueMissingApplicationEmails(ports, settings);
    return ok({ added, outbox: outboxView(ports, settings) });
  });
}

/**
 * Sidebar "Announce matches": queues both sides' match emails for every confirmed pair and
 * "no match this round" for mentees without a pair, due on the announcement date or now.
 * Safe to press again: only new pairs get emails.
 */
export function announce(): Result<{ report: AnnounceReport; outbox: OutboxView }> {
  return withSettings((ports, settings) => {
    const report = announceMatches(ports, settings);
    return ok({ report, outbox: outboxView(ports, settings) });
  });
}

/** Sidebar "Send the check-in": makes the check-in form once and queues the email to both sides of every confirmed pair. */
export function startCheckIn(): Result<{ queued: number; pairs: number; checkins: CheckinView }> {
  return withSettings((ports, settings) => {
    const queued = queueCheckIn(ports, settings);
    return queued.ok ? ok({ ...queued.value, checkins: checkinView(ports, settings) }) : forward(queued);
  });
}

/** Sidebar: the check-in's answers so far and the pairs the contact person should look at. */
export function getCheckins(uiLanguage: unknown): Result<CheckinView> {
  return withSettings((ports, settings) => ok(checkinView(ports, settings, isLanguage(uiLanguage) ? uiLanguage : settings.language)));
}

/** Sidebar: one-click check-in reminder to one side of a flagged pair (once per person and pair). */
export function sendCheckinReminder(pairId: unknown, personId: unknown): Result<{ queued: boolean; checkins: CheckinView }> {
  return withSettings((ports, settings) => {
    if (typeof pairId !== 'string' || typeof personId !== 'string') throw new Error('sendCheckinReminder: bad arguments');
    const queued = remindCheckin(ports, settings, pairId, personId);
    return queued.ok ? ok({ ...queued.value, checkins: checkinView(ports, settings) }) : forward(queued);
  });
}

const uiOf = (value: unknown, settings: ProgramSettings): Language => (isLanguage(value) ? value : settings.language);

/** Sidebar email view: every template (both languages) with its problems, and the participants to preview for. */
export function getEmailTemplates(uiLanguage: unknown): Result<EmailTemplatesView> {
  return withSettings((ports, settings) => ok(emailTemplatesView(ports, settings, uiOf(uiLanguage, settings))));
}

/** Sidebar: a template (saved or being edited) rendered for a real participant; problems named, nothing sent. */
export function previewEmail(input: unknown, uiLanguage: unknown): Result<PreviewView> {
  return withSettings((ports, settings) => {
    const parsed = templateInput(input);
    if (!parsed) throw new Error('previewEmail: bad template input');
    return ok(previewTemplate(ports, settings, parsed, uiOf(uiLanguage, settings)));
  });
}

/** Sidebar: saves an edited template to the Templates sheet; refused, naming the problems, when it has any. */
export function saveEmailTemplate(input: unknown, uiLanguage: unknown): Result<{ saved: boolean; problems: string[] }> {
  return withSettings((ports, settings) => {
    const parsed = templateInput(input);
    if (!parsed) throw new Error('saveEmailTemplate: bad template input');
    return ok(saveTemplateFromSidebar(ports, settings, parsed, uiOf(uiLanguage, settings)));
  });
}

/** Sidebar: sends the previewed template to yourself only, marked as a test (not through the outbox). */
export function sendTestEmail(input: unknown, uiLanguage: unknown): Result<{ to: string }> {
  return withSettings((ports, settings) => {
    const parsed = templateInput(input);
    if (!parsed) throw new Error('sendTestEmail: bad template input');
    return sendTemplateTest(ports, settings, parsed, uiOf(uiLanguage, settings));
  });
}

/** Sidebar: "hold all" on or off, and the sender (an alias of yours, or '' for your own address). */
export function setMailOptions(change: unknown): Result<MailSettings> {
  return withSettings((ports) => saveMailOptions(ports, (change ?? {}) as { hold?: unknown; from?: unknown }));
}

/**
 * Sidebar: queues one of the program-wide emails (kickoff or closing invitation or reminder,
 * thanks to mentors, thanks to mentees) to everyone in a confirmed pair, once per person.
 */
export function queueProgramEmail(kind: unknown): Result<{ added: number; people: number; outbox: OutboxView }> {
  return withSettings((ports, settings) => {
    if (!PROGRAM_EMAIL_KINDS.includes(kind as ProgramEmailKind)) throw new Error(`queueProgramEmail: unknown kind ${String(kind)}`);
    const queued = queueProgramEmails(ports, settings, kind as ProgramEmailKind);
    return ok({ ...queued, outbox: outboxView(ports, settings) });
  });
}
