/**
 * This file defines what the sidebar shows at a glance, gathered in one server call: the
 * program's name and language, its settings (or a toolkit draft), the forms and their links,
 * applicant counts and the planning checklist. Everything is JSON-safe.
 */
import { type ChecklistItem, planningChecklist, type ProgramSettings } from '../core/program';
import type { Language } from '../core/types';
import { applicantCounts, type ApplicantCounts } from './intake';
import type { Ports } from './ports';
import { draftSettings, savedSettings } from './program-setup';
import { type FormView, formViews } from './sign-up-forms';
import { type ResponseTriggerView, responseTriggerView } from './trigger-ownership';

export interface SidebarState {
  programName: string;
  language: Language;
  /** Today in the spreadsheet's time zone (YYYY-MM-DD). */
  today: string;
  /** ISO time the state was read. */
  readAt: string;
  /** False until the group saved valid settings; `settings` is then a draft to start from. */
  configured: boolean;
  settings: ProgramSettings;
  forms: FormView[];
  counts: ApplicantCounts;
  checklist: ChecklistItem[];
  /** Who reads the form responses (the member whose trigger it is), or null before the forms exist. */
  responseTrigger: ResponseTriggerView | null;
}

export function sidebarState(ports: Ports): SidebarState {
  const saved = savedSettings(ports);
  const settings = saved ?? draftSettings(ports);
  const today = ports.clock.today();
  const forms = formViews(ports);
  const counts = applicantCounts(ports, settings.language);
  const progress = {
    createForms: forms.length === 2 && forms.every((f) => f.exists),
    openApplications: forms.some((f) => f.accepting) || counts.mentors.total + counts.mentees.total > 0,
  };
  const responseTrigger = responseTriggerView(ports);
  return {
    programName: saved?.programName ?? '',
    language: settings.language,
    today,
    readAt: ports.clock.nowIso(),
    configured: saved !== null,
    settings,
    forms,
    counts,
    // Before the first save, the toolkit draft's dates show what a plan looks like.
    checklist: planningChecklist(settings, today, progress),
    responseTrigger,
  };
}
