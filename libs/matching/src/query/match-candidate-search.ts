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
 * Plans per multi-search request, and requests in flight at once. Meilisearch answers the queries of
 * one request one after another (tens of ms each with the synonyms), so a page of needs is split into
 * small requests that run side by side, each well within the search timeout.
 */
const PLANS_PER_REQUEST = 4;
const PARALLEL_REQUESTS = 2;

/**
 * Asks Meilisearch for the candidates of many plans in one multi-search request: per plan the
 * distilled query on the original fields, the stemmed query on the stemmed fields, and an empty query
 * over the category subtree (newest first), so listings in the right category that share no word are
 * candidates too. Each query keeps its own limit (a federated search has one limit for all, and the
 * category query would be crowded out); the text score of a listing is merged the way federation
 * weighs it: max(raw score, STEMMED_QUERY_WEIGHT × stemmed score).
 */
@Injectable()
export class MatchCandidateSearch {
  constructor(@Optional() private readonly meili?: MeiliService) {}

  async find(plans: readonly CandidatePlan[]): Promise<Candidates[]> {
    const chunks: CandidatePlan[][] = [];
    for (let i = 0; i < plans.length; i += PLANS_PER_REQUEST) chunks.push(plans.slice(i, i + PLANS_PER_REQUEST));
    const results: Candidates[][] = new Array(chunks.length);
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const i = next++;
        results[i] = await this.findChunk(chunks[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, chunks.length) }, worker));
    return results.flat();
  }

  private async findChunk(plans: readonly CandidatePlan[]): Promise<Candidates[]> {
    const meili = this.meili;
    if (!meili) throw new ServiceUnavailableError('Search');
    const queries: MultiSearchQuery[] = [];
    const owners: Array<{ plan: number; kind: QueryKind }> = [];
    plans.forEach((plan, i) => {
      const indexUid = meili.indexUid(plan.index);
      const common = { indexUid, attributesToRetrieve: ['id'], limit: plan.limit, showRankingScore: true };
      if (plan.query.query) {
        queries.push({ ...common, q: plan.query.query, filter: plan.filter, attributesToSearchOn: RAW_SEARCH_FIELDS });
        owners.push({ plan: i, kind: 'raw' });
      }
      if (plan.query.stemmed) {
        queries.push({ ...common, q: plan.query.stemmed, filter: plan.filter, attributesToSearchOn: STEMMED_SEARCH_FIELDS });
        owners.push({ plan: i, kind: 'stemmed' });
      }
      queries.push({ ...common, q: '', filter: plan.categoryFilter, sort: ['createdAt:desc'], showRankingScore: false });
      owners.push({ plan: i, kind: 'category' });
    });
    let response;
    try {
      response = await meili.search((client, signal) => client.multiSearch({ queries }, { signal }));
    } catch (error) {
      // An index that never held a document knows no attributes yet, so Meilisearch refuses
      // attributesToSearchOn ("Attribute `title` is not searchable"): there is nothing to find.
      if (errorCodeOf(error) === 'invalid_search_attributes_to_search_on') return plans.map(() => new Map());
      throw error;
    }
    const merged = plans.map((): Candidates => new Map());
    response.results.forEach((result: SearchResponse, q) => {
      const owner = owners[q];
      if (!owner) return;
      const candidates = merged[owner.plan];
      for (const hit of result.hits) {
        const id = String(hit.id);
        const score = owner.kind === 'category' ? 0 : relevance(hit._rankingScore) * (owner.kind === 'stemmed' ? STEMMED_QUERY_WEIGHT : 1);
        candidates.set(id, Math.max(candidates.get(id) ?? 0, score));
      }
    });
    return merged;
  }
}

function errorCodeOf(error: unknown): string | undefined {
  return (error as { cause?: { code?: string } } | null)?.cause?.code;
}

function relevance(score: unknown): number {
  return typeof score === 'number' && Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}
