import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Need, Offering, OfferingFilter } from '@tradebridge/catalog';
import { Ctx, NullableInputArg, RateLimit, type RequestContext } from '@tradebridge/core';
import { NeedMatch, OfferingMatch } from './match.types.js';
import { DEFAULT_MATCH_COUNT, MatchingService } from './matching.service.js';

/** `first`: how many matches, 1..50 (the same argument on both fields). */
const MatchCount = () => Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_MATCH_COUNT });

/** Need.matches: published offerings that could serve the need (its organization's members and admins only). */
@Resolver(() => Need)
export class NeedMatchesResolver {
  constructor(private readonly matching: MatchingService) {}

  // Each need's matches are searches (3 Meilisearch queries): counted like searchOfferings, per need.
  @RateLimit('search')
  @ResolveField('matches', () => [OfferingMatch], { description: 'Published offerings that could serve this need, best first (1..50)' })
  matches(
    @Parent() need: Need,
    @MatchCount() first: number | null,
    @NullableInputArg('filter', OfferingFilter) filter: OfferingFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OfferingMatch[]> {
    return this.matching.matchesOfNeed(ctx, need, { first, filter });
  }
}

/** Offering.matchingNeeds: open needs the offering could serve (its organization's members and admins only). */
@Resolver(() => Offering)
export class OfferingMatchingNeedsResolver {
  constructor(private readonly matching: MatchingService) {}

  @RateLimit('search')
  @ResolveField('matchingNeeds', () => [NeedMatch], { description: 'Open needs that this offering could serve, best first (1..50)' })
  matchingNeeds(@Parent() offering: Offering, @MatchCount() first: number | null, @Ctx() ctx: RequestContext): Promise<NeedMatch[]> {
    return this.matching.matchingNeedsOf(ctx, offering, { first });
  }
}
