import type { Settings } from 'meilisearch';
import { allStopWords, buildSynonymSettings } from '../text/index.js';

/** Exact `totalHits` needs Meilisearch to count this far (it stops counting at `maxTotalHits`). */
export const MAX_TOTAL_HITS = 10_000;

/**
 * Settings every text index shares, for sources to spread into theirs: Russian and English stop
 * words and the bilingual synonyms (both from data/search), typo tolerance that never applies to
 * numbers (model 65115 must not match 65116), exhaustive counting up to 10,000 hits, facet values
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
  };
}
