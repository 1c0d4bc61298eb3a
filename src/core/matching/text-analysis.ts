/**
 * This file defines how free text becomes matching terms. Text is split into whole words
 * (Unicode letters and digits, so "å ä ö" stay inside words and "AI" is never found inside
 * "retail"). Then, left to right: a phrase or word of the bilingual term list becomes its
 * concept ("machine learning" = "maskininlärning"), so meaning crosses languages; stop
 * words, form filler, degree and school tokens and place names are dropped; a Swedish
 * compound also counts, half, as its parts ("batteriutveckling" -> batteri, utveckling);
 * any other word counts as its stems. A line is too short to guess its language, so a word
 * is stemmed by both Snowball stemmers and counts half towards each: its Swedish root (the
 * Swedish stem without the -ing / -ning Snowball leaves, so "rekrytering" meets
 * "rekryterare" and "programmering" meets "programmerare") and its English stem.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { splitCompound } from './compounds';
import { asciiFold, isPlaceName } from './place-names';
import { DEGREE_WORDS, FORM_WORDS, isStopWord } from './stop-words';
import { buildTermList, type TermList } from './term-list';

type Terms = ReadonlyArray<readonly [string, number]>;

/** One word or phrase as written, with the terms it counts towards. */
export interface AnalysedWord {
  /** As written (original case; a phrase with its own spaces and hyphens). */
  readonly text: string;
  /** First word of the text or of a sentence, where a capital letter says nothing. */
  readonly sentenceStart: boolean;
  /** Terms and the weight each gets (the weights of one word add up to 1). */
  readonly terms: Terms;
  /** Found in the term list: a common noun or phrase, shown in lower case. */
  readonly listed: boolean;
  /** Where it stands in the (NFC) text, in characters. */
  readonly start: number;
  readonly end: number;
}

export interface TextAnalyser {
  /** The words of a text; the same text gives the same (shared, unchanging) array. */
  analyse(text: string): readonly AnalysedWord[];
}

export interface AnalyserOptions {
  /** Words the round uses (any case): the parts compounds may be split into. */
  readonly vocabulary?: Iterable<string>;
  /** The round's own city answers, which are no text evidence either. */
  readonly places?: Iterable<string>;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;
/** All-capital short words ("IT", "AI", "HR") are acronyms, not the pronoun "it". */
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** What may stand between the words of one phrase: spaces, a hyphen, an ampersand. */
const PHRASE_GAP = /^[\s\-–&]*$/u;

/** Splits text into whole words (no stemming, no stop words), keeping their case. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

interface Token {
  readonly word: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceStart: boolean;
  /** Joined to the previous token by a phrase gap. */
  readonly joined: boolean;
}

function tokens(normal: string): Token[] {
  const out: Token[] = [];
  let previousEnd = -1;
  for (const match of normal.matchAll(WORD)) {
    let k = match.index - 1;
    while (k >= 0 && ' \t"\'(«'.includes(normal[k]!)) k--;
    out.push({
      word: match[0],
      lower: match[0].toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
      sentenceStart: k < 0 || '.!?:;\n'.includes(normal[k]!),
      joined: previousEnd >= 0 && PHRASE_GAP.test(normal.slice(previousEnd, match.index)),
    });
    previousEnd = match.index + match[0].length;
  }
  return out;
}

const CONCEPT = '#';
/** Share of a compound's weight that goes to its parts (the rest stays on the whole word). */
const PART_SHARE = 0.5;
/** Share of a listed name's weight that goes to the concepts of its parts. */
const LISTED_PART_SHARE = 0.1;

/**
 * Creates an analyser with its own caches: a corpus repeats the same few thousand words,
 * and analysing each once instead of at every use is most of the speed.
 */
export function createTextAnalyser(options: AnalyserOptions = {}): TextAnalyser {
  const swedish: Stemmer = newStemmer('swedish');
  const english: Stemmer = newStemmer('english');
  const rootCache = new Map<string, readonly [string, string]>();
  const keys = (lower: string): readonly [string, string] => {
    let k = rootCache.get(lower);
    if (k === undefined) {
      k = [swedishRoot(swedish.stem(lower)), english.stem(lower)];
      rootCache.set(lower, k);
    }
    return k;
  };
  const list: TermList = sharedTermList();
  const places = new Set<string>();
  for (const city of options.places ?? []) {
    const folded = asciiFold(city);
    const words = folded.match(WORD) ?? [];
    if (words.length > 0 && words.length <= 3) for (const w of words) if (w.length > 2) places.add(w);
  }
  const knownRoots = new Set<string>();
  for (const w of [...list.fieldWords, ...(options.vocabulary ?? [])]) {
    const lower = w.toLowerCase();
    if (lower.length >= 3 && !isStopWord(lower) && !DIGITS.test(lower)) knownRoots.add(keys(lower)[0]);
  }
  const placeCache = new Map<string, boolean>();
  const isPlace = (lower: string): boolean => {
    let known = placeCache.get(lower);
    if (known === undefined) {
      known = isPlaceName(lower, places);
      placeCache.set(lower, known);
    }
    return known;
  };
  const dropped = (lower: string): boolean => DEGREE_WORDS.has(lower) || isPlace(lower) || isStopWord(lower);
  const isPart = (part: string): boolean => knownRoots.has(keys(part)[0]) || DEGREE_WORDS.has(part) || isPlace(part);

  const conceptsOf = (key: readonly [string, string]): number[] => {
    const a = list.concepts.get(key[0]) ?? [];
    const b = list.concepts.get(key[1]) ?? [];
    return b.length === 0 ? [...a] : [...new Set([...a, ...b])];
  };
  const conceptTerms = (ids: readonly number[], weight: number): Array<[string, number]> =>
    ids.map((id) => [`${CONCEPT}${id}`, weight / ids.length]);
  const stemTerms = (lower: string, weight: number): Array<[string, number]> => {
    const [sv, en] = keys(lower);
    return sv === en ? [[sv, weight]] : [
      [sv, weight / 2],
      [en, weight / 2],
    ];
  };

  const wordCache = new Map<string, { terms: Terms; listed: boolean }>();
  const wordTerms = (lower: string): { terms: Terms; listed: boolean } => {
    let cached = wordCache.get(lower);
    if (cached !== undefined) return cached;
    const ids = conceptsOf(keys(lower));
    if (ids.length > 0) {
      const parts = (splitCompound(lower, isPart) ?? []).filter((p) => !dropped(p));
      cached = { terms: listedTerms(ids, parts), listed: true };
    } else {
      const parts = (splitCompound(lower, isPart) ?? []).filter((p) => !dropped(p));
      if (parts.length === 0) {
        cached = { terms: stemTerms(lower, 1), listed: false };
      } else {
        const share = PART_SHARE / parts.length;
        const terms = new Map<string, number>();
        const add = (list: Array<[string, number]>): void => {
          for (const [t, w] of list) terms.set(t, (terms.get(t) ?? 0) + w);
        };
        add(stemTerms(lower, 1 - PART_SHARE));
        for (const part of parts) {
          const partIds = conceptsOf(keys(part));
          add(partIds.length > 0 ? conceptTerms(partIds, share) : [[keys(part)[0], share]]);
        }
        cached = { terms: [...terms], listed: false };
      }
    }
    wordCache.set(lower, cached);
    return cached;
  };

  /**
   * A listed name's terms: its concept, and, a little, the concept of its head (the last
   * part of a Swedish compound or of a phrase, which names what kind of thing it is), so a
   * specialism still meets its field ("affärsjuridik" and "business law" meet "juridik" and
   * "law"). Modifiers are left out ("business" in "business law" says nothing about law),
   * and so is a head that is no concept ("maskininlärning" never meets "maskinteknik").
   */
  const listedTerms = (ids: readonly number[], parts: readonly string[]): Terms => {
    const head = parts.slice(-1);
    const partIds = head.map((p) => conceptsOf(keys(p)).filter((id) => !ids.includes(id))).filter((l) => l.length > 0);
    if (partIds.length === 0) return conceptTerms(ids, 1);
    const terms = new Map<string, number>(conceptTerms(ids, 1 - LISTED_PART_SHARE));
    for (const list of partIds) {
      for (const [t, w] of conceptTerms(list, LISTED_PART_SHARE / partIds.length)) terms.set(t, (terms.get(t) ?? 0) + w);
    }
    return [...terms];
  };

  /** The longest term-list phrase starting at token i, as [length, concept ids]. */
  const phraseAt = (ts: readonly Token[], i: number): [number, number[]] | null => {
    const first = keys(ts[i]!.lower);
    if (!list.phraseStarts.has(first[0]) && !list.phraseStarts.has(first[1])) return null;
    let end = i + 1;
    while (end < ts.length && end - i < list.longest && ts[end]!.joined) end++;
    for (let n = end - i; n >= 2; n--) {
      const ks = ts.slice(i, i + n).map((t) => keys(t.lower));
      const ids = conceptsOf([ks.map((k) => k[0]).join(' '), ks.map((k) => k[1]).join(' ')]);
      if (ids.length > 0) return [n, ids];
    }
    return null;
  };

  // Explanations analyse the proposed pairs' texts again: each text is analysed once.
  const textCache = new Map<string, readonly AnalysedWord[]>();
  const analyseText = (text: string): AnalysedWord[] => {
      const normal = text.normalize('NFC');
      const ts = tokens(normal);
      const out: AnalysedWord[] = [];
      for (let i = 0; i < ts.length; i++) {
        const t = ts[i]!;
        const phrase = phraseAt(ts, i);
        if (phrase !== null) {
          const last = ts[i + phrase[0] - 1]!;
          const words = ts.slice(i, i + phrase[0]).map((w) => w.lower).filter((w) => w.length > 1 && !dropped(w));
          out.push({
            text: normal.slice(t.start, last.end),
            sentenceStart: t.sentenceStart,
            terms: listedTerms(phrase[1], words),
            listed: true,
            start: t.start,
            end: last.end,
          });
          i += phrase[0] - 1;
          continue;
        }
        // One letter carries nothing; bare numbers (years, counts) are not interests.
        if (t.word.length < 2 || DIGITS.test(t.word)) continue;
        if (isStopWord(t.lower) && (!ACRONYM.test(t.word) || FORM_WORDS.has(t.lower))) continue;
        if (DEGREE_WORDS.has(t.lower) || isPlace(t.lower)) continue;
        const { terms, listed } = wordTerms(t.lower);
        out.push({ text: t.word, sentenceStart: t.sentenceStart, terms, listed, start: t.start, end: t.end });
      }
      return out;
  };
  return {
    analyse(text: string): readonly AnalysedWord[] {
      let words = textCache.get(text);
      if (words === undefined) {
        words = analyseText(text);
        textCache.set(text, words);
      }
      return words;
    },
  };
}

let termListMemo: TermList | undefined;

/**
 * The term list, indexed once per process: indexing stems about a thousand names, which
 * would otherwise be most of the time of a small round. The index is a pure function of
 * the data files and the stemmers, so sharing it changes no result.
 */
function sharedTermList(): TermList {
  if (termListMemo === undefined) {
    const swedish = newStemmer('swedish');
    const english = newStemmer('english');
    termListMemo = buildTermList((w) => [swedishRoot(swedish.stem(w)), english.stem(w)]);
  }
  return termListMemo;
}

/**
 * The Swedish stem without the -ing / -ning that Snowball keeps, so nouns of action meet
 * their agent nouns and verbs: "rekryter(ing)" = "rekryter(are)", "undervis(ning)" =
 * "undervis(ande)". Short stems keep their ending ("ring", "king").
 */
export function swedishRoot(stem: string): string {
  if (stem.endsWith('ning') && stem.length - 4 >= 4) return stem.slice(0, -4);
  if (stem.endsWith('ing') && stem.length - 3 >= 4) return stem.slice(0, -3);
  return stem;
}
