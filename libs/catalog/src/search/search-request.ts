import { isUuid } from '@tradebridge/core';
import { BoundedCache, phraseSeparatedQuery, stemText, type FallbackQuery, type PreparedSearchQuery, type RerankCandidate } from '@tradebridge/search';
import type { FederatedMultiSearchParams, MultiSearchParams } from 'meilisearch';
import { buildNeedFilter, buildOfferingFilter } from './filter-builder.js';
import { NEEDS_INDEX } from './need.search-document.js';
import { RAW_SEARCH_FIELDS, STEMMED_SEARCH_FIELDS } from './listing-document.js';
import { OFFERINGS_INDEX } from './offering.search-document.js';
import { categoryFacetFields, scoreOf } from './search-results.js';
import type { NeedFilter, OfferingFilter } from './search.inputs.js';
import { OfferingSort } from './search.types.js';
import { FULL_SELECTION, type SearchSelection } from './search-selection.js';

/** The stemmed query ranks below the raw one: exact word forms first, other forms of the same words next. */
export const STEMMED_QUERY_WEIGHT = 0.9;
/**
 * Hits below this ranking score are not shown: "nothing found" is better than noise. Meilisearch scores
 * a typo, and a synonym too, as a derivation of the word (a one-word query matched through either
 * scores at most 0.5), so the floor keeps a misspelt title ("самасвал", 0.5) and a three-word synonym
 * in another language ("mining dump trucks" -> «карьерный самосвал», 0.25), and drops one word of two
 * reached through a typo («сортовой прокат» -> "бортовой", 0.16). Typos in category names and
 * descriptions are not forgiven at all (TYPO_FREE_ATTRIBUTES). The any-word fallback queries carry
 * listings with few of a long query's words.
 */
export const RANKING_SCORE_FLOOR = 0.2;
/**
 * At most how many of Meilisearch's first hits of a text query in relevance order are re-ranked by
 * term weights (`rerank`, `rerankWindow`): the first pages come from this window, later ones continue
 * in Meilisearch's order.
 */
export const RERANK_WINDOW = 300;
const RERANK_WINDOW_PER_WORD = 100;
const NEWEST = ['createdAt:desc'];

const OFFERING_SORT: Record<OfferingSort, string[] | null> = {
  [OfferingSort.RELEVANCE]: null,
  [OfferingSort.NEWEST]: NEWEST,
  [OfferingSort.PRICE_ASC]: ['price:asc', 'createdAt:desc'],
  [OfferingSort.PRICE_DESC]: ['price:desc', 'createdAt:desc'],
  [OfferingSort.LEAD_TIME_ASC]: ['leadTimeDays:asc', 'createdAt:desc'],
};

/** Facets of each kind of listing besides the category (whose field depends on the filter's level). */
// `verified` ("true"/"false"): an organization's tax id is a claim until an admin verifies it; the facet shows which is which.
export const OFFERING_FACETS = ['country', 'region', 'certifications', 'kind', 'verified'];
export const NEED_FACETS = ['country', 'region', 'certifications', 'verified'];

/** What one search asks Meilisearch for (index name without the prefix). */
export interface SearchPlan {
  index: string;
  query: PreparedSearchQuery;
  filter: string;
  sort: string[] | null;
  /** The category facet fields: one level below the filter's categories, else their own level. */
  category: { deeper: string; own: string };
  facets: string[];
  offset: number;
  limit: number;
  /** The filter names an organization id that cannot exist (not a UUID): no need to ask Meilisearch. */
  matchesNothing: boolean;
  /** What the caller selected: facets, highlights and the browse total are asked for only then. */
  selection: SearchSelection;
}

/** A plan's Meilisearch facets: the category fields, then the others. */
function planFacets(category: SearchPlan['category'], others: readonly string[]): string[] {
  return [...new Set([category.own, category.deeper, ...others])];
}

interface PlanArgs {
  query: PreparedSearchQuery;
  offset: number;
  limit: number;
  /** Everything unless said otherwise. */
  selection?: SearchSelection;
}

/** searchOfferings' plan (`categoryLevels`: taxonomy levels of the filter's categories). */
export function offeringSearchPlan(
  args: PlanArgs & { filter?: OfferingFilter | null; sort?: OfferingSort | null },
  categoryLevels: number[],
  now: number,
): SearchPlan {
  const sort = OFFERING_SORT[args.sort ?? OfferingSort.RELEVANCE];
  return plan(OFFERINGS_INDEX, args, buildOfferingFilter(args.filter, now), sort, OFFERING_FACETS, categoryLevels, args.filter);
}

/** searchNeeds' plan (relevance order only). */
export function needSearchPlan(args: PlanArgs & { filter?: NeedFilter | null }, categoryLevels: number[], now: number): SearchPlan {
  return plan(NEEDS_INDEX, args, buildNeedFilter(args.filter, now), null, NEED_FACETS, categoryLevels, args.filter);
}

function plan(
  index: string,
  args: PlanArgs,
  filter: string,
  sort: string[] | null,
  facets: readonly string[],
  categoryLevels: number[],
  input: { organizationId?: string | null } | null | undefined,
): SearchPlan {
  const category = categoryFacetFields(categoryLevels);
  const matchesNothing = input?.organizationId != null && !isUuid(input.organizationId);
  const selection = args.selection ?? FULL_SELECTION;
  return {
    index,
    query: args.query,
    filter,
    sort,
    category,
    facets: selection.facets ? planFacets(category, facets) : [],
    offset: args.offset,
    limit: args.limit,
    matchesNothing,
    selection,
  };
}

/**
 * A plan without words: everything the filter lets through, newest first unless sorted, and, when the
 * total is selected, a second query (hitsPerPage 0) for it exactly (Meilisearch counts up to
 * maxTotalHits, set out of reach).
 */
export function browseRequest(uid: string, plan: SearchPlan): MultiSearchParams {
  const list = { indexUid: uid, q: '', filter: plan.filter, sort: plan.sort ?? NEWEST, offset: plan.offset, limit: plan.limit, attributesToRetrieve: ['id'] };
  return {
    queries: [
      plan.facets.length ? { ...list, facets: plan.facets } : list,
      ...(plan.selection.total ? [{ indexUid: uid, q: '', filter: plan.filter, page: 1, hitsPerPage: 0 }] : []),
    ],
  };
}

/**
 * What a re-ranked window retrieves of each hit: its stemmed text, the category's code for its stemmed
 * names (`categoryStems`: from the taxonomy, not carried 300 times), and the organization's name.
 */
const RERANK_FIELDS = ['id', ...STEMMED_SEARCH_FIELDS.filter((f) => f !== 'categoryNamesStemmed'), 'categoryCode', 'organizationName'];

const organizationStems = new BoundedCache<string, string>(10_000);

/**
 * A hit's stemmed fields as the re-rank reads them: the category's names from `categories` (code to
 * stemmed names, `categoryStems`), the organization's name stemmed here (it is indexed raw).
 */
function rerankFieldsOf(hit: Record<string, unknown>, categories: ReadonlyMap<string, string>): Record<string, string | undefined> {
  const text = (name: string) => (typeof hit[name] === 'string' ? (hit[name] as string) : undefined);
  const organization = text('organizationName') ?? '';
  const fields: Record<string, string | undefined> = {};
  for (const field of STEMMED_SEARCH_FIELDS) fields[field] = text(field);
  fields.categoryNamesStemmed = categories.get(text('categoryCode') ?? '');
  fields.organizationStemmed = organizationStems.get(organization, () => stemText(organization));
  return fields;
}

/** The category codes of a window's hits, for `categoryStems`. */
export function categoryCodesOf(hits: ReadonlyArray<Record<string, unknown>>): string[] {
  return hits.flatMap((hit) => (typeof hit.categoryCode === 'string' ? [hit.categoryCode] : []));
}

const NO_FIELDS: Readonly<Record<string, string | undefined>> = {};

/**
 * A federated response's hits as candidates of the re-rank: id, Meilisearch's weighted ranking score
 * (0..1) and, for a re-ranked window (`categories` given), the stemmed fields the term weights read.
 */
export function rankedHitsOf<H extends Record<string, unknown>>(hits: readonly H[], categories?: ReadonlyMap<string, string>): Array<RerankCandidate & { hit: H }> {
  return hits.map((hit) => ({
    id: String(hit.id),
    score: scoreOf((hit._federation as { weightedRankingScore?: number } | undefined)?.weightedRankingScore ?? hit._rankingScore) ?? 0,
    fields: categories ? rerankFieldsOf(hit, categories) : NO_FIELDS,
    hit,
  }));
}

/**
 * Whether a plan's hits are in re-ranked order: two words or more (what the re-rank adds is the summed
 * rarity of the words a listing holds; one word is left to Meilisearch, whose attribute order ranks a
 * company's own listings first for its name) and relevance order. Pages from `rerankWindow` on continue
 * in Meilisearch's order.
 */
export function rerankedOrder(plan: SearchPlan): boolean {
  return plan.sort === null && plan.query.terms.length >= 2;
}

/** Whether a plan's page is cut from the re-ranked window (a re-ranked order, a page starting inside it). */
export function reranks(plan: SearchPlan): boolean {
  return rerankedOrder(plan) && plan.offset < rerankWindow(plan);
}

/**
 * How many of Meilisearch's first hits a re-ranked plan re-ranks: RERANK_WINDOW_PER_WORD for each word
 * after the first, up to RERANK_WINDOW. Two words match a listing in three ways (both, one or the
 * other), which Meilisearch's buckets already keep apart, and the re-rank reorders its first hundred;
 * a long query matches in many partial ways that Meilisearch orders by which words, not by their summed
 * rarity, so its best listings sit deeper (OKPD2 dev, queries of 2 to 16 words: a window of 200 for all
 * lost recall@100). Ranking deep is what a search costs Meilisearch (300 hits: ~6 ms more than 20).
 */
export function rerankWindow(plan: SearchPlan): number {
  return Math.min(RERANK_WINDOW, RERANK_WINDOW_PER_WORD * (plan.query.terms.length - 1));
}

/**
 * Meilisearch takes a query's last word as the start of a word (the user may still be typing); a last
 * word of one letter («самосвал 90 т») would then match the first letter of any word
 * ("трансмиссия"). A trailing space makes it a word of its own.
 */
function exactLastLetter(q: string): string {
  return /(^|[\s,])\p{L}$/u.test(q) ? `${q} ` : q;
}

/**
 * The raw query: each of the query's words (stop words left out) as a phrase of its own, so a listing
 * must hold every one in this very form; no synonyms, typos, prefix or dropped words (Meilisearch drops
 * no phrase). Those come from the stemmed query, whose fields hold every form of a word and whose
 * synonyms are the only ones the index has (see synonyms.ts): a word outside a phrase costs Meilisearch
 * a read of its whole synonym table (the raw query's look-ups: ~0.6 ms per multi-word search with the
 * table of stems, 2 ms with round 4's; tools/bench/synonym-cost.ts). A stop word stays out (as a phrase
 * it would be required) unless the query has nothing else (`prepareSearchQuery` keeps them then).
 */
export function exactWordsQuery(query: PreparedSearchQuery): string {
  if (query.terms.length === 0) return query.normalized;
  return query.terms.map((term) => `"${term.word}"`).join(' ');
}

/**
 * A plan with words, federated: the exact words on the original fields (`exactWordsQuery`) and the
 * stemmed query on the stemmed fields (weighted lower), both dropping their most frequent words first
 * when not every word matches (matchingStrategy "frequency": a word no listing holds goes first, so
 * «уборочная машина» still finds machines), plus the any-word `fallback` queries (`fallbackQueries`);
 * Meilisearch merges them with each document once, by weighted ranking score. The stemmed query's words
 * are set apart except within multi-word synonyms (`phraseSeparatedQuery`: fewer synonym-table reads).
 * Its estimatedTotalHits is the size of the union, counted exactly (candidates are bitmaps) at any size
 * (checked on 90,000 offerings against the union of both queries' hits: tools/bench/total-hits.ts).
 *
 * A re-ranked page asks for Meilisearch's first `rerankWindow` hits (or up to the page's end) with their
 * stemmed text. Highlights are not asked for: the API marks the page's text itself (`queryMarks`),
 * which costs Meilisearch nothing (formatting the window, or a second search for the page's hits,
 * cost it as much as ranking).
 */
export function federatedRequest(uid: string, plan: SearchPlan, fallback: readonly FallbackQuery[] = []): FederatedMultiSearchParams {
  const window = reranks(plan);
  const page = window ? { offset: 0, limit: Math.max(rerankWindow(plan), plan.offset + plan.limit) } : { offset: plan.offset, limit: plan.limit };
  const common = {
    filter: plan.filter,
    ...(plan.sort ? { sort: plan.sort } : {}),
    attributesToRetrieve: window ? RERANK_FIELDS : ['id'],
    showRankingScore: true,
    rankingScoreThreshold: RANKING_SCORE_FLOOR,
  };
  const stemmed = exactLastLetter(phraseSeparatedQuery((plan.query.stemmed || plan.query.normalized).split(' ').filter(Boolean)));
  return {
    federation: { ...page, ...(plan.facets.length ? { facetsByIndex: { [uid]: [...plan.facets] }, mergeFacets: {} } : {}) },
    queries: [
      { indexUid: uid, q: exactWordsQuery(plan.query), attributesToSearchOn: RAW_SEARCH_FIELDS, matchingStrategy: 'frequency', ...common },
      {
        indexUid: uid,
        q: stemmed,
        attributesToSearchOn: STEMMED_SEARCH_FIELDS,
        matchingStrategy: 'frequency',
        ...common,
        federationOptions: { weight: STEMMED_QUERY_WEIGHT },
      },
      ...fallback.map((f) => ({
        indexUid: uid,
        q: f.q,
        attributesToSearchOn: STEMMED_SEARCH_FIELDS,
        matchingStrategy: 'all' as const,
        ...common,
        federationOptions: { weight: f.weight },
      })),
    ],
  };
}
