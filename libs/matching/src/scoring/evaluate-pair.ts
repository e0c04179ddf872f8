import type { Locale } from '@tradebridge/core';
import { matchReasons, type CategoryLabel, type ReasonFacts } from '../reasons/match-reasons.js';
import { matchTerms } from '../reasons/matched-terms.js';
import type { MatchReason } from '../matches/match.types.js';
import {
  categoryCloseness,
  certificationsCover,
  comparablePrice,
  leadTimeFit,
  minimumOrderAllows,
  priceFit,
  type BudgetFacts,
  type PriceFacts,
} from './match-signals.js';
import { regionCoverage, regionFit } from './regions.js';
import { scoreMatch, textRelevance, type MatchSignals } from './score-match.js';

/** The need's side of a pair (a Need row has these fields). */
export interface NeedFacts extends BudgetFacts {
  id: string;
  organizationId: string;
  title: string;
  keywords: string[];
  description: string;
  neededBy: Date | null;
  /** A region code. */
  deliveryRegion: string;
  /** Codes of the certifications it requires. */
  requiredCertifications: string[];
  quantity: number | null;
  /** OKEI code of the quantity's unit (the budget is per this unit too). */
  unit: string | null;
}

/** The offering's side of a pair (an Offering row has these fields). */
export interface OfferingFacts extends PriceFacts {
  id: string;
  organizationId: string;
  title: string;
  keywords: string[];
  description: string;
  leadTimeDays: number | null;
  certifications: string[];
  /** Region codes. */
  deliveryRegions: string[];
  minOrderQuantity: number | null;
  /** OKEI code of the minimum order's unit (the price is per this unit too). */
  unit: string | null;
}

/** Which listing asked (its distilled query words are looked for in the other one). */
export interface Asker {
  side: 'need' | 'offering';
  words: readonly string[];
}

export interface PairInput<N extends NeedFacts = NeedFacts, O extends OfferingFacts = OfferingFacts> {
  need: N;
  offering: O;
  needPath: readonly string[];
  offeringPath: readonly string[];
  supplierVerified: boolean;
  /** Meilisearch's ranking score of the asking listing's text query, 0..1 (0: found by category only). */
  rankingScore: number;
  /** The asking listing's side and distilled query words. */
  asker: Asker;
  now: Date;
}

export interface EvaluatedPair<N extends NeedFacts = NeedFacts, O extends OfferingFacts = OfferingFacts> extends PairInput<N, O> {
  signals: MatchSignals;
  score: number;
  /** The query words found in the other listing (for the TEXT reason). */
  terms: string[];
}

/**
 * The hard filters, on the rows from PostgreSQL: other organizations only, every required certification
 * present, and a minimum order no larger than the quantity needed (converted: a need for 520 t and a
 * minimum order of 20,000 kg pass).
 */
export function passesHardFilters(need: NeedFacts, offering: OfferingFacts): boolean {
  return (
    need.organizationId !== offering.organizationId &&
    certificationsCover(offering.certifications, need.requiredCertifications) &&
    minimumOrderAllows(offering, need)
  );
}

/** Every signal of a pair but its text relevance (which needs the words looked for). */
function factSignals(input: PairInput): Omit<MatchSignals, 'text'> {
  const { need, offering, now } = input;
  return {
    category: categoryCloseness(input.needPath, input.offeringPath),
    leadTime: leadTimeFit(offering.leadTimeDays, need.neededBy, now),
    price: priceFit(offering, need),
    region: regionFit(offering.deliveryRegions, need.deliveryRegion),
    verified: input.supplierVerified,
  };
}

/** The signals and the 0..1 score of a need and an offering. */
export function evaluatePair<N extends NeedFacts, O extends OfferingFacts>(input: PairInput<N, O>): EvaluatedPair<N, O> {
  const { need, offering, asker } = input;
  const [source, other] = asker.side === 'need' ? [need, offering] : [offering, need];
  const { terms, coverage } = matchTerms(asker.words, [source.title, ...source.keywords].join('\n'), other);
  const signals: MatchSignals = { text: textRelevance(input.rankingScore, coverage), ...factSignals(input) };
  return { ...input, signals, score: scoreMatch(signals), terms };
}

/**
 * The highest score `evaluatePair` can give the pair: its score were every query word found (looking
 * for the words is the costly part of a pair; ranking skips pairs whose ceiling cannot make the cut).
 */
export function scoreCeiling(input: PairInput): number {
  return scoreMatch({ text: textRelevance(input.rankingScore, 1), ...factSignals(input) });
}

/** The reasons of an evaluated pair, in `locale`. `category`: the label of the deepest shared category. */
export function reasonsOf(pair: EvaluatedPair, category: CategoryLabel | null, locale: Locale): MatchReason[] {
  const { need, offering, signals } = pair;
  const coverage = signals.region === 'fits' ? regionCoverage(offering.deliveryRegions, need.deliveryRegion) : null;
  const facts: ReasonFacts = {
    terms: pair.terms,
    category: signals.category.depth > 0 ? category : null,
    certifications: need.requiredCertifications,
    leadTime: signals.leadTime === 'fits' ? { days: offering.leadTimeDays!, neededBy: need.neededBy! } : null,
    price:
      signals.price === 'fits'
        ? {
            amount: comparablePrice(offering, need)!,
            currency: offering.currency!,
            budgetMax: Number(need.budgetMax),
            // Converted from the offering's unit: the amounts say which unit they are per.
            per: offering.unit && need.unit && offering.unit !== need.unit ? need.unit : null,
          }
        : null,
    region: coverage ? { coverage, needRegion: need.deliveryRegion } : null,
    verified: signals.verified,
  };
  return matchReasons(facts, locale);
}
