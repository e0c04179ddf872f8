// The two rankers compared: the platform's searchOfferings (over GraphQL, as a client sees it) and
// PostgreSQL full-text search on the generated `search_tsv` column (russian configuration, GIN index).
import { publicOfferingSql } from '@tradebridge/catalog';
import type pg from 'pg';
import { dataOf, graphql, type JsonClient } from '../bench/http.js';

const SEARCH = `query ($query: String, $first: Int) { searchOfferings(query: $query, first: $first) { hits { offering { id } } } }`;

/** Offering ids of the platform's first page for `query`, best first. */
export async function platformSearch(api: JsonClient, query: string, first: number): Promise<string[]> {
  const data = dataOf<any>(await graphql(api, SEARCH, { query, first }), `searchOfferings "${query}"`);
  return data.searchOfferings.hits.map((h: { offering: { id: string } }) => h.offering.id);
}

/** The baseline: `search_tsv @@ websearch_to_tsquery('russian', query)` ranked by ts_rank, public offerings only. */
export const POSTGRES_RANKING_SQL = `
  SELECT o.id
    FROM offerings o, websearch_to_tsquery('russian', $1) q
   WHERE o.search_tsv @@ q AND ${publicOfferingSql('o')}
     AND ($3::uuid IS NULL OR o.organization_id <> $3)
   ORDER BY ts_rank(o.search_tsv, q) DESC, o.title, o.id -- ties by title: ids are random per seeding
   LIMIT $2`;

export async function postgresSearch(pool: pg.Pool, query: string, limit: number, excludeOrganization: string | null = null): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(POSTGRES_RANKING_SQL, [query, limit, excludeOrganization]);
  return rows.map((r) => r.id);
}
