/**
 * This file defines the public surface of program setup: the settings record, its defaults
 * and validation, the planning checklist and the pure date helpers the timeline runs on.
 */
export type { ChecklistItem, ChecklistKey, ChecklistProgress, ChecklistStatus } from './checklist';
export { DUE_WINDOW_DAYS, planningChecklist } from './checklist';
export type { IsoDate } from './dates';
export {
  addDays,
  addMonths,
  dateOfTimestamp,
  daysBetween,
  formatDate,
  formatDateTime,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  isTimeOfDay,
  midpoint,
  onOrAfterWeekday,
  toDayNumber,
} from './dates';
export { isEmailAddress, normaliseEmail } from './email';
export type { MeetingSettings, Person, ProgramSettings, Timeline } from './settings';
export {
  DEFAULT_SHARED_FIELDS,
  defaultDataDeletion,
  defaultMidway,
  defaultSettings,
  PLANNING_MONTHS_BEFORE_OPENING,
  PROGRAM_MONTHS,
  RETENTION_MONTHS,
} from './settings';
export type { ProgramTexts } from './texts';
export { programTexts } from './texts';
export type { SettingsValidation } from './validate-settings';
export { validateSettings } from './validate-settings';
