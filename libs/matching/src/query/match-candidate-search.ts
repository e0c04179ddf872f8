import { Injectable, Optional } from '@nestjs/common';
import { RAW_SEARCH_FIELDS, STEMMED_QUERY_WEIGHT, STEMMED_SEARCH_FIELDS } from '@tradebridge/catalog';
import { ServiceUnavailableError } from '@tradebridge/core';
import { MeiliService } from '@tradebridge/search';
import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import type { CandidatePlan } from './match-query.js';

/** Candidates of one plan: id -> text relevance 0..1 (0 when only the category query found it). */
export type Candidates = Map<string, number>;

type QueryKind = 'raw' | 'stemmed' | 'category';

/**
 * Queries per multi-search request at most, and requests in flight at once. Meilisearch answers the
 * queries of one request one after another (~10 ms each with the synonyms), so the queries are
 * spread over parallel requests: one need's three queries take the time of the slowest, not of the
 * three together, and a page of needs stays within the search timeout.
 */
const MAX_QUERIES_PER_REQUEST = 12;
const PARALLEL_REQUESTS = 2;

interface OwnedQuery {
  query: MultiSearchQuery;
  plan: number;
  kind: QueryKind;
}

/**
 * Asks Meilisearch for the candidates of many plans with multi-search requests: per plan the
 * distilled query on the original fields (dropping its last words first when not all match: the
 * listing's keywords lead), the stemmed query on the stemmed fields (dropping its most frequent words
 * first, matchingStrategy "frequency": the two together find listings that miss either), and an empty query
 * over the category subtree (newest first), so listings in the right category that share no word are
 * candidates too. Each query keeps its own limit (a federated search has one limit for all, and the
 * category query would be crowded out); the text score of a listing is merged the way federation
 * weighs it: max(raw score, STEMMED_QUERY_WEIGHT × stemmed score).
 */
@Injectable()
export class MatchCandidateSearch {
  constructor(@Optional() private readonly meili?: MeiliService) {}

  async find(plans: readonly CandidatePlan[]): Promise<Candidates[]> {
    const meili = this.meili;
    if (!meili) throw new ServiceUnavailableError('Search');
    const queries = plans.flatMap((plan, i) => planQueries(plan, i, meili.indexUid(plan.index)));
    // Dealt round-robin, so one plan's raw and stemmed queries (the costly ones) land in different requests.
    const count = Math.min(queries.length, Math.max(PARALLEL_REQUESTS, Math.ceil(queries.length / MAX_QUERIES_PER_REQUEST)));
    const requests: OwnedQuery[][] = Array.from({ length: count }, () => []);
    queries.forEach((query, i) => requests[i % count]!.push(query));
    const merged = plans.map((): Candidates => new Map());
    let next = 0;
    const worker = async () => {
      while (next < requests.length) await this.run(meili, requests[next++]!, merged);
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, requests.length) }, worker));
    return merged;
  }

  private async run(meili: MeiliService, queries: OwnedQuery[], merged: Candidates[]): Promise<void> {
    const response = await meili.multiSearch({ queries: queries.map((q) => q.query) });
    response.results.forEach((result: SearchResponse, q) => {
      const owner = queries[q];
      if (!owner) return;
      const candidates = merged[owner.plan]!;
      for (const hit of result.hits) {
        const id = String(hit.id);
        const score = owner.kind === 'category' ? 0 : relevance(hit._rankingScore) * (owner.kind === 'stemmed' ? STEMMED_QUERY_WEIGHT : 1);
        candidates.set(id, Math.max(candidates.get(id) ?? 0, score));
      }
    });
  }
}

/** The raw, stemmed and category queries of one plan. */
function planQueries(plan: CandidatePlan, index: number, indexUid: string): OwnedQuery[] {
  const common = { indexUid, attributesToRetrieve: ['id'], limit: plan.limit, showRankingScore: true };
  const out: OwnedQuery[] = [];
  if (plan.search.query) {
    out.push({ plan: index, kind: 'raw', query: { ...common, q: plan.search.query, filter: plan.filter, attributesToSearchOn: RAW_SEARCH_FIELDS } });
  }
  if (plan.search.stemmed) {
    out.push({ plan: index, kind: 'stemmed', query: { ...common, q: plan.search.stemmed, filter: plan.filter, attributesToSearchOn: STEMMED_SEARCH_FIELDS, matchingStrategy: 'frequency' } });
  }
  out.push({ plan: index, kind: 'category', query: { ...common, q: '', filter: plan.categoryFilter, sort: ['createdAt:desc'], showRankingScore: false } });
  return out;
}

function relevance(score: unknown): number {
  return typeof score === 'number' && Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}
