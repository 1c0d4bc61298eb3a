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
import { type WorkbenchReply, workbenchAction as runWorkbenchAction, workbenchMentee, workbenchSwapPreview, workbenchView } from './app/workbench';
import type { MenteeDetailView, SwapPreviewView } from './app/workbench-mentee';
import type { WorkbenchView } from './app/workbench-view';

export type { MatchProposalView } from './app/match-proposal';
export type { SidebarState } from './app/sidebar-state';
export type { WorkbenchReply, WorkbenchRequest } from './app/workbench';
export type { CandidateView, MenteeDetailView, ProfileView, SwapPreviewView } from './app/workbench-mentee';
export type { MenteeState, WorkbenchMenteeRow, WorkbenchMentorRow, WorkbenchView } from './app/workbench-view';

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

/** Sidebar: the matching workbench in one call (mentees, mentors, warnings, totals, version). */
export function getWorkbench(): WorkbenchView {
  const { ports, settings } = requireSettings();
  return workbenchView(ports, settings);
}

/** Sidebar: one mentee opened: profile, pair and explanation, next best mentors (null if unknown). */
export function getWorkbenchMentee(menteeId: unknown): MenteeDetailView | null {
  const { ports, settings } = requireSettings();
  return workbenchMentee(ports, settings, menteeId);
}

/** Sidebar: what swapping two mentees' mentors would do to both scores and the total; nothing is written. */
export function previewSwap(menteeId: unknown, otherMenteeId: unknown): SwapPreviewView | null {
  const { ports, settings } = requireSettings();
  return workbenchSwapPreview(ports, settings, menteeId, otherMenteeId);
}

/**
 * Sidebar: one workbench action (propose, assign, swap, lock, unlock, forbid, allow, unassign,
 * confirm, undo) based on the view of `version`; returns the new view, or a failure in words
 * (a stale version is refused: the sidebar reloads).
 */
export function workbenchAction(action: unknown, version: unknown): WorkbenchReply {
  const { ports, settings } = requireSettings();
  return runWorkbenchAction(ports, settings, action, version);
}
