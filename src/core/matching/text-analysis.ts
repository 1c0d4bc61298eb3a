/**
 * This file defines how free text becomes matching terms. Text is split into whole words
 * (Unicode letters and digits, so "å ä ö" stay inside words and "AI" can never be found
 * inside "retail"), lower-cased, stripped of stop words, and stemmed. Applicants write
 * Swedish, English or both in one sentence and a line is too short to guess its language
 * reliably, so every word is stemmed with both the Swedish and the English Snowball
 * stemmer and counts half towards each stem. Two words then match fully when both stems
 * agree (the same word, or inflections both stemmers fold together) and half when only
 * one does ("utvecklare" and "utveckling" meet at "utveckl"), which is how mixed text still
 * finds its matches without letting one language's stemmer decide alone.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { isStopWord } from './stop-words';

/** One word as written, with the terms it counts towards. */
export interface AnalysedWord {
  /** As written (original case), for explanations. */
  readonly text: string;
  /** First word of the text or of a sentence, where a capital letter says nothing. */
  readonly sentenceStart: boolean;
  /** Stems and the weight each gets (the weights of one word add up to 1). */
  readonly terms: ReadonlyArray<readonly [string, number]>;
}

export interface TextAnalyser {
  analyse(text: string): AnalysedWord[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;
/** All-capital short words ("IT", "AI", "HR") are acronyms, not the pronoun "it". */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Splits text into whole words (no stemming, no stop words), keeping their case. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** Words with whether each starts a sentence (after ". ! ? :", a new line, or at the start). */
function wordsWithPosition(text: string): Array<{ word: string; sentenceStart: boolean }> {
  const normal = text.normalize('NFC');
  const out: Array<{ word: string; sentenceStart: boolean }> = [];
  for (const match of normal.matchAll(WORD)) {
    let k = match.index - 1;
    while (k >= 0 && ' \t"\'(«'.includes(normal[k]!)) k--;
    out.push({ word: match[0], sentenceStart: k < 0 || '.!?:\n'.includes(normal[k]!) });
  }
  return out;
}

/**
 * Creates an analyser with its own stem cache: a corpus repeats the same few thousand
 * words, and stemming each of them once instead of at every use is most of the speed.
 */
export function createTextAnalyser(): TextAnalyser {
  const swedish: Stemmer = newStemmer('swedish');
  const english: Stemmer = newStemmer('english');
  const cache = new Map<string, ReadonlyArray<readonly [string, number]>>();

  const termsOf = (lower: string): ReadonlyArray<readonly [string, number]> => {
    let terms = cache.get(lower);
    if (terms === undefined) {
      const sv = swedish.stem(lower);
      const en = english.stem(lower);
      terms = sv === en ? [[sv, 1]] : [
        [sv, 0.5],
        [en, 0.5],
      ];
      cache.set(lower, terms);
    }
    return terms;
  };

  return {
    analyse(text: string): AnalysedWord[] {
      const out: AnalysedWord[] = [];
      for (const { word, sentenceStart } of wordsWithPosition(text)) {
        // One letter carries nothing; bare numbers (years, counts) are not interests.
        if (word.length < 2 || DIGITS.test(word)) continue;
        const lower = word.toLowerCase();
        if (isStopWord(lower) && !ACRONYM.test(word)) continue;
        out.push({ text: word, sentenceStart, terms: termsOf(lower) });
      }
      return out;
    },
  };
}
