import type { GranularFilterableAttribute, Settings } from 'meilisearch';
import { allStopWords, buildSynonymSettings } from '../text/index.js';

/**
 * Meilisearch counts hits (a page-mode `totalHits`) only up to `maxTotalHits`: set out of reach, so
 * totals are exact at any size. Measured on 90,000 offerings (tools/bench/total-hits.ts): the same
 * search latency as with 10,000, and an exact count of everything in ~3 ms. It is no page limit for
 * clients: the services decide how deep pages go (catalog: REACHABLE_HITS).
 */
export const MAX_TOTAL_HITS = 2_147_483_647;

/**
 * Settings every text index shares, for sources to spread into theirs: Russian and English stop
 * words and the bilingual synonyms (both from data/search), typo tolerance that never applies to
 * numbers (model 65115 must not match 65116), exhaustive counting of every hit, facet values
 * ordered by count, and `sort` as the first ranking rule so an explicit sort (newest, price) is
 * strict while relevance ordering stays the default.
 */
export function baseIndexSettings(): Settings {
  return {
    stopWords: [...allStopWords()].sort(),
    synonyms: buildSynonymSettings(),
    typoTolerance: { enabled: true, disableOnNumbers: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    proximityPrecision: 'byAttribute',
    // Nothing calls Meilisearch's facet-search endpoint (facet values come with the hits).
    facetSearch: false,
  };
}

/**
 * Granular `filterableAttributes`: `equality` fields take =, !=, IN, EXISTS, IS NULL and IS EMPTY; only
 * `comparison` fields also take <, <=, >, >= and TO, so Meilisearch builds its range structures (the
 * number levels of its facet post-processing) for those alone; facet search for none. Facet
 * distributions work with either. A filter using a range on an equality field is refused by Meilisearch
 * (search-documents.spec.ts checks every filter the services build).
 */
export function granularFilterable(equality: readonly string[], comparison: readonly string[]): GranularFilterableAttribute[] {
  const rule = (fields: readonly string[], ranges: boolean): GranularFilterableAttribute => ({
    attributePatterns: [...fields],
    features: { facetSearch: false, filter: { equality: true, comparison: ranges } },
  });
  return [rule(equality, false), ...(comparison.length ? [rule(comparison, true)] : [])];
}
