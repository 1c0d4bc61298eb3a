/**
 * This file defines the Swedish texts of intake: the reasons written to an applicant's
 * "issues" cell, the applicant sheets' column headers and the status labels the group picks
 * from. The English file has exactly the same keys (the IntakeTexts type enforces it).
 */
export const sv = {
  issues: {
    missingConsent: 'Samtycke till behandling av personuppgifter saknas.',
    missingEmail: 'E-postadress saknas.',
    invalidEmail: (value: string) => `E-postadressen "${value}" går inte att använda.`,
    missingAnswer: (title: string) => `Svar saknas på "${title}".`,
    phoneUnparsed: (value: string) => `Telefonnumret "${value}" kunde inte tolkas; kontrollera det.`,
    tooLong: (title: string, length: number, max: number) =>
      `Ovanligt långt svar på "${title}" (${length} tecken, normalt högst ${max}).`,
    truncated: (title: string, max: number) =>
      `Svaret på "${title}" var för långt för en cell och har kortats till ${max} tecken; hela svaret finns i svarsfliken.`,
    unknownChoice: (title: string, value: string) => `Oväntat svar på "${title}": "${value}".`,
    unknownField: (value: string) => `"${value}" finns inte i listan över områden.`,
    capacityInvalid: (value: string) => `Antalet adepter "${value}" kunde inte tolkas; 1 används.`,
    looksLikeFormula: (title: string) => `"${title}" ser ut som en formel eller länk; kontrollera svaret.`,
  },
  headers: {
    id: 'Id',
    status: 'Status',
    submittedAt: 'Inskickad',
    firstName: 'Förnamn',
    lastName: 'Efternamn',
    email: 'E-post',
    phone: 'Mobilnummer',
    organisation: 'Organisation',
    field: 'Verksamhetsområde',
    education: 'Utbildning',
    city: 'Stad',
    digital: 'Digitala möten',
    acceptsEnglish: 'Engelskspråkig adept',
    capacity: 'Antal adepter',
    language: 'Språk',
    motivation: 'Motivering',
    expectations: 'Förväntningar',
    contribution: 'Kan bidra med',
    fields: 'Områden',
    wishes: 'Önskemål',
    consent: 'Samtycke',
    issues: 'Att åtgärda',
  },
  status: {
    new: 'ny',
    approved: 'godkänd',
    withdrawn: 'avanmäld',
    matched: 'matchad',
    invalid: 'ogiltig',
  },
};
