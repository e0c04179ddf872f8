import { BoundedCache } from './bounded-cache.js';
import * as snowballModule from 'snowball-stemmers';
import { tokenScript, tokenize } from './normalize.js';
import { isStopWord } from './stop-words.js';

/**
 * Stemming with Snowball Russian (Cyrillic words) and Snowball English (Latin words).
 *
 * `snowball-stemmers` is CommonJS (UMD) and sets `__esModule`. A namespace import works under
 * Node ESM, Jest's ESM mode and bundlers alike; a default import would be `undefined` in a
 * bundler that honours `__esModule`, hence the fallback below.
 */
type SnowballFactory = { newStemmer(language: string): { stem(word: string): string } };
const factory: SnowballFactory =
  typeof (snowballModule as Partial<SnowballFactory>).newStemmer === 'function'
    ? (snowballModule as SnowballFactory)
    : (snowballModule as unknown as { default: SnowballFactory }).default;

const russian = factory.newStemmer('russian');
const english = factory.newStemmer('english');

/**
 * Snowball Russian strips verb endings before noun endings, so masculine nouns in -ал/-ан and
 * nouns in -ит lose a consonant in some cases only: "самосвал" → "самосва" but "самосвалы" →
 * "самосвал"; "экраны" → "экра" but "экранов" → "экран"; "кредит" → "кред" but "кредиты" →
 * "кредит". We put the consonant back when the removed ending was one of those verb endings:
 * every case of such a noun then shares one stem. The cost is paid by verbs ("делал" → "делал"
 * while "делать" → "дела"), which matter far less in catalogue text than nouns. Short passive
 * participles in -ован/-еван are left alone so "сертифицирован" still meets
 * "сертифицированный".
 */
const RESTORE_AFTER_A = /^(л|ла|ли|ло|н|на|ны|но)$/;
const RESTORE_IT = /^(ит|ите)$/;

/** Word forms Snowball gets wrong that matter in this domain (normalised form → stem). */
const RU_EXCEPTIONS: Readonly<Record<string, string>> = {
  систем: 'систем', // gen. pl. of "система": Snowball strips "-ем" as a noun ending
  проблем: 'проблем',
  схем: 'схем',
  режим: 'режим', // "-им" is taken for an adjective ending
  семян: 'сем',
};

const EN_EXCEPTIONS: Readonly<Record<string, string>> = {
  buses: 'bus', // Porter2 gives "buse"
  busses: 'bus',
  gases: 'gas',
  trolleybuses: 'trolleybus',
  minibuses: 'minibus',
  ebuses: 'ebus',
};

export function stemRussian(word: string): string {
  const exception = RU_EXCEPTIONS[word];
  if (exception !== undefined) return exception;
  const stem = russian.stem(word);
  if (stem === word || !word.startsWith(stem)) return stem;
  const removed = word.slice(stem.length);
  if (RESTORE_AFTER_A.test(removed) && /[ая]$/.test(stem) && !/(ов|ев)а$/.test(stem)) {
    return stem + removed.charAt(0);
  }
  if (RESTORE_IT.test(removed)) return stem + 'ит';
  return stem;
}

export function stemEnglish(word: string): string {
  const exception = EN_EXCEPTIONS[word];
  if (exception !== undefined) return exception;
  // British -isation/-iser → -ization/-izer so "fertilisers" and "fertilizers" meet.
  const americanised = word.length >= 8 ? word.replace(/is(ation|ations|er|ers)$/, 'iz$1') : word;
  return english.stem(americanised);
}

/**
 * Stems one normalised word: Snowball Russian for Cyrillic words, Snowball English for Latin
 * words. Numbers, model codes with digits ("75570", "6x4"), mixed-script and other words are
 * returned unchanged.
 */
export function stemWord(word: string): string {
  // Catalogue text repeats a small vocabulary: a word-level memo removes most of Snowball's cost
  // (the relay stems every document, matching stems every candidate).
  return stemCache.get(word, () => stemUncached(word));
}

const stemCache = new BoundedCache<string, string>(50_000);

function stemUncached(word: string): string {
  switch (tokenScript(word)) {
    case 'cyrillic':
      return stemRussian(word);
    case 'latin':
      return stemEnglish(word);
    default:
      return word;
  }
}

/** Normalised, stop words removed, each word stemmed (order kept, duplicates kept). */
export function stemTokens(text: string | null | undefined): string[] {
  return tokenize(text)
    .filter((t) => !isStopWord(t))
    .map(stemWord);
}

/**
 * The stemmed form of a text, words joined by single spaces: for a document's `*Stemmed`
 * field and for the stemmed query. "Самосвалы БелАЗ-75570" → "самосвал белаз 75570".
 */
export function stemText(text: string | null | undefined): string {
  return stemTokens(text).join(' ');
}
