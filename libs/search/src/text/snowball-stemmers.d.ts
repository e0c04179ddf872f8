/** Types for `snowball-stemmers` 0.6.0 (a UMD/CommonJS module that ships none). */
declare module 'snowball-stemmers' {
  export interface SnowballStemmer {
    /** Stems one lower-case word; returns the word itself when nothing applies. */
    stem(word: string): string;
  }
  export function newStemmer(language: string): SnowballStemmer;
  export function algorithms(): string[];
}
