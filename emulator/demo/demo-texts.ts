/**
 * This file defines the free-text answers of the demo program: sentence templates in Swedish
 * and English that are combined per person with their field and interests, so that motivations,
 * expectations and wishes read like real sign-ups and differ from person to person.
 */
import type { Language } from '../../src/core/types';
import type { Random } from './prng';

export interface TextContext {
  area: string;
  interest: string;
  other: string;
  programme: string;
  city: string;
}

type Template = (c: TextContext) => string;
type Templates = Record<Language, readonly Template[]>;

const MOTIVATION: Templates = {
  sv: [
    (c) => `Jag vill få en tydligare bild av hur det är att arbeta inom ${c.area} efter examen.`,
    (c) => `Jag närmar mig slutet av min utbildning och vill prata med någon som har gjort resan från studier till arbetsliv inom ${c.area}.`,
    (c) => `Jag är osäker på vilken väg jag ska välja efter examen och tror att en mentor inom ${c.area} kan hjälpa mig att sortera tankarna.`,
    (c) => `Jag vill bygga ett nätverk inom ${c.area} och lära mig av någon med lång erfarenhet.`,
  ],
  en: [
    (c) => `I want a clearer picture of what working in ${c.area} is like after graduation.`,
    (c) => `I am close to finishing my degree and would like to talk to someone who has made the move from studies to work in ${c.area}.`,
    (c) => `I am unsure which path to choose after graduating, and a mentor in ${c.area} could help me sort out my thoughts.`,
    (c) => `I moved to Sweden for my studies and want to understand how ${c.area} works here and build a network.`,
  ],
};

const MOTIVATION_MORE: Templates = {
  sv: [
    (c) => `Jag är särskilt intresserad av ${c.interest}.`,
    (c) => `Just nu funderar jag på ett examensarbete om ${c.interest}.`,
    (c) => `Jag har läst kurser i ${c.interest} och vill veta hur det används i praktiken.`,
    () => 'Jag har inga kontakter i branschen än och vet inte riktigt var jag ska börja.',
  ],
  en: [
    (c) => `I am especially interested in ${c.interest}.`,
    (c) => `I am thinking about a thesis on ${c.interest}.`,
    (c) => `I have taken courses in ${c.interest} and want to see how it is used in practice.`,
    () => 'I do not have any contacts in the industry yet and am not sure where to start.',
  ],
};

const EXPECTATIONS: Templates = {
  sv: [
    () => 'Att vi träffas två eller tre gånger och pratar öppet om karriärval.',
    (c) => `Ärliga råd om hur man söker sitt första jobb inom ${c.area}.`,
    () => 'Tips om vilka kompetenser som efterfrågas och hur jag kan utvecklas vidare.',
    () => 'Att få bolla idéer om mitt examensarbete och min framtida yrkesroll.',
    (c) => `En inblick i hur en vanlig arbetsvecka ser ut för någon som arbetar med ${c.interest}.`,
  ],
  en: [
    () => 'That we meet two or three times and talk openly about career choices.',
    (c) => `Honest advice on how to find a first job in ${c.area}.`,
    () => 'Tips on which skills employers look for and how I can keep developing.',
    () => 'Someone to discuss my thesis ideas and my future role with.',
    (c) => `An insight into a normal working week for someone who works with ${c.interest}.`,
  ],
};

const CONTRIBUTION: Templates = {
  sv: [
    (c) => `Nyfikenhet och perspektiv från en student som läser ${c.programme} i dag.`,
    () => 'Jag kan berätta om vad studenter funderar på och vad som är nytt i utbildningen.',
    () => 'Erfarenhet från föreningslivet och ett stort engagemang.',
    (c) => `Färska kunskaper om ${c.other} från mina senaste kurser.`,
  ],
  en: [
    (c) => `Curiosity and the view of a student taking ${c.programme} today.`,
    () => 'I can share what students think about and what is new in the programme.',
    () => 'Experience from student associations and a lot of enthusiasm.',
    (c) => `Fresh knowledge of ${c.other} from my latest courses.`,
  ],
};

const MENTEE_WISHES: Templates = {
  sv: [
    (c) => `Gärna en mentor i ${c.city}, men digitala möten går också bra.`,
    () => 'Jag skulle uppskatta en mentor som har bytt bransch någon gång.',
    () => 'Helst träffar på kvällstid eftersom jag har praktik på dagarna.',
    (c) => `Gärna någon som arbetar med ${c.interest}.`,
  ],
  en: [
    (c) => `Ideally a mentor in ${c.city}, but video calls are fine too.`,
    () => 'I would appreciate a mentor who has changed careers at some point.',
    () => 'Evenings suit me best, as I am doing an internship during the day.',
    (c) => `Preferably someone who works with ${c.interest}.`,
  ],
};

const MENTOR_WISHES: Templates = {
  sv: [
    (c) => `Gärna en adept som är intresserad av ${c.interest}.`,
    () => 'Jag reser mycket i jobbet, så digitala möten passar bäst.',
    () => 'Jag tar gärna emot en adept som funderar på att starta eget.',
    () => 'Inga särskilda önskemål, jag ser fram emot att vara med!',
    () => 'Jag var själv adept för några år sedan och vill gärna ge tillbaka.',
  ],
  en: [
    (c) => `Happy to mentor someone interested in ${c.interest}.`,
    () => 'I travel a lot for work, so video calls suit me best.',
    () => 'I would enjoy mentoring someone who is thinking of starting a company.',
    () => 'No special wishes, looking forward to it!',
    () => 'I was a mentee myself a few years ago and would like to give something back.',
  ],
};

function one(random: Random, templates: Templates, language: Language, c: TextContext): string {
  return random.pick(templates[language])(c);
}

export function motivation(random: Random, language: Language, c: TextContext): string {
  return `${one(random, MOTIVATION, language, c)} ${one(random, MOTIVATION_MORE, language, c)}`;
}

export function expectations(random: Random, language: Language, c: TextContext): string {
  return one(random, EXPECTATIONS, language, c);
}

export function contribution(random: Random, language: Language, c: TextContext): string {
  return one(random, CONTRIBUTION, language, c);
}

export function menteeWishes(random: Random, language: Language, c: TextContext): string {
  return one(random, MENTEE_WISHES, language, c);
}

export function mentorWishes(random: Random, language: Language, c: TextContext): string {
  return one(random, MENTOR_WISHES, language, c);
}

/** The mentee's education answer: programme, then what interests them. */
export function menteeEducation(language: Language, c: TextContext): string {
  return language === 'sv'
    ? `${c.programme}. Intresserad av ${c.interest} och ${c.other}.`
    : `${c.programme}. Interested in ${c.interest} and ${c.other}.`;
}
