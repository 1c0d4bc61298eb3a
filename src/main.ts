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
import {
  type DrainReport,
  drainOutbox,
  type OutboxView,
  outboxView,
  queueApplicationEmail,
  queueMissingApplicationEmails,
  resolveOutboxRow,
} from './app/outbox';
import { createForms as createSignUpForms, setFormAccepting as setSignUpFormAccepting } from './app/sign-up-forms';
import { isLanguage, messages } from './core/i18n';
import type { Language, Role } from './core/types';
import { gasPorts } from './gas/gas-ports';
import { addMenu, openSidebar } from './gas/ui';

export type { MatchProposalView } from './app/match-proposal';
export type { SidebarState } from './app/sidebar-state';

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
  const ports = gasPorts();
  const outcome = ingestSubmission(ports, { sheetId: sheet.getSheetId(), row: e.range.getRow() });
  const settings = savedSettings(ports);
  // The applicant's "we received / updated your application" email, sent by the next drain.
  if (settings && outcome.kind !== 'ignored') queueApplicationEmail(ports, settings, outcome);
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

/** Sidebar: the outbox's counts, the rows needing attention, the quota left and the sending choices. */
export function getOutbox(): OutboxView {
  const { ports, settings } = requireSettings();
  return outboxView(ports, settings);
}

/** Sidebar "Send now": drains the due emails now (the hourly trigger does the same). */
export function sendNow(): { report: DrainReport; outbox: OutboxView } {
  const { ports, settings } = requireSettings();
  const report = drainOutbox(ports, settings);
  return { report, outbox: outboxView(ports, settings) };
}

/** Sidebar: "resend" or "mark as sent" for a row that needs checking, failed or is held. */
export function resolveOutbox(key: unknown, action: unknown): OutboxView {
  const { ports, settings } = requireSettings();
  if (typeof key !== 'string' || (action !== 'resend' && action !== 'markSent')) throw new Error('resolveOutbox: bad arguments');
  resolveOutboxRow(ports, settings, key, action);
  return outboxView(ports, settings);
}

/** Sidebar: queues "application received" for every applicant who has not had it (e.g. added by a re-read). */
export function queueApplicationEmails(): { added: number; outbox: OutboxView } {
  const { ports, settings } = requireSettings();
  const { added } = queueMissingApplicationEmails(ports, settings);
  return { added, outbox: outboxView(ports, settings) };
}
