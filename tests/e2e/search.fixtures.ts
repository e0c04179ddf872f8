// Shared pieces of the search e2e specs: operations, helpers bound to one app, SQL-level fixtures.
import { randomUUID } from 'node:crypto';
import { OutboxRelay } from '@tradebridge/search';
import { dataOf, type GraphQLResponse, type TestApp } from '../support/test-app.js';

export const SEARCH_OFFERINGS = `query ($query: String, $filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String) {
  searchOfferings(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalHits processingTimeMs
    hits { cursor score highlights { field snippet } offering { id title status createdAt leadTimeDays price { min max currency } } }
    facets { field values { value count } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

export const SEARCH_NEEDS = `query ($query: String, $filter: NeedFilter, $first: Int, $after: String) {
  searchNeeds(query: $query, filter: $filter, first: $first, after: $after) {
    totalHits processingTimeMs
    hits { cursor score highlights { field snippet } need { id title status neededBy } }
    facets { field values { value count } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

export interface OfferingSearchVars {
  query?: string | null;
  filter?: Record<string, unknown> | null;
  sort?: string;
  first?: number;
  after?: string | null;
}

export function searchFixtures(t: TestApp) {
  const relay = () => t.app.get(OutboxRelay);

  /** Everything committed so far is in Meilisearch (the relay drained the outbox). */
  const drain = (timeoutMs?: number) => relay().drain(timeoutMs);

  const searchRaw = (vars: OfferingSearchVars): Promise<GraphQLResponse> => t.gql(SEARCH_OFFERINGS, vars as Record<string, unknown>);

  async function search(vars: OfferingSearchVars) {
    return dataOf(await searchRaw(vars)).searchOfferings as {
      totalHits: number;
      processingTimeMs: number;
      hits: Array<{ cursor: string; score: number | null; highlights: Array<{ field: string; snippet: string }>; offering: Record<string, any> }>;
      facets: Array<{ field: string; values: Array<{ value: string; count: number }> }>;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    };
  }

  const ids = async (vars: OfferingSearchVars) => (await search(vars)).hits.map((h) => h.offering.id as string);

  async function searchNeeds(vars: { query?: string | null; filter?: Record<string, unknown> | null; first?: number; after?: string | null }) {
    return dataOf(await t.gql(SEARCH_NEEDS, vars)).searchNeeds as {
      totalHits: number;
      hits: Array<{ cursor: string; score: number | null; highlights: Array<{ field: string; snippet: string }>; need: Record<string, any> }>;
      facets: Array<{ field: string; values: Array<{ value: string; count: number }> }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }

  return { relay, drain, search, searchRaw, ids, searchNeeds };
}

export function facetOf(result: { facets: Array<{ field: string; values: Array<{ value: string; count: number }> }> }, field: string) {
  return Object.fromEntries((result.facets.find((f) => f.field === field)?.values ?? []).map((v) => [v.value, v.count]));
}

/**
 * SQL-level fixtures (no GraphQL): an organization and published offerings written directly with their
 * outbox rows, as a service would, for tests about the relay itself.
 */
export function sqlFixtures(sql: TestApp['sql']) {
  async function organization(overrides: { name?: string; country?: string; region?: string } = {}): Promise<string> {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO organizations (name, country, region, tax_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [overrides.name ?? `ОАО Тест ${randomUUID().slice(0, 8)}`, overrides.country ?? 'BY', overrides.region ?? 'Minsk Region', String(100000000 + Math.floor(Math.random() * 899999999))],
    );
    return row!.id;
  }

  /** A published offering and its outbox row, committed together. */
  async function offering(organizationId: string, title: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const [row] = await sql<{ id: string }>(
      `WITH o AS (
         INSERT INTO offerings (organization_id, kind, title, description, category_code, status, published_at, valid_until)
         VALUES ($1, 'PRODUCT', $2, $3, $4, $5, now(), $6) RETURNING id)
       , q AS (INSERT INTO search_outbox (entity, entity_id, event) SELECT 'offering', id, 'catalog.offering.published' FROM o)
       SELECT id FROM o`,
      [organizationId, title, (overrides.description as string) ?? 'Описание', (overrides.categoryCode as string) ?? '87.04', (overrides.status as string) ?? 'PUBLISHED', (overrides.validUntil as Date) ?? null],
    );
    return row!.id;
  }

  return { organization, offering };
}
