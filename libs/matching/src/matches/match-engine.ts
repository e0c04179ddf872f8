import { Injectable } from '@nestjs/common';
import { isNeedPublic, isOfferingPublic, type Category, type Need, type Offering, type OfferingFilter } from '@tradebridge/catalog';
import type { Locale } from '@tradebridge/core';
import { MatchCandidateSearch, type Candidates } from '../query/match-candidate-search.js';
import { planNeedsForOffering, planOfferingsForNeed } from '../query/match-query.js';
import type { CategoryLabel } from '../reasons/match-reasons.js';
import { evaluatePair, passesHardFilters, reasonsOf, scoreCeiling, type EvaluatedPair, type PairInput } from '../scoring/evaluate-pair.js';
import type { MatchData } from './match-data.js';
import type { MatchReason, NeedMatch, OfferingMatch } from './match.types.js';
import { rankMatches, type RankKey } from './rank-matches.js';

export interface MatchOptions {
  /** How many matches per listing, best first. */
  first: number;
  /** Leave out matches scoring below this (match alerts). */
  minScore?: number;
  /** Need -> offerings only: the caller's OfferingFilter on top of the hard filters. */
  filter?: OfferingFilter | null;
  /** The reasons' language; null: no reasons (match alerts only need scores). */
  locale: Locale | null;
  now?: Date;
}

type Pair = EvaluatedPair<Need, Offering>;
type Candidate = PairInput<Need, Offering>;

/**
 * The matching machinery, both ways, for many listings at once: per listing a candidate plan, a few
 * Meilisearch multi-search requests for all of them, then the candidates' rows from PostgreSQL (only
 * public ones, of other organizations, with the required certifications), scored, ordered
 * deterministically and explained. A constant number of SQL queries whatever the number of listings.
 */
@Injectable()
export class MatchEngine {
  constructor(private readonly search: MatchCandidateSearch) {}

  async offeringsForNeeds(needs: readonly Need[], options: MatchOptions, data: MatchData): Promise<OfferingMatch[][]> {
    if (needs.length === 0) return [];
    const now = options.now ?? new Date();
    const needPaths = await this.paths(data, needs.map((n) => n.categoryCode));
    const plans = needs.map((need, i) => planOfferingsForNeed({ ...need, categoryPath: needPaths[i] }, options.filter, now.getTime()));
    const candidates = await this.search.find(plans);
    const offerings = await this.rows(data.offerings, candidates, (o) => isOfferingPublic(o, now));
    // The asking listings' ancestors come along: the shared category of a pair is one of them (its label).
    const [categories, verified] = await Promise.all([
      this.categoriesByCode(data, [...[...offerings.values()].map((o) => o.categoryCode), ...needPaths.flat()]),
      this.verifiedByOrganization(data, [...offerings.values()].map((o) => o.organizationId)),
    ]);
    const ranked = needs.map((need, i) => {
      const pairs: Candidate[] = [];
      for (const [id, rankingScore] of candidates[i]) {
        const offering = offerings.get(id);
        if (!offering || !passesHardFilters(need, offering)) continue;
        const offeringPath = categories.get(offering.categoryCode)?.path ?? [offering.categoryCode];
        const supplierVerified = verified.get(offering.organizationId) ?? false;
        const asker = { side: 'need' as const, words: plans[i].query.words };
        pairs.push({ need, offering, needPath: needPaths[i], offeringPath, supplierVerified, rankingScore, asker, now });
      }
      return best(pairs, (p) => ({ score: p.score, createdAt: p.offering.createdAt, id: p.offering.id }), options);
    });
    const explain = await this.explainer(data, categories, ranked.flat(), options.locale);
    return ranked.map((pairs) => pairs.map((p) => ({ offering: p.offering, score: p.score, reasons: explain(p) })));
  }

  async needsForOfferings(offerings: readonly Offering[], options: MatchOptions, data: MatchData): Promise<NeedMatch[][]> {
    if (offerings.length === 0) return [];
    const now = options.now ?? new Date();
    const offeringPaths = await this.paths(data, offerings.map((o) => o.categoryCode));
    const plans = offerings.map((offering, i) => planNeedsForOffering({ ...offering, categoryPath: offeringPaths[i] }, now.getTime()));
    const candidates = await this.search.find(plans);
    const needs = await this.rows(data.needs, candidates, (n) => isNeedPublic(n, now));
    const [categories, verified] = await Promise.all([
      this.categoriesByCode(data, [...[...needs.values()].map((n) => n.categoryCode), ...offeringPaths.flat()]),
      this.verifiedByOrganization(data, offerings.map((o) => o.organizationId)),
    ]);
    const ranked = offerings.map((offering, i) => {
      const pairs: Candidate[] = [];
      for (const [id, rankingScore] of candidates[i]) {
        const need = needs.get(id);
        if (!need || !passesHardFilters(need, offering)) continue;
        const needPath = categories.get(need.categoryCode)?.path ?? [need.categoryCode];
        const supplierVerified = verified.get(offering.organizationId) ?? false;
        const asker = { side: 'offering' as const, words: plans[i].query.words };
        pairs.push({ need, offering, needPath, offeringPath: offeringPaths[i], supplierVerified, rankingScore, asker, now });
      }
      return best(pairs, (p) => ({ score: p.score, createdAt: p.need.createdAt, id: p.need.id }), options);
    });
    const explain = await this.explainer(data, categories, ranked.flat(), options.locale);
    return ranked.map((pairs) => pairs.map((p) => ({ need: p.need, score: p.score, reasons: explain(p) })));
  }

  /** The candidates' rows (one query for all plans), keeping those `keep` accepts. */
  private async rows<T extends { id: string }>(
    load: (ids: readonly string[]) => Promise<(T | null)[]>,
    candidates: readonly Candidates[],
    keep: (row: T) => boolean,
  ): Promise<Map<string, T>> {
    const ids = [...new Set(candidates.flatMap((c) => [...c.keys()]))];
    const rows = ids.length ? await load(ids) : [];
    return new Map(rows.filter((r): r is T => r !== null && keep(r)).map((r) => [r.id, r]));
  }

  private async paths(data: MatchData, codes: readonly string[]): Promise<string[][]> {
    const byCode = await this.categoriesByCode(data, codes);
    return codes.map((code) => byCode.get(code)?.path ?? [code]);
  }

  private async categoriesByCode(data: MatchData, codes: readonly string[]): Promise<Map<string, Category>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const categories = await data.categories(unique);
    return new Map(categories.filter((c) => c !== null).map((c) => [c.code, c]));
  }

  private async verifiedByOrganization(data: MatchData, ids: readonly string[]): Promise<Map<string, boolean>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const organizations = await data.organizations(unique);
    return new Map(organizations.filter((o) => o !== null).map((o) => [o.id, o.verified]));
  }

  /** Explains pairs in `locale`; the shared categories' labels are among `known` (loaded only if missing). */
  private async explainer(
    data: MatchData,
    known: Map<string, Category>,
    pairs: Pair[],
    locale: Locale | null,
  ): Promise<(pair: Pair) => MatchReason[]> {
    if (!locale) return () => [];
    const labels = new Map<string, CategoryLabel>(known);
    const missing = [...new Set(pairs.map((p) => p.signals.category.commonCode))].filter(
      (c): c is string => c !== null && !labels.has(c),
    );
    if (missing.length) for (const c of await data.categories(missing)) if (c) labels.set(c.code, c);
    return (pair) => reasonsOf(pair, labels.get(pair.signals.category.commonCode ?? '') ?? null, locale);
  }
}

/** The best `options.first` pairs, each evaluated only if its score ceiling could still make the cut. */
function best(candidates: readonly Candidate[], key: (pair: Pair) => RankKey, options: MatchOptions): Pair[] {
  return rankMatches(candidates, { evaluate: evaluatePair, ceiling: scoreCeiling, key, first: options.first, minScore: options.minScore });
}
