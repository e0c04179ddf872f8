// The three ways the benchmark runs the same 200 searches: through the API (GraphQL searchOfferings),
// straight to Meilisearch with the request the API builds, and as PostgreSQL full-text queries.
import {
  buildTaxonomy,
  categoryStems,
  federatedRequest,
  FULL_SELECTION,
  offeringSearchPlan,
  publicOfferingSql,
  rerankWindow,
  rankedHitsOf,
  categoryCodesOf,
  reranks,
  type OfferingFilter,
  type SearchPlan,
  type SearchSelection,
} from '@tradebridge/catalog';
import { STEMMED_SEARCH_FIELDS } from '@tradebridge/catalog';
import { fallbackQueries, MAX_TOTAL_HITS, prepareSearchQuery, rerankedPage, rerankTerms, type DocumentFrequencies } from '@tradebridge/search';
import pg from 'pg';
import { graphql, type JsonClient } from './http.js';
import type { BenchFilter, BenchQuery } from './queries.js';

/** What a buyer's search page asks for: hits with their organization and category, facets, totals. */
export const SEARCH_OFFERINGS = `query Search($query: String, $filter: OfferingFilter, $first: Int) {
  searchOfferings(query: $query, filter: $filter, first: $first) {
    totalHits processingTimeMs
    hits { score highlights { field snippet }
      offering { id kind title price { min max currency } leadTimeDays certifications
        organization { id name country verified } category { code name } } }
    facets { field values { value count } }
    pageInfo { hasNextPage endCursor }
  } }`;

/** What a list of results without side panels asks for (a typeahead, a widget): hits only. */
export const SEARCH_OFFERINGS_HITS = `query SearchHits($query: String, $filter: OfferingFilter, $first: Int) {
  searchOfferings(query: $query, filter: $filter, first: $first) {
    hits { offering { id kind title organization { id name } } }
  } }`;

/** The two query shapes the bench runs: the search page's (`full`) and hits only. */
export type SearchShape = 'full' | 'hits';
const SHAPES: Record<SearchShape, { document: string; selection: SearchSelection }> = {
  full: { document: SEARCH_OFFERINGS, selection: FULL_SELECTION },
  hits: { document: SEARCH_OFFERINGS_HITS, selection: { facets: false, highlights: false, total: false } },
};

const PAGE_SIZE = 20;

interface DirectSearch {
  plan: SearchPlan;
  /** The request, serialised once. */
  body: string;
}

/**
 * The Meilisearch request searchOfferings sends for this query (the service's own plan and request
 * builders; `frequencies`: the words' document counts, which the API looks up once and keeps a minute).
 */
function directSearch(indexUid: string, q: BenchQuery, now: number, frequencies: DocumentFrequencies | undefined, shape: SearchShape): DirectSearch {
  const selection = SHAPES[shape].selection;
  const plan = offeringSearchPlan({ query: prepareSearchQuery(q.query), filter: q.filter as OfferingFilter, offset: 0, limit: PAGE_SIZE, selection }, [], now);
  const fallback = frequencies && plan.query.terms.length > 1 ? fallbackQueries(plan.query.terms, frequencies) : [];
  return { plan, body: JSON.stringify(federatedRequest(indexUid, plan, fallback)) };
}

// The categories' stemmed names as the API makes them for a re-ranked window, from the taxonomy the database is loaded from.
const taxonomy = lazy(() => {
  const rows = new Map(buildTaxonomy().map((row) => [row.code, row]));
  return { findByCodes: async (codes: readonly string[]) => codes.flatMap((code) => rows.get(code) ?? []) };
});

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The first page's ids as the API orders them: the re-ranked window's first page when the plan re-ranks. */
async function firstPageIds(search: DirectSearch, hits: Array<Record<string, unknown>>, frequencies: DocumentFrequencies | undefined): Promise<string[]> {
  if (!reranks(search.plan)) return hits.map((h) => String(h.id));
  const candidates = rankedHitsOf(hits, await categoryStems(taxonomy(), categoryCodesOf(hits)));
  return rerankedPage(candidates, { offset: 0, limit: PAGE_SIZE, window: rerankWindow(search.plan) }, rerankTerms(search.plan.query.terms), frequencies).map((h) => h.id);
}

/** The document counts of every word of `queries` as the API's TermFrequencies looks them up (one multi-search). */
export async function benchFrequencies(meili: JsonClient, indexUid: string, queries: readonly BenchQuery[]): Promise<DocumentFrequencies> {
  const stems = [...new Set(queries.flatMap((q) => prepareSearchQuery(q.query).terms.map((t) => t.stem)))];
  const res = await meili.post('/multi-search', {
    queries: [{ indexUid, q: '', limit: 0 }, ...stems.map((stem) => ({ indexUid, q: `"${stem}"`, limit: 0, attributesToSearchOn: STEMMED_SEARCH_FIELDS }))],
  });
  const results = res.body?.results as Array<{ estimatedTotalHits: number }>;
  let documents = results[0]!.estimatedTotalHits;
  if (documents >= MAX_TOTAL_HITS) documents = (await meili.get(`/indexes/${indexUid}/stats`)).body.numberOfDocuments as number;
  return { documents, of: new Map(stems.map((stem, i) => [stem, results[i + 1]!.estimatedTotalHits])) };
}

export interface SearchBackend {
  name: 'search_graphql' | 'search_meili_direct' | 'search_graphql_hits' | 'search_meili_hits' | 'search_postgres_fts' | 'search_graphql_b' | 'search_graphql_hits_b';
  /** The API process that answers it (its CPU is what the phase records). */
  apiPid?: number;
  /** Sends query `i`; true when it succeeded. */
  send(q: BenchQuery): Promise<boolean>;
  /** The ids of the first page (for the equivalence check). */
  ids(q: BenchQuery): Promise<string[]>;
}

export function graphqlBackend(api: JsonClient, shape: SearchShape = 'full'): SearchBackend {
  const document = SHAPES[shape].document;
  const bodies = new Map<BenchQuery, string>();
  const body = (q: BenchQuery) => {
    let b = bodies.get(q);
    if (!b) bodies.set(q, (b = JSON.stringify({ query: document, variables: { query: q.query, filter: q.filter, first: PAGE_SIZE } })));
    return b;
  };
  return {
    name: shape === 'full' ? 'search_graphql' : 'search_graphql_hits',
    async send(q) {
      const res = await api.post('/graphql', body(q));
      return res.status === 200 && !res.body?.errors?.length && Boolean(res.body?.data?.searchOfferings);
    },
    async ids(q) {
      const res = await graphql(api, document, { query: q.query, filter: q.filter, first: PAGE_SIZE });
      return (res.body.data?.searchOfferings?.hits ?? []).map((h: { offering: { id: string } }) => h.offering.id);
    },
  };
}

export function meiliBackend(meili: JsonClient, indexUid: string, frequencies?: DocumentFrequencies, shape: SearchShape = 'full'): SearchBackend {
  // Requests are built once (as the API builds its own per request, this keeps the generator's CPU out
  // of the direct figures); the expiry filter uses the time the run started.
  const searches = new Map<BenchQuery, DirectSearch>();
  const searchOf = (q: BenchQuery) => {
    let s = searches.get(q);
    if (!s) searches.set(q, (s = directSearch(indexUid, q, Date.now(), frequencies, shape)));
    return s;
  };
  // What the API sends (its highlights are marked in the API, from the rows: no second request).
  const run = async (q: BenchQuery) => {
    const search = searchOf(q);
    const res = await meili.post('/multi-search', search.body);
    return { ok: res.status === 200 && Array.isArray(res.body?.hits), hits: (res.body?.hits ?? []) as Array<Record<string, unknown>>, search };
  };
  return {
    name: shape === 'full' ? 'search_meili_direct' : 'search_meili_hits',
    async send(q) {
      return (await run(q)).ok;
    },
    async ids(q) {
      const { hits, search } = await run(q);
      return firstPageIds(search, hits, frequencies);
    },
  };
}

export const POSTGRES_FTS_SQL = `
  SELECT o.id
    FROM offerings o JOIN organizations org ON org.id = o.organization_id, websearch_to_tsquery('russian', $1) q
   WHERE o.search_tsv @@ q AND ${publicOfferingSql('o')}
     AND ($2::text[] IS NULL OR org.country = ANY($2))
     AND ($3::text[] IS NULL OR o.kind = ANY($3))
     AND ($4::text[] IS NULL OR o.certifications @> $4)
   ORDER BY ts_rank(o.search_tsv, q) DESC, o.id
   LIMIT ${PAGE_SIZE}`;

export function postgresParams(query: string, filter: BenchFilter): unknown[] {
  return [query, filter.countries ?? null, filter.kinds ?? null, filter.certifications ?? null];
}

export function postgresBackend(pool: pg.Pool): SearchBackend {
  // Unnamed statements, as an application would send them: a named one switches to a generic plan after
  // five executions, and the generic plan of this query scans every row (hundreds of ms a query).
  const run = (q: BenchQuery) => pool.query<{ id: string }>(POSTGRES_FTS_SQL, postgresParams(q.query, q.filter));
  return {
    name: 'search_postgres_fts',
    async send(q) {
      await run(q);
      return true;
    },
    async ids(q) {
      return (await run(q)).rows.map((r) => r.id);
    },
  };
}
