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
};

/** A list of rows as a Swedish reader writes it: "5", "5 och 9", "5, 9 och 12". */
export function svList(items: readonly (string | number)[]): string {
  const parts = items.map(String);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}
