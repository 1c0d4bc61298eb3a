/**
 * This file defines the public surface of the email core: kinds and placeholders,
 * validation, rendering, header safety, the default texts, placeholder values and the
 * outbox rules.
 */
export { EN_DEFAULTS } from './defaults-en';
export { SV_DEFAULTS } from './defaults-sv';
export { EMAIL_KINDS, type EmailKind, type EventKind, isEmailKind, isEventKind, isPairKind, LINK_PLACEHOLDERS, type Placeholder, placeholdersOf } from './kinds';
export * from './outbox';
export { parseTemplateText, suggestPlaceholder, type TemplateProblem, usedPlaceholders, validateTemplate } from './placeholders';
export { type EmailTemplate, type RenderedEmail, type RenderResult, renderEmail } from './render';
export { escapeHtml, headerSafe, MAX_SUBJECT_LENGTH, safeDisplayName, safeRecipient } from './safety';
export { type EmailTexts, emailTexts, parseKind, parseLanguageLabel, parseState, problemText } from './texts';
export { type EmailContext, type EmailPair, type EmailPerson, eventValues, meetingPlace, meetingWhen, placeholderValues } from './values';

import type { Language } from '../types';
import { EN_DEFAULTS } from './defaults-en';
import { SV_DEFAULTS } from './defaults-sv';
import type { EmailKind } from './kinds';

/** The default template of `kind` in `language`. */
export function defaultTemplate(kind: EmailKind, language: Language): { kind: EmailKind; subject: string; body: string } {
  return { kind, ...(language === 'en' ? EN_DEFAULTS : SV_DEFAULTS)[kind] };
}
export {
  BAD_RATING,
  CHECKIN_ANSWER_DAYS,
  type CheckinAnswer,
  type CheckinFlag,
  type CheckinFormSpec,
  checkinCode,
  checkinFlagText,
  checkinFormSpec,
  parseCheckinAnswer,
  parseCheckinCode,
  sideFlags,
} from './checkin';
export {
  OUTBOX_SHEET,
  type OutboxColumn,
  outboxRowsOf,
  putOutboxRow,
  putTemplate,
  type StoredTemplate,
  TEMPLATES_SHEET,
  type TemplateColumn,
  templateSlots,
  templatesOf,
} from './sheets';
