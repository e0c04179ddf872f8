import type { QueryTerm } from './query-terms.js';

/** How many documents hold each query word: what makes a word rare (see `TermFrequencies`). */
export interface DocumentFrequencies {
  /** Documents in the index. */
  documents: number;
  /** Documents holding each stem; a stem missing here is held by none (a typo, an unknown word). */
  of: ReadonlyMap<string, number>;
}

/** One query of the any-word fallback: some of the words, all required, weighted by their share of the query's rarity. */
export interface FallbackQuery {
  q: string;
  /** The stems it asks for. */
  stems: string[];
  /** Federation weight: the words' rarity over the whole query's, below 1 (a hit of every word ranks above). */
  weight: number;
}

/**
 * The rarest words whose every combination gets its own query (2^k - 1 combinations at most). None by
 * default: the re-rank (`rerank`) sums the rarity of the words each hit holds, which is what the
 * combinations approximated, so one query per word finds the same candidates with about a third of
 * the queries (OKPD2 dev, 425 queries: 8.0 instead of 26.8 queries per search on average, NDCG@10 and
 * recall@100 after the re-rank within 0.005 of each other).
 */
export const FALLBACK_COMBINED_WORDS = 0;
/** From this many words on, combinations of fallback words are matched exactly (no typo, prefix or synonym lookups: cheap). */
export const FALLBACK_EXACT_FROM_WORDS = 4;

/**
 * Okapi's inverse document frequency (Lucene's non-negative form): the rarer a word, the more it says
 * about what the searcher wants. 0 for a word no document holds.
 */
export function rarity(documentsWithWord: number, documents: number): number {
  if (documentsWithWord <= 0) return 0;
  const n = Math.max(documents, documentsWithWord);
  return Math.log(1 + (n - documentsWithWord + 0.5) / (documentsWithWord + 0.5));
}

/**
 * The any-word fallback of a query of several words, as extra queries of a federated search:
 * Meilisearch's own ranking keeps documents that hold only some of the words to those holding its
 * rarest one (matchingStrategy "frequency") or its first one ("last"), so a listing with the other
 * words is never found. Here every word the index holds gets a query of its own (and every
 * combination of the `combinedWords` rarest ones, none by default), each weighted by the share of the
 * query's rarity it carries: a listing with the rare words ranks above one with the common words, and
 * both below one with all of them. Quantities ("90", "т") get none (they mean nothing alone).
 * Meilisearch still ranks within each query (typos, proximity, attribute, exactness).
 * @example fallbackQueries(prepareSearchQuery('уборочная машина').terms, frequencies) // "машин " (weight < 1) when no listing says "уборочная"
 */
export function fallbackQueries(terms: readonly QueryTerm[], frequencies: DocumentFrequencies, combinedWords = FALLBACK_COMBINED_WORDS): FallbackQuery[] {
  if (terms.length < 2) return [];
  const rated = terms.map((term) => ({ term, rarity: rarity(frequencies.of.get(term.stem) ?? 0, frequencies.documents) }));
  const total = rated.reduce((sum, r) => sum + r.rarity, 0);
  const eligible = rated.filter((r) => r.rarity > 0 && r.term.kind !== 'quantity');
  if (total <= 0 || eligible.length === 0) return [];
  const exact = eligible.length >= FALLBACK_EXACT_FROM_WORDS;
  // Single words keep their synonyms and typos (a Russian word finds an English listing), without
  // prefix (the trailing separator); combinations of several words of a long query are phrases (no
  // lookups at all), else set apart by hard separators (no joined n-grams).
  const spell = (stems: string[]) =>
    exact && stems.length > 1 ? stems.map((s) => `"${s}"`).join(' ') : `${stems.join(', ')} `;
  const query = (group: typeof eligible): FallbackQuery => {
    const stems = group.map((r) => r.term.stem);
    const share = group.reduce((sum, r) => sum + r.rarity, 0) / total;
    return { q: spell(stems), stems, weight: Math.round(Math.min(share, 0.99) * 10_000) / 10_000 };
  };
  const out = eligible.map((r) => query([r]));
  const rarest = [...eligible].sort((a, b) => b.rarity - a.rarity).slice(0, combinedWords);
  for (let mask = 1; mask < 1 << rarest.length; mask++) {
    const group = rarest.filter((_, i) => mask & (1 << i));
    // Single words are above; all the query's words are its full query.
    if (group.length < 2 || group.length === terms.length) continue;
    out.push(query(eligible.filter((r) => group.includes(r)))); // in the query's word order
  }
  return out;
}
