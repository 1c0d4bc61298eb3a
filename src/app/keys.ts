/**
 * This file defines the Document Properties keys the add-on owns. The emulator's
 * submitForm reads `mp.forms` to find the add-on's forms, so renaming one is a breaking change.
 */
export const SETTINGS_KEY = 'mp.settings';
export const FORMS_KEY = 'mp.forms';
export const TRIGGERS_KEY = 'mp.triggers';
/** Who is creating the forms right now, until when: a second member's press waits for it. */
export const FORMS_CLAIM_KEY = 'mp.forms.creating';
