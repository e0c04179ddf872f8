import { Injectable, Optional } from '@nestjs/common';
import { checkPageSize, ServiceUnavailableError, ValidationFailed, type PageInfo } from '@tradebridge/core';
import {
  decodeOffsetCursor,
  encodeOffsetCursor,
  fallbackQueries,
  MAX_TOTAL_HITS,
  MeiliService,
  prepareSearchQuery,
  TermFrequencies,
  type PreparedSearchQuery,
} from '@tradebridge/search';
import type { Hit } from 'meilisearch';
import { STEMMED_SEARCH_FIELDS } from './listing-document.js';
import { NeedService } from '../needs/need.service.js';
import { OfferingService } from '../offerings/offering.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import {
  browseRequest,
  federatedRequest,
  NEED_FACETS,
  needSearchPlan,
  OFFERING_FACETS,
  offeringSearchPlan,
  type SearchPlan,
} from './search-request.js';
import { facetsOf, highlightsOf, pickCategoryFacet, scoreOf, type FacetDistribution } from './search-results.js';
import type { NeedFilter, OfferingFilter } from './search.inputs.js';
import type { Facet, Highlight, NeedSearchResult, OfferingSearchResult, OfferingSort } from './search.types.js';

const MAX_QUERY_LENGTH = 500;

export interface SearchArgs {
  query?: string | null;
  first: number;
  after?: string | null;
}

interface RankedHit {
  id: string;
  score: number | null;
  highlights: Highlight[];
}

interface Ranked {
  hits: RankedHit[];
  totalHits: number;
  distribution: FacetDistribution | undefined;
  processingTimeMs: number;
}

/**
 * searchOfferings / searchNeeds: Meilisearch ranks (a federated search of the normalised query on the
 * original fields, the stemmed query on the stemmed fields and, for several words, the any-word
 * fallback weighted by how rare each word is in the index; duplicates merged by Meilisearch), then
 * the rows are loaded from PostgreSQL in that order and anything no longer public is dropped, so no
 * stale or private data reaches a hit.
 */
@Injectable()
export class CatalogSearchService {
  constructor(
    private readonly offerings: OfferingService,
    private readonly needs: NeedService,
    private readonly taxonomy: TaxonomyService,
    @Optional() private readonly meili?: MeiliService,
    @Optional() private readonly frequencies?: TermFrequencies,
  ) {}

  async searchOfferings(args: SearchArgs & { filter?: OfferingFilter | null; sort?: OfferingSort | null }): Promise<OfferingSearchResult> {
    const page = this.page(args);
    const plan = offeringSearchPlan({ ...page, filter: args.filter, sort: args.sort }, await this.levelsOf(args.filter?.categoryCodes), Date.now());
    const ranked = await this.rank(plan);
    const rows = await this.offerings.findVisible(null, ranked.hits.map((h) => h.id));
    const hits = ranked.hits.flatMap((hit, i) => {
      const offering = rows[i];
      return offering ? [{ cursor: encodeOffsetCursor(page.offset + i), offering, score: hit.score, highlights: hit.highlights }] : [];
    });
    return { hits, ...this.summary(plan, ranked, OFFERING_FACETS, hits[0]?.cursor ?? null) };
  }

  async searchNeeds(args: SearchArgs & { filter?: NeedFilter | null }): Promise<NeedSearchResult> {
    const page = this.page(args);
    const plan = needSearchPlan({ ...page, filter: args.filter }, await this.levelsOf(args.filter?.categoryCodes), Date.now());
    const ranked = await this.rank(plan);
    const rows = await this.needs.findVisible(null, ranked.hits.map((h) => h.id));
    const hits = ranked.hits.flatMap((hit, i) => {
      const need = rows[i];
      return need ? [{ cursor: encodeOffsetCursor(page.offset + i), need, score: hit.score, highlights: hit.highlights }] : [];
    });
    return { hits, ...this.summary(plan, ranked, NEED_FACETS, hits[0]?.cursor ?? null) };
  }

  /** Totals, facets, page info and timing of a result. */
  private summary(plan: SearchPlan, ranked: Ranked, facetFields: string[], startCursor: string | null) {
    return {
      totalHits: ranked.totalHits,
      facets: this.facets(ranked.distribution, plan.category, facetFields),
      pageInfo: pageInfo(plan.offset, ranked.hits.length, ranked.totalHits, startCursor),
      processingTimeMs: ranked.processingTimeMs,
    };
  }

  private page(args: SearchArgs): { offset: number; limit: number; query: PreparedSearchQuery } {
    const first = checkPageSize(args.first);
    if (args.query && args.query.length > MAX_QUERY_LENGTH) throw ValidationFailed.field('query', `must be at most ${MAX_QUERY_LENGTH} characters`);
    const offset = args.after ? decodeOffsetCursor(args.after) + 1 : 0;
    return { offset, limit: Math.max(0, Math.min(first, MAX_TOTAL_HITS - offset)), query: prepareSearchQuery(args.query) };
  }

  private async levelsOf(codes: readonly string[] | null | undefined): Promise<number[]> {
    if (!codes?.length) return [];
    return (await this.taxonomy.findByCodes(codes)).map((c) => c.level);
  }

  private facets(distribution: FacetDistribution | undefined, category: { deeper: string; own: string }, others: string[]): Facet[] {
    const categoryField = pickCategoryFacet(distribution, category);
    return facetsOf(distribution, [{ source: categoryField, field: 'categoryCode' }, ...others.map((f) => ({ source: f, field: f }))]);
  }

  private async rank(plan: SearchPlan): Promise<Ranked> {
    const meili = this.meili;
    if (!meili) throw new ServiceUnavailableError('Search');
    const uid = meili.indexUid(plan.index);
    if (!plan.query.normalized) {
      const response = await meili.search((client, signal) => client.multiSearch(browseRequest(uid, plan), { signal }));
      const [list, count] = response.results;
      return {
        hits: (list?.hits ?? []).map((hit) => ({ id: String(hit.id), score: null, highlights: [] })),
        totalHits: count?.totalHits ?? 0,
        distribution: list?.facetDistribution,
        processingTimeMs: Math.max(list?.processingTimeMs ?? 0, count?.processingTimeMs ?? 0),
      };
    }
    const stems = plan.query.terms.map((t) => t.stem);
    const fallback = stems.length > 1 && this.frequencies ? fallbackQueries(plan.query.terms, await this.frequencies.of(uid, stems, STEMMED_SEARCH_FIELDS)) : [];
    const response = await meili.search((client, signal) => client.multiSearch(federatedRequest(uid, plan, fallback), { signal }));
    return {
      hits: response.hits.map((hit: Hit) => ({
        id: String(hit.id),
        score: scoreOf(hit._federation?.weightedRankingScore ?? hit._rankingScore),
        highlights: highlightsOf(hit._formatted as Record<string, unknown> | undefined),
      })),
      totalHits: Math.min(response.estimatedTotalHits ?? response.totalHits ?? 0, MAX_TOTAL_HITS),
      distribution: response.facetDistribution,
      processingTimeMs: response.processingTimeMs,
    };
  }
}

function pageInfo(offset: number, returned: number, totalHits: number, startCursor: string | null): PageInfo {
  const end = offset + returned;
  return {
    hasNextPage: end < Math.min(totalHits, MAX_TOTAL_HITS),
    hasPreviousPage: offset > 0,
    startCursor,
    endCursor: returned > 0 ? encodeOffsetCursor(end - 1) : null,
  };
}
