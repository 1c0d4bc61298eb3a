/**
 * This file defines how the bilingual term list is read: every line of the three data files
 * (terms-technology.ts, terms-business.ts, terms-society.ts) is one concept with Swedish and
 * English names, and a name found in a profile counts as its concept, so "maskininlärning"
 * meets "machine learning" and "juridik" meets "law". Names are looked up by their stems
 * (the Swedish root or the English stem of each word), so inflected forms are found too
 * ("batterierna", "lawyers"). It also defines the field words that compound splitting may
 * use as parts: every single-word name of the list plus common Swedish compound parts. The
 * list and the field words are the project's own, written for it and licensed with it.
 */
import { BUSINESS_TERMS } from './terms-business';
import { SOCIETY_TERMS } from './terms-society';
import { TECHNOLOGY_TERMS } from './terms-technology';

/** Common parts of Swedish compounds that are not concepts of their own in the list. */
const FIELD_WORDS = `
utveckling utvecklare teknik tekniker system analys analytiker planering planerare strategi ledning
chef ansvarig specialist samordnare handläggare ingenjör konsult rätt vård hälsa forskning forskare
design data information kommunikation marknad försäljning produkt projekt process kvalitet säkerhet
miljö energi bygg stad samhälle skola lärare kris kund tjänst tjänster verksamhet affär affärer företag
bolag organisation personal styrning förvaltning ekonomi handel industri fordon batteri cell kemi fysik
biologi medicin läkemedel patient nät el kraft sol vind vatten skog livsmedel transport logistik
trafik media medie spel mjukvara webb app moln cyber robot migration asyl mångfald folk barn äldre
social kultur konst musik film text språk lag avtal skatt bank fond kapital risk kredit revision
redovisning lön rekrytering ledarskap team grupp uppsats reglering inlärning maskin modell modeller
plattform tillväxt innovation hållbarhet klimat återvinning cirkulär material produktion tillverkning
automation inköp lager frakt sjö hamn flyg tåg järnväg väg bil bilar buss omsorg region kommun
myndighet politik policy lärande undervisning pedagogik elev elever student kurs kontroll mätning
test testning drift support service program kod kodning nätverk telekom radio tv press reklam
varumärke varumärken mode kläder mat restaurang hotell turism fastighet fastigheter bostad bostäder
arkitektur konstruktion mekanik elektronik el sensor signal bild ljud video spelutveckling
assistent expert strateg koordinator rådgivare utredare sekreterare direktör partner ägare grundare
inköpare säljare handledare coach förare operatör montör mekaniker byggnad hus
anpassning omställning påverkan modellering beräkning simulering övervakning förebyggande behandling
diagnostik vetenskap kunskap historia relationer samverkan samarbete integration förbättring optimering
`;

export interface TermList {
  /** Concept ids of a name, by the space-joined Swedish roots or English stems of its words. */
  readonly concepts: ReadonlyMap<string, readonly number[]>;
  /** Keys of the first word of every name of two or more words (where phrases can start). */
  readonly phraseStarts: ReadonlySet<string>;
  /** The longest name, in words. */
  readonly longest: number;
  /** Single words compound splitting may use as parts (lower case). */
  readonly fieldWords: readonly string[];
  /** The concepts, as [Swedish names, English names] (for tests and review). */
  readonly lines: ReadonlyArray<readonly [readonly string[], readonly string[]]>;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The lines of the list: [Swedish names, English names] per concept. */
export function termLines(): Array<[string[], string[]]> {
  const names = (side: string | undefined): string[] =>
    (side ?? '')
      .split(',')
      .map((n) => n.trim().toLowerCase())
      .filter((n) => n !== '');
  return [TECHNOLOGY_TERMS, BUSINESS_TERMS, SOCIETY_TERMS]
    .flatMap((block) => block.split('\n'))
    .filter((line) => line.includes('|'))
    .map((line) => {
      const [sv, en] = line.split('|');
      return [names(sv), names(en)];
    });
}

/** Words of a name, split as text is split. */
export function nameWords(name: string): string[] {
  return name.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

/**
 * Builds the index. `keys(word)` gives a word's lookup keys (its Swedish root and English
 * stem); a name is indexed under the all-Swedish and the all-English key of its words, and
 * text is looked up the same way, so both sides are normalised identically.
 */
export function buildTermList(keys: (word: string) => readonly [string, string]): TermList {
  const lines = termLines();
  const concepts = new Map<string, number[]>();
  const phraseStarts = new Set<string>();
  const fieldWords = new Set(FIELD_WORDS.split(/\s+/u).filter(Boolean));
  let longest = 1;
  const add = (key: string, id: number): void => {
    const list = concepts.get(key);
    if (list === undefined) concepts.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  lines.forEach(([sv, en], id) => {
    for (const name of [...sv, ...en]) {
      const words = nameWords(name);
      if (words.length === 0) continue;
      const pairs = words.map(keys);
      add(pairs.map((p) => p[0]).join(' '), id);
      add(pairs.map((p) => p[1]).join(' '), id);
      if (words.length > 1) {
        phraseStarts.add(pairs[0]![0]);
        phraseStarts.add(pairs[0]![1]);
        longest = Math.max(longest, words.length);
      } else if (sv.includes(name)) {
        fieldWords.add(words[0]!);
      }
    }
  });
  return { concepts, phraseStarts, longest, fieldWords: [...fieldWords], lines };
}
