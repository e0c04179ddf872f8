import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx, CurrentUser, type RequestContext, type RequestUser } from '@tradebridge/core';
import { NeedStatus } from '../shared/catalog.enums.js';
import { Need } from './need.entity.js';
import { NeedInput } from './need.input.js';
import { NeedLoaders } from './need.loaders.js';
import { NeedService } from './need.service.js';

@Resolver(() => Need)
export class NeedResolver {
  constructor(
    private readonly needs: NeedService,
    private readonly loaders: NeedLoaders,
  ) {}

  @Query(() => Need, { nullable: true, description: 'Null when unknown or not visible to the caller (drafts, closed, expired of others)' })
  need(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Need | null> {
    // Through the loader, so several aliased lookups in one request take one query.
    return this.loaders.visibleById(ctx).load(id);
  }

  @Authenticated()
  @Mutation(() => Need)
  createNeed(@CurrentUser() caller: RequestUser, @Args('input') input: NeedInput): Promise<Need> {
    return this.needs.createNeed(caller, input);
  }

  @Authenticated()
  @Mutation(() => Need)
  updateNeed(
    @CurrentUser() caller: RequestUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NeedInput,
  ): Promise<Need> {
    return this.needs.updateNeed(caller, id, input);
  }

  @Authenticated()
  @Mutation(() => Need, { description: 'DRAFT -> OPEN -> CLOSED | FULFILLED; CLOSED may reopen; other moves are CONFLICT' })
  setNeedStatus(
    @CurrentUser() caller: RequestUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => NeedStatus }) status: NeedStatus,
  ): Promise<Need> {
    return this.needs.setNeedStatus(caller, id, status);
  }
}
