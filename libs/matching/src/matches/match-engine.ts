import { Injectable } from '@nestjs/common';
import { isNeedPublic, isOfferingPublic, type Category, type Need, type Offering, type OfferingFilter } from '@tradebridge/catalog';
import type { Locale } from '@tradebridge/core';
import { MatchCandidateSearch, type Candidates } from '../query/match-candidate-search.js';
import { planNeedsForOffering, planOfferingsForNeed, type CandidatePlan } from '../query/match-query.js';
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
type Listing = Need | Offering;

/**
 * One direction of matching: which side asks, how its candidates are planned and loaded, and how an
 * (asking, counterpart) couple is a (need, offering) pair. The rest of the machinery is shared.
 */
interface Direction<A extends Listing, C extends Listing> {
  side: 'need' | 'offering';
  plan(asker: A & { categoryPath: string[] }, options: MatchOptions, now: number): CandidatePlan;
  counterparts(data: MatchData): (ids: readonly string[]) => Promise<(C | null)[]>;
  isPublic(counterpart: C, now: Date): boolean;
  pair(asker: A, counterpart: C): { need: Need; offering: Offering };
}

const NEED_ASKS: Direction<Need, Offering> = {
  side: 'need',
  plan: (need, options, now) => planOfferingsForNeed(need, options.filter, now),
  counterparts: (data) => data.offerings,
  isPublic: isOfferingPublic,
  pair: (need, offering) => ({ need, offering }),
};

const OFFERING_ASKS: Direction<Offering, Need> = {
  side: 'offering',
  plan: (offering, _options, now) => planNeedsForOffering(offering, now),
  counterparts: (data) => data.needs,
  isPublic: isNeedPublic,
  pair: (offering, need) => ({ need, offering }),
};

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
    const ranked = await this.match(needs, NEED_ASKS, options, data);
    return ranked.map((matches) => matches.map(({ pair, reasons }) => ({ offering: pair.offering, score: pair.score, reasons })));
  }

  async needsForOfferings(offerings: readonly Offering[], options: MatchOptions, data: MatchData): Promise<NeedMatch[][]> {
    const ranked = await this.match(offerings, OFFERING_ASKS, options, data);
    return ranked.map((matches) => matches.map(({ pair, reasons }) => ({ need: pair.need, score: pair.score, reasons })));
  }

  /** The best pairs of each asking listing, with their reasons. */
  private async match<A extends Listing, C extends Listing>(
    askers: readonly A[],
    direction: Direction<A, C>,
    options: MatchOptions,
    data: MatchData,
  ): Promise<Array<Array<{ pair: Pair; reasons: MatchReason[] }>>> {
    if (askers.length === 0) return [];
    const now = options.now ?? new Date();
    const askerPaths = await this.paths(data, askers.map((a) => a.categoryCode));
    const plans = askers.map((asker, i) => direction.plan({ ...asker, categoryPath: askerPaths[i] }, options, now.getTime()));
    const candidates = await this.search.find(plans);
    const counterparts = await this.rows(direction.counterparts(data), candidates, (c) => direction.isPublic(c, now));
    // The verified flag is the supplier's: the offerings' organizations, whichever side asks.
    const suppliers = direction.side === 'need' ? [...counterparts.values()] : askers;
    // The asking listings' ancestors come along: the shared category of a pair is one of them (its label).
    const [categories, verified] = await Promise.all([
      this.categoriesByCode(data, [...[...counterparts.values()].map((c) => c.categoryCode), ...askerPaths.flat()]),
      this.verifiedByOrganization(data, suppliers.map((o) => o.organizationId)),
    ]);
    const ranked = askers.map((asker, i) => {
      const pairs: Candidate[] = [];
      for (const [id, rankingScore] of candidates[i]) {
        const counterpart = counterparts.get(id);
        if (!counterpart) continue;
        const { need, offering } = direction.pair(asker, counterpart);
        if (!passesHardFilters(need, offering)) continue;
        const counterpartPath = categories.get(counterpart.categoryCode)?.path ?? [counterpart.categoryCode];
        const [needPath, offeringPath] = direction.side === 'need' ? [askerPaths[i], counterpartPath] : [counterpartPath, askerPaths[i]];
        const supplierVerified = verified.get(offering.organizationId) ?? false;
        const askedBy = { side: direction.side, words: plans[i].query.words };
        pairs.push({ need, offering, needPath, offeringPath, supplierVerified, rankingScore, asker: askedBy, now });
      }
      const counterpartOf = (p: Pair): Listing => (direction.side === 'need' ? p.offering : p.need);
      return best(pairs, (p) => ({ score: p.score, createdAt: counterpartOf(p).createdAt, id: counterpartOf(p).id }), options);
    });
    const explain = await this.explainer(data, categories, ranked.flat(), options.locale);
    return ranked.map((pairs) => pairs.map((pair) => ({ pair, reasons: explain(pair) })));
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
