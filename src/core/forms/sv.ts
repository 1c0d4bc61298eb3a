/**
 * This file defines the Swedish texts of the two sign-up forms: question titles (which also
 * become the column headers of the raw response sheets, so they must stay stable), help
 * texts, choice labels and the texts around the questions. The English file has exactly the
 * same keys (the FormTexts type enforces it).
 */
export const sv = {
  titles: {
    firstName: 'Förnamn',
    lastName: 'Efternamn',
    email: 'E-post',
    phone: 'Mobilnummer',
    organisation: 'Företag eller organisation',
    field: 'Huvudsakligt verksamhetsområde',
    mentorEducation: 'Utbildningsbakgrund',
    menteeEducation: 'Utbildning och intresseområden',
    city: 'Stad',
    digital: 'Kan du tänka dig att träffas digitalt?',
    acceptsEnglish: 'Kan du tänka dig att vara mentor för en engelskspråkig adept?',
    capacity: 'Hur många adepter kan du ta emot?',
    language: 'På vilket språk vill du ha mentorskapet?',
    motivation: 'Varför vill du vara med i mentorprogrammet?',
    expectations: 'Vilka förväntningar har du på din mentor?',
    contribution: 'Vad kan du själv bidra med?',
    mentorFields: 'Områden du kan bidra inom',
    menteeFields: 'Områden du är intresserad av',
    wishes: 'Övriga önskemål och kommentarer',
    consent: 'Samtycke till behandling av personuppgifter',
  },
  help: {
    email: 'All information om programmet skickas till den här adressen.',
    phone: 'Valfritt. Delas bara med den du matchas med.',
    organisation: 'Där du arbetar i dag.',
    field: 'Till exempel mjukvaruutveckling, juridik eller offentlig förvaltning.',
    mentorEducation: 'Till exempel civilingenjör i energisystem, Uppsala universitet.',
    menteeEducation: 'Vad du läser eller har läst, och vad du är intresserad av.',
    city: 'Där du bor eller arbetar.',
    digital: 'Till exempel om ni bor på olika orter.',
    capacity: 'Lämna tomt för en adept.',
    language: 'Choose "Engelska (English)" if you need the mentorship in English.',
    fields: 'Kryssa i alla som passar.',
  },
  emailValidation: 'Ange en giltig e-postadress, till exempel namn@exempel.se.',
  yes: 'Ja',
  no: 'Nej',
  swedish: 'Svenska',
  english: 'Engelska (English)',
  consentChoice: 'Jag samtycker',
  consentText: (p: { programName: string; partner: string; contact: string; deletion: string }) =>
    `Vi behandlar dina uppgifter i det här formuläret för att administrera ${p.programName}: för att granska ` +
    `anmälningar, matcha mentorer och adepter, skicka information och bjuda in till träffar. Uppgifterna ` +
    `hanteras av projektgruppen, och efter matchningen får ${p.partner} ditt namn och dina kontaktuppgifter. ` +
    `Uppgifterna raderas senast ${p.deletion}. Du kan när som helst ta tillbaka ditt samtycke eller be att få se, ` +
    `rätta eller radera dina uppgifter genom att kontakta ${p.contact}.`,
  yourMentee: 'din adept',
  yourMentor: 'din mentor',
  mentorTitle: (programName: string) => `${programName}: anmälan som mentor`,
  menteeTitle: (programName: string) => `${programName}: anmälan som adept`,
  mentorIntro:
    'Som mentor delar du med dig av dina erfarenheter från arbetslivet till en student eller nyutexaminerad ' +
    '(adept). Ni bestämmer själva hur ni träffas, fysiskt eller digitalt; två till tre träffar rekommenderas.',
  menteeIntro:
    'Som adept får du en erfaren mentor från arbetslivet att bolla tankar om studier, yrkesval och karriär med. ' +
    'Det är du som håller i kontakten med din mentor; två till tre träffar rekommenderas.',
  englishNote: 'English speakers are welcome: answer in English and tell us in the language question.',
  schedule: (p: { closes: string; kickoff: string; closing: string }) =>
    `Sista dag att anmäla sig är ${p.closes}. Programmet startar med ett uppstartsmöte ${p.kickoff} och avslutas med en avslutningsträff ${p.closing}.`,
  questions: (contact: string) => `Frågor? Kontakta ${contact}.`,
  confirmation: (p: { announced: string; contact: string }) =>
    `Tack för din anmälan! Vi har tagit emot den och meddelar dig via e-post senast ${p.announced} vem du har ` +
    `matchats med. Har du frågor eller vill ändra något, kontakta ${p.contact}. Skickar du in formuläret igen med ` +
    'samma e-postadress ersätter de nya svaren de gamla.',
};
