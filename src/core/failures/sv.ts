/**
 * This file defines the Swedish wording of every expected failure. Each says what went
 * wrong, where, and what to do. `{name}` is filled from the failure's values; `{sheet}`,
 * `{rows}` and `{field}` from where it happened. The English file has the same keys.
 */
export const sv = {
  settingsRequired: 'Spara programmets inställningar först.',
  settingsInvalid: 'Rätta de markerade fälten. Inget har sparats.',
  settingsTooLarge: 'Inställningarna är för stora för att sparas ({size} av högst {max} byte). Korta ner länkar, namn eller listan med områden.',
  formsMissing: 'Formulären är inte skapade än. Tryck på "Skapa båda formulären".',
  formGone: 'Formuläret hittas inte (borttaget?). Skapa formulären igen.',
  formsUnavailable: 'Google Forms svarade inte; försök igen om en stund. Inget formulär har skapats om.',
  unknownForm: 'Det finns inget formulär "{role}".',
  duplicateId: 'Raderna {rows} i bladet {sheet} har samma id {id}. Ta bort eller ändra den ena.',
  checkinPersonUnknown: 'Personen {person} finns inte i bladen Mentors eller Mentees.',
  templateInvalid: 'Mallen har fel: {problems}',
  emailQuotaUsed: 'Dagens e-postkvot är slut. Försök igen i morgon. ({message})',
  emailNotSent: 'Mejlet kunde inte skickas: {message}',
  aliasUnknown: 'Du kan inte skicka från {alias}. Välj en av dina egna adresser.',
  // The matching workbench
  staleVersion: 'Någon annan har ändrat matchningarna sedan du läste in dem. Läs in igen och gör om ändringen.',
  unknownMentee: 'Adepten {name} finns inte i fliken Mentees.',
  unknownMentor: 'Mentorn {name} finns inte i fliken Mentors.',
  notTakingPart: '{name} är avanmäld eller ogiltig och kan inte matchas.',
  pairForbidden: 'Paret {mentee} och {mentor} är spärrat.',
  languageRule: '{mentee} behöver engelska men {mentor} tar inte emot engelskspråkiga adepter.',
  mentorFull: '{mentor} har redan {used} av {capacity} platser fyllda.',
  noPair: '{mentee} har ingen mentor.',
  pairLocked: 'Paret med {mentee} är låst. Lås upp det först.',
  notLocked: 'Paret med {mentee} är inte låst.',
  sameMentor: '{mentee} har redan {mentor} som mentor.',
  nothingToUndo: 'Det finns inget att ångra.',
  nothingToConfirm: 'Det finns inga föreslagna par att bekräfta.',
  pairHasWarning: 'Paret med {mentee} har en varning och kan inte bekräftas förrän den är åtgärdad.',
  badAction: 'Okänd åtgärd.',
  formsBeingCreated: 'Formulären skapas just nu av {by}. Vänta en stund och tryck på Uppdatera.',
};

/** A list of rows as a Swedish reader writes it: "5", "5 och 9", "5, 9 och 12". */
export function svList(items: readonly (string | number)[]): string {
  const parts = items.map(String);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}
