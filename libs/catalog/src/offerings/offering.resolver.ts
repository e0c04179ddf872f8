import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx, CurrentUser, type RequestContext, type RequestUser } from '@tradebridge/core';
import { ListingStatus } from '../shared/catalog.enums.js';
import { Offering } from './offering.entity.js';
import { OfferingInput } from './offering.input.js';
import { OfferingLoaders } from './offering.loaders.js';
import { OfferingService } from './offering.service.js';

@Resolver(() => Offering)
export class OfferingResolver {
  constructor(
    private readonly offerings: OfferingService,
    private readonly loaders: OfferingLoaders,
  ) {}

  @Query(() => Offering, { nullable: true, description: 'Null when unknown or not visible to the caller (drafts, archived, expired of others)' })
  offering(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Offering | null> {
    // Through the loader, so several aliased lookups in one request take one query.
    return this.loaders.visibleById(ctx).load(id);
  }

  @Authenticated()
  @Mutation(() => Offering)
  createOffering(@CurrentUser() caller: RequestUser, @Args('input') input: OfferingInput): Promise<Offering> {
    return this.offerings.createOffering(caller, input);
  }

  @Authenticated()
  @Mutation(() => Offering)
  updateOffering(
    @CurrentUser() caller: RequestUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OfferingInput,
  ): Promise<Offering> {
    return this.offerings.updateOffering(caller, id, input);
  }

  @Authenticated()
  @Mutation(() => Offering, { description: 'DRAFT -> PUBLISHED -> ARCHIVED -> PUBLISHED; other moves are CONFLICT' })
  setOfferingStatus(
    @CurrentUser() caller: RequestUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => ListingStatus }) status: ListingStatus,
  ): Promise<Offering> {
    return this.offerings.setOfferingStatus(caller, id, status);
  }
}
