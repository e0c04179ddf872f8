import { describe, expect, it } from '@jest/globals';
import { Country } from '@tradebridge/identity';
import { prepareSearchQuery } from '@tradebridge/search';
import { STEMMED_SEARCH_FIELDS } from './listing-document.js';
import { browseRequest, federatedRequest, needSearchPlan, offeringSearchPlan, RANKING_SCORE_FLOOR, RERANK_WINDOW, reranks, rerankWindow, STEMMED_QUERY_WEIGHT } from './search-request.js';
import { OfferingSort } from './search.types.js';

const now = Date.UTC(2027, 0, 1);
const page = { offset: 20, limit: 10 };

describe('search plans and requests', () => {
  it('offerings: category facet one level below the filter, the other facets, the sort, the filter', () => {
    const plan = offeringSearchPlan({ query: prepareSearchQuery('самосвалы'), filter: { countries: [Country.BY] }, sort: OfferingSort.PRICE_ASC, ...page }, [1], now);
    expect(plan.facets).toEqual(['categoryLevel1', 'categoryLevel2', 'country', 'region', 'certifications', 'kind', 'verified']);
    expect(plan.sort).toEqual(['price:asc', 'createdAt:desc']);
    expect(plan.filter).toContain('country IN ["BY"]');
  });

  it('needs: no sort and no kind facet; without category filter the top level only', () => {
    const plan = needSearchPlan({ query: prepareSearchQuery(''), ...page }, [], now);
    expect(plan.facets).toEqual(['categoryLevel0', 'country', 'region', 'certifications', 'verified']);
    expect(plan.sort).toBeNull();
  });

  it('a text query is federated: raw, then stemmed at a lower weight, one page for both, noise below the floor', () => {
    const plan = offeringSearchPlan({ query: prepareSearchQuery('Карьерные самосвалы'), ...page, sort: OfferingSort.NEWEST }, [], now);
    const request = federatedRequest('idx', plan);
    expect(request.federation).toMatchObject({ offset: 20, limit: 10, facetsByIndex: { idx: plan.facets } });
    // The raw query asks for the exact words; the stemmed one sets words apart except within a multi-word synonym ("карьерн самосвал").
    expect(request.queries.map((q) => q.q)).toEqual(['"карьерные" "самосвалы"', 'карьерн самосвал']);
    expect(request.queries[1]).toMatchObject({ attributesToSearchOn: STEMMED_SEARCH_FIELDS, federationOptions: { weight: STEMMED_QUERY_WEIGHT } });
    for (const q of request.queries) expect(q).toMatchObject({ matchingStrategy: 'frequency', rankingScoreThreshold: RANKING_SCORE_FLOOR });
  });

  it('in relevance order a page inside the re-rank window asks for the whole window with the stemmed text; later pages only for ids', () => {
    const inside = offeringSearchPlan({ query: prepareSearchQuery('карьерный самосвал белаз 90 т'), offset: RERANK_WINDOW - 5, limit: 10 }, [], now);
    expect(reranks(inside)).toBe(true);
    const request = federatedRequest('idx', inside);
    expect(request.federation).toMatchObject({ offset: 0, limit: RERANK_WINDOW + 5 });
    // The category's stemmed names come from the taxonomy (categoryStems), by code.
    const stemmedText = STEMMED_SEARCH_FIELDS.filter((f) => f !== 'categoryNamesStemmed');
    for (const q of request.queries) expect(q.attributesToRetrieve).toEqual(['id', ...stemmedText, 'categoryCode', 'organizationName']);
    const beyond = offeringSearchPlan({ query: prepareSearchQuery('карьерный самосвал белаз 90 т'), offset: RERANK_WINDOW, limit: 10 }, [], now);
    expect(reranks(beyond)).toBe(false);
    expect(federatedRequest('idx', beyond).federation).toMatchObject({ offset: RERANK_WINDOW, limit: 10 });
    expect(federatedRequest('idx', beyond).queries[0]?.attributesToRetrieve).toEqual(['id']);
  });

  it('re-ranks 100 hits for each word after the first, at most RERANK_WINDOW', () => {
    const window = (query: string, offset = 0) => {
      const plan = offeringSearchPlan({ query: prepareSearchQuery(query), offset, limit: 20 }, [], now);
      return { window: rerankWindow(plan), reranks: reranks(plan), limit: federatedRequest('idx', plan).federation?.limit };
    };
    expect(window('карьерный самосвал')).toEqual({ window: 100, reranks: true, limit: 100 });
    expect(window('карьерный самосвал', 100)).toEqual({ window: 100, reranks: false, limit: 20 });
    expect(window('карьерный самосвал 90 т')).toEqual({ window: 300, reranks: true, limit: 300 });
    expect(window('самосвал для карьера')).toEqual({ window: 100, reranks: true, limit: 100 });
    expect(window('самосвал карьер белаз')).toEqual({ window: 200, reranks: true, limit: 200 });
    expect(RERANK_WINDOW).toBe(300);
  });

  it('asks Meilisearch for no highlights: the API marks the page itself', () => {
    const plan = offeringSearchPlan({ query: prepareSearchQuery('карьерный самосвал'), offset: 0, limit: 2 }, [], now);
    const fallback = [{ q: 'самосвал ', stems: ['самосвал'], weight: 0.99 }];
    for (const request of [federatedRequest('idx', plan, fallback), federatedRequest('idx', { ...plan, sort: ['createdAt:desc'] }, fallback)]) {
      for (const q of request.queries) expect(Object.keys(q).filter((key) => /highlight|crop/i.test(key))).toEqual([]);
    }
  });

  it('a last word of one letter is a word, not the start of any word (a trailing space)', () => {
    const q = (query: string) => federatedRequest('idx', offeringSearchPlan({ query: prepareSearchQuery(query), ...page }, [], now)).queries.map((x) => x.q);
    expect(q('самосвал 90 т')).toEqual(['"самосвал" "90" "т"', 'самосвал, 90, т ']);
    expect(q('самосвал 90')).toEqual(['"самосвал" "90"', 'самосвал, 90']);
    expect(q('самосвал бел')).toEqual(['"самосвал" "бел"', 'самосвал, бел']);
  });

  it('the raw query requires every word in its exact form, stop words left out (as phrases they would be required)', () => {
    const q = (query: string) => federatedRequest('idx', offeringSearchPlan({ query: prepareSearchQuery(query), ...page }, [], now)).queries[0]?.q;
    expect(q('Самосвал для карьера')).toBe('"самосвал" "карьера"');
    expect(q('dump trucks for mining')).toBe('"dump" "trucks" "mining"');
    // Nothing but stop words: they are the query's words.
    expect(q('для')).toBe('"для"');
  });

  it('other sorts, one word and searches without words are never re-ranked', () => {
    expect(reranks(offeringSearchPlan({ query: prepareSearchQuery('карьерный самосвал'), ...page, sort: OfferingSort.PRICE_ASC }, [], now))).toBe(false);
    expect(reranks(offeringSearchPlan({ query: prepareSearchQuery('белаз'), ...page }, [], now))).toBe(false);
    expect(reranks(offeringSearchPlan({ query: prepareSearchQuery(''), ...page }, [], now))).toBe(false);
  });

  it('the any-word fallback queries follow, on the stemmed fields, all their words required, at their weights', () => {
    const plan = offeringSearchPlan({ query: prepareSearchQuery('уборочная машина'), ...page }, [], now);
    const request = federatedRequest('idx', plan, [{ q: 'машин ', stems: ['машин'], weight: 0.99 }]);
    expect(request.queries).toHaveLength(3);
    expect(request.queries[2]).toMatchObject({
      q: 'машин ',
      attributesToSearchOn: STEMMED_SEARCH_FIELDS,
      matchingStrategy: 'all',
      filter: plan.filter,
      rankingScoreThreshold: RANKING_SCORE_FLOOR,
      federationOptions: { weight: 0.99 },
    });
  });

  it('no words: newest first with facets, and a page-mode query for the exact total', () => {
    const request = browseRequest('idx', needSearchPlan({ query: prepareSearchQuery(null), ...page }, [], now));
    expect(request.queries[0]).toMatchObject({ q: '', sort: ['createdAt:desc'], offset: 20, limit: 10 });
    expect(request.queries[1]).toMatchObject({ page: 1, hitsPerPage: 0 });
  });

  it('asks for facets and the browse total only when the caller selected them', () => {
    const selection = { facets: false, highlights: false, total: false };
    const words = federatedRequest('idx', offeringSearchPlan({ query: prepareSearchQuery('самосвал'), ...page, selection }, [], now));
    expect(words.federation).not.toHaveProperty('facetsByIndex');
    const browse = browseRequest('idx', offeringSearchPlan({ query: prepareSearchQuery(null), ...page, selection }, [], now));
    expect(browse.queries).toHaveLength(1);
    expect(browse.queries[0]).not.toHaveProperty('facets');

    const all = federatedRequest('idx', offeringSearchPlan({ query: prepareSearchQuery('самосвал'), ...page }, [], now));
    expect(all.federation).toHaveProperty('facetsByIndex');
  });
});
