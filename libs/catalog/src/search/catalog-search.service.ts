import { Injectable, Optional } from '@nestjs/common';
import { checkPageSize, ServiceUnavailableError, ValidationFailed, type PageInfo } from '@tradebridge/core';
import {
  decodeOffsetCursor,
  encodeOffsetCursor,
  HIGHLIGHT_SEARCH_PARAMS,
  MAX_TOTAL_HITS,
  MeiliService,
  prepareSearchQuery,
  type PreparedSearchQuery,
} from '@tradebridge/search';
import type { Hit } from 'meilisearch';
import { NeedService } from '../needs/need.service.js';
import { OfferingService } from '../offerings/offering.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { buildNeedFilter, buildOfferingFilter } from './filter-builder.js';
import { HIGHLIGHT_FIELDS, RAW_SEARCH_FIELDS, STEMMED_SEARCH_FIELDS } from './listing-document.js';
import { NEEDS_INDEX } from './need.search-document.js';
import { OFFERINGS_INDEX } from './offering.search-document.js';
import {
  categoryFacetFields,
  facetsOf,
  highlightsOf,
  pickCategoryFacet,
  scoreOf,
  type FacetDistribution,
} from './search-results.js';
import type { NeedFilter, OfferingFilter } from './search.inputs.js';
import { OfferingSort, type Facet, type Highlight, type NeedSearchResult, type OfferingSearchResult } from './search.types.js';

/** The stemmed query ranks below the raw one: exact word forms first, other forms of the same words next. */
export const STEMMED_QUERY_WEIGHT = 0.9;
const MAX_QUERY_LENGTH = 500;
const CROP_LENGTH = 24;

const OFFERING_SORT: Record<OfferingSort, string[] | null> = {
  [OfferingSort.RELEVANCE]: null,
  [OfferingSort.NEWEST]: ['createdAt:desc'],
  [OfferingSort.PRICE_ASC]: ['price:asc', 'createdAt:desc'],
  [OfferingSort.PRICE_DESC]: ['price:desc', 'createdAt:desc'],
  [OfferingSort.LEAD_TIME_ASC]: ['leadTimeDays:asc', 'createdAt:desc'],
};
const NEWEST = ['createdAt:desc'];

export interface SearchArgs {
  query?: string | null;
  first: number;
  after?: string | null;
}

interface Plan {
  index: string;
  query: PreparedSearchQuery;
  filter: string;
  sort: string[] | null;
  facets: string[];
  offset: number;
  limit: number;
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
 * original fields and the stemmed query on the stemmed fields, duplicates merged by Meilisearch), then
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
  ) {}

  async searchOfferings(args: SearchArgs & { filter?: OfferingFilter | null; sort?: OfferingSort | null }): Promise<OfferingSearchResult> {
    const { offset, limit, query } = this.page(args);
    const filter = buildOfferingFilter(args.filter, Date.now());
    const category = categoryFacetFields(await this.levelsOf(args.filter?.categoryCodes));
    const facets = [...new Set([category.own, category.deeper, 'country', 'region', 'certifications', 'kind'])];
    const sort = OFFERING_SORT[args.sort ?? OfferingSort.RELEVANCE];
    const ranked = await this.rank({ index: OFFERINGS_INDEX, query, filter, sort, facets, offset, limit });
    const rows = await this.offerings.findVisible(null, ranked.hits.map((h) => h.id));
    const hits = ranked.hits.flatMap((hit, i) => {
      const offering = rows[i];
      return offering ? [{ cursor: encodeOffsetCursor(offset + i), offering, score: hit.score, highlights: hit.highlights }] : [];
    });
    return {
      hits,
      totalHits: ranked.totalHits,
      facets: this.facets(ranked.distribution, category, ['country', 'region', 'certifications', 'kind']),
      pageInfo: pageInfo(offset, ranked.hits.length, ranked.totalHits, hits[0]?.cursor ?? null),
      processingTimeMs: ranked.processingTimeMs,
    };
  }

  async searchNeeds(args: SearchArgs & { filter?: NeedFilter | null }): Promise<NeedSearchResult> {
    const { offset, limit, query } = this.page(args);
    const filter = buildNeedFilter(args.filter, Date.now());
    const category = categoryFacetFields(await this.levelsOf(args.filter?.categoryCodes));
    const facets = [...new Set([category.own, category.deeper, 'country', 'region', 'certifications'])];
    const ranked = await this.rank({ index: NEEDS_INDEX, query, filter, sort: null, facets, offset, limit });
    const rows = await this.needs.findVisible(null, ranked.hits.map((h) => h.id));
    const hits = ranked.hits.flatMap((hit, i) => {
      const need = rows[i];
      return need ? [{ cursor: encodeOffsetCursor(offset + i), need, score: hit.score, highlights: hit.highlights }] : [];
    });
    return {
      hits,
      totalHits: ranked.totalHits,
      facets: this.facets(ranked.distribution, category, ['country', 'region', 'certifications']),
      pageInfo: pageInfo(offset, ranked.hits.length, ranked.totalHits, hits[0]?.cursor ?? null),
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

  private async rank(plan: Plan): Promise<Ranked> {
    const meili = this.meili;
    if (!meili) throw new ServiceUnavailableError('Search');
    const uid = meili.indexUid(plan.index);
    if (!plan.query.normalized) {
      // Everything that matches the filter, newest first unless sorted. A second query with
      // hitsPerPage 0 asks for the exact total (exhaustive page mode) at any offset.
      const response = await meili.search((client, signal) =>
        client.multiSearch(
          {
            queries: [
              { indexUid: uid, q: '', filter: plan.filter, sort: plan.sort ?? NEWEST, offset: plan.offset, limit: plan.limit, attributesToRetrieve: ['id'], facets: plan.facets },
              { indexUid: uid, q: '', filter: plan.filter, page: 1, hitsPerPage: 0 },
            ],
          },
          { signal },
        ),
      );
      const [list, count] = response.results;
      return {
        hits: (list?.hits ?? []).map((hit) => ({ id: String(hit.id), score: null, highlights: [] })),
        totalHits: count?.totalHits ?? 0,
        distribution: list?.facetDistribution,
        processingTimeMs: Math.max(list?.processingTimeMs ?? 0, count?.processingTimeMs ?? 0),
      };
    }
    const common = {
      filter: plan.filter,
      ...(plan.sort ? { sort: plan.sort } : {}),
      attributesToRetrieve: ['id'],
      attributesToHighlight: HIGHLIGHT_FIELDS,
      attributesToCrop: ['description'],
      cropLength: CROP_LENGTH,
      showRankingScore: true,
      ...HIGHLIGHT_SEARCH_PARAMS,
    };
    // Federated: Meilisearch merges both queries' hits by weighted score and returns each document once;
    // its estimatedTotalHits is the size of the union of both queries' matches, counted exactly
    // (candidates are bitmaps), up to maxTotalHits.
    const response = await meili.search((client, signal) =>
      client.multiSearch(
        {
          federation: { offset: plan.offset, limit: plan.limit, facetsByIndex: { [uid]: plan.facets }, mergeFacets: {} },
          queries: [
            { indexUid: uid, q: plan.query.normalized, attributesToSearchOn: RAW_SEARCH_FIELDS, ...common },
            {
              indexUid: uid,
              q: plan.query.stemmed || plan.query.normalized,
              attributesToSearchOn: STEMMED_SEARCH_FIELDS,
              ...common,
              federationOptions: { weight: STEMMED_QUERY_WEIGHT },
            },
          ],
        },
        { signal },
      ),
    );
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
