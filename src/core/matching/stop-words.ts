/**
 * This file defines the words that carry no meaning for matching, in Swedish and in
 * English: grammar words (the Snowball project's stop lists, trimmed) and the filler every
 * application form attracts ("vill", "gärna", "would like"). Applicants mix the two
 * languages freely, so both lists always apply. Rare-but-meaningful words are left to the
 * rarity weighting rather than listed here: a list cannot know that "data" matters, and
 * words like "learning" or "experience" stay because "machine learning" and "user
 * experience" are fields.
 */

const SWEDISH = `
alla allt andra annan annat att av bara bli blir blev blivit bland båda både dag de dem den
denna dess dessa det detta dig din dina ditt du där då efter ej eller en er era ert ett
fast fler flera från få får för genom ha hade han hans har hela hennes henne hon honom hos
hur här i icke ibland igen inom inte ingen inget ingenting inför jag ju kan kanske kommer
kunde kunna man med mellan men mer mest mig min mina mitt mot mycket många ni nog någon något
några när nu och också om oss på samma sedan sig sin sina sitt själv skall ska skulle så
sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem
vi vid vilka vilken vilket vill vår våra vårt än är även åt över
gärna väldigt mycket bra lite sätt lära lär tycker tror känner hoppas kul roligt intresserad
intresserade intresse intressant erfarenhet erfarenheter
`;

const ENGLISH = `
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further get got had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or other
our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
want wants like really much many well lot lots interested interest interesting hope
think feel good great
`;

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((w) => w.length > 0));
}

export const SWEDISH_STOP_WORDS: ReadonlySet<string> = toSet(SWEDISH);
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = toSet(ENGLISH);

/** True for a lower-cased word that is a stop word in either language. */
export function isStopWord(word: string): boolean {
  return SWEDISH_STOP_WORDS.has(word) || ENGLISH_STOP_WORDS.has(word);
}
