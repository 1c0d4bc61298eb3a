/**
 * This file defines the Swedish default texts of every email, written for this program:
 * warm, short and clear, naming the contact person, with what the reader should do next.
 * They are written to the Templates sheet on first use, where the group edits them.
 */
import type { EmailKind } from './kinds';

const SIGNATURE = `Varma hälsningar
{{contact.name}}, kontaktperson
Projektgruppen för {{program.name}}`;

const QUESTIONS = 'Har du frågor är du välkommen att kontakta {{contact.name}} på {{contact.email}}, eller svara på det här mejlet.';

export const SV_DEFAULTS: Record<EmailKind, { subject: string; body: string }> = {
  'application-received': {
    subject: 'Vi har tagit emot din ansökan till {{program.name}}',
    body: `Hej {{person.firstName}}!

Tack för din ansökan till {{program.name}}. Vi har tagit emot den och är glada att du vill vara med.

Så här går det till framöver:
- Projektgruppen går igenom alla ansökningar och matchar mentorer och adepter.
- Du får ett mejl om vem du har matchats med.
- Programmet börjar med ett gemensamt uppstartsmöte {{kickoff.when}}.

Vill du ändra något i din ansökan kan du fylla i formuläret igen med samma e-postadress, så uppdaterar vi den.

${QUESTIONS}

${SIGNATURE}`,
  },
  'application-updated': {
    subject: 'Vi har uppdaterat din ansökan till {{program.name}}',
    body: `Hej {{person.firstName}}!

Vi har fått dina ändringar och uppdaterat din ansökan till {{program.name}}. Det är den senaste versionen vi utgår från när vi matchar.

${QUESTIONS}

${SIGNATURE}`,
  },
  'match-mentee': {
    subject: 'Din mentor i {{program.name}}: {{mentor.fullName}}',
    body: `Hej {{mentee.firstName}}!

Nu är matchningen klar, och vi är glada att kunna presentera din mentor:

- Namn: {{mentor.fullName}}
- Organisation: {{mentor.organisation}}
- Yrkesområde: {{mentor.field}}
- Ort: {{mentor.city}}
- E-post: {{mentor.email}}
- Telefon: {{mentor.phone}}

Varför just ni? {{match.why}}

Nu är det du som tar första kontakten. Hör av dig till {{mentor.firstName}} inom en vecka och föreslå en första träff.

Några tips inför första kontakten:
- Presentera dig kort: vad du studerar och vad du hoppas få ut av programmet.
- Föreslå två eller tre tider och om ni ska ses på plats eller digitalt.
- Fundera på vad du vill prata om, till exempel karriärval, arbetslivet eller examensarbetet.
- Var tydlig med vad du önskar, och fråga vad {{mentor.firstName}} förväntar sig.

Vi rekommenderar två till tre träffar under programmet, men ni bestämmer själva hur och hur ofta ni ses. På uppstartsmötet {{kickoff.when}} ({{kickoff.place}}) berättar vi mer.

Kontaktuppgifterna är till för er två, så dela dem inte vidare.

${QUESTIONS}

Lycka till!
{{contact.name}}, kontaktperson
Projektgruppen för {{program.name}}`,
  },
  'match-mentor': {
    subject: 'Din adept i {{program.name}}: {{mentee.fullName}}',
    body: `Hej {{mentor.firstName}}!

Tack för att du ställer upp som mentor i {{program.name}}. Nu är matchningen klar, och din adept är:

- Namn: {{mentee.fullName}}
- Utbildning och intressen: {{mentee.education}}
- Ort: {{mentee.city}}
- E-post: {{mentee.email}}
- Telefon: {{mentee.phone}}

Varför just ni? {{match.why}}

{{mentee.firstName}} har fått dina kontaktuppgifter och tar första kontakten. Har du inte hört något inom en vecka får du gärna höra av dig själv eller säga till {{contact.name}}.

Vi rekommenderar två till tre träffar under programmet, men ni bestämmer själva hur och hur ofta ni ses. På uppstartsmötet {{kickoff.when}} ({{kickoff.place}}) berättar vi mer.

Kontaktuppgifterna är till för er två, så dela dem inte vidare.

${QUESTIONS}

${SIGNATURE}`,
  },
  'no-match': {
    subject: 'Om din ansökan till {{program.name}}',
    body: `Hej {{person.firstName}}!

Tack för ditt intresse för {{program.name}}. Tyvärr har vi inte kunnat matcha dig med en mentor den här omgången. Intresset var stort, och vi hittade ingen mentor som passade dig tillräckligt bra. Vi vill hellre säga det rakt ut än ge dig en matchning som inte blir bra.

Vi vill gärna ha med dig nästa gång. Om du vill står du först i kön när nästa omgång öppnar: svara på det här mejlet, så noterar vi det.

${QUESTIONS}

${SIGNATURE}`,
  },
  'kickoff-invitation': {
    subject: 'Välkommen till uppstartsmötet för {{program.name}}',
    body: `Hej {{person.firstName}}!

Välkommen till uppstartsmötet för {{program.name}}!

- När: {{kickoff.when}}
- Var: {{kickoff.place}}

På mötet berättar vi hur programmet går till och vad som förväntas av mentor och adept, och ger tips på vad ni kan prata om. Det blir också tid att träffa varandra.

En kalenderinbjudan kommer separat. Kan du inte komma? Säg till {{contact.name}} på {{contact.email}}.

${SIGNATURE}`,
  },
  'kickoff-reminder': {
    subject: 'Påminnelse: uppstartsmötet för {{program.name}} {{kickoff.when}}',
    body: `Hej {{person.firstName}}!

En påminnelse om att uppstartsmötet för {{program.name}} snart är här.

- När: {{kickoff.when}}
- Var: {{kickoff.place}}

Varmt välkommen! Kan du inte komma? Säg till {{contact.name}} på {{contact.email}}.

${SIGNATURE}`,
  },
  'closing-invitation': {
    subject: 'Välkommen till avslutningsträffen för {{program.name}}',
    body: `Hej {{person.firstName}}!

{{program.name}} närmar sig sitt slut, och vi vill gärna avsluta det tillsammans med er.

- När: {{closing.when}}
- Var: {{closing.place}}

Vi delar erfarenheter från programmet och tackar varandra för den här tiden.

En kalenderinbjudan kommer separat. Kan du inte komma? Säg till {{contact.name}} på {{contact.email}}.

${SIGNATURE}`,
  },
  'closing-reminder': {
    subject: 'Påminnelse: avslutningsträffen för {{program.name}} {{closing.when}}',
    body: `Hej {{person.firstName}}!

En påminnelse om att avslutningsträffen för {{program.name}} snart är här.

- När: {{closing.when}}
- Var: {{closing.place}}

Varmt välkommen! Kan du inte komma? Säg till {{contact.name}} på {{contact.email}}.

${SIGNATURE}`,
  },
  checkin: {
    subject: 'Hur går det? En kort avstämning i {{program.name}}',
    body: `Hej {{person.firstName}}!

Nu är ni ungefär halvvägs i {{program.name}}, och vi vill gärna höra hur det går för dig och {{partner.firstName}}.

Svara på fyra korta frågor, det tar en minut:
{{checkin.link}}

Svara gärna senast {{checkin.closes}}. Svaren läses bara av projektgruppen.

Har ni inte hunnit ses än? Det är inte för sent: hör av dig till {{partner.firstName}} och föreslå en tid. Om något inte fungerar är du alltid välkommen att kontakta {{contact.name}} på {{contact.email}}.

${SIGNATURE}`,
  },
  'checkin-reminder': {
    subject: 'Påminnelse: hur går det i {{program.name}}?',
    body: `Hej {{person.firstName}}!

Vi hör gärna hur det går för dig och {{partner.firstName}} i {{program.name}}. Om du inte har svarat än tar avstämningen bara en minut:
{{checkin.link}}

Har ni inte träffats än, eller fungerar det inte som du hoppats? Säg till {{contact.name}} på {{contact.email}}, så hjälper vi till.

${SIGNATURE}`,
  },
  'thanks-mentor': {
    subject: 'Tack för att du var mentor i {{program.name}}',
    body: `Hej {{person.firstName}}!

Nu är {{program.name}} slut för den här gången, och vi vill rikta ett särskilt tack till dig. Att du har delat med dig av din tid och dina erfarenheter betyder mycket för en student på väg ut i arbetslivet.

Vi hoppas att du själv har fått ut något av era samtal, och vi blir glada om du vill vara med igen nästa omgång.

Har du tankar om hur programmet kan bli bättre? Svara på det här mejlet, så når det {{contact.name}}.

Varmt tack!
{{contact.name}}, kontaktperson
Projektgruppen för {{program.name}}`,
  },
  'thanks-mentee': {
    subject: 'Tack för att du var med i {{program.name}}',
    body: `Hej {{person.firstName}}!

Nu är {{program.name}} slut för den här gången. Tack för att du var med! Vi hoppas att du har fått nya insikter, kontakter och inspiration inför arbetslivet.

När du har tagit examen är du varmt välkommen i alumninätverket. Där håller du kontakten med universitetet och med andra alumner, och kanske blir du själv mentor en dag. Hör av dig till {{contact.name}} på {{contact.email}} så berättar vi hur du går med.

Har du tankar om hur programmet kan bli bättre? Svara på det här mejlet.

${SIGNATURE}`,
  },
  // The Calendar events: the subject is the event's title, the body its description (plain
  // text; the place, the video link and the Meet note are added below it from the settings).
  'kickoff-event': {
    subject: 'Kickoff: {{program.name}}',
    body: `Välkommen till kickoffen! Ett mentorprogram låter studenter samtala om framtida studier och yrkesval med en erfaren alumn i arbetslivet.

På kickoffen går vi igenom hur programmet fungerar och vad som väntas av mentor och adept.

Mentorn delar med sig av sina erfarenheter och sitt nätverk; adepten driver samtalen och är tydlig med vad hen vill ha ut av dem.

Adepten ansvarar för att hålla kontakten och boka träffarna. Vi rekommenderar två till tre träffar, fysiskt eller digitalt.

Tips på samtalsämnen: vägen från studier till arbetsliv, en vanlig arbetsdag, val av kurser och examensarbete, praktik, nätverkande.

Frågor? Kontakta {{contact.name}} ({{contact.email}}).`,
  },
  'closing-event': {
    subject: 'Avslutning: {{program.name}}',
    body: `Välkommen till avslutningen! Vi ses för att runda av programmet och tacka varandra, och särskilt mentorerna för deras tid och erfarenhet.

Berätta gärna hur det har gått: vad ni pratade om och vad ni tar med er. Nätverket finns kvar efter programmet.

Frågor? Kontakta {{contact.name}} ({{contact.email}}).`,
  },
};
