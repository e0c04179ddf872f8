import { Injectable } from '@nestjs/common';
import { checkOfferingFilter, type Need, type Offering, type OfferingFilter } from '@tradebridge/catalog';
import { canActFor, localeOf, ValidationFailed, type RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import { MatchDataSource } from './match-data.js';
import { MatchEngine, type MatchOptions } from './match-engine.js';
import type { NeedMatch, OfferingMatch } from './match.types.js';
import { MatchesForbidden } from './matching.errors.js';

export const DEFAULT_MATCH_COUNT = 10;
export const MAX_MATCH_COUNT = 50;

export interface NeedMatchesArgs {
  first?: number | null;
  filter?: OfferingFilter | null;
}

function checkCount(first: number | null | undefined): number {
  const n = first ?? DEFAULT_MATCH_COUNT;
  if (!Number.isInteger(n) || n < 1 || n > MAX_MATCH_COUNT) throw ValidationFailed.field('first', `must be from 1 to ${MAX_MATCH_COUNT}`);
  return n;
}

/**
 * Need.matches and Offering.matchingNeeds for a request (the listing's own organization and admins
 * only: who matched whom is private), and the same matching for work outside requests (match alerts).
 * In a request, every listing asked for with the same arguments is matched in one batch.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly engine: MatchEngine,
    private readonly data: MatchDataSource,
  ) {}

  /** Published offerings that could serve `need`, best first, explained in the caller's locale. */
  matchesOfNeed(ctx: RequestContext, need: Need, args: NeedMatchesArgs): Promise<OfferingMatch[]> {
    const first = checkCount(args.first);
    checkOfferingFilter(args.filter, 'filter', localeOf(ctx));
    if (!canActFor(ctx.user, need.organizationId)) throw new MatchesForbidden('need');
    const filter = args.filter ?? null;
    const loader = ctx.loaders.get(`matching.offeringsForNeed:${first}:${JSON.stringify(filter)}`, () =>
      new DataLoader<Need, OfferingMatch[], string>(
        (needs) => this.engine.offeringsForNeeds(needs, { first, filter, locale: localeOf(ctx) }, this.data.forRequest(ctx)),
        { cacheKeyFn: (n) => n.id },
      ),
    );
    return loader.load(need);
  }

  /** Open needs that `offering` could serve, best first, explained in the caller's locale. */
  matchingNeedsOf(ctx: RequestContext, offering: Offering, args: { first?: number | null }): Promise<NeedMatch[]> {
    const first = checkCount(args.first);
    if (!canActFor(ctx.user, offering.organizationId)) throw new MatchesForbidden('offering');
    const loader = ctx.loaders.get(`matching.needsForOffering:${first}`, () =>
      new DataLoader<Offering, NeedMatch[], string>(
        (offerings) => this.engine.needsForOfferings(offerings, { first, locale: localeOf(ctx) }, this.data.forRequest(ctx)),
        { cacheKeyFn: (o) => o.id },
      ),
    );
    return loader.load(offering);
  }

  /** Outside requests, no access check (the caller decides who learns of the result). */
  offeringsForNeeds(needs: readonly Need[], options: MatchOptions): Promise<OfferingMatch[][]> {
    return this.engine.offeringsForNeeds(needs, options, this.data.forBatch());
  }

  /** Outside requests, no access check (the caller decides who learns of the result). */
  needsForOfferings(offerings: readonly Offering[], options: MatchOptions): Promise<NeedMatch[][]> {
    return this.engine.needsForOfferings(offerings, options, this.data.forBatch());
  }
}
