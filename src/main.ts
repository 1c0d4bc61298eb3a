/**
 * This file defines the add-on's Apps Script surface and composition root: the simple
 * triggers, menu items, installable-trigger handlers and the functions the sidebar calls.
 * Every export here becomes a global function in dist/Code.js (scripts/build.cjs), and the
 * sidebar's RPC client is typed by this module, so renaming an export breaks the sidebar
 * build. Everything that crosses to the sidebar is JSON-safe (dates as ISO strings).
 */
import { ingestSubmission, type RereadSummary, rereadAll } from './app/intake';
import { type MatchProposalView, matchProposal } from './app/match-proposal';
import { type SaveResult, saveSettings as saveProgramSettings, savedSettings } from './app/program-setup';
import { type SidebarState, sidebarState } from './app/sidebar-state';
import { createForms as createSignUpForms, setFormAccepting as setSignUpFormAccepting } from './app/sign-up-forms';
import { isLanguage, messages } from './core/i18n';
import type { Language, Role } from './core/types';
import { gasPorts } from './gas/gas-ports';
import { addMenu, openSidebar } from './gas/ui';
import { confirmStep, moveStep, recreateMeetingEvent, runDueSteps, runStepNow, skipStep } from './app/timeline';
import { acceptTriggerRun, installAutomation } from './app/timeline-automation';
import type { TimelinePorts } from './app/timeline-ports';
import { type TimelineView, timelineView } from './app/timeline-view';
import { isIsoDate, isTimeOfDay, type ProgramSettings } from './core/program';
import { isStepId, type StepError, type StepId, timelineMessage } from './core/timeline';
import { spreadsheetIdOfTrigger } from './gas/timeline-gateway';
import { timelinePorts } from './gas/timeline-ports-gas';

export type { MatchProposalView } from './app/match-proposal';
export type { SidebarState } from './app/sidebar-state';
export type { TimelineView } from './app/timeline-view';

function programLanguage(): Language | undefined {
  return savedSettings(gasPorts())?.language;
}

function requireSettings() {
  const ports = gasPorts();
  const settings = savedSettings(ports);
  if (!settings) throw new Error(messages(undefined).settingsRequired);
  return { ports, settings };
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
 * in the raw response sheet, where "re-read all responses" will find it.
 */
export function onFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const sheet = e.range.getSheet();
  ingestSubmission(gasPorts(), { sheetId: sheet.getSheetId(), row: e.range.getRow() });
}

/** Sidebar: everything the sidebar shows, in one call. */
export function getSidebarState(): SidebarState {
  return sidebarState(gasPorts());
}

/** Sidebar: validates and saves the settings; nothing is saved when any field is invalid. */
export function saveSettings(input: unknown, uiLanguage: unknown): { ok: true; state: SidebarState } | { ok: false; errors: Record<string, string> } {
  const ports = gasPorts();
  const result: SaveResult = saveProgramSettings(ports, input, isLanguage(uiLanguage) ? uiLanguage : 'sv');
  if (!result.ok) return result;
  return { ok: true, state: sidebarState(ports) };
}

/** Sidebar: creates the two sign-up forms (or reuses those already made). */
export function createForms(): SidebarState {
  const { ports, settings } = requireSettings();
  createSignUpForms(ports, settings);
  return sidebarState(ports);
}

/** Sidebar: opens or closes one form for responses. */
export function setFormAccepting(role: Role, accepting: boolean): SidebarState {
  const { ports, settings } = requireSettings();
  if (role !== 'mentor' && role !== 'mentee') throw new Error(`Unknown form "${String(role)}"`);
  setSignUpFormAccepting(ports, settings, role, accepting === true);
  return sidebarState(ports);
}

/** Sidebar: rebuilds the Mentors and Mentees sheets from every raw response. */
export function rereadResponses(): RereadSummary & { state: SidebarState } {
  const { ports, settings } = requireSettings();
  const summary = rereadAll(ports, settings);
  return { ...summary, state: sidebarState(ports) };
}

/**
 * Sidebar: proposes a mentor for every mentee from the Mentors and Mentees sheets, with
 * the reasons in words. `mode` 'total' maximises the sum of scores (after matching as many
 * mentees as possible); 'raise-worst' first lifts the weakest pair. Nothing is written.
 */
export function getMatchProposal(mode: unknown): MatchProposalView {
  const { ports, settings } = requireSettings();
  return matchProposal(ports, settings, mode === 'raise-worst' ? 'raise-worst' : 'total');
}

// ---- Timeline and meetings (issue 11) ----

/** What every timeline action returns to the sidebar: the outcome in words, and the fresh view. */
export interface TimelineActionResult {
  ok: boolean;
  message: string;
  timeline: TimelineView;
}

function timelineContext() {
  const { settings } = requireSettings();
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
 * each exactly once. In a published add-on the trigger may run without an active
 * spreadsheet: the spreadsheet recorded for this trigger at install is opened by id and
 * made active, so the rest of the add-on finds it as in a bound script.
 */
export function onTimelineTrigger(e?: GoogleAppsScript.Events.TimeDriven): void {
  if (!SpreadsheetApp.getActiveSpreadsheet()) {
    const id = e?.triggerUid ? spreadsheetIdOfTrigger(e.triggerUid) : null;
    if (!id) return;
    SpreadsheetApp.setActiveSpreadsheet(SpreadsheetApp.openById(id));
  }
  const settings = savedSettings(gasPorts());
  if (!settings) return;
  const ports = timelinePorts(settings);
  if (!acceptTriggerRun(ports)) return;
  runDueSteps(ports, settings);
}

/** Sidebar: the timeline with each step's state and time, the meetings and the automation's owner. */
export function getTimeline(): TimelineView {
  const { ports, settings } = timelineContext();
  return timelineView(ports, settings);
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

/** Sidebar: creates a meeting's event again after it was deleted by hand in Calendar. */
export function recreateMeeting(kind: unknown): TimelineActionResult {
  const { ports, settings } = timelineContext();
  if (kind !== 'kickoff' && kind !== 'closing') throw new Error(`Unknown meeting "${String(kind)}"`);
  return timelineResult(ports, settings, recreateMeetingEvent(ports, settings, kind));
}
