/**
 * This file defines how the midway check-in form is built with FormApp: its questions
 * from the pure spec (src/core/email/checkin.ts), published and open, and a pre-filled
 * link template made once with Form.createResponse().toPrefilledUrl(), in which each
 * participant's code replaces a marker (three Forms calls, not three per participant).
 * Creating and linking reuse the sign-up forms' stored steps (forms-gateway.ts).
 */
import type { CheckinFormBuild } from '../app/ports';
import type { CheckinFormSpec } from '../core/email';
import { fail, ok, type Result } from '../core/failures';
import { openForm } from './forms-gateway';

/** Stands in for the code in the link template. */
export const CODE_MARKER = 'MPCODE';

export function buildCheckinForm(formId: string, spec: CheckinFormSpec): Result<CheckinFormBuild> {
  const opened = openForm(formId);
  if (opened.kind === 'missing') return fail('formGone');
  if (opened.kind === 'unavailable') return fail('formsUnavailable');
  const form = opened.form;
  for (const item of form.getItems().reverse()) form.deleteItem(item);
  form.setTitle(spec.title).setDescription(spec.description).setConfirmationMessage(spec.confirmation);
  const code = form.addTextItem().setTitle(spec.code.title).setHelpText(spec.code.help).setRequired(true);
  form.addMultipleChoiceItem().setTitle(spec.met.title).setChoiceValues([spec.met.yes, spec.met.no]).setRequired(true);
  form.addMultipleChoiceItem().setTitle(spec.times.title).setChoiceValues(spec.times.choices).setRequired(true);
  form.addScaleItem().setTitle(spec.rating.title).setBounds(1, 5).setLabels(spec.rating.low, spec.rating.high).setRequired(true);
  form.addParagraphTextItem().setTitle(spec.note.title).setHelpText(spec.note.help).setRequired(false);
  if (typeof form.setPublished === 'function') form.setPublished(true);
  form.setAcceptingResponses(true);
  const linkTemplate = form.createResponse().withItemResponse(code.createResponse(CODE_MARKER)).toPrefilledUrl();
  return ok({ publishedUrl: form.getPublishedUrl(), linkTemplate, marker: CODE_MARKER });
}
