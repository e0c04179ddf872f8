import { buildNeedFilter, buildOfferingFilter, NEEDS_INDEX, OFFERINGS_INDEX, type OfferingFilter } from '@tradebridge/catalog';
import { distillQuery, filterExpr as f, phraseSeparatedQuery, type DistilledQuery } from '@tradebridge/search';

/**
 * Words of the candidate queries. Each word costs Meilisearch search time (its synonyms, and a read
 * of the synonym table; see `phraseSeparatedQuery`), and the strongest few find the candidates:
 * scoring still weighs all 10 (`npm run relevance`: Need.matches NDCG@10 0.896 with 10 words, 0.897 with 6).
 */
export const MATCH_SEARCH_WORDS = 6;

/** Candidates each query of a plan brings at most (text and category queries alike). */
export const CANDIDATES_PER_QUERY = 60;
/** Offering -> needs filters certifications in code afterwards, so it asks for more. */
export const NEED_CANDIDATES_PER_QUERY = 100;

/** What Meilisearch is asked for one listing: a text query (raw + stemmed) and a category query. */
export interface CandidatePlan {
  /** Index name without the prefix (OFFERINGS_INDEX or NEEDS_INDEX). */
  index: string;
  /** The distilled query: at most 10 words of the title and keywords, stop words out (scoring and reasons look for these). */
  query: DistilledQuery;
  /**
   * The same, at most MATCH_SEARCH_WORDS of the strongest words: what Meilisearch is asked, its
   * words set apart except within multi-word synonyms (`phraseSeparatedQuery`).
   */
  search: DistilledQuery;
  /** Hard filters: public, not expired, not the asking organization's own listings (+ certifications, the caller's filter). */
  filter: string;
  /** The hard filters and the category subtree, for the query without words. */
  categoryFilter: string;
  limit: number;
}

/** The listing a plan is made for. */
export interface AskingListing {
  organizationId: string;
  title: string;
  keywords: readonly string[];
  categoryCode: string;
  /** Codes from the root down to the listing's category. */
  categoryPath: readonly string[];
}

/**
 * Listings in the category's subtree, or filed directly under one of its ancestors (a need for
 * "87" suits an offering in "87.04" and the other way round).
 */
export function categorySubtreeFilter(categoryCode: string, categoryPath: readonly string[]): string {
  return f.or(f.eq('categoryPath', categoryCode), categoryPath.length > 0 && f.anyOf('categoryCode', categoryPath))!;
}

function notOwnedBy(organizationId: string): string {
  return `NOT ${f.eq('organizationId', organizationId)}`;
}

/**
 * Need -> offerings: published, unexpired offerings of other organizations that hold every required
 * certification and pass the caller's OfferingFilter (BAD_USER_INPUT for a bad one).
 */
export function planOfferingsForNeed(
  need: AskingListing & { requiredCertifications: readonly string[] },
  filter: OfferingFilter | null | undefined,
  now: number,
  limit = CANDIDATES_PER_QUERY,
): CandidatePlan {
  const hard = f.and(
    buildOfferingFilter(filter, now),
    notOwnedBy(need.organizationId),
    need.requiredCertifications.length > 0 && f.allOf('certifications', need.requiredCertifications),
  )!;
  return plan(OFFERINGS_INDEX, need, hard, limit);
}

/**
 * Offering -> needs: open, unexpired needs of other organizations. Whether the offering holds a need's
 * required certifications cannot be said in a Meilisearch filter (a subset test): checked in code.
 */
export function planNeedsForOffering(offering: AskingListing, now: number, limit = NEED_CANDIDATES_PER_QUERY): CandidatePlan {
  const hard = f.and(buildNeedFilter(null, now), notOwnedBy(offering.organizationId))!;
  return plan(NEEDS_INDEX, offering, hard, limit);
}

/** The plan of `asking` in `index` under the hard filters: its words, and its category subtree. */
function plan(index: string, asking: AskingListing, hard: string, limit: number): CandidatePlan {
  const search = distillQuery(asking.title, asking.keywords, MATCH_SEARCH_WORDS);
  return {
    index,
    query: distillQuery(asking.title, asking.keywords),
    search: { ...search, query: phraseSeparatedQuery(search.words), stemmed: phraseSeparatedQuery(search.stemmedWords) },
    filter: hard,
    categoryFilter: f.and(hard, categorySubtreeFilter(asking.categoryCode, asking.categoryPath))!,
    limit,
  };
}
