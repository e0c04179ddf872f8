import { Injectable, Optional } from '@nestjs/common';
import { checkPageSize, ServiceUnavailableError, ValidationFailed, type Locale, type PageInfo } from '@tradebridge/core';
import {
  decodeOffsetCursor,
  encodeOffsetCursor,
  fallbackQueries,
  MeiliService,
  prepareSearchQuery,
  queryMarks,
  beyondWindowScore,
  rerankedPage,
  rerankTerms,
  TermFrequencies,
  type PreparedSearchQuery,
} from '@tradebridge/search';
import type { OrganizationEntity } from '@tradebridge/identity';
import { STEMMED_SEARCH_FIELDS } from './listing-document.js';
import { NeedService } from '../needs/need.service.js';
import { OfferingService } from '../offerings/offering.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import {
  browseRequest,
  categoryCodesOf,
  federatedRequest,
  NEED_FACETS,
  needSearchPlan,
  OFFERING_FACETS,
  offeringSearchPlan,
  rerankWindow,
  rerankedOrder,
  rankedHitsOf,
  reranks,
  type SearchPlan,
} from './search-request.js';
import { categoryStems } from './category-stems.js';
import { facetLabeller } from './facet-labels.js';
import { checkNeedFilter, checkOfferingFilter } from './filter-builder.js';
import { facetsOf, listingHighlights, pickCategoryFacet, scoreOf, type FacetDistribution, type HighlightedText } from './search-results.js';
import type { NeedFilter, OfferingFilter } from './search.inputs.js';
import type { SearchSelection } from './search-selection.js';
import type { Facet, Highlight, NeedSearchResult, OfferingSearchResult, OfferingSort } from './search.types.js';

const MAX_QUERY_LENGTH = 500;

/**
 * How deep pages go (totalHits stays exact beyond): Meilisearch ranks `offset + first` hits to serve a
 * page, so a deep page of a search with words is costly — at 90,000 offerings, "поставка" took ~0.1-0.2 s
 * at offset 1,000 and 1.1-1.4 s at offset 10,000 (tools/bench/total-hits.ts), against ~10 ms for a page
 * without words at offset 10,000. Past these, `after` is refused as BAD_USER_INPUT: narrow the search.
 */
export const REACHABLE_HITS = { withWords: 1_000, withoutWords: 10_000 } as const;

export interface SearchArgs {
  query?: string | null;
  first: number;
  after?: string | null;
  /** The reader's language: facet labels, refusals. */
  locale?: Locale;
  /** What the caller selected (everything when absent). */
  selection?: SearchSelection;
  /** Receives the hits' organizations, read with the hits (the resolver primes the request's loader with them). */
  onOrganizations?: (organizations: OrganizationEntity[]) => void;
}

interface RankedHit {
  id: string;
  score: number | null;
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
 * fallback weighted by how rare each word is in the index; duplicates merged by Meilisearch); in
 * relevance order its first hits (`rerankWindow`) are re-ranked by term weights (`rerankedPage`: the
 * summed rarity of the words each listing holds, length-normalised, mixed with Meilisearch's score),
 * later pages continue in its order. Then the rows are loaded from PostgreSQL in that order and
 * anything no longer public is dropped, so no stale or private data reaches a hit; the matched words are
 * marked in the rows' own text (`queryMarks`), not by Meilisearch.
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
    checkOfferingFilter(args.filter, 'filter', args.locale);
    const page = this.page(args);
    const plan = offeringSearchPlan({ ...page, filter: args.filter, sort: args.sort }, await this.levelsOf(args.filter?.categoryCodes), Date.now());
    const ranked = await this.rank(plan);
    const { listings: rows, organizations } = await this.offerings.findVisibleWithOrganizations(null, ranked.hits.map((h) => h.id));
    args.onOrganizations?.(organizations);
    const highlights = highlighter(plan);
    const hits = ranked.hits.flatMap((hit, i) => {
      const offering = rows[i];
      return offering ? [{ cursor: encodeOffsetCursor(page.offset + i), offering, score: hit.score, highlights: highlights(offering) }] : [];
    });
    return { hits, ...(await this.summary(plan, ranked, OFFERING_FACETS, hits[0]?.cursor ?? null, args.locale)) };
  }

  async searchNeeds(args: SearchArgs & { filter?: NeedFilter | null }): Promise<NeedSearchResult> {
    checkNeedFilter(args.filter, 'filter', args.locale);
    const page = this.page(args);
    const plan = needSearchPlan({ ...page, filter: args.filter }, await this.levelsOf(args.filter?.categoryCodes), Date.now());
    const ranked = await this.rank(plan);
    const { listings: rows, organizations } = await this.needs.findVisibleWithOrganizations(null, ranked.hits.map((h) => h.id));
    args.onOrganizations?.(organizations);
    const highlights = highlighter(plan);
    const hits = ranked.hits.flatMap((hit, i) => {
      const need = rows[i];
      return need ? [{ cursor: encodeOffsetCursor(page.offset + i), need, score: hit.score, highlights: highlights(need) }] : [];
    });
    return { hits, ...(await this.summary(plan, ranked, NEED_FACETS, hits[0]?.cursor ?? null, args.locale)) };
  }

  /** Totals, facets (labelled for the reader), page info and timing of a result. */
  private async summary(plan: SearchPlan, ranked: Ranked, facetFields: string[], startCursor: string | null, locale: Locale = 'RU') {
    return {
      totalHits: ranked.totalHits,
      facets: await this.facets(ranked.distribution, plan.category, facetFields, locale),
      pageInfo: pageInfo(plan.offset, ranked.hits.length, Math.min(ranked.totalHits, reachOf(plan.query)), startCursor),
      processingTimeMs: ranked.processingTimeMs,
    };
  }

  private page(args: SearchArgs): { offset: number; limit: number; query: PreparedSearchQuery; selection?: SearchSelection } {
    const first = checkPageSize(args.first);
    if (args.query && args.query.length > MAX_QUERY_LENGTH) throw ValidationFailed.field('query', `must be at most ${MAX_QUERY_LENGTH} characters`);
    const offset = args.after ? decodeOffsetCursor(args.after) + 1 : 0;
    const query = prepareSearchQuery(args.query);
    const reach = reachOf(query);
    if (offset >= reach) {
      throw ValidationFailed.field('after', `is past the first ${reach.toLocaleString('en')} hits${query.normalized ? ' of a search with words' : ''}: narrow the search with words or filters`);
    }
    return { offset, limit: Math.min(first, reach - offset), query, selection: args.selection };
  }

  private async levelsOf(codes: readonly string[] | null | undefined): Promise<number[]> {
    if (!codes?.length) return [];
    return (await this.taxonomy.findByCodes(codes)).map((c) => c.level);
  }

  private async facets(
    distribution: FacetDistribution | undefined,
    category: { deeper: string; own: string },
    others: string[],
    locale: Locale,
  ): Promise<Facet[]> {
    const categoryField = pickCategoryFacet(distribution, category);
    // The category names come from the taxonomy's memory (TaxonomyService.findByCodes): no query once read.
    const codes = Object.keys(distribution?.[categoryField] ?? {});
    const categories = new Map((codes.length ? await this.taxonomy.findByCodes(codes) : []).map((c) => [c.code, c]));
    const fields = [{ source: categoryField, field: 'categoryCode' }, ...others.map((f) => ({ source: f, field: f }))];
    return facetsOf(distribution, fields, facetLabeller(locale, categories));
  }

  private async rank(plan: SearchPlan): Promise<Ranked> {
    // Ids are UUIDs: any other organizationId matches nothing, and Meilisearch need not be asked.
    if (plan.matchesNothing) return { hits: [], totalHits: 0, distribution: undefined, processingTimeMs: 0 };
    const meili = this.meili;
    if (!meili) throw new ServiceUnavailableError('Search');
    const uid = meili.indexUid(plan.index);
    if (!plan.query.normalized) {
      const response = await meili.multiSearch(browseRequest(uid, plan));
      const [list, count] = response.results;
      return {
        hits: (list?.hits ?? []).map((hit) => ({ id: String(hit.id), score: null })),
        totalHits: count?.totalHits ?? 0,
        distribution: list?.facetDistribution,
        processingTimeMs: Math.max(list?.processingTimeMs ?? 0, count?.processingTimeMs ?? 0),
      };
    }
    const stems = plan.query.terms.map((t) => t.stem);
    const frequencies = stems.length > 1 && this.frequencies ? await this.frequencies.of(uid, stems, STEMMED_SEARCH_FIELDS) : undefined;
    const fallback = frequencies ? fallbackQueries(plan.query.terms, frequencies) : [];
    const response = await meili.multiSearch(federatedRequest(uid, plan, fallback));
    // Only a re-ranked window carries (and needs) the fields the term weights read.
    const all = rankedHitsOf(response.hits, reranks(plan) ? await categoryStems(this.taxonomy, categoryCodesOf(response.hits)) : undefined);
    const page = reranks(plan)
      ? rerankedPage(all, { offset: plan.offset, limit: plan.limit, window: rerankWindow(plan) }, rerankTerms(plan.query.terms), frequencies)
      : rerankedOrder(plan)
        ? all.map((h) => ({ ...h, score: beyondWindowScore(h.score) }))
        : all;
    return {
      hits: page.map((h) => ({ id: h.id, score: scoreOf(h.score) })),
      // Exact: the size of the union of both queries' candidates (bitmaps), whatever maxTotalHits says.
      totalHits: response.estimatedTotalHits ?? response.totalHits ?? 0,
      distribution: response.facetDistribution,
      processingTimeMs: response.processingTimeMs,
    };
  }
}

/** A plan's highlights of a listing: the words its query matched, marked in the listing's text; none without words or when not selected. */
function highlighter(plan: SearchPlan): (listing: HighlightedText) => Highlight[] {
  if (!plan.query.normalized || !plan.selection.highlights) return () => [];
  const marks = queryMarks(plan.query);
  return (listing) => listingHighlights(listing, marks);
}

function reachOf(query: PreparedSearchQuery): number {
  return query.normalized ? REACHABLE_HITS.withWords : REACHABLE_HITS.withoutWords;
}

/** `reachable`: the hits pages can reach (the total, up to REACHABLE_HITS); the last reachable page has no next one. */
function pageInfo(offset: number, returned: number, reachable: number, startCursor: string | null): PageInfo {
  const end = offset + returned;
  return {
    hasNextPage: end < reachable,
    hasPreviousPage: offset > 0,
    startCursor,
    endCursor: returned > 0 ? encodeOffsetCursor(end - 1) : null,
  };
}
