import { isModelToken, normalizeText, tokenize } from './normalize.js';
import { hyphenatedNumbers, looksLikeModel, queryTerms, type QueryTerm } from './query-terms.js';
import { stemWord } from './stem.js';
import { isStopWord } from './stop-words.js';

/** Meilisearch ignores every query word after the tenth. */
export const MEILI_MAX_QUERY_WORDS = 10;

export interface DistilledQuery {
  /** Normalised surface words, most useful kept, in source order (keywords, then title). */
  words: string[];
  /** `words` joined by spaces: the query for the original (raw) fields. */
  query: string;
  /** The stem of each word in `words` (distinct stems, same order). */
  stemmedWords: string[];
  /** `stemmedWords` joined by spaces: the query for the `*Stemmed` fields. */
  stemmed: string;
}

export interface PreparedSearchQuery {
  /** The query as the user typed it. */
  raw: string;
  /** Normalised words joined by spaces, at most 10 words (see `prepareSearchQuery`). */
  normalized: string;
  /** Stop words out, each word stemmed, duplicates out, at most 10 words. */
  stemmed: string;
  /** True when the query had more than 10 words, so some were dropped. */
  truncated: boolean;
  /** Every distinct content word (by stem, up to MAX_QUERY_TERMS), for the any-word fallback (`fallbackQueries`). */
  terms: QueryTerm[];
}

/** Russian adjective and participle endings; -ние/-тие nouns ("оборудование") are excluded. */
const RU_ADJECTIVE = /(ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю|ыми|ими)$/;
const RU_VERBAL_NOUN = /(ние|тие|ния|тия|ний|тий|нием|тием|нии|тии)$/;

function looksLikeAdjective(word: string): boolean {
  return word.length > 4 && RU_ADJECTIVE.test(word) && !RU_VERBAL_NOUN.test(word);
}


/**
 * Words every listing says, which only dilute a distilled query ("Поставка новых автобусов",
 * "Требуются запчасти"); compared by stem, so every case form goes. Not applied to user queries.
 */
const LISTING_NOISE = [
  'поставка', 'закупка', 'продажа', 'покупка', 'приобретение', 'предлагаем', 'предложение',
  'требуется', 'требуются', 'нужен', 'нужна', 'нужны', 'нужно', 'необходим', 'необходимы',
  'необходимо', 'срочно', 'новый', 'новые', 'шт', 'штук', 'год', 'года', 'руб', 'рублей',
  'supply', 'supplies', 'purchase', 'sale', 'buy', 'sell', 'offer', 'need', 'needed',
  'required', 'new', 'pcs', 'units',
];
let noiseStems: ReadonlySet<string> | undefined;
function isListingNoise(stem: string): boolean {
  noiseStems ??= new Set(LISTING_NOISE.map(stemWord));
  return noiseStems.has(stem);
}


interface Candidate {
  word: string;
  stem: string;
  order: number;
  score: number;
}

function keywordList(keywords: readonly string[] | string | null | undefined): string[] {
  if (keywords == null) return [];
  return typeof keywords === 'string' ? [keywords] : [...keywords];
}

/**
 * Distils a matching query from a listing's title and keywords, for the 10-word limit:
 * normalised; stop words, listing boilerplate ("поставка", "требуется", "новый"), one-letter
 * words and duplicates (also words with the same stem) out; when more than `maxWords` remain,
 * the most useful are kept: model numbers first, then keywords before title words, nouns
 * before adjectives, bare numbers ("40") last; ties go to the earlier word. The kept words stay in source order (keywords, then title), so phrases
 * like "белаз 75570" keep their proximity.
 */
export function distillQuery(
  title: string | null | undefined,
  keywords?: readonly string[] | string | null,
  maxWords = MEILI_MAX_QUERY_WORDS,
): DistilledQuery {
  const limit = Math.max(0, Math.min(Math.floor(maxWords), MEILI_MAX_QUERY_WORDS));
  const source = (text: string | null | undefined, base: number) => {
    const normalized = normalizeText(text);
    return { tokens: tokenize(normalized), models: hyphenatedNumbers(normalized), base };
  };
  const sources = [...keywordList(keywords).map((k) => source(k, 2)), source(title, 1)];
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const { tokens, models, base } of sources) {
    for (const word of tokens) {
      if (isStopWord(word)) continue;
      if (word.length < 2 && !isModelToken(word)) continue;
      const stem = stemWord(word);
      if (seen.has(stem) || seen.has(word) || isListingNoise(stem)) continue;
      seen.add(stem);
      seen.add(word);
      let score = base;
      if (looksLikeModel(word, models)) score += 3;
      else if (isModelToken(word)) score -= 1;
      else if (!looksLikeAdjective(word)) score += 1;
      candidates.push({ word, stem, order: candidates.length, score });
    }
  }
  const kept =
    candidates.length <= limit
      ? candidates
      : [...candidates]
          .sort((a, b) => b.score - a.score || a.order - b.order)
          .slice(0, limit)
          .sort((a, b) => a.order - b.order);
  const words = kept.map((c) => c.word);
  const stemmedWords = kept.map((c) => c.stem);
  return { words, query: words.join(' '), stemmedWords, stemmed: stemmedWords.join(' ') };
}

/**
 * Prepares a user's search query. `normalized` keeps the words as typed (normalised) when
 * they fit in 10; a longer query loses its stop words first and is then cut to 10 words.
 * `stemmed` is the same query for the stemmed fields: stop words out (unless the query is
 * nothing but stop words), each word stemmed, repeated stems out, at most 10 words.
 * Meilisearch operators (quotes, a leading "-") are not kept: words only.
 */
export function prepareSearchQuery(raw: string | null | undefined): PreparedSearchQuery {
  const original = raw ?? '';
  const tokens = tokenize(original);
  const content = tokens.filter((t) => !isStopWord(t));
  const basis = content.length > 0 ? content : tokens;

  const surface = tokens.length <= MEILI_MAX_QUERY_WORDS ? tokens : basis.slice(0, MEILI_MAX_QUERY_WORDS);
  const stems: string[] = [];
  for (const word of basis) {
    const stem = stemWord(word);
    if (!stems.includes(stem)) stems.push(stem);
  }
  const stemmed = stems.slice(0, MEILI_MAX_QUERY_WORDS);
  return {
    raw: original,
    normalized: surface.join(' '),
    stemmed: stemmed.join(' '),
    truncated: tokens.length > MEILI_MAX_QUERY_WORDS,
    terms: queryTerms(original),
  };
}
