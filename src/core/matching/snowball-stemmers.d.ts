/**
 * This file defines the small part of the `snowball-stemmers` package (a JavaScript port of
 * the Snowball stemmers, shipped without types) that matching uses.
 */
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
