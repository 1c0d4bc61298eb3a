/**
 * This file defines the public surface of the sign-up forms: the questions per role, the
 * form specifications the Forms adapter builds from, and the recognition of titles and
 * choice labels (in both languages) that intake reads answers with.
 */
export {
  fieldKeyForTitle,
  isConsentGiven,
  languageLabels,
  normaliseLabel,
  parseLanguageChoice,
  parseYesNo,
  yesNoLabels,
} from './answers';
export type { CommonFieldKey, FieldDefinition, FieldKey, FormItemType, MenteeFieldKey, MentorFieldKey } from './field-keys';
export { CAPACITY_CHOICES, fieldDefinitions, fieldKeys } from './field-keys';
export type { FormItemSpec, FormSpec } from './form-spec';
export { fieldTitle, formSpec } from './form-spec';
export type { FormTexts } from './texts';
export { formTexts } from './texts';
