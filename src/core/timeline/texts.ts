/**
 * This file defines the timeline's words in Swedish and English: each step's name as the
 * sidebar and the Log sheet show it, the states, and the messages of the runner.
 */
import type { Language } from '../types';
import type { StepState } from './records';
import type { StepId } from './steps';

export interface TimelineTexts {
  step: Record<StepId, string>;
  state: Record<StepState, string>;
  message: Record<string, string>;
  ui: Record<UiKey, string>;
}

export type UiKey =
  | 'tab'
  | 'heading'
  | 'zone'
  | 'runNow'
  | 'skip'
  | 'move'
  | 'saveMove'
  | 'cancel'
  | 'confirm'
  | 'automationMine'
  | 'automationOther'
  | 'automationMissing'
  | 'install'
  | 'lastRun'
  | 'never'
  | 'meetingDeleted'
  | 'recreate'
  | 'meetingGuests'
  | 'notAvailable'
  | 'by'
  | 'moved'
  | 'loading'
  | 'kickoff'
  | 'closing'
  | 'meetingChoices'
  | 'calendarId'
  | 'seeGuests'
  | 'meetKickoff'
  | 'meetClosing'
  | 'groupAddress'
  | 'saveChoices'
  | 'timelineChoices'
  | 'sendTime'
  | 'reminderDays'
  | 'checkInDays';

const sv: TimelineTexts = {
  step: {
    openForms: 'Öppna formulären',
    closeForms: 'Stäng formulären',
    announceMatches: 'Meddela matchningarna',
    createKickoff: 'Skapa kickoffen i kalendern',
    kickoffReminder: 'Påminnelse om kickoffen',
    midwayCheckIn: 'Avstämning halvvägs',
    createClosing: 'Skapa avslutningen i kalendern',
    checkInReminder: 'Påminnelse om avstämningen och flaggor',
    closingReminder: 'Påminnelse om avslutningen',
    thanks: 'Tack till alla',
    deletePersonalData: 'Radera personuppgifter',
  },
  state: { waiting: 'Väntar', due: 'Dags', running: 'Pågår', done: 'Klar', skipped: 'Hoppades över', failed: 'Misslyckades' },
  message: {
    stepDone: 'Klart.',
    stepFailed: 'Misslyckades: {detail}',
    stepSkipped: 'Hoppades över av {by}.',
    stepLapsed: 'Hoppades över: tiden för steget hade passerat när automatiken körde.',
    stepResumed: 'En tidigare körning avbröts mitt i steget; steget kontrollerades och kördes klart.',
    stepMoved: 'Flyttades till {date} kl. {time} av {by}.',
    awaitingConfirmation: 'Väntar på att någon i projektgruppen bekräftar.',
    confirmed: 'Bekräftat av {by}.',
    deletionNotAvailable: 'Raderingen av personuppgifter kommer med integritetsfunktionen; inget raderades.',
    actionNotAvailable: 'Det här steget kan inte köras än: funktionen ({detail}) finns inte i den här versionen.',
    formsMissing: 'Formulären finns inte än.',
    noPairs: 'Det finns inga bekräftade par än.',
    eventDeleted: 'Händelsen "{title}" har tagits bort ur kalendern för hand. Skapa den igen från Tidslinjen.',
    eventTemplate: 'Mallen "{template}" kan inte användas: {problem} Rätta den under E-post eller i bladet med mallarna och kör sedan steget igen i Tidslinjen.',
    eventCreated: 'Händelsen skapades med {guests} gäster.',
    eventUpdated: 'Händelsen uppdaterades: {added} tillagda, {removed} borttagna gäster.',
    tooManyGuests: 'Programmet har {guests} gäster, fler än Kalenderns gräns ({limit}) per händelse.',
    triggerInstalled: 'Automatiken installerades under {owner}.',
    stepBusy: 'Steget körs redan av en annan körning.',
    notClaimable: 'Steget är redan {state}.',
    emailsQueued: '{queued} e-brev köade, {sent} skickade nu, {left} kvar till nästa körning.',
    invalidMeetingOptions: 'Kontrollera mötesvalen: kalender (”primary” eller en kalenders id), gruppadress (e-post) och längd (15–600 minuter).',
    invalidTimelineOptions: 'Kontrollera tidslinjens val: utskickstid (TT:MM), påminnelse 0–14 dagar före, avstämningspåminnelse 1–28 dagar efter.',
    checkInReminded: '{queued} påminnelser köade till dem som inte svarat; {flagged} par flaggade för kontaktpersonen; {sent} e-brev skickade nu.',
    invalidMove: 'Ange datum (ÅÅÅÅ-MM-DD) och tid (TT:MM).',
    automationOwnedBy: 'Automatiken körs redan under {owner}.',
    eventUnchanged: 'Händelsen är redan aktuell.',
  },
  ui: {
    tab: 'Tidslinje',
    heading: 'Tidslinje',
    zone: 'Tider i {zone}.',
    runNow: 'Kör nu',
    skip: 'Hoppa över',
    move: 'Flytta',
    saveMove: 'Spara',
    cancel: 'Avbryt',
    confirm: 'Bekräfta',
    automationMine: 'Automatiken körs under ditt konto, varje timme.',
    automationOther: 'Automatiken körs under {owner}, varje timme.',
    automationMissing: 'Automatiken är inte igång: inget steg körs av sig självt.',
    install: 'Installera under mitt konto',
    lastRun: 'Senaste körning: {time}.',
    never: 'aldrig',
    meetingDeleted: 'Händelsen för {meeting} har tagits bort ur kalendern.',
    recreate: 'Skapa den igen',
    meetingGuests: '{meeting}: {guests} gäster i kalendern.',
    notAvailable: 'Kommer i en senare version.',
    by: 'av {by}',
    moved: 'flyttad',
    loading: 'Läser in tidslinjen …',
    kickoff: 'kickoffen',
    closing: 'avslutningen',
    meetingChoices: 'Mötena i kalendern',
    calendarId: 'Kalender (”primary” = din egen)',
    seeGuests: 'Gästerna ser varandras adresser',
    meetKickoff: 'Google Meet-länk till kickoffen',
    meetClosing: 'Google Meet-länk till avslutningen',
    groupAddress: 'Gruppadress (Google Group) om fler än 500 gäster',
    saveChoices: 'Spara mötesvalen',
    timelineChoices: 'Tidslinjens val',
    sendTime: 'Utskick klockan',
    reminderDays: 'Påminnelse, dagar före mötet',
    checkInDays: 'Avstämningspåminnelse, dagar efter',
  },
};

const en: TimelineTexts = {
  step: {
    openForms: 'Open the forms',
    closeForms: 'Close the forms',
    announceMatches: 'Announce the matches',
    createKickoff: 'Put the kickoff in the calendar',
    kickoffReminder: 'Kickoff reminder',
    midwayCheckIn: 'Midway check-in',
    createClosing: 'Put the closing meeting in the calendar',
    checkInReminder: 'Check-in reminder and flags',
    closingReminder: 'Closing meeting reminder',
    thanks: 'Thank everyone',
    deletePersonalData: 'Delete personal data',
  },
  state: { waiting: 'Waiting', due: 'Due', running: 'Running', done: 'Done', skipped: 'Skipped', failed: 'Failed' },
  message: {
    stepDone: 'Done.',
    stepFailed: 'Failed: {detail}',
    stepSkipped: 'Skipped by {by}.',
    stepLapsed: 'Skipped: its time had passed when the automation ran.',
    stepResumed: 'An earlier run stopped halfway through this step; it was checked and finished.',
    stepMoved: 'Moved to {date} at {time} by {by}.',
    awaitingConfirmation: 'Waiting for a project group member to confirm.',
    confirmed: 'Confirmed by {by}.',
    deletionNotAvailable: 'Deleting personal data comes with the privacy feature; nothing was deleted.',
    actionNotAvailable: 'This step cannot run yet: its feature ({detail}) is not in this version.',
    formsMissing: 'The forms do not exist yet.',
    noPairs: 'There are no confirmed pairs yet.',
    eventDeleted: 'The event "{title}" was deleted from the calendar by hand. Create it again from the Timeline.',
    eventTemplate: 'The template "{template}" cannot be used: {problem} Fix it under Email or in the templates sheet, then run the step again on the Timeline.',
    eventCreated: 'The event was created with {guests} guests.',
    eventUpdated: 'The event was updated: {added} guests added, {removed} removed.',
    tooManyGuests: 'The program has {guests} guests, more than Calendar allows ({limit}) per event.',
    triggerInstalled: 'The automation was installed under {owner}.',
    stepBusy: 'Another run is already running this step.',
    notClaimable: 'The step is already {state}.',
    emailsQueued: '{queued} emails queued, {sent} sent now, {left} left for the next run.',
    invalidMeetingOptions: 'Check the meeting choices: calendar (“primary” or a calendar id), group address (email) and length (15–600 minutes).',
    invalidTimelineOptions: 'Check the timeline choices: send time (HH:mm), reminder 0–14 days before, check-in reminder 1–28 days after.',
    checkInReminded: '{queued} reminders queued to those who have not answered; {flagged} pairs flagged for the contact person; {sent} emails sent now.',
    invalidMove: 'Give a date (YYYY-MM-DD) and a time (HH:mm).',
    automationOwnedBy: 'The automation already runs under {owner}.',
    eventUnchanged: 'The event is already up to date.',
  },
  ui: {
    tab: 'Timeline',
    heading: 'Timeline',
    zone: 'Times in {zone}.',
    runNow: 'Run now',
    skip: 'Skip',
    move: 'Move',
    saveMove: 'Save',
    cancel: 'Cancel',
    confirm: 'Confirm',
    automationMine: 'The automation runs under your account, every hour.',
    automationOther: 'The automation runs under {owner}, every hour.',
    automationMissing: 'The automation is not running: no step runs by itself.',
    install: 'Install under my account',
    lastRun: 'Last run: {time}.',
    never: 'never',
    meetingDeleted: 'The event for the {meeting} was deleted from the calendar.',
    recreate: 'Create it again',
    meetingGuests: '{meeting}: {guests} guests in the calendar.',
    notAvailable: 'Comes in a later version.',
    by: 'by {by}',
    moved: 'moved',
    loading: 'Loading the timeline …',
    kickoff: 'kickoff',
    closing: 'closing meeting',
    meetingChoices: 'The meetings in the calendar',
    calendarId: 'Calendar (“primary” = your own)',
    seeGuests: 'Guests see each other’s addresses',
    meetKickoff: 'Google Meet link for the kickoff',
    meetClosing: 'Google Meet link for the closing meeting',
    groupAddress: 'Group address (Google Group) if over 500 guests',
    saveChoices: 'Save the meeting choices',
    timelineChoices: 'Timeline choices',
    sendTime: 'Emails go out at',
    reminderDays: 'Reminder, days before the meeting',
    checkInDays: 'Check-in reminder, days after',
  },
};

export function timelineTexts(language: Language): TimelineTexts {
  return language === 'en' ? en : sv;
}

/** A sidebar label with its {placeholders} filled in. */
export function timelineUi(language: Language, key: UiKey, values: Record<string, string | number> = {}): string {
  return timelineTexts(language).ui[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A message with its {placeholders} filled in; an unknown key is shown as is (it is data). */
export function timelineMessage(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const template = timelineTexts(language).message[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
