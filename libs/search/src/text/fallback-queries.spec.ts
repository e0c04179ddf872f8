import { describe, expect, it } from '@jest/globals';
import { FALLBACK_COMBINED_WORDS, fallbackQueries, rarity, type DocumentFrequencies } from './fallback-queries.js';
import { queryTerms } from './query-terms.js';

const frequencies = (documents: number, counts: Record<string, number>): DocumentFrequencies => ({ documents, of: new Map(Object.entries(counts)) });

describe('rarity', () => {
  it('grows as fewer documents hold the word, and is 0 for a word none holds', () => {
    expect(rarity(1, 1000)).toBeGreaterThan(rarity(10, 1000));
    expect(rarity(10, 1000)).toBeGreaterThan(rarity(900, 1000));
    expect(rarity(900, 1000)).toBeGreaterThan(0);
    expect(rarity(0, 1000)).toBe(0);
  });
});

describe('fallbackQueries', () => {
  it('asks for nothing more for a one-word query', () => {
    expect(fallbackQueries(queryTerms('самосвал'), frequencies(100, { самосвал: 5 }))).toEqual([]);
  });

  it('gives a word no listing holds no query, so «уборочная машина» still finds machines', () => {
    const queries = fallbackQueries(queryTerms('уборочная машина'), frequencies(400, { машин: 64 }));
    expect(queries).toEqual([{ q: 'машин ', stems: ['машин'], weight: 0.99 }]);
  });

  it('weighs each word by its share of the query rarity: rare words above common ones, all below 1', () => {
    const queries = fallbackQueries(queryTerms('шины карьерные'), frequencies(1000, { шин: 5, карьерн: 200 }));
    const weight = Object.fromEntries(queries.map((q) => [q.stems.join(' '), q.weight]));
    expect(weight['шин']).toBeGreaterThan(weight['карьерн']!);
    expect(weight['шин']! + weight['карьерн']!).toBeCloseTo(1, 3);
    expect(Object.keys(weight)).toEqual(['шин', 'карьерн']); // both words together is the full query, not a fallback
  });

  it('combines the rarest words (each combination its own query, in query order) and leaves quantities alone', () => {
    const terms = queryTerms('самосвал карьерный 90 т дизельный полноприводный');
    const queries = fallbackQueries(terms, frequencies(1000, { самосвал: 50, карьерн: 20, 90: 10, т: 400, дизельн: 30, полноприводн: 5 }), 5);
    expect(queries.some((q) => q.stems.includes('90') || q.stems.includes('т'))).toBe(false);
    const singles = queries.filter((q) => q.stems.length === 1).map((q) => q.stems[0]);
    expect(singles).toEqual(['самосвал', 'карьерн', 'дизельн', 'полноприводн']);
    expect(queries.filter((q) => q.stems.length > 1)).toHaveLength(2 ** 4 - 1 - 4); // 4 eligible words, all combinations of 2+
    expect(queries.find((q) => q.stems.length === 2 && q.stems.includes('полноприводн') && q.stems.includes('самосвал'))?.stems).toEqual(['самосвал', 'полноприводн']);
    expect(Math.max(...queries.map((q) => q.weight))).toBeLessThan(1);
  });

  it('keeps synonyms and typos for single words (no prefix); combinations are phrases from four words on', () => {
    const short = fallbackQueries(queryTerms('шины карьерные самосвалы'), frequencies(1000, { шин: 5, карьерн: 200, самосвал: 50 }), 5);
    expect(short[0]!.q).toBe('шин ');
    expect(short.find((q) => q.stems.length === 2)!.q).toMatch(/^\S+, \S+ $/);
    const long = fallbackQueries(queryTerms('шины карьерные самосвалы белаз'), frequencies(1000, { шин: 5, карьерн: 200, самосвал: 50, белаз: 30 }), 5);
    expect(long[0]!.q).toBe('шин ');
    expect(long.find((q) => q.stems.length === 2)!.q).toMatch(/^"\S+" "\S+"$/);
  });

  it('combines at most the given number of rarest words', () => {
    const words = ['альфа', 'бета', 'гамма', 'дельта', 'эпсилон', 'зета', 'эта', 'тета'];
    const terms = queryTerms(words.join(' '));
    const counts = Object.fromEntries(terms.map((t, i) => [t.stem, i + 1]));
    const queries = fallbackQueries(terms, frequencies(1000, counts), 5);
    const combined = new Set(queries.filter((q) => q.stems.length > 1).flatMap((q) => q.stems));
    expect(combined).toEqual(new Set(terms.slice(0, 5).map((t) => t.stem)));
  });

  it('by default asks one query per word and no combinations (the re-rank sums the words a hit holds)', () => {
    const terms = queryTerms('шины карьерные самосвалы белаз');
    const queries = fallbackQueries(terms, frequencies(1000, { шин: 5, карьерн: 200, самосвал: 50, белаз: 30 }));
    expect(FALLBACK_COMBINED_WORDS).toBe(0);
    expect(queries.map((q) => q.stems)).toEqual([['шин'], ['карьерн'], ['самосвал'], ['белаз']]);
  });
});
