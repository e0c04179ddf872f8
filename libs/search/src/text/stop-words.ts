import { readFileSync } from 'node:fs';
import { repoPath } from '@tradebridge/core';
import { normalizeText } from './normalize.js';

/**
 * Stop words, kept as data in data/search/stopwords-{ru,en}.txt (one word a line, lower-case,
 * ё folded; blank lines and lines starting with "#" are ignored). Loaded once and cached.
 * The two lists are merged into one set: the scripts differ, so Russian "а" and English "a"
 * cannot collide.
 */
export type StopWordLanguage = 'ru' | 'en';

const cache = new Map<StopWordLanguage, ReadonlySet<string>>();
let merged: ReadonlySet<string> | undefined;

/** Parses a stop word file's text: one word a line; every entry normalised like query text. */
export function parseWordList(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const word = normalizeText(trimmed);
    if (word) words.push(word);
  }
  return words;
}

export function stopWordsPath(lang: StopWordLanguage): string {
  return repoPath('data', 'search', `stopwords-${lang}.txt`);
}

/** The stop words of one language (cached). */
export function loadStopWords(lang: StopWordLanguage): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    set = new Set(parseWordList(readFileSync(stopWordsPath(lang), 'utf8')));
    cache.set(lang, set);
  }
  return set;
}

/** Russian and English stop words together (cached). */
export function allStopWords(): ReadonlySet<string> {
  merged ??= new Set([...loadStopWords('ru'), ...loadStopWords('en')]);
  return merged;
}

/** True when a normalised token is a Russian or English stop word. */
export function isStopWord(token: string): boolean {
  return allStopWords().has(token);
}

/** Drops stop words from normalised tokens (order kept). */
export function removeStopWords(tokens: readonly string[]): string[] {
  const stop = allStopWords();
  return tokens.filter((t) => !stop.has(t));
}
